"""Countries, people and their offices, articles, and the contacts the articles report."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Count, Q
from django.utils import timezone

from contacts.names import fold

# The earliest day an article or a contact may carry: earlier years are typing slips
# (0026 for 2026), not history this newsroom records.
EARLIEST_DAY = dt.date(1900, 1, 1)


def plausible_day(value: dt.date) -> None:
    """Refuse a day before 1900 or after tomorrow (tomorrow allows for time zones)."""
    if value < EARLIEST_DAY:
        raise ValidationError(
            "%(day)s is before 1900: check the year.", code="too_early",
            params={"day": value.isoformat()},
        )
    if value > timezone.localdate() + dt.timedelta(days=1):
        raise ValidationError(
            "%(day)s is in the future.", code="in_future", params={"day": value.isoformat()}
        )


class CountryKind(models.TextChoices):
    STATE = "state", "State"
    ORGANIZATION = "organization", "International organisation"


class Country(models.Model):
    Kind = CountryKind

    # ISO 3166-1 alpha-2, or UN / NATO / EU / AUC for international bodies (AUC: the African
    # Union, whose own "AU" is Australia's code).
    code = models.CharField(max_length=4, primary_key=True)
    name_en = models.CharField("English name", max_length=100)
    name_ro = models.CharField("Romanian name", max_length=100)
    kind = models.CharField(max_length=12, choices=Kind.choices, default=Kind.STATE)
    capital = models.CharField(max_length=100, blank=True)
    latitude = models.FloatField(null=True, blank=True)
    longitude = models.FloatField(null=True, blank=True)

    class Meta:
        ordering = ("name_en",)
        verbose_name_plural = "countries"
        constraints = (
            models.CheckConstraint(
                condition=Q(code__regex=r"^[A-Z]{2,4}$"), name="country_code_upper"
            ),
            models.CheckConstraint(
                condition=Q(kind__in=CountryKind.values), name="country_kind_valid"
            ),
            models.CheckConstraint(
                condition=Q(latitude__isnull=True) | Q(latitude__gte=-90, latitude__lte=90),
                name="country_latitude_range",
            ),
            models.CheckConstraint(
                condition=Q(longitude__isnull=True) | Q(longitude__gte=-180, longitude__lte=180),
                name="country_longitude_range",
            ),
        )

    def __str__(self) -> str:
        return f"{self.name_en} ({self.code})"

    def natural_key(self) -> tuple[str]:
        return (self.code,)


class PersonQuerySet(models.QuerySet):
    def search(self, term: str) -> PersonQuerySet:
        """People whose name or any alias contains `term`, ignoring case, diacritics, script."""
        key = fold(term)
        if not key:
            return self
        return self.filter(
            Q(name_folded__contains=key) | Q(aliases__name_folded__contains=key)
        ).distinct()


class PersonManager(models.Manager.from_queryset(PersonQuerySet)):
    def get_by_natural_key(self, slug: str) -> Person:
        return self.get(slug=slug)


class Person(models.Model):
    name = models.CharField(max_length=150, help_text="Usual English spelling.")
    slug = models.SlugField(max_length=150, unique=True)
    # Folded form of `name` for diacritic- and script-insensitive search (contacts.names.fold).
    name_folded = models.CharField(max_length=150, editable=False, db_index=True)
    country = models.ForeignKey(
        Country,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="people",
        help_text="The state or body the person mainly serves; offices say when.",
    )
    notes = models.TextField(blank=True)

    objects = PersonManager()

    class Meta:
        ordering = ("name",)
        verbose_name_plural = "people"

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        # A derived search key, not business logic: it must follow `name` on every write path.
        self.name_folded = fold(self.name)
        super().save(*args, **kwargs)

    def natural_key(self) -> tuple[str]:
        return (self.slug,)


class AliasManager(models.Manager):
    def get_by_natural_key(self, person_slug: str, name: str) -> Alias:
        return self.get(person__slug=person_slug, name=name)


class Alias(models.Model):
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(max_length=150)
    language = models.CharField(
        max_length=8, blank=True, help_text="ISO 639-1 code of the spelling: ro, en, ru…"
    )
    name_folded = models.CharField(max_length=150, editable=False, db_index=True)

    objects = AliasManager()

    class Meta:
        ordering = ("person", "language", "name")
        verbose_name_plural = "aliases"
        constraints = (
            models.UniqueConstraint(fields=("person", "name"), name="alias_unique_per_person"),
        )

    def __str__(self) -> str:
        return f"{self.name} ({self.language})" if self.language else self.name

    def save(self, *args, **kwargs) -> None:
        self.name_folded = fold(self.name)
        super().save(*args, **kwargs)

    def natural_key(self) -> tuple[str, str]:
        return (*self.person.natural_key(), self.name)

    natural_key.dependencies = ["contacts.person"]


class Role(models.TextChoices):
    # Order matters: when a person holds several offices on one day, the first role wins.
    HEAD_OF_STATE = "head_of_state", "Head of state"
    HEAD_OF_GOVERNMENT = "head_of_government", "Head of government"
    HEAD_OF_ORGANIZATION = "head_of_organization", "Head of organisation"
    FOREIGN_MINISTER = "foreign_minister", "Foreign minister"
    MINISTER = "minister", "Minister"
    OTHER_OFFICIAL = "other_official", "Other official"


ROLE_RANK = {role.value: rank for rank, role in enumerate(Role)}


class OfficeQuerySet(models.QuerySet):
    def held_on(self, day: dt.date) -> OfficeQuerySet:
        return self.filter(Q(end_date__isnull=True) | Q(end_date__gte=day), start_date__lte=day)

    def holders(self, *, role: str, country: str, day: dt.date) -> OfficeQuerySet:
        """Who held `role` of `country` on `day` (one query on the covering index)."""
        return self.filter(role=role, country_id=country).held_on(day)


class OfficeManager(models.Manager.from_queryset(OfficeQuerySet)):
    def get_by_natural_key(self, person_slug: str, title: str, start_date: str) -> Office:
        return self.get(person__slug=person_slug, title=title, start_date=start_date)


class Office(models.Model):
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="offices")
    country = models.ForeignKey(Country, on_delete=models.PROTECT, related_name="offices")
    title = models.CharField(max_length=150, help_text='For example "President of Russia".')
    role = models.CharField(max_length=24, choices=Role.choices)
    start_date = models.DateField()
    end_date = models.DateField(null=True, blank=True, help_text="Empty: still in office.")

    objects = OfficeManager()

    class Meta:
        ordering = ("person", "start_date")
        constraints = (
            models.CheckConstraint(
                condition=Q(end_date__isnull=True) | Q(end_date__gte=models.F("start_date")),
                name="office_end_after_start",
                violation_error_message="An office cannot end before it starts.",
            ),
            models.CheckConstraint(condition=Q(role__in=Role.values), name="office_role_valid"),
            models.UniqueConstraint(
                fields=("person", "title", "start_date"), name="office_unique_term"
            ),
        )
        indexes = (
            models.Index(fields=("country", "role", "start_date"), name="office_holder_idx"),
            models.Index(fields=("person", "start_date"), name="office_person_idx"),
        )

    def __str__(self) -> str:
        end = self.end_date.isoformat() if self.end_date else "…"
        return f"{self.person}: {self.title} ({self.start_date.isoformat()}–{end})"

    def natural_key(self) -> tuple[str, str, str]:
        return (*self.person.natural_key(), self.title, self.start_date.isoformat())

    natural_key.dependencies = ["contacts.person"]


def offices_on(offices: Iterable[Office], day: dt.date) -> Office | None:
    """The office, among one person's, that they held on `day`, highest role first."""
    held = [o for o in offices if o.start_date <= day and (o.end_date is None or o.end_date >= day)]
    return min(held, key=lambda o: (ROLE_RANK[o.role], o.start_date), default=None)


class Article(models.Model):
    title = models.CharField(max_length=300)
    url = models.URLField(max_length=500, blank=True)
    outlet = models.CharField(max_length=100, db_index=True)
    via = models.CharField(
        max_length=200, blank=True, help_text='The chain of agencies, e.g. "EFE, Agerpres".'
    )
    language = models.CharField(max_length=8, help_text="ISO 639-1 code: ro, en, fr…")
    published_on = models.DateField("published", db_index=True, validators=[plausible_day])
    body = models.TextField(blank=True)
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="articles_entered",
    )
    entered_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ("-published_on", "title")
        constraints = (
            models.UniqueConstraint(
                fields=("url",),
                condition=~Q(url=""),
                name="article_url_unique",
                violation_error_message="An article with this URL is already recorded.",
            ),
        )

    def __str__(self) -> str:
        return f"{self.outlet}, {self.published_on.isoformat()}: {self.title}"


class Medium(models.TextChoices):
    PHONE = "phone", "Phone call"
    VIDEO = "video", "Video call"
    MEETING = "meeting", "Meeting"
    MESSAGE = "message", "Message"


@dataclass(frozen=True)
class ContactReport:
    """One article's report of one contact, before it is matched to a stored contact."""

    participant_ids: Sequence[int]
    medium: str
    date_from: dt.date
    date_to: dt.date
    evidence: str = ""
    duration_minutes: int | None = None
    initiator_id: int | None = None
    summary: str = ""


class ContactQuerySet(models.QuerySet):
    def between(self, start: dt.date | None, end: dt.date | None) -> ContactQuerySet:
        """Contacts whose date range overlaps [start, end] (either bound optional)."""
        qs = self
        if start:
            qs = qs.filter(date_to__gte=start)
        if end:
            qs = qs.filter(date_from__lte=end)
        return qs

    def with_participants(self, person_ids: Iterable[int]) -> ContactQuerySet:
        """Contacts whose participants are exactly `person_ids`."""
        ids = sorted(set(person_ids))
        return self.annotate(
            n_participants=Count("participations", distinct=True),
            n_matching=Count(
                "participations", filter=Q(participations__person__in=ids), distinct=True
            ),
        ).filter(n_participants=len(ids), n_matching=len(ids))

    def matching(self, report: ContactReport) -> ContactQuerySet:
        """Stored contacts that are this real contact: same people and medium, dates overlapping."""
        return (
            self.filter(medium=report.medium)
            .between(report.date_from, report.date_to)
            .with_participants(report.participant_ids)
        )


class ContactManager(models.Manager.from_queryset(ContactQuerySet)):
    @transaction.atomic
    def record(self, *, article: Article, report: ContactReport) -> tuple[Contact, bool]:
        """Store `report` from `article`: a new contact, or a further source of the same one.

        Returns (contact, created). An existing contact takes the more precise date when the
        new report's range lies inside its own, and a duration or initiator it lacked.
        """
        existing = self.matching(report).order_by("date_from", "pk").first()
        if existing is None:
            contact = self.create(
                medium=report.medium,
                date_from=report.date_from,
                date_to=report.date_to,
                duration_minutes=report.duration_minutes,
                summary=report.summary,
            )
            Participation.objects.bulk_create(
                Participation(
                    contact=contact, person_id=pid, is_initiator=pid == report.initiator_id
                )
                for pid in sorted(set(report.participant_ids))
            )
            created = True
        else:
            contact = existing
            contact.absorb(report)
            created = False
        Source.objects.update_or_create(
            contact=contact, article=article, defaults={"evidence": report.evidence}
        )
        return contact, created


class Contact(models.Model):
    medium = models.CharField(max_length=8, choices=Medium.choices)
    date_from = models.DateField(db_index=True, validators=[plausible_day])
    date_to = models.DateField(
        db_index=True,
        validators=[plausible_day],
        help_text="Equal to the start when the day is known.",
    )
    duration_minutes = models.PositiveIntegerField(null=True, blank=True)
    summary = models.TextField(blank=True)
    participants = models.ManyToManyField(Person, through="Participation", related_name="contacts")
    articles = models.ManyToManyField(Article, through="Source", related_name="contacts")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ContactManager()

    class Meta:
        ordering = ("-date_from", "pk")
        constraints = (
            models.CheckConstraint(
                condition=Q(date_to__gte=models.F("date_from")),
                name="contact_dates_ordered",
                violation_error_message="The end date is before the start date.",
            ),
            models.CheckConstraint(
                condition=Q(duration_minutes__isnull=True) | Q(duration_minutes__gt=0),
                name="contact_duration_positive",
                violation_error_message="The duration, when given, is at least one minute.",
            ),
            models.CheckConstraint(
                condition=Q(medium__in=Medium.values), name="contact_medium_valid"
            ),
        )
        indexes = (models.Index(fields=("date_from", "date_to"), name="contact_dates_idx"),)

    def __str__(self) -> str:
        return f"#{self.pk} {self.get_medium_display()} {self.date_label}"

    @property
    def date_label(self) -> str:
        if self.date_from == self.date_to:
            return self.date_from.isoformat()
        return f"{self.date_from.isoformat()} – {self.date_to.isoformat()}"

    @property
    def is_dated_exactly(self) -> bool:
        return self.date_from == self.date_to

    def absorb(self, report: ContactReport) -> None:
        """Take from a further report of this contact what it knows better."""
        changed = []
        if (
            report.date_from >= self.date_from
            and report.date_to <= self.date_to
            and ((report.date_from, report.date_to) != (self.date_from, self.date_to))
        ):
            self.date_from, self.date_to = report.date_from, report.date_to
            changed += ["date_from", "date_to"]
        if self.duration_minutes is None and report.duration_minutes:
            self.duration_minutes = report.duration_minutes
            changed.append("duration_minutes")
        if not self.summary and report.summary:
            self.summary = report.summary
            changed.append("summary")
        if changed:
            self.save(update_fields=[*changed, "updated_at"])
        if report.initiator_id and not self.participations.filter(is_initiator=True).exists():
            self.participations.filter(person_id=report.initiator_id).update(is_initiator=True)

    @property
    def initiator(self) -> Person | None:
        """The participant who called or wrote first, when an article says so."""
        for participation in self.participations.all():
            if participation.is_initiator:
                return participation.person
        return None

    @transaction.atomic
    def revise(self, report: ContactReport) -> None:
        """Correct this contact to what `report` says (an editor's fix: every source sees it)."""
        self.medium = report.medium
        self.date_from, self.date_to = report.date_from, report.date_to
        self.duration_minutes = report.duration_minutes
        if report.summary:
            self.summary = report.summary
        self.save()
        wanted = set(report.participant_ids)
        self.participations.exclude(person_id__in=wanted).delete()
        present = set(self.participations.values_list("person_id", flat=True))
        self.participations.update(is_initiator=False)
        Participation.objects.bulk_create(
            Participation(contact=self, person_id=pid) for pid in sorted(wanted - present)
        )
        if report.initiator_id:
            self.participations.filter(person_id=report.initiator_id).update(is_initiator=True)


class Participation(models.Model):
    contact = models.ForeignKey(Contact, on_delete=models.CASCADE, related_name="participations")
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="participations")
    # The initiator is a flag on a participation, so "the initiator is a participant" and
    # "at most one initiator" are both held by the database.
    is_initiator = models.BooleanField(default=False)

    class Meta:
        ordering = ("contact", "person__name")
        constraints = (
            models.UniqueConstraint(
                fields=("contact", "person"), name="participation_distinct_people"
            ),
            models.UniqueConstraint(
                fields=("contact",),
                condition=Q(is_initiator=True),
                name="participation_one_initiator",
                violation_error_message="Only one participant can be the initiator.",
            ),
        )

    def __str__(self) -> str:
        return f"{self.person} in {self.contact}"


class Source(models.Model):
    contact = models.ForeignKey(Contact, on_delete=models.CASCADE, related_name="sources")
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="sources")
    evidence = models.TextField(help_text="The sentence of the article that states the contact.")

    class Meta:
        ordering = ("article__published_on", "pk")
        constraints = (
            models.UniqueConstraint(fields=("contact", "article"), name="source_once_per_article"),
        )

    def __str__(self) -> str:
        return f"{self.contact} in {self.article.outlet} ({self.article.published_on.isoformat()})"
