"""contacts/views.py: full pages and htmx fragments, 400s for bad filters, access, query counts."""
import datetime as dt
import json
import re

import pytest
from django.contrib.auth.models import Group, User
from django.urls import reverse

from contacts import graph
from contacts.models import Contact, Person
from tests import factories

HTMX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture(autouse=True)
def public(settings):
    settings.PUBLIC_DASHBOARD = True
    graph.cache.clear()


def summary(html: str) -> dict[str, int]:
    return {k: int(v) for k, v in re.findall(r'id="n-(\w+)">(\d+)<', html)}


def figure(html: str, element_id: str) -> dict:
    found = re.search(rf'<script id="{element_id}" type="application/json">(.*?)</script>', html,
                      re.S)
    assert found, element_id
    return json.loads(found.group(1))


def more_contacts(n: int, *, slug: str = "") -> None:
    """Grow the data: n more contacts among new people (and `slug`'s person), to compare
    query counts."""
    people = [factories.make_person(country="FR") for _ in range(4)]
    if slug:
        people[0] = Person.objects.get(slug=slug)
    for i in range(n):
        factories.make_contact(
            [people[i % 4], people[(i + 1) % 4]], medium=("phone", "meeting")[i % 2],
            date_from=dt.date(2026, 1, 1) + dt.timedelta(days=i),
        )


def test_dashboard_shows_the_seed(client, seeded):
    response = client.get(reverse("contacts:dashboard"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "<html" in html and "htmx" in html and "plotly-" in html
    assert summary(html) == {"contacts": 3, "people": 3, "countries": 3, "articles": 1}
    network = figure(html, "network-figure")
    assert len(network["data"][2]["customdata"]) == 3  # three people
    assert len(network["data"][1]["customdata"]) == 2  # two pairs
    names = set(network["data"][2]["text"])
    assert names == {"Vladimir Putin", "Masoud Pezeshkian", "Donald Trump"}
    timeline = figure(html, "timeline-figure")
    spans = [t for t in timeline["data"] if t["mode"] == "lines"]
    assert spans and "2026-03-05" in spans[0]["x"] and "2026-03-09" in spans[0]["x"]
    assert "cdn" not in html.lower()


@pytest.mark.django_db
def test_empty_database(client):
    for url in ("/", "/?period=all&nodes=country&colour=community", "/?min_pair=3"):
        for headers in ({}, HTMX):
            response = client.get(url, **headers)
            assert response.status_code == 200
            assert summary(response.content.decode())["contacts"] == 0


def test_fragment_on_htmx_request(client, seeded):
    response = client.get(reverse("contacts:dashboard") + "?medium=phone", **HTMX)
    html = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in html and 'id="filters"' not in html
    assert summary(html)["contacts"] == 3
    assert "HX-Request" in response["Vary"]


def test_history_restore_gets_the_full_page(client, seeded):
    response = client.get(
        reverse("contacts:dashboard"), HTTP_HX_HISTORY_RESTORE_REQUEST="true", **HTMX
    )
    assert "<html" in response.content.decode()


def test_filters_change_the_selection(client, seeded):
    url = reverse("contacts:dashboard")
    assert summary(client.get(url + "?country=US", **HTMX).content.decode())["contacts"] == 1
    assert summary(client.get(url + "?person=donald-trump", **HTMX).content.decode()) == {
        "contacts": 1, "people": 2, "countries": 2, "articles": 1}
    assert summary(client.get(url + "?min_pair=2", **HTMX).content.decode())["contacts"] == 2
    assert summary(client.get(url + "?start=2026-03-10", **HTMX).content.decode())[
        "contacts"] == 1
    # the ranged call (5–9 March) overlaps a period ending on the 6th
    assert summary(client.get(url + "?end=2026-03-06", **HTMX).content.decode())[
        "contacts"] == 1
    assert summary(client.get(url + "?medium=meeting", **HTMX).content.decode())[
        "contacts"] == 0
    assert summary(client.get(url + "?role=head_of_state", **HTMX).content.decode())[
        "contacts"] == 3
    assert summary(client.get(url + "?role=foreign_minister", **HTMX).content.decode())[
        "contacts"] == 0


def test_the_filter_form_offers_contacts_with_all_chosen_people_together(client, seeded):
    url = reverse("contacts:dashboard")
    both = "?person=vladimir-putin&person=donald-trump"
    any_html = client.get(url + both).content.decode()
    assert summary(any_html)["contacts"] == 3  # every Putin call, Trump's or not
    assert re.search(r'name="match" value="any" checked', any_html)
    all_html = client.get(url + both + "&match=all").content.decode()
    assert summary(all_html)["contacts"] == 1  # only the Putin–Trump call
    assert re.search(r'name="match" value="all" checked', all_html)
    assert not re.search(r'name="match" value="any" checked', all_html)
    # The timeline draws the two people together as the pair page does: one lane, and
    # one chosen person gets their counterparts' lanes, as the leader page does.
    [lane] = figure(all_html, "timeline-figure")["layout"]["yaxis"]["ticktext"]
    assert "Vladimir Putin" in lane and "Donald Trump" in lane
    one = figure(client.get(url + "?person=donald-trump").content.decode(), "timeline-figure")
    assert one["layout"]["yaxis"]["ticktext"] == ["Donald Trump", "Vladimir Putin"]


def test_country_nodes_and_communities(client, seeded):
    html = client.get(
        reverse("contacts:dashboard") + "?nodes=country&colour=community", **HTMX
    ).content.decode()
    nodes = figure(html, "network-figure")["data"][2]
    assert set(nodes["text"]) == {"Russia", "Iran", "United States"}


def test_default_period_is_the_latest_year_of_data(client, seeded):
    factories.make_contact(
        list(Person.objects.filter(slug__in=("vladimir-putin", "donald-trump"))),
        date_from=dt.date(2020, 1, 1),
    )
    url = reverse("contacts:dashboard")
    assert summary(client.get(url, **HTMX).content.decode())["contacts"] == 3
    assert summary(client.get(url + "?period=all", **HTMX).content.decode())["contacts"] == 4


@pytest.mark.parametrize(
    ("query", "named"),
    [
        ("start=2026-02-30", "start"),
        ("end=soon", "end"),
        ("country=ZZ", "country"),
        ("person=no-such-person", "person"),
        ("medium=carrier-pigeon", "medium"),
        ("role=emperor", "role"),
        ("min_pair=-1", "min_pair"),
        ("nodes=x", "nodes"),
        ("colour=x", "colour"),
        ("period=x", "period"),
        ("unknown=1", "unknown"),
    ],
)
def test_bad_parameter_is_a_400_naming_it(client, seeded, query, named):
    for headers in ({}, HTMX):
        response = client.get(reverse("contacts:dashboard") + "?" + query, **headers)
        assert response.status_code == 400
        assert named in response.content.decode()


def test_dashboard_query_count_does_not_grow_with_data(
    client, seeded, django_assert_num_queries
):
    url = reverse("contacts:dashboard")
    # latest date, contacts, participants, people, article count, sources
    with django_assert_num_queries(6):
        client.get(url, **HTMX)
    with django_assert_num_queries(7):  # + the filter panel's people and their countries
        client.get(url)
    more_contacts(30)
    with django_assert_num_queries(6):
        client.get(url, **HTMX)
    with django_assert_num_queries(6):  # + person validation, - latest date
        client.get(url + "?person=vladimir-putin&start=2025-01-01&min_pair=2", **HTMX)


def test_layout_and_metrics_are_not_recomputed_for_the_same_view(client, seeded):
    url = reverse("contacts:dashboard") + "?colour=community"
    client.get(url, **HTMX)
    misses = graph.cache.misses
    assert misses >= 3  # betweenness, communities, layout
    client.get(url, **HTMX)
    assert graph.cache.misses == misses
    client.get(url + "&medium=phone", **HTMX)  # same contacts, so the same graph
    assert graph.cache.misses == misses


def test_timeline_aggregates_above_the_named_size(client, seeded, monkeypatch):
    from contacts import charts

    monkeypatch.setattr(charts, "TIMELINE_MAX_POINTS", 2)
    html = client.get(reverse("contacts:dashboard"), **HTMX).content.decode()
    (trace,) = figure(html, "timeline-figure")["data"]
    assert trace["name"] == "contacts per week"


def test_person_page(client, seeded, django_assert_num_queries):
    url = reverse("contacts:person", args=["vladimir-putin"])
    response = client.get(url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "President" in html  # an office
    assert "Masoud Pezeshkian" in html and "Donald Trump" in html
    assert "/pairs/masoud-pezeshkian/vladimir-putin/" in html
    assert "Digi24" in html
    figure(html, "network-figure")
    # The leader's lane first, then the counterparts' by number of contacts (two with
    # Pezeshkian, one with Trump), as in the counterpart list.
    assert figure(html, "timeline-figure")["layout"]["yaxis"]["ticktext"] == [
        "Vladimir Putin", "Masoud Pezeshkian", "Donald Trump",
    ]
    # person, offices, contacts, participants, people, sources
    with django_assert_num_queries(6):
        client.get(url)
    more_contacts(20, slug="vladimir-putin")
    with django_assert_num_queries(6):
        client.get(url)
    assert client.get(reverse("contacts:person", args=["nobody"])).status_code == 404
    assert client.get(url + "?page=0").status_code == 400


def test_person_page_of_someone_without_contacts(client, seeded):
    # Yuri Ushakov is named in the seed article but takes part in no contact.
    response = client.get(reverse("contacts:person", args=["yuri-ushakov"]))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Aide to the President of Russia" in html
    assert "No contacts recorded." in html
    assert figure(html, "timeline-figure")["layout"]["yaxis"]["ticktext"] == ["Yuri Ushakov"]


def test_pair_page_counts_like_the_seed_article(client, seeded, django_assert_num_queries):
    html = client.get(
        reverse("contacts:pair", args=["masoud-pezeshkian", "vladimir-putin"])
    ).content.decode()
    latest = html.index("2026-03-10")
    assert "the second phone call in 5 days" in html[latest:]
    assert "the second contact between them in 2026" in html[latest:]
    assert "Aceasta este a doua conversaţie telefonică" in html  # evidence
    trump = client.get(
        reverse("contacts:pair", args=["donald-trump", "vladimir-putin"])
    ).content.decode()
    assert "the first contact between them in 2026" in trump
    assert "prima dintre cei doi lideri din 2026" in trump
    url = reverse("contacts:pair", args=["vladimir-putin", "masoud-pezeshkian"])
    with django_assert_num_queries(3):  # people, contacts, sources
        client.get(url)
    pair_people = list(Person.objects.filter(slug__in=("vladimir-putin", "masoud-pezeshkian")))
    for day in range(1, 11):
        factories.make_contact(pair_people, medium="meeting", date_from=dt.date(2025, 1, day))
    with django_assert_num_queries(3):
        assert "12 contacts" in client.get(url).content.decode()
    assert client.get(url + "?days=7").status_code == 200
    assert client.get(url + "?days=0").status_code == 400
    missing = reverse("contacts:pair", args=["vladimir-putin", "nobody"])
    assert client.get(missing).status_code == 404


def test_contact_page(client, seeded, django_assert_num_queries):
    call = Contact.objects.get(date_from=dt.date(2026, 3, 9), date_to=dt.date(2026, 3, 9))
    url = reverse("contacts:contact", args=[call.pk])
    html = client.get(url).content.decode()
    assert "Donald Trump" in html and "Vladimir Putin" in html
    assert "President of Russia" in html  # office held that day
    assert "60 minutes" in html
    assert "https://www.digi24.ro/" in html
    assert "Conversaţia, prima dintre cei doi lideri din 2026" in html
    # contact, participations with people, offices, sources with articles
    with django_assert_num_queries(4):
        client.get(url)
    ranged = Contact.objects.get(date_from=dt.date(2026, 3, 5))
    html = client.get(reverse("contacts:contact", args=[ranged.pk])).content.decode()
    assert "between 2026-03-05 and 2026-03-09" in html
    assert client.get(reverse("contacts:contact", args=[999999])).status_code == 404


def test_user_data_is_escaped(client, seeded):
    factories.make_contact(
        [factories.make_person("<script>alert(1)</script>", country="FR"),
         Person.objects.get(slug="vladimir-putin")],
        date_from=dt.date(2026, 3, 1),
    )
    html = client.get(reverse("contacts:dashboard")).content.decode()
    assert "<script>alert(1)</script>" not in html


@pytest.mark.parametrize(
    "url",
    ["/", "/people/vladimir-putin/", "/pairs/donald-trump/vladimir-putin/"],
)
def test_login_required_unless_public(client, seeded, settings, url):
    settings.PUBLIC_DASHBOARD = False
    response = client.get(url)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    outsider = User.objects.create_user("outsider", password="x")
    client.force_login(outsider)
    assert client.get(url).status_code == 403
    analyst = User.objects.create_user("analyst", password="x")
    analyst.groups.add(Group.objects.get(name="Analysts"))
    client.force_login(analyst)
    assert client.get(url).status_code == 200
    editor = User.objects.create_user("editor", password="x")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    assert client.get(url).status_code == 200
    boss = User.objects.create_superuser("boss", password="x")
    client.force_login(boss)
    assert client.get(url).status_code == 200
    settings.PUBLIC_DASHBOARD = True
    client.logout()
    assert client.get(url).status_code == 200


def test_htmx_request_without_login_redirects_the_whole_page(client, seeded, settings):
    settings.PUBLIC_DASHBOARD = False
    response = client.get("/?period=all", **HTMX)
    assert response.status_code == 200
    assert response["HX-Redirect"].startswith("/admin/login/?next=")
    assert "period%3Dall" in response["HX-Redirect"]
    assert response.content == b""
