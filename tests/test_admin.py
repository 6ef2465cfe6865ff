"""contacts/admin.py: an editor records the seed article and its contacts the way one clicks."""

import datetime as dt
import json
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.admin.models import DELETION, LogEntry
from django.contrib.auth.models import Group, User
from django.urls import reverse

from contacts.models import Article, Contact, Person, Source

SEED = json.loads(
    (Path(settings.BASE_DIR) / "seeds" / "000_12f3dc67eeff07b2.json").read_text(encoding="utf-8")
)
ADD_URL = reverse("admin:contacts_article_add")


@pytest.fixture
def editor(db, client):
    user = User.objects.create_user("ed", password="pw-not-used", is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)
    return user


def pk(slug: str) -> int:
    return Person.objects.get(slug=slug).pk


def article_data(**overrides) -> dict:
    data = {
        "title": SEED["title"],
        "url": SEED["url"],
        "outlet": SEED["outlet"],
        "via": SEED["via"],
        "language": SEED["language"],
        "published_on": SEED["published"],
        "body": "Preşedintele Rusiei, Vladimir Putin, a vorbit marţi la telefon…",
        "sources-TOTAL_FORMS": "0",
        "sources-INITIAL_FORMS": "0",
        "sources-MIN_NUM_FORMS": "0",
        "sources-MAX_NUM_FORMS": "1000",
    }
    data.update(overrides)
    return data


def with_rows(data: dict, rows: list[dict]) -> dict:
    data = dict(data)
    data["sources-TOTAL_FORMS"] = str(len(rows))
    for i, row in enumerate(rows):
        for key, value in row.items():
            data[f"sources-{i}-{key}"] = value
    return data


def row(participants, medium="phone", date_from="2026-03-10", date_to="", **kw) -> dict:
    return {
        "participants": [pk(s) for s in participants],
        "medium": medium,
        "date_from": date_from,
        "date_to": date_to,
        "duration_minutes": kw.get("duration_minutes", ""),
        "initiator": pk(kw["initiator"]) if kw.get("initiator") else "",
        "evidence": kw.get("evidence", "Putin a vorbit la telefon."),
        "summary": "",
        **({"attach": "on"} if kw.get("attach") else {}),
    }


def seed_rows() -> list[dict]:
    return [
        row(
            c["participants"],
            date_from=c["date_from"],
            date_to="" if c["date_to"] == c["date_from"] else c["date_to"],
            duration_minutes=c["duration_minutes"] or "",
            evidence=c["evidence"],
        )
        for c in SEED["contacts"]
    ]


def errors_of(response) -> str:
    """Every validation message the page shows, as one string."""
    parts = [str(response.context["adminform"].form.errors)]
    for formset in response.context["inline_admin_formsets"]:
        parts.append(str(formset.formset.non_form_errors()))
        parts.extend(str(f.errors) for f in formset.formset.forms)
    return " ".join(parts)


def test_editor_records_the_seed_article_and_its_three_contacts(client, editor):
    assert client.get(ADD_URL).status_code == 200
    response = client.post(ADD_URL, with_rows(article_data(), seed_rows()))
    assert response.status_code == 302, errors_of(response)
    article = Article.objects.get()
    assert article.entered_by == editor
    contacts = Contact.objects.order_by("date_from", "date_to")
    assert [(c.date_from, c.date_to, c.medium) for c in contacts] == [
        (dt.date(2026, 3, 5), dt.date(2026, 3, 9), "phone"),
        (dt.date(2026, 3, 9), dt.date(2026, 3, 9), "phone"),
        (dt.date(2026, 3, 10), dt.date(2026, 3, 10), "phone"),
    ]
    trump_call = contacts[1]
    assert {p.slug for p in trump_call.participants.all()} == {"vladimir-putin", "donald-trump"}
    assert trump_call.duration_minutes == 60
    assert trump_call.sources.get().evidence == SEED["contacts"][1]["evidence"]
    # The article page shows its contacts again for editing.
    page = client.get(reverse("admin:contacts_article_change", args=[article.pk]))
    assert page.status_code == 200
    assert page.content.decode().count('name="sources-') > 0
    assert len(page.context["inline_admin_formsets"][0].formset.initial_forms) == 3


@pytest.mark.parametrize(
    ("bad_row", "message"),
    [
        (lambda: row(["vladimir-putin"]), "at least two different participants"),
        (
            lambda: row(
                ["vladimir-putin", "donald-trump"], date_from="2026-03-09", date_to="2026-03-08"
            ),
            "The end date is before the start date.",
        ),
        (
            lambda: row(["vladimir-putin", "donald-trump"], initiator="masoud-pezeshkian"),
            "The initiator must be one of the participants.",
        ),
        (
            lambda: row(["vladimir-putin", "donald-trump"], date_from="2026-03-11"),
            "dated after the article&#x27;s publication (2026-03-10)",
        ),
        (
            lambda: row(["vladimir-putin", "donald-trump"], medium="telepathy"),
            "Select a valid choice",
        ),
        (
            lambda: row(["vladimir-putin", "donald-trump"], date_from="0026-03-09"),
            "0026-03-09 is before 1900: check the year.",
        ),
        (
            lambda: row(
                ["vladimir-putin", "donald-trump"], date_from="2026-03-09", date_to="0026-03-09"
            ),
            "0026-03-09 is before 1900: check the year.",
        ),
    ],
)
def test_invalid_contact_shows_a_clear_message_and_saves_nothing(client, editor, bad_row, message):
    good = row(["vladimir-putin", "masoud-pezeshkian"])
    response = client.post(ADD_URL, with_rows(article_data(), [good, bad_row()]))
    assert response.status_code == 200
    assert message in response.content.decode() or message in errors_of(response)
    assert Article.objects.count() == 0
    assert Contact.objects.count() == 0


def test_a_duration_too_big_to_store_is_refused_not_a_server_error(client, editor):
    huge = row(["vladimir-putin", "donald-trump"], duration_minutes="99999999999999999999")
    response = client.post(ADD_URL, with_rows(article_data(), [huge]))
    assert response.status_code == 200
    assert "Ensure this value is less than or equal to" in errors_of(response)
    assert Contact.objects.count() == 0


@pytest.mark.parametrize(
    ("published", "message"),
    [("0026-03-10", "0026-03-10 is before 1900: check the year."), ("2999-01-01", "in the future")],
)
def test_an_implausible_publication_day_is_refused(client, editor, published, message):
    response = client.post(ADD_URL, article_data(published_on=published))
    assert response.status_code == 200
    assert message in errors_of(response)
    assert Article.objects.count() == 0


def test_contact_page_refuses_a_year_before_1900(client, editor):
    client.post(ADD_URL, with_rows(article_data(), seed_rows()))
    contact = Contact.objects.get(participants__slug="donald-trump")
    url = reverse("admin:contacts_contact_change", args=[contact.pk])
    response = client.post(url, contact_change_data(contact, date_from="0026-03-09"))
    assert response.status_code == 200
    assert "before 1900" in errors_of(response)
    contact.refresh_from_db()
    assert contact.date_from == dt.date(2026, 3, 9)


def test_an_article_url_already_recorded_is_explained(client, editor):
    client.post(ADD_URL, with_rows(article_data(), seed_rows()))
    response = client.post(ADD_URL, article_data(title="Again"))
    assert response.status_code == 200
    assert "An article with this URL is already recorded." in errors_of(response)
    assert Article.objects.count() == 1


def test_two_rows_for_one_contact_are_refused(client, editor):
    same = row(["vladimir-putin", "donald-trump"], date_from="2026-03-09")
    response = client.post(ADD_URL, with_rows(article_data(), [same, same]))
    assert response.status_code == 200
    assert "Two rows describe the same contact" in errors_of(response)
    assert Contact.objects.count() == 0


def test_existing_contact_is_offered_and_attached(client, editor):
    client.post(ADD_URL, with_rows(article_data(), seed_rows()))
    second = article_data(
        title="Putin şi Trump au vorbit la telefon",
        url="https://example.org/putin-trump",
        outlet="Agerpres",
        published_on="2026-03-09",
    )
    trump = row(
        ["donald-trump", "vladimir-putin"],
        date_from="2026-03-09",
        evidence="Trump şi Putin au avut luni o convorbire telefonică.",
    )
    # First try: the editor is told the contact exists, and nothing is saved.
    response = client.post(ADD_URL, with_rows(second, [trump]))
    assert response.status_code == 200
    assert "This contact is already recorded" in errors_of(response)
    assert "Attach to the existing contact" in response.content.decode()
    assert Article.objects.count() == 1
    # Second try, ticking "attach": one contact, two sources.
    response = client.post(ADD_URL, with_rows(second, [{**trump, "attach": "on"}]))
    assert response.status_code == 302, errors_of(response)
    assert Contact.objects.count() == 3
    contact = Contact.objects.get(participants__slug="donald-trump")
    assert sorted(contact.sources.values_list("article__outlet", flat=True)) == [
        "Agerpres",
        "Digi24",
    ]
    assert contact.duration_minutes == 60


def test_a_range_is_narrowed_by_a_precise_report(client, editor):
    client.post(ADD_URL, with_rows(article_data(), seed_rows()))
    earlier = article_data(
        title="Putin l-a sunat pe Pezeshkian",
        url="https://example.org/putin-pezeshkian",
        published_on="2026-03-07",
    )
    call = row(["vladimir-putin", "masoud-pezeshkian"], date_from="2026-03-06", attach=True)
    response = client.post(ADD_URL, with_rows(earlier, [call]))
    assert response.status_code == 302, errors_of(response)
    ranged = Contact.objects.get(sources__article__url="https://example.org/putin-pezeshkian")
    assert (ranged.date_from, ranged.date_to) == (dt.date(2026, 3, 6), dt.date(2026, 3, 6))
    assert ranged.sources.count() == 2
    assert Contact.objects.count() == 3


def test_editing_a_contact_from_the_article_keeps_history(client, editor):
    client.post(ADD_URL, with_rows(article_data(), seed_rows()))
    article = Article.objects.get()
    url = reverse("admin:contacts_article_change", args=[article.pk])
    page = client.get(url)
    formset = page.context["inline_admin_formsets"][0].formset
    data = article_data(
        **{
            "sources-TOTAL_FORMS": str(len(formset.forms)),
            "sources-INITIAL_FORMS": str(len(formset.initial_forms)),
        }
    )
    for i, form in enumerate(formset.forms):
        for name, field in form.fields.items():
            value = form.initial.get(name, field.initial)
            if name == "participants":
                value = [getattr(v, "pk", v) for v in value or []]
            elif name == "initiator":
                value = getattr(value, "pk", value) or ""
            elif value is None:
                value = ""
            elif name == "id" and value:
                value = getattr(value, "pk", value)
            if name == "article":
                value = article.pk
            data[f"sources-{i}-{name}"] = value
        if form.initial.get("duration_minutes") == 60:
            data[f"sources-{i}-duration_minutes"] = "65"
    response = client.post(url, data)
    assert response.status_code == 302, errors_of(response)
    assert Contact.objects.get(participants__slug="donald-trump").duration_minutes == 65
    entry = LogEntry.objects.filter(object_id=str(article.pk)).latest("action_time")
    assert entry.user == editor
    assert "Duration (min): 60 → 65" in entry.get_change_message()
    history = client.get(reverse("admin:contacts_article_history", args=[article.pk]))
    assert "60 → 65" in history.content.decode()
    contact = Contact.objects.get(participants__slug="donald-trump")
    contact_history = client.get(reverse("admin:contacts_contact_history", args=[contact.pk]))
    assert "60 → 65" in contact_history.content.decode()


def contact_change_data(contact: Contact, **overrides) -> dict:
    """The contact's own admin page posted back as it is, but for `overrides`."""
    parts = list(contact.participations.order_by("pk"))
    sources = list(contact.sources.order_by("pk"))
    data = {
        "medium": contact.medium,
        "date_from": contact.date_from.isoformat(),
        "date_to": contact.date_to.isoformat(),
        "duration_minutes": contact.duration_minutes or "",
        "summary": contact.summary,
        "participations-TOTAL_FORMS": str(len(parts)),
        "participations-INITIAL_FORMS": str(len(parts)),
        "participations-MIN_NUM_FORMS": "2",
        "participations-MAX_NUM_FORMS": "1000",
        "sources-TOTAL_FORMS": str(len(sources)),
        "sources-INITIAL_FORMS": str(len(sources)),
        "sources-MIN_NUM_FORMS": "0",
        "sources-MAX_NUM_FORMS": "1000",
    }
    for i, p in enumerate(parts):
        data.update({f"participations-{i}-id": p.pk, f"participations-{i}-contact": contact.pk,
                     f"participations-{i}-person": p.person_id})
    for i, s in enumerate(sources):
        data.update({f"sources-{i}-id": s.pk, f"sources-{i}-contact": contact.pk,
                     f"sources-{i}-article": s.article_id, f"sources-{i}-evidence": s.evidence})
    return {**data, **overrides}


def test_contact_page_refuses_a_range_reaching_past_a_sources_publication(client, editor):
    client.post(ADD_URL, with_rows(article_data(), seed_rows()))
    contact = Contact.objects.get(participants__slug="donald-trump")
    url = reverse("admin:contacts_contact_change", args=[contact.pk])
    response = client.post(url, contact_change_data(contact, date_to="2026-03-12"))
    assert response.status_code == 200
    assert "The contact is dated after the publication of" in errors_of(response)
    contact.refresh_from_db()
    assert contact.date_to == dt.date(2026, 3, 9)
    response = client.post(url, contact_change_data(contact, date_to="2026-03-10"))
    assert response.status_code == 302, errors_of(response)


def article_change_data(article: Article, client) -> dict:
    """The article's page posted back as it is: every contact row with its initial values."""
    page = client.get(reverse("admin:contacts_article_change", args=[article.pk]))
    formset = page.context["inline_admin_formsets"][0].formset
    data = article_data(
        **{
            "sources-TOTAL_FORMS": str(len(formset.initial_forms)),
            "sources-INITIAL_FORMS": str(len(formset.initial_forms)),
        }
    )
    for i, form in enumerate(formset.initial_forms):
        for name, field in form.fields.items():
            value = form.initial.get(name, field.initial)
            if name == "participants":
                value = [getattr(v, "pk", v) for v in value]
            value = getattr(value, "pk", value)
            data[f"sources-{i}-{name}"] = article.pk if name == "article" else (
                "" if value is None else value
            )
    return data


def test_editing_a_row_into_another_recorded_contact_is_refused(client, editor):
    client.post(ADD_URL, with_rows(article_data(), seed_rows()))
    article = Article.objects.get()
    data = article_change_data(article, client)
    latest = Contact.objects.get(date_from="2026-03-10")
    row_of_latest = next(
        i for i in range(3) if data[f"sources-{i}-id"] == latest.sources.get().pk
    )
    # Moved to 03-07, the 03-10 call would be the ranged 03-05..03-09 call a second time.
    data[f"sources-{row_of_latest}-date_from"] = "2026-03-07"
    data[f"sources-{row_of_latest}-date_to"] = ""
    url = reverse("admin:contacts_article_change", args=[article.pk])
    response = client.post(url, data)
    assert response.status_code == 200
    assert "already recorded: one real contact is one row" in errors_of(response)
    latest.refresh_from_db()
    assert latest.date_from == dt.date(2026, 3, 10)
    # Unchanged rows save as they are.
    response = client.post(url, article_change_data(article, client))
    assert response.status_code == 302, errors_of(response)


def test_contact_page_refuses_to_become_another_recorded_contact(client, editor):
    client.post(ADD_URL, with_rows(article_data(), seed_rows()))
    latest = Contact.objects.get(date_from="2026-03-10")
    url = reverse("admin:contacts_contact_change", args=[latest.pk])
    response = client.post(
        url, contact_change_data(latest, date_from="2026-03-07", date_to="2026-03-07")
    )
    assert response.status_code == 200
    assert "already recorded: one real contact is one row" in errors_of(response)
    latest.refresh_from_db()
    assert latest.date_from == dt.date(2026, 3, 10)
    response = client.post(url, contact_change_data(latest, duration_minutes="20"))
    assert response.status_code == 302, errors_of(response)
    # Two rows for one contact stored before (bulk loads bypass the check): editing
    # something else of either is not held up.
    ranged = Contact.objects.get(date_from="2026-03-05")
    Contact.objects.filter(pk=latest.pk).update(date_from="2026-03-07", date_to="2026-03-07")
    latest.refresh_from_db()
    response = client.post(url, contact_change_data(latest, summary="Fixed later."))
    assert response.status_code == 302, errors_of(response)
    assert ranged.pk != latest.pk


def test_a_contacts_page_keeps_at_least_one_source(client, editor):
    client.post(ADD_URL, with_rows(article_data(), seed_rows()))
    contact = Contact.objects.get(participants__slug="donald-trump")
    url = reverse("admin:contacts_contact_change", args=[contact.pk])
    response = client.post(url, contact_change_data(contact, **{"sources-0-DELETE": "on"}))
    assert response.status_code == 200
    assert "Please submit at least 1 form." in errors_of(response)
    assert contact.sources.count() == 1


def test_removing_a_contacts_only_source_removes_the_contact(client, editor):
    client.post(ADD_URL, with_rows(article_data(), seed_rows()))
    article = Article.objects.get()
    other = article_data(
        title="Putin şi Trump", url="https://example.org/putin-trump", outlet="Agerpres"
    )
    trump = row(["donald-trump", "vladimir-putin"], date_from="2026-03-09", attach=True)
    client.post(ADD_URL, with_rows(other, [trump]))
    admin_user = User.objects.create_superuser("admin", password="pw-not-used")
    client.force_login(admin_user)
    confirm = client.get(reverse("admin:contacts_article_delete", args=[article.pk]))
    # The two Pezeshkian calls, not the Trump call that another article reports too.
    assert confirm.content.decode().count("Contact reported by no other article") == 2
    client.force_login(editor)
    data = article_change_data(article, client)
    for i in range(3):
        data[f"sources-{i}-DELETE"] = "on"
    response = client.post(reverse("admin:contacts_article_change", args=[article.pk]), data)
    assert response.status_code == 302, errors_of(response)
    # The Trump call keeps its other source; the two Pezeshkian calls had only this one.
    assert list(Contact.objects.values_list("participants__slug", flat=True).order_by(
        "participants__slug")) == ["donald-trump", "vladimir-putin"]
    assert LogEntry.objects.filter(action_flag=DELETION, object_repr__contains="Phone call")
    # Deleting an article (an administrator's right) takes the contacts only it reported.
    client.force_login(admin_user)
    agerpres = Article.objects.get(outlet="Agerpres")
    confirm = client.get(reverse("admin:contacts_article_delete", args=[agerpres.pk]))
    assert "Contact reported by no other article: #" in confirm.content.decode()
    response = client.post(
        reverse("admin:contacts_article_delete", args=[agerpres.pk]), {"post": "yes"}
    )
    assert response.status_code == 302
    assert not Contact.objects.exists()
    assert Article.objects.get() == article


@pytest.mark.parametrize(
    "field", ["participations-0-person", "sources-0-article"]
)
def test_a_posted_value_that_is_no_key_is_a_form_error(client, editor, field):
    client.post(ADD_URL, with_rows(article_data(), seed_rows()))
    contact = Contact.objects.get(participants__slug="donald-trump")
    url = reverse("admin:contacts_contact_change", args=[contact.pk])
    response = client.post(url, contact_change_data(contact, **{field: "abc"}))
    assert response.status_code == 200
    assert "Select a valid choice" in errors_of(response)


def test_participants_that_are_no_keys_are_a_form_error(client, editor):
    data = with_rows(article_data(), [row(["vladimir-putin", "donald-trump"])])
    data["sources-0-participants"] = ["abc", str(pk("vladimir-putin"))]
    data["sources-0-initiator"] = "xyz"
    response = client.post(ADD_URL, data)
    assert response.status_code == 200
    assert "Select a valid choice" in errors_of(response)
    assert Article.objects.count() == 0


@pytest.mark.parametrize("term", ["Uşakov", "Ușakov", "Usakov", "Ушаков"])
def test_participant_autocomplete_finds_any_spelling(client, editor, term):
    response = client.get(
        reverse("admin:autocomplete"),
        {
            "app_label": "contacts",
            "model_name": "contact",
            "field_name": "participants",
            "term": term,
        },
    )
    assert response.status_code == 200
    names = [r["text"] for r in response.json()["results"]]
    assert "Yuri Ushakov" in names


def test_lists_search_and_filter(client, editor):
    client.post(ADD_URL, with_rows(article_data(), seed_rows()))
    contacts = client.get(reverse("admin:contacts_contact_changelist"), {"q": "Пезешкиан"})
    assert contacts.status_code == 200
    assert contacts.context["cl"].result_count == 2
    by_medium = client.get(reverse("admin:contacts_contact_changelist"), {"medium__exact": "phone"})
    assert by_medium.context["cl"].result_count == 3
    by_country = client.get(reverse("admin:contacts_contact_changelist"), {"country": "US"})
    assert by_country.context["cl"].result_count == 1
    articles = client.get(reverse("admin:contacts_article_changelist"), {"q": "Digi24"})
    assert articles.context["cl"].result_count == 1
    people = client.get(reverse("admin:contacts_person_changelist"), {"q": "Uşakov"})
    assert [p.slug for p in people.context["cl"].result_list] == ["yuri-ushakov"]


def test_analysts_view_but_cannot_change(client, db):
    user = User.objects.create_user("an", password="pw-not-used", is_staff=True)
    user.groups.add(Group.objects.get(name="Analysts"))
    client.force_login(user)
    assert client.get(reverse("admin:contacts_article_changelist")).status_code == 200
    assert client.get(ADD_URL).status_code == 403
    assert client.post(ADD_URL, with_rows(article_data(), seed_rows())).status_code == 403
    assert Source.objects.count() == 0


# --- "Suggest contacts" ----------------------------------------------------------------------


def seed_article(**overrides) -> Article:
    body = (Path(settings.BASE_DIR) / "seeds" / SEED["text"]).read_text(encoding="utf-8")
    fields = {
        "title": SEED["title"],
        "url": SEED["url"],
        "outlet": SEED["outlet"],
        "language": SEED["language"],
        "published_on": SEED["published"],
        "body": body,
        **overrides,
    }
    return Article.objects.create(**fields)


def suggested_rows(client, article: Article) -> list[dict]:
    url = reverse("admin:contacts_article_change", args=[article.pk])
    response = client.get(url, {"suggest": "1"})
    assert response.status_code == 200
    formset = response.context["inline_admin_formsets"][0].formset
    return [form.initial for form in formset.extra_forms if form.initial], response


def test_suggest_contacts_fills_the_seed_articles_three_rows_unsaved(client, editor):
    article = seed_article()
    rows, response = suggested_rows(client, article)
    got = sorted(
        (
            sorted(Person.objects.get(pk=i).slug for i in r["participants"]),
            r["medium"],
            str(r["date_from"]),
            str(r["date_to"]),
            r["duration_minutes"],
            r["attach"],
        )
        for r in rows
    )
    pair = ["masoud-pezeshkian", "vladimir-putin"]
    assert got == sorted(
        [
            (pair, "phone", "2026-03-05", "2026-03-09", None, False),
            (pair, "phone", "2026-03-10", "2026-03-10", None, False),
            (["donald-trump", "vladimir-putin"], "phone", "2026-03-09", "2026-03-09", 60, False),
        ]
    )
    for r in rows:
        assert r["evidence"] in article.body
    # The evidence is highlighted in the text, and nothing is saved until the editor saves.
    page = response.content.decode()
    assert page.count("<mark") == len({r["evidence"] for r in rows}) >= 2
    assert Contact.objects.count() == 0


def test_suggested_rows_save_as_the_editor_checked_them(client, editor):
    article = seed_article()
    rows, _ = suggested_rows(client, article)
    data = article_data(**{"sources-INITIAL_FORMS": "0"})
    posted = [
        {
            **row([Person.objects.get(pk=i).slug for i in r["participants"]]),
            "date_from": str(r["date_from"]),
            "date_to": str(r["date_to"]),
            "duration_minutes": r["duration_minutes"] or "",
            "evidence": r["evidence"],
        }
        for r in rows
    ]
    url = reverse("admin:contacts_article_change", args=[article.pk])
    response = client.post(url, with_rows({**data, "body": article.body}, posted))
    assert response.status_code == 302, errors_of(response)
    assert Contact.objects.count() == 3
    assert Source.objects.filter(article=article).count() == 3


def test_suggestions_offer_to_attach_contacts_recorded_from_other_articles(client, editor):
    call_seed = seed_article()
    client.post(
        reverse("admin:contacts_article_change", args=[call_seed.pk]),
        with_rows(article_data(body=call_seed.body), seed_rows()),
    )
    other = seed_article(url="https://example.org/same-news-elsewhere", outlet="Agerpres")
    rows, response = suggested_rows(client, other)
    assert len(rows) == 3 and all(r["attach"] for r in rows)
    # On the article they were recorded from, they are already there: nothing to suggest.
    rows, response = suggested_rows(client, call_seed)
    assert rows == []
    assert "Already recorded from this article" in response.content.decode()


def test_save_and_suggest_redirects_to_the_suggestions(client, editor):
    response = client.post(ADD_URL, {**article_data(), "_suggest": "Save and suggest contacts"})
    article = Article.objects.get()
    assert response.status_code == 302
    assert response["Location"].endswith(f"/{article.pk}/change/?suggest=1")


def test_analysts_get_no_suggestions(client, db):
    article = seed_article()
    user = User.objects.create_user("an2", password="pw-not-used", is_staff=True)
    user.groups.add(Group.objects.get(name="Analysts"))
    client.force_login(user)
    response = client.get(
        reverse("admin:contacts_article_change", args=[article.pk]), {"suggest": "1"}
    )
    assert response.status_code == 200
    assert "suggested_text" not in response.context or not response.context["suggested_text"]


def test_a_fault_in_the_suggester_is_explained_not_a_server_error(
    client, editor, monkeypatch, caplog
):
    def broken(*args, **kwargs):
        raise IndexError("list index out of range")

    monkeypatch.setattr("contacts.admin.extract_contacts", broken)
    article = seed_article()
    rows, response = suggested_rows(client, article)
    assert rows == []
    assert "The contact suggester failed on this text" in response.content.decode()
    assert "The extractor failed on article" in caplog.text
    assert Contact.objects.count() == 0
