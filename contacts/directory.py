"""The extractor's people directory, read from the database in three queries."""
from __future__ import annotations

from collections import defaultdict

from contacts.extraction.people import Directory, OfficeTerm, PersonEntry
from contacts.models import Alias, Office, Person

# The rows the last directory was built from, and that directory. Reading the rows takes
# a fiftieth of a second with the reference officials; indexing them takes a third of a
# second, so each "Suggest contacts" reuses the index while the rows are the same. Comparing
# the rows themselves (not a signal or a counter) sees every change, from any process or
# write path (admin, load_reference_data's bulk inserts, a shell's update()).
_built: tuple[tuple, Directory] | None = None


def load_directory() -> Directory:
    """Every person with their aliases and offices, as an immutable Directory (3 queries)."""
    global _built
    alias_rows = tuple(Alias.objects.values_list("person_id", "name", "language"))
    office_rows = tuple(
        Office.objects.order_by("person_id", "start_date").values_list(
            "person_id", "country_id", "role", "title", "start_date", "end_date"
        )
    )
    person_rows = tuple(Person.objects.values_list("pk", "name", "slug", "country_id"))
    rows = (alias_rows, office_rows, person_rows)
    built = _built
    if built is not None and built[0] == rows:
        return built[1]
    directory = _build(*rows)
    _built = (rows, directory)
    return directory


def _build(alias_rows: tuple, office_rows: tuple, person_rows: tuple) -> Directory:
    aliases: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for person_id, name, language in alias_rows:
        aliases[person_id].append((name, language))
    offices: dict[int, list[OfficeTerm]] = defaultdict(list)
    for person_id, country, role, title, start, end in office_rows:
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
        for pk, name, slug, country in person_rows
    )
    return Directory.build(people)
