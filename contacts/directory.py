"""The extractor's people directory, read from the database in three queries."""
from __future__ import annotations

from collections import defaultdict

from contacts.extraction.people import Directory, OfficeTerm, PersonEntry
from contacts.models import Alias, Office, Person


def load_directory() -> Directory:
    """Every person with their aliases and offices, as an immutable Directory (3 queries)."""
    aliases: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for person_id, name, language in Alias.objects.values_list("person_id", "name", "language"):
        aliases[person_id].append((name, language))
    offices: dict[int, list[OfficeTerm]] = defaultdict(list)
    for person_id, country, role, title, start, end in Office.objects.order_by(
        "person_id", "start_date"
    ).values_list("person_id", "country_id", "role", "title", "start_date", "end_date"):
        offices[person_id].append(OfficeTerm(country, role, title, start, end))
    people = (
        PersonEntry(
            id=pk,
            name=name,
            slug=slug,
            country=country,
            aliases=tuple(aliases.get(pk, ())),
            offices=tuple(offices.get(pk, ())),
        )
        for pk, name, slug, country in Person.objects.values_list(
            "pk", "name", "slug", "country_id"
        )
    )
    return Directory.build(people)
