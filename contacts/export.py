"""Figures to PNG/SVG/PDF, and contacts to the records of the export_contacts schema."""
from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from collections.abc import Iterable

from django.db.models import Prefetch, QuerySet

from contacts.models import Contact, Office, Participation, Source, offices_on

# ---------------------------------------------------------------------------------------------
# Data: contacts -> records (the schema of ../shared/corpus/README.md, plus sources).
# Tests and other tools rely on this format: keep it stable.
# ---------------------------------------------------------------------------------------------

CSV_COLUMNS = (
    "id",
    "medium",
    "date",
    "date_from",
    "date_to",
    "duration_minutes",
    "initiator",
    "participants",
    "countries",
    "roles",
    "sources",
    "evidence",
)


def contacts_for_export(contacts: QuerySet[Contact]) -> QuerySet[Contact]:
    """`contacts` with everything contact_records reads, in a constant number of queries."""
    return contacts.prefetch_related(
        Prefetch(
            "participations",
            queryset=Participation.objects.select_related("person").order_by("person__name"),
        ),
        Prefetch(
            "sources", queryset=Source.objects.select_related("article").order_by(
                "article__published_on", "article__outlet", "pk"
            )
        ),
    ).order_by("date_from", "date_to", "pk")


def contact_records(contacts: Iterable[Contact]) -> list[dict]:
    """One dict per contact: participants with the country and role held on the contact's day."""
    contacts = list(contacts)
    person_ids = {p.person_id for c in contacts for p in c.participations.all()}
    offices: dict[int, list[Office]] = defaultdict(list)
    for office in Office.objects.filter(person_id__in=person_ids):
        offices[office.person_id].append(office)
    records = []
    for contact in contacts:
        participants = []
        initiator = None
        for participation in contact.participations.all():
            person = participation.person
            office = offices_on(offices[person.pk], contact.date_from)
            participants.append(
                {
                    "name": person.name,
                    "slug": person.slug,
                    "country": office.country_id if office else person.country_id,
                    "role": office.role if office else None,
                }
            )
            if participation.is_initiator:
                initiator = person.name
        exact = contact.date_from == contact.date_to
        records.append(
            {
                "id": contact.pk,
                "participants": participants,
                "medium": contact.medium,
                "date": contact.date_from.isoformat() if exact else None,
                "date_from": None if exact else contact.date_from.isoformat(),
                "date_to": None if exact else contact.date_to.isoformat(),
                "duration_minutes": contact.duration_minutes,
                "initiator": initiator,
                "sources": [
                    {
                        "url": s.article.url,
                        "outlet": s.article.outlet,
                        "title": s.article.title,
                        "published": s.article.published_on.isoformat(),
                        "evidence": s.evidence,
                    }
                    for s in contact.sources.all()
                ],
            }
        )
    return records


def records_json(records: list[dict]) -> str:
    return json.dumps(records, ensure_ascii=False, indent=2) + "\n"


def records_csv(records: list[dict]) -> str:
    """One row per contact; lists joined with " | " so a spreadsheet shows one cell each."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for r in records:
        writer.writerow(
            {
                "id": r["id"],
                "medium": r["medium"],
                "date": r["date"] or "",
                "date_from": r["date_from"] or "",
                "date_to": r["date_to"] or "",
                "duration_minutes": r["duration_minutes"] or "",
                "initiator": r["initiator"] or "",
                "participants": " | ".join(p["name"] for p in r["participants"]),
                "countries": " | ".join(p["country"] or "" for p in r["participants"]),
                "roles": " | ".join(p["role"] or "" for p in r["participants"]),
                "sources": " | ".join(
                    f'{s["outlet"]}, {s["published"]}: {s["url"] or s["title"]}'
                    for s in r["sources"]
                ),
                "evidence": " | ".join(s["evidence"] for s in r["sources"]),
            }
        )
    return out.getvalue()
