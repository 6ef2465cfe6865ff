"""Plain functions that create countries, people, offices, articles and contacts for tests."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Sequence

from contacts.models import (
    Article,
    Contact,
    ContactReport,
    Country,
    Office,
    Person,
    Role,
)

_counter = itertools.count(1)


def make_country(code: str = "RU", name: str = "") -> Country:
    country, _ = Country.objects.get_or_create(
        code=code, defaults={"name_en": name or code, "name_ro": name or code}
    )
    return country


def make_person(
    name: str = "",
    *,
    slug: str = "",
    country: str = "RU",
    role: str = Role.HEAD_OF_STATE,
    title: str = "",
    office_start: dt.date = dt.date(2000, 1, 1),
    office_end: dt.date | None = None,
) -> Person:
    """A person with one office; an existing person with the same slug is reused."""
    n = next(_counter)
    name = name or f"Test Person {n}"
    slug = slug or f"test-person-{n}"
    existing = Person.objects.filter(slug=slug).first()
    if existing:
        return existing
    person = Person.objects.create(name=name, slug=slug, country=make_country(country))
    Office.objects.create(
        person=person,
        country_id=country,
        title=title or f"{Role(role).label} of {country}",
        role=role,
        start_date=office_start,
        end_date=office_end,
    )
    return person


def make_article(
    *,
    title: str = "",
    outlet: str = "Test Wire",
    published_on: dt.date = dt.date(2026, 3, 10),
    url: str = "",
) -> Article:
    n = next(_counter)
    return Article.objects.create(
        title=title or f"Test article {n}",
        url=url or f"https://example.test/articles/{n}",
        outlet=outlet,
        language="en",
        published_on=published_on,
    )


def make_contact(
    people: Sequence[Person],
    *,
    medium: str = "phone",
    date_from: dt.date = dt.date(2026, 3, 10),
    date_to: dt.date | None = None,
    article: Article | None = None,
    evidence: str = "They spoke by phone.",
    duration_minutes: int | None = None,
    initiator: Person | None = None,
) -> Contact:
    report = ContactReport(
        participant_ids=[p.pk for p in people],
        medium=medium,
        date_from=date_from,
        date_to=date_to or date_from,
        evidence=evidence,
        duration_minutes=duration_minutes,
        initiator_id=initiator.pk if initiator else None,
    )
    contact, _ = Contact.objects.record(article=article or make_article(), report=report)
    return contact


def make_seed_like() -> dict[str, object]:
    """The seed's three people and three contacts, without the fixtures or load_seeds."""
    putin = make_person(
        "Vladimir Putin", slug="vladimir-putin", country="RU", title="President of Russia"
    )
    pezeshkian = make_person(
        "Masoud Pezeshkian", slug="masoud-pezeshkian", country="IR", title="President of Iran"
    )
    trump = make_person(
        "Donald Trump",
        slug="donald-trump",
        country="US",
        title="President of the United States",
        office_start=dt.date(2025, 1, 20),
    )
    article = make_article(
        title="Ce mesaj i-a transmis Putin preşedintelui iranian", outlet="Digi24"
    )
    latest = make_contact(
        [putin, pezeshkian],
        date_from=dt.date(2026, 3, 10),
        article=article,
        evidence="Putin a vorbit marţi la telefon cu Pezeshkian.",
    )
    with_trump = make_contact(
        [putin, trump],
        date_from=dt.date(2026, 3, 9),
        article=article,
        duration_minutes=60,
        evidence="Conversaţia, prima dintre cei doi lideri din 2026.",
    )
    earlier = make_contact(
        [putin, pezeshkian],
        date_from=dt.date(2026, 3, 5),
        date_to=dt.date(2026, 3, 9),
        article=article,
        evidence="A doua conversaţie telefonică în ultimele cinci zile.",
    )
    return {
        "putin": putin,
        "pezeshkian": pezeshkian,
        "trump": trump,
        "article": article,
        "latest": latest,
        "with_trump": with_trump,
        "earlier": earlier,
    }
