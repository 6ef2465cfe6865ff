"""contacts/models.py: constraints, offices on a day, alias search, one contact per event."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction

from contacts.models import (
    Alias,
    Article,
    Contact,
    ContactReport,
    Country,
    Office,
    Participation,
    Person,
    Role,
    offices_on,
)

D = dt.date
SEED_DAY = D(2026, 3, 10)
MONDAY = D(2026, 3, 9)


def make_person(name: str, country: str = "RU") -> Person:
    slug = name.lower().replace(" ", "-")
    return Person.objects.create(name=name, slug=f"t-{slug}", country_id=country)


def make_article(published: dt.date = SEED_DAY, url: str = "") -> Article:
    return Article.objects.create(
        title="Test", url=url, outlet="Test outlet", language="en", published_on=published
    )


def report(people, medium="phone", start=MONDAY, end=None, **kw) -> ContactReport:
    return ContactReport(
        participant_ids=[p.pk for p in people],
        medium=medium,
        date_from=start,
        date_to=end or start,
        evidence=kw.pop("evidence", "They spoke."),
        **kw,
    )


@pytest.fixture
def a(db):
    return make_person("Alpha One", "RU")


@pytest.fixture
def b(db):
    return make_person("Beta Two", "US")


@pytest.fixture
def c(db):
    return make_person("Gamma Three", "IR")


def integrity_error(fn) -> None:
    with pytest.raises(IntegrityError), transaction.atomic():
        fn()


# --- constraints -----------------------------------------------------------------------------


def test_contact_dates_must_be_ordered(db):
    integrity_error(
        lambda: Contact.objects.create(
            medium="phone", date_from=D(2026, 3, 9), date_to=D(2026, 3, 8)
        )
    )


def test_contact_duration_must_be_positive(db):
    integrity_error(
        lambda: Contact.objects.create(
            medium="phone", date_from=D(2026, 3, 9), date_to=D(2026, 3, 9), duration_minutes=0
        )
    )


def test_contact_medium_must_be_known(db):
    integrity_error(
        lambda: Contact.objects.create(medium="fax", date_from=D(2026, 3, 9), date_to=D(2026, 3, 9))
    )


def test_participants_are_distinct_and_one_initiator_at_most(a, b):
    contact = Contact.objects.create(medium="phone", date_from=D(2026, 3, 9), date_to=D(2026, 3, 9))
    Participation.objects.create(contact=contact, person=a, is_initiator=True)
    integrity_error(lambda: Participation.objects.create(contact=contact, person=a))
    integrity_error(
        lambda: Participation.objects.create(contact=contact, person=b, is_initiator=True)
    )
    Participation.objects.create(contact=contact, person=b)
    assert contact.initiator == a


def test_office_cannot_end_before_it_starts(a):
    integrity_error(
        lambda: Office.objects.create(
            person=a,
            country_id="RU",
            title="President of Russia",
            role=Role.HEAD_OF_STATE,
            start_date=D(2020, 1, 2),
            end_date=D(2020, 1, 1),
        )
    )


def test_article_url_unique_only_when_present(db):
    make_article(url="")
    make_article(url="")
    make_article(url="https://example.org/a")
    integrity_error(lambda: make_article(url="https://example.org/a"))


def test_country_code_is_upper_case(db):
    integrity_error(lambda: Country.objects.create(code="xx", name_en="X", name_ro="X"))


def test_country_kind_must_be_known(db):
    integrity_error(
        lambda: Country.objects.create(code="XX", name_en="X", name_ro="X", kind="island")
    )


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (
            lambda a: Office(
                person=a, country_id="RU", title="Minister", role=Role.MINISTER,
                start_date=D(2020, 1, 2), end_date=D(2020, 1, 1),
            ),
            "An office cannot end before it starts.",
        ),
        (
            lambda a: Contact(medium="phone", date_from=MONDAY, date_to=MONDAY - dt.timedelta(1)),
            "The end date is before the start date.",
        ),
        (
            lambda a: Contact(medium="phone", date_from=MONDAY, date_to=MONDAY, duration_minutes=0),
            "The duration, when given, is at least one minute.",
        ),
    ],
)
def test_constraints_explain_themselves_to_forms(a, make, message):
    # Model forms (the admin) validate constraints and show this message, not the name.
    with pytest.raises(ValidationError) as error:
        make(a).validate_constraints()
    assert message in error.value.messages


def test_a_second_article_with_the_same_url_is_explained(db):
    make_article(url="https://example.org/a")
    with pytest.raises(ValidationError) as error:
        Article(url="https://example.org/a", published_on=SEED_DAY).validate_constraints()
    assert error.value.messages == ["An article with this URL is already recorded."]


def test_alias_unique_per_person(a):
    Alias.objects.create(person=a, name="Альфа", language="ru")
    integrity_error(lambda: Alias.objects.create(person=a, name="Альфа", language="ru"))


# --- offices on a day ------------------------------------------------------------------------


def test_holders_of_a_role_on_a_day(a, b):
    # A user-assigned code, so the reference data's offices stay out of the way.
    Country.objects.create(code="XA", name_en="Testland", name_ro="Testlanda")
    Office.objects.create(
        person=a,
        country_id="XA",
        title="P",
        role="head_of_state",
        start_date=D(2000, 5, 7),
        end_date=D(2008, 5, 7),
    )
    Office.objects.create(
        person=b, country_id="XA", title="P", role="head_of_state", start_date=D(2008, 5, 7)
    )
    holders = Office.objects.holders

    def on(day):
        return list(
            holders(role="head_of_state", country="XA", day=day).values_list("person", flat=True)
        )

    assert on(D(2005, 1, 1)) == [a.pk]
    assert on(D(2020, 1, 1)) == [b.pk]
    assert sorted(on(D(2008, 5, 7))) == sorted([a.pk, b.pk])  # handover day: both
    assert on(D(1999, 1, 1)) == []


def test_offices_held_by_a_person_on_a_day(a):
    pm = Office.objects.create(
        person=a,
        country_id="RU",
        title="Prime Minister",
        role="head_of_government",
        start_date=D(2008, 5, 8),
        end_date=D(2012, 5, 7),
    )
    pres = Office.objects.create(
        person=a, country_id="RU", title="President", role="head_of_state", start_date=D(2012, 5, 7)
    )
    assert list(a.offices.held_on(D(2010, 1, 1))) == [pm]
    assert list(a.offices.held_on(D(2020, 1, 1))) == [pres]
    # Both held on the handover day: the higher role is the one a contact shows.
    assert offices_on(a.offices.all(), D(2012, 5, 7)) == pres
    assert offices_on(a.offices.all(), D(2001, 1, 1)) is None


@pytest.mark.skipif(connection.vendor != "sqlite", reason="reads SQLite's query plan")
def test_office_questions_use_their_indexes(db):
    day = D(2026, 3, 9)
    plan = Office.objects.holders(role="head_of_state", country="XA", day=day).explain()
    assert "office_holder_idx" in plan
    plan = Office.objects.filter(person_id=1).held_on(day).explain()
    assert "office_person_idx" in plan


# --- search ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "term", ["Ţărănescu", "Țărănescu", "Taranescu", "tARANescu", "Таранеску", "Ion Tar"]
)
def test_alias_search_ignores_case_diacritics_and_script(db, term):
    person = make_person("Ion Taranescu", "RO")
    Alias.objects.create(person=person, name="Ion Ţărănescu", language="ro")
    Alias.objects.create(person=person, name="Ион Таранеску", language="ru")
    make_person("Ion Popescu", "RO")
    assert list(Person.objects.search(term)) == [person]


# --- one real contact, many sources ----------------------------------------------------------


def test_record_creates_then_attaches_the_same_contact(a, b):
    first, second = make_article(), make_article(D(2026, 3, 11))
    contact, created = Contact.objects.record(article=first, report=report([a, b]))
    assert created
    again, created = Contact.objects.record(
        article=second, report=report([b, a], evidence="Another wording.")
    )
    assert not created and again == contact
    assert Contact.objects.count() == 1
    assert sorted(contact.sources.values_list("evidence", flat=True)) == [
        "Another wording.",
        "They spoke.",
    ]


def test_record_takes_the_more_precise_date(a, b):
    contact, _ = Contact.objects.record(
        article=make_article(), report=report([a, b], start=D(2026, 3, 5), end=D(2026, 3, 9))
    )
    Contact.objects.record(
        article=make_article(D(2026, 3, 7)), report=report([a, b], start=D(2026, 3, 6))
    )
    contact.refresh_from_db()
    assert (contact.date_from, contact.date_to) == (D(2026, 3, 6), D(2026, 3, 6))
    # A vaguer later report does not undo the precise date.
    Contact.objects.record(
        article=make_article(D(2026, 3, 12)),
        report=report([a, b], start=D(2026, 3, 1), end=D(2026, 3, 10)),
    )
    contact.refresh_from_db()
    assert (contact.date_from, contact.date_to) == (D(2026, 3, 6), D(2026, 3, 6))
    assert contact.sources.count() == 3


def test_record_keeps_apart_what_differs(a, b, c):
    article = make_article()
    Contact.objects.record(article=article, report=report([a, b]))
    assert Contact.objects.record(article=article, report=report([a, b], medium="video"))[1]
    assert Contact.objects.record(article=article, report=report([a, b], start=D(2026, 3, 10)))[1]
    assert Contact.objects.record(article=article, report=report([a, b, c]))[1]
    assert Contact.objects.record(article=article, report=report([a, c]))[1]
    assert Contact.objects.count() == 5


def test_record_fills_duration_and_initiator_it_lacked(a, b):
    contact, _ = Contact.objects.record(article=make_article(), report=report([a, b]))
    Contact.objects.record(
        article=make_article(D(2026, 3, 11)),
        report=report([a, b], duration_minutes=60, initiator_id=b.pk),
    )
    contact.refresh_from_db()
    assert contact.duration_minutes == 60
    assert contact.initiator == b


def test_revise_corrects_participants_and_initiator(a, b, c):
    contact, _ = Contact.objects.record(article=make_article(), report=report([a, b]))
    contact.revise(report([a, c], medium="video", initiator_id=c.pk))
    contact.refresh_from_db()
    assert contact.medium == "video"
    assert set(contact.participants.all()) == {a, c}
    assert contact.initiator == c
