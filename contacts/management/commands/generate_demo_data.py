"""Fill the database with a synthetic but realistic set of leaders, articles and contacts."""
from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

import numpy as np
from django.core.management.base import BaseCommand, CommandParser
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from contacts.models import (
    Alias,
    Article,
    Contact,
    Country,
    Medium,
    Office,
    Participation,
    Person,
    Role,
    Source,
)
from contacts.names import fold

# Real codes grouped by region: most contacts stay inside a region, as real diplomacy does.
REGIONS: dict[str, tuple[str, ...]] = {
    "europe": ("DE", "FR", "IT", "ES", "PL", "RO", "NL", "BE", "AT", "SE", "GR", "PT", "HU",
               "CZ", "BG", "GB", "IE", "FI", "DK", "MD"),
    "eurasia": ("RU", "UA", "BY", "KZ", "UZ", "AZ", "AM", "GE", "KG", "TJ"),
    "middle_east": ("IR", "IQ", "SA", "AE", "QA", "TR", "IL", "JO", "EG", "SY", "LB", "OM"),
    "asia": ("CN", "JP", "KR", "IN", "PK", "ID", "VN", "TH", "MY", "PH", "SG", "BD"),
    "americas": ("US", "CA", "MX", "BR", "AR", "CL", "CO", "PE", "VE", "CU"),
    "africa": ("ZA", "NG", "KE", "ET", "DZ", "MA", "GH", "SN", "AO", "TZ"),
    "oceania": ("AU", "NZ", "FJ", "PG"),
}
FIRST = ("Alek", "Bora", "Cira", "Dan", "Emil", "Fara", "Goran", "Hana", "Ivo", "Jana", "Karim",
         "Lena", "Milo", "Nadia", "Omar", "Petra", "Rafael", "Sana", "Tomas", "Una", "Viktor",
         "Yara", "Zoran", "Amir", "Beatriz", "Chen", "Dario", "Elif", "Femi", "Greta")
LAST_A = ("Ko", "Ma", "Ri", "Sa", "To", "Va", "Ne", "Li", "Ba", "Da", "Fe", "Gu", "Ha", "Mi")
LAST_B = ("van", "rescu", "lov", "nez", "dah", "sson", "kian", "moto", "ros", "tti", "wski", "ng")
OUTLETS = ("Agerpres", "Reuters", "AFP", "EFE", "TASS", "Digi24", "AP", "ANSA", "dpa", "Xinhua",
           "Kyodo", "Anadolu", "IRNA", "PAP", "BBC")
ROLES = (Role.HEAD_OF_STATE, Role.HEAD_OF_GOVERNMENT, Role.FOREIGN_MINISTER, Role.MINISTER)
MEDIA = (Medium.PHONE, Medium.MEETING, Medium.VIDEO, Medium.MESSAGE)
MEDIA_P = (0.45, 0.30, 0.10, 0.15)
SAME_REGION_P = 0.7
BATCH = 5000


class Command(BaseCommand):
    help = "Generate N people and M contacts (bulk inserts), reproducible with --seed."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--people", type=int, default=200)
        parser.add_argument("--contacts", type=int, default=5000)
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument("--years", type=int, default=6, help="History length, ending today.")

    def handle(self, *args: Any, **options: Any) -> None:
        started = timezone.now()
        with transaction.atomic():
            counts = generate(
                people=options["people"],
                contacts=options["contacts"],
                seed=options["seed"],
                years=options["years"],
            )
        seconds = (timezone.now() - started).total_seconds()
        if options["verbosity"]:
            self.stdout.write(
                "Demo data: {people} people, {contacts} contacts, {participations} "
                "participations, {articles} articles, {sources} sources in ".format(**counts)
                + f"{seconds:.1f} s."
            )


def _next_id(model: type) -> int:
    return (model.objects.aggregate(m=Max("pk"))["m"] or 0) + 1


def _countries() -> tuple[list[str], np.ndarray]:
    """Country codes and the region index of each, creating any the database lacks."""
    codes = [c for region in REGIONS.values() for c in region]
    Country.objects.bulk_create(
        [Country(code=c, name_en=c, name_ro=c) for c in codes], ignore_conflicts=True
    )
    region = np.array([i for i, r in enumerate(REGIONS.values()) for _ in r])
    return codes, region


def generate(*, people: int, contacts: int, seed: int, years: int) -> dict[str, int]:
    rng = np.random.default_rng(seed)
    codes, country_region = _countries()
    names = {c.code: c.name_en for c in Country.objects.filter(code__in=codes)}
    end = timezone.localdate()
    start = end - dt.timedelta(days=365 * years)

    # People: a country each (the big regions get more), a role, a heavy-tailed activity.
    person_country = rng.integers(0, len(codes), size=people)
    person_region = country_region[person_country]
    activity = (rng.pareto(1.2, size=people) + 1) * np.where(
        np.arange(people) % 4 == 0, 3.0, 1.0
    )
    first_person = _next_id(Person)
    person_ids = np.arange(first_person, first_person + people)
    person_rows, alias_rows, office_rows = [], [], []
    office_id = _next_id(Office)
    for i in range(people):
        # Distinct names for the first 5,040 people (30 first names x 14 x 12 syllables).
        n_first, n_a = len(FIRST), len(LAST_A)
        name = f"{FIRST[i % n_first]} {LAST_A[(i // n_first) % n_a]}"
        name += LAST_B[(i // (n_first * n_a)) % len(LAST_B)]
        code = codes[person_country[i]]
        pid = int(person_ids[i])
        person_rows.append(
            Person(
                pk=pid, name=name, slug=f"demo-{fold(name).replace(' ', '-')}-{pid}",
                name_folded=fold(name), country_id=code,
            )
        )
        if i % 10 == 0:
            alias = f"{name.split()[1]}, {name.split()[0]}"
            alias_rows.append(
                Alias(person_id=pid, name=alias, language="en", name_folded=fold(alias))
            )
        role = ROLES[i % len(ROLES)]
        term_start = start - dt.timedelta(days=int(rng.integers(0, 2000)))
        office_rows.append(
            Office(
                pk=office_id, person_id=pid, country_id=code, role=role,
                title=f"{role.label} of {names.get(code, code)}", start_date=term_start,
            )
        )
        office_id += 1
        if i % 5 == 1:  # an earlier, ended office: role filters must use the day's office
            earlier = term_start - dt.timedelta(days=int(rng.integers(400, 1500)))
            office_rows.append(
                Office(
                    pk=office_id, person_id=pid, country_id=code, role=Role.FOREIGN_MINISTER,
                    title=f"Foreign minister of {names.get(code, code)}",
                    start_date=earlier, end_date=term_start - dt.timedelta(days=1),
                )
            )
            office_id += 1
    Person.objects.bulk_create(person_rows, batch_size=BATCH)
    Alias.objects.bulk_create(alias_rows, batch_size=BATCH)
    Office.objects.bulk_create(office_rows, batch_size=BATCH)

    # Contacts: the initiator side by activity; the counterpart mostly from the same region.
    p = activity / activity.sum()
    a = rng.choice(people, size=contacts, p=p)
    b = rng.choice(people, size=contacts, p=p)
    local = rng.random(contacts) < SAME_REGION_P
    for r in range(len(REGIONS)):
        members = np.flatnonzero(person_region == r)
        rows = np.flatnonzero(local & (person_region[a] == r))
        if len(members) > 1 and len(rows):
            w = activity[members] / activity[members].sum()
            b[rows] = rng.choice(members, size=len(rows), p=w)
    same = a == b
    b[same] = (b[same] + 1 + rng.integers(0, people - 1, size=same.sum())) % people
    medium = rng.choice(len(MEDIA), size=contacts, p=MEDIA_P)
    day = rng.integers(0, (end - start).days + 1, size=contacts)
    ranged = rng.random(contacts) < 0.04
    span = np.where(ranged, rng.integers(1, 7, size=contacts), 0)
    timed = (medium == 0) | (medium == 2)
    duration = np.where(timed & (rng.random(contacts) < 0.4), rng.integers(15, 120, contacts), 0)
    extra = np.where(
        (medium == 1) & (rng.random(contacts) < 0.15), rng.integers(1, 5, contacts), 0
    )
    initiator = rng.random(contacts) < 0.2

    order = np.argsort(day, kind="stable")  # ids follow dates, as entry order roughly does
    first_contact = _next_id(Contact)
    contact_rows, participation_rows = [], []
    for k, i in enumerate(order):
        cid = first_contact + k
        date_from = start + dt.timedelta(days=int(day[i]))
        contact_rows.append(
            Contact(
                pk=cid, medium=MEDIA[medium[i]], date_from=date_from,
                date_to=date_from + dt.timedelta(days=int(span[i])),
                duration_minutes=int(duration[i]) or None,
            )
        )
        members = {int(a[i]), int(b[i])}
        if extra[i]:
            region = np.flatnonzero(person_region == person_region[a[i]])
            members.update(int(x) for x in rng.choice(region, size=min(extra[i], len(region))))
        for m in sorted(members):
            participation_rows.append(
                Participation(
                    contact_id=cid, person_id=int(person_ids[m]),
                    is_initiator=bool(initiator[i] and m == a[i]),
                )
            )
    Contact.objects.bulk_create(contact_rows, batch_size=BATCH)
    Participation.objects.bulk_create(participation_rows, batch_size=BATCH)

    # Articles: each reports one to three contacts of the same days; some contacts get more
    # than one article (agencies re-reporting), which is what sources are for.
    first_article = _next_id(Article)
    article_rows, source_rows = [], []
    chunk_sizes = rng.choice((1, 2, 3), size=contacts, p=(0.6, 0.3, 0.1))
    k = 0
    for n in itertools.count():
        if k >= contacts:
            break
        chunk = contact_rows[k : k + int(chunk_sizes[n])]
        aid = first_article + n
        first = chunk[0]
        article_rows.append(
            Article(
                pk=aid,
                title=f"{first.get_medium_display()} reported on {first.date_from.isoformat()} "
                f"(demo article {aid})",
                url=f"https://demo.invalid/{seed}/{aid}",
                outlet=OUTLETS[int(rng.integers(0, len(OUTLETS)))],
                language="en",
                published_on=max(c.date_to for c in chunk)
                + dt.timedelta(days=int(rng.integers(0, 2))),
            )
        )
        for c in chunk:
            source_rows.append(
                Source(contact_id=c.pk, article_id=aid, evidence=f"Demo evidence for #{c.pk}.")
            )
        k += len(chunk)
    n_articles = len(article_rows)
    again = np.flatnonzero(rng.random(len(source_rows)) < 0.3)
    seen = {(s.contact_id, s.article_id) for s in source_rows}
    for j in again:
        s = source_rows[j]
        other = int(min(n_articles - 1, max(0, s.article_id - first_article + rng.integers(-3, 4))))
        key = (s.contact_id, first_article + other)
        if key not in seen:
            seen.add(key)
            source_rows.append(
                Source(contact_id=key[0], article_id=key[1], evidence="Also reported here.")
            )
    Article.objects.bulk_create(article_rows, batch_size=BATCH)
    Source.objects.bulk_create(source_rows, batch_size=BATCH)
    return {
        "people": people,
        "contacts": contacts,
        "participations": len(participation_rows),
        "articles": n_articles,
        "sources": len(source_rows),
    }
