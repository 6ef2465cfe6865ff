"""Load seeds/: each seed article with the contacts an editor records from it."""

import datetime as dt
import json
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from contacts.directory import load_directory
from contacts.extraction import extract_contacts
from contacts.models import Article, Contact, ContactReport, Medium, Person


def _date(value: str, where: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise CommandError(f"{where}: {value!r} is not an ISO date (YYYY-MM-DD)") from None


def listed_reports(meta: dict, article: Article, name: str) -> list[ContactReport]:
    """The contacts the seed's metadata lists, checked against the people and the text."""
    slugs = {s for c in meta["contacts"] for s in c["participants"]} | {
        c["initiator"] for c in meta["contacts"] if c.get("initiator")
    }
    people = dict(Person.objects.filter(slug__in=slugs).values_list("slug", "pk"))
    if missing := sorted(slugs - people.keys()):
        raise CommandError(
            f"{name}: unknown people {', '.join(missing)}; "
            "run `manage.py load_reference_data` first"
        )
    reports = []
    for n, c in enumerate(meta["contacts"], 1):
        where = f"{name} contact {n}"
        if c["medium"] not in Medium.values:
            raise CommandError(f"{where}: unknown medium {c['medium']!r}")
        if c["evidence"] not in article.body:
            raise CommandError(f"{where}: the evidence sentence is not in the article text")
        reports.append(
            ContactReport(
                participant_ids=[people[s] for s in c["participants"]],
                medium=c["medium"],
                date_from=_date(c["date_from"], f"{where} date_from"),
                date_to=_date(c["date_to"], f"{where} date_to"),
                evidence=c["evidence"],
                duration_minutes=c.get("duration_minutes"),
                initiator_id=people[c["initiator"]] if c.get("initiator") else None,
                summary=c.get("summary", ""),
            )
        )
    return reports


def extracted_reports(article: Article) -> list[ContactReport]:
    """The contacts the extractor reads in the article (those with new people left out)."""
    return [
        ContactReport(
            participant_ids=[pid for pid in s.person_ids if pid is not None],
            medium=s.medium,
            date_from=s.date_from,
            date_to=s.date_to,
            evidence=s.evidence,
            duration_minutes=s.duration_minutes,
            initiator_id=s.initiator_id,
        )
        for s in extract_contacts(
            article.body,
            published=article.published_on,
            lang=article.language,
            directory=load_directory(),
        )
        if not s.new_people
    ]


def load_seed(meta_path: Path, *, extract: bool = False) -> tuple[Article, int, int]:
    """Load one seed (metadata JSON beside its text); returns (article, created, attached).

    The contacts are those the metadata lists or, with `extract`, those the extractor reads.
    """
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    text_path = meta_path.with_name(meta["text"])
    if not text_path.exists():
        raise CommandError(f"{meta_path.name}: text file {meta['text']} is missing")
    article, _ = Article.objects.update_or_create(
        url=meta["url"],
        defaults={
            "title": meta["title"],
            "outlet": meta["outlet"],
            "via": meta.get("via", ""),
            "language": meta["language"],
            "published_on": _date(meta["published"], f"{meta_path.name} published"),
            "body": text_path.read_text(encoding="utf-8"),
        },
    )
    if extract:
        reports = extracted_reports(article)
    else:
        reports = listed_reports(meta, article, meta_path.name)
    created = attached = 0
    for report in reports:
        _, is_new = Contact.objects.record(article=article, report=report)
        created += is_new
        attached += not is_new
    return article, created, attached


class Command(BaseCommand):
    help = "Load the seed articles in seeds/ and their contacts (idempotent)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--dir", default=str(Path(settings.BASE_DIR) / "seeds"))
        parser.add_argument(
            "--extract",
            action="store_true",
            help="build the contacts with the extractor instead of the recorded list",
        )

    def handle(self, *args, **options) -> None:
        paths = sorted(Path(options["dir"]).glob("*.json"))
        if not paths:
            raise CommandError(f"no seed metadata (*.json) in {options['dir']}")
        created = attached = 0
        # One transaction: a broken seed leaves the database as it was.
        with transaction.atomic():
            for path in paths:
                _, c, a = load_seed(path, extract=options["extract"])
                created += c
                attached += a
        if options["verbosity"]:
            self.stdout.write(
                f"Seeds: {len(paths)} article(s), {created} contact(s) created, "
                f"{attached} already recorded."
            )
