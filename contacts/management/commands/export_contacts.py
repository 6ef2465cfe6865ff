"""Print contacts (with sources) as JSON or CSV in the export_contacts schema."""

import argparse
import datetime as dt

from django.core.management.base import BaseCommand, CommandError

from contacts.export import contact_records, contacts_for_export, records_csv, records_json
from contacts.models import Contact, Country, Person


def _date(value: str) -> dt.date:
    # ArgumentTypeError: argparse names the option and exits with usage, no traceback.
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not an ISO date (YYYY-MM-DD)") from None


class Command(BaseCommand):
    help = "Print the contacts in the export_contacts schema (see README)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--format", choices=("json", "csv"), default="json")
        parser.add_argument("--start", type=_date, help="first day (ISO), inclusive")
        parser.add_argument("--end", type=_date, help="last day (ISO), inclusive")
        parser.add_argument(
            "--country", action="append", default=[], help="ISO code; repeatable (any of)"
        )
        parser.add_argument(
            "--person", action="append", default=[], help="slug; repeatable (any of)"
        )

    def handle(self, *args, **options) -> None:
        start, end = options["start"], options["end"]
        if start and end and end < start:
            raise CommandError("--end is before --start")
        countries = [c.upper() for c in options["country"]]
        if unknown := set(countries) - set(
            Country.objects.filter(code__in=countries).values_list("code", flat=True)
        ):
            raise CommandError(f"unknown country code(s): {', '.join(sorted(unknown))}")
        slugs = options["person"]
        if unknown := set(slugs) - set(
            Person.objects.filter(slug__in=slugs).values_list("slug", flat=True)
        ):
            raise CommandError(f"unknown person slug(s): {', '.join(sorted(unknown))}")
        contacts = Contact.objects.between(start, end)
        # Repeated options widen the selection: contacts involving any of the countries/people.
        if countries:
            contacts = contacts.filter(participants__country_id__in=countries)
        if slugs:
            contacts = contacts.filter(participants__slug__in=slugs)
        records = contact_records(contacts_for_export(contacts.distinct()))
        write = records_json if options["format"] == "json" else records_csv
        self.stdout.write(write(records), ending="")
