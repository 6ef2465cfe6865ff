"""Load fixtures/ (countries, people, aliases, offices), adding only what is missing."""

import datetime as dt
import json
from collections import defaultdict
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from contacts.models import Alias, Country, Office, Person
from contacts.names import fold

FIXTURES = ("countries.json", "people.json", "officials.json")
_MODELS = ("contacts.country", "contacts.person", "contacts.alias", "contacts.office")


def _rows(names: tuple[str, ...] = FIXTURES) -> dict[str, list[dict]]:
    """The fixtures' rows by model, in file order."""
    out: dict[str, list[dict]] = {model: [] for model in _MODELS}
    for name in names:
        path = Path(settings.BASE_DIR) / "fixtures" / name
        if not path.exists():
            continue
        for row in json.loads(path.read_text(encoding="utf-8")):
            if row["model"] not in out:
                raise CommandError(f"{name}: unexpected model {row['model']}")
            out[row["model"]].append(row)
    return out


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _overlap(a: tuple, b: tuple) -> bool:
    """Two (start, end) terms overlap beyond a handover day (one's end is the next one's
    start); a missing start or end is open."""
    (a0, a1), (b0, b1) = a, b
    return (a0 is None or b1 is None or a0 < b1) and (b0 is None or a1 is None or b0 < a1)


class Command(BaseCommand):
    help = "Load the reference fixtures; rows already present (by natural key) are left as edited."

    def handle(self, *args, **options) -> None:
        # A handful of queries and bulk inserts instead of three queries per row: the
        # directory's 11,000 rows load in about a second instead of a minute.
        rows = _rows()
        added = kept = 0
        with transaction.atomic():
            codes = set(Country.objects.values_list("code", flat=True))
            new_countries = []
            for row in rows["contacts.country"]:
                if row["pk"] in codes:
                    kept += 1
                    continue
                codes.add(row["pk"])
                new_countries.append(Country(code=row["pk"], **row["fields"]))
            Country.objects.bulk_create(new_countries)

            people = dict(Person.objects.values_list("slug", "pk"))
            new_people = []
            for row in rows["contacts.person"]:
                f = row["fields"]
                if f["slug"] in people:
                    kept += 1
                    continue
                people[f["slug"]] = None
                person = Person(
                    name=f["name"],
                    slug=f["slug"],
                    country_id=f.get("country"),
                    notes=f.get("notes", ""),
                )
                person.name_folded = fold(person.name)  # what save() fills
                new_people.append(person)
            Person.objects.bulk_create(new_people, batch_size=500)
            if new_people:
                people = dict(Person.objects.values_list("slug", "pk"))

            aliases = set(Alias.objects.values_list("person_id", "name"))
            new_aliases = []
            for row in rows["contacts.alias"]:
                f = row["fields"]
                key = (people[f["person"][0]], f["name"])
                if key in aliases:
                    kept += 1
                    continue
                aliases.add(key)
                alias = Alias(person_id=key[0], name=f["name"], language=f.get("language", ""))
                alias.name_folded = fold(alias.name)  # what save() fills
                new_aliases.append(alias)
            Alias.objects.bulk_create(new_aliases, batch_size=500)

            # An office is present when its holder already had, before this load, one of the
            # same role and country over an overlapping span: an editor's corrected title or
            # dates stay one office instead of bringing the fixture's version back beside it.
            # Its unique key (holder, title, start) present counts too, whatever else changed.
            spans: dict[tuple, list[tuple]] = defaultdict(list)
            terms = set()
            for person_id, role, country, title, start, end in Office.objects.values_list(
                "person_id", "role", "country_id", "title", "start_date", "end_date"
            ):
                spans[(person_id, role, country)].append((start, end))
                terms.add((person_id, title, start))
            new_offices = []
            for row in rows["contacts.office"]:
                f = row["fields"]
                key = (people[f["person"][0]], f["role"], f["country"])
                start, end = _date(f["start_date"]), _date(f["end_date"])
                if (key[0], f["title"], start) in terms or any(
                    _overlap((start, end), span) for span in spans[key]
                ):
                    kept += 1
                    continue
                new_offices.append(
                    Office(
                        person_id=key[0],
                        country_id=key[2],
                        title=f["title"],
                        role=key[1],
                        start_date=start,
                        end_date=end,
                    )
                )
            Office.objects.bulk_create(new_offices, batch_size=500)
            added = len(new_countries) + len(new_people) + len(new_aliases) + len(new_offices)
        if options["verbosity"]:
            self.stdout.write(f"Reference data: {added} added, {kept} already present.")
