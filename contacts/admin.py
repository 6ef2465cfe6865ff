"""The editors' workspace: articles with the contacts they report, people, offices."""

from __future__ import annotations

import logging
from urllib.parse import urlencode

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.widgets import (
    AdminDateWidget,
    AutocompleteSelect,
    AutocompleteSelectMultiple,
)
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, Prefetch, QuerySet
from django.http import HttpRequest, HttpResponseRedirect
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

from contacts.directory import load_directory
from contacts.extraction import Suggestion, extract_contacts
from contacts.models import (
    Alias,
    Article,
    Contact,
    ContactReport,
    Country,
    Medium,
    Office,
    Participation,
    Person,
    Source,
    plausible_day,
)

_logger = logging.getLogger(__name__)


def _fmt(value: object) -> str:
    if value in (None, "", [], ()):
        return "—"
    if isinstance(value, list | tuple | QuerySet):
        return ", ".join(str(v) for v in value)
    return str(value)


def describe_changes(form: forms.BaseForm) -> str:
    """'Date to: 2026-03-09 → 2026-03-06' for each changed field: history shows values."""
    parts = []
    for name in form.changed_data:
        field = form.fields[name]
        old = form.initial.get(name, field.initial)
        if isinstance(field, forms.ModelMultipleChoiceField) and old:
            old = [v if not isinstance(v, int | str) else field.queryset.get(pk=v) for v in old]
        elif isinstance(field, forms.ModelChoiceField) and isinstance(old, int | str):
            old = field.queryset.filter(pk=old).first()
        label = field.label or name.replace("_", " ").capitalize()
        parts.append(f"{label}: {_fmt(old)} → {_fmt(form.cleaned_data.get(name))}")
    return "; ".join(parts)


class HistoryMixin:
    """Keep in the object's history who changed what, from which value to which."""

    def construct_change_message(self, request, form, formsets, add=False):
        if add:
            return super().construct_change_message(request, form, formsets, add)
        parts = []
        if changes := describe_changes(form):
            parts.append(f"Changed {changes}.")
        for formset in formsets or ():
            for obj in formset.new_objects:
                parts.append(f"Added {obj._meta.verbose_name} “{obj}”.")
            changed = {obj.pk for obj, _ in formset.changed_objects}
            for inline_form in formset.forms:
                if inline_form.instance.pk in changed and inline_form.has_changed():
                    parts.append(
                        f"Changed {inline_form.instance._meta.verbose_name} "
                        f"“{inline_form.instance}”: {describe_changes(inline_form)}."
                    )
            for obj in formset.deleted_objects:
                parts.append(f"Deleted {obj._meta.verbose_name} “{obj}”.")
        return " ".join(parts) or "No fields changed."


class PersonSearchMixin:
    """Search people by any alias, ignoring case, diacritics and script."""

    def get_search_results(self, request, queryset, search_term):
        if not search_term:
            return queryset, False
        return self.search_by_person(queryset, search_term), False

    def search_by_person(self, queryset: QuerySet, term: str) -> QuerySet:
        raise NotImplementedError


class KnownKeysOnly:
    """Re-showing a rejected form, look up only posted values that can be keys: Django's
    autocomplete widgets query whatever was posted, and "abc" for an integer key is a 500."""

    def optgroups(self, name, value, attr=None):
        key = self.field.remote_field.model._meta.pk
        return super().optgroups(name, [v for v in value if _is_key(key, v)], attr)


def _is_key(field: models.Field, value: object) -> bool:
    try:
        field.to_python(value)
    except ValidationError:
        return False
    return True


class SafeAutocompleteSelect(KnownKeysOnly, AutocompleteSelect):
    pass


class SafeAutocompleteSelectMultiple(KnownKeysOnly, AutocompleteSelectMultiple):
    pass


class SafeAutocompleteMixin:
    """`autocomplete_fields` drawn with the KnownKeysOnly widget."""

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name in self.get_autocomplete_fields(request):
            kwargs.setdefault(
                "widget",
                SafeAutocompleteSelect(db_field, self.admin_site, using=kwargs.get("using")),
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


# --- Countries, people, offices ------------------------------------------------------------


@admin.register(Country)
class CountryAdmin(admin.ModelAdmin):
    list_display = ("code", "name_en", "name_ro", "kind", "capital")
    list_filter = ("kind",)
    search_fields = ("code", "name_en", "name_ro")


class AliasInline(admin.TabularInline):
    model = Alias
    extra = 1
    fields = ("name", "language")


class OfficeInline(SafeAutocompleteMixin, admin.TabularInline):
    model = Office
    extra = 1
    fields = ("title", "country", "role", "start_date", "end_date")
    autocomplete_fields = ("country",)


@admin.register(Person)
class PersonAdmin(HistoryMixin, PersonSearchMixin, SafeAutocompleteMixin, admin.ModelAdmin):
    list_display = ("name", "country", "alias_list")
    list_filter = ("country__kind", "offices__role")
    list_select_related = ("country",)
    search_fields = ("name",)  # widened to aliases by PersonSearchMixin
    prepopulated_fields = {"slug": ("name",)}
    autocomplete_fields = ("country",)
    inlines = (AliasInline, OfficeInline)

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("aliases")

    def search_by_person(self, queryset, term):
        return queryset.filter(pk__in=Person.objects.search(term).values("pk"))

    @admin.display(description="Aliases")
    def alias_list(self, obj: Person) -> str:
        return ", ".join(a.name for a in obj.aliases.all())


@admin.register(Office)
class OfficeAdmin(HistoryMixin, SafeAutocompleteMixin, admin.ModelAdmin):
    list_display = ("person", "title", "country", "role", "start_date", "end_date")
    list_filter = ("role", "country__kind", "country")
    list_select_related = ("person", "country")
    search_fields = ("title", "person__name", "person__aliases__name")
    autocomplete_fields = ("person", "country")
    date_hierarchy = "start_date"


# --- Contacts as an editor enters them from an article --------------------------------------


class ContactEntryForm(forms.ModelForm):
    """One contact an article reports: the contact's facts plus this article's evidence."""

    participants = forms.ModelMultipleChoiceField(
        queryset=Person.objects.all(),
        widget=SafeAutocompleteSelectMultiple(Contact._meta.get_field("participants"), admin.site),
        help_text="Type any spelling of a name: Uşakov, Ușakov, Usakov, Ушаков.",
    )
    medium = forms.ChoiceField(choices=Medium.choices)
    date_from = forms.DateField(
        widget=AdminDateWidget, label="Date (from)", validators=[plausible_day]
    )
    date_to = forms.DateField(
        widget=AdminDateWidget,
        label="Date (to)",
        required=False,
        validators=[plausible_day],
        help_text="Leave empty when the day is known; a later day when the article only "
        "implies a range.",
    )
    # The model field's validators bound it to what the database stores (no overflow).
    duration_minutes = forms.IntegerField(
        min_value=1,
        required=False,
        label="Duration (min)",
        validators=Contact._meta.get_field("duration_minutes").validators,
    )
    initiator = forms.ModelChoiceField(
        queryset=Person.objects.all(),
        required=False,
        widget=SafeAutocompleteSelect(Participation._meta.get_field("person"), admin.site),
        help_text="Only when the article says who called or wrote.",
    )
    summary = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), required=False)
    attach = forms.BooleanField(
        required=False,
        label="Attach to the existing contact",
        help_text="Tick when this form says the contact is already recorded: the article "
        "becomes a further source of it.",
    )

    class Meta:
        model = Source
        fields = ("evidence",)
        widgets = {"evidence": forms.Textarea(attrs={"rows": 2, "cols": 80})}

    def __init__(self, *args, article: Article | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.article = article
        if self.instance.pk:
            contact = self.instance.contact
            self.initial.update(
                participants=[p.person_id for p in contact.participations.all()],
                medium=contact.medium,
                date_from=contact.date_from,
                date_to=contact.date_to,
                duration_minutes=contact.duration_minutes,
                initiator=next(
                    (p.person_id for p in contact.participations.all() if p.is_initiator), None
                ),
                summary=contact.summary,
            )
            self.fields["attach"].widget = forms.HiddenInput()

    def clean(self) -> dict:
        data = super().clean()
        people = list(data.get("participants") or [])
        if "participants" in data and len({p.pk for p in people}) < 2:
            self.add_error("participants", "A contact needs at least two different participants.")
        date_from, date_to = data.get("date_from"), data.get("date_to")
        if date_from and not date_to:
            data["date_to"] = date_to = date_from
        if date_from and date_to and date_to < date_from:
            self.add_error("date_to", "The end date is before the start date.")
        initiator = data.get("initiator")
        if initiator and people and initiator not in people:
            self.add_error("initiator", "The initiator must be one of the participants.")
        published = self.article.published_on if self.article else None
        if published and date_from and date_from > published:
            self.add_error(
                "date_from",
                f"The contact is dated after the article's publication ({published.isoformat()}).",
            )
        elif published and date_to and date_to > published:
            self.add_error(
                "date_to",
                f"The contact is dated after the article's publication ({published.isoformat()}).",
            )
        if not self.errors and not self.instance.pk:
            self._check_existing(self.report())
        elif not self.errors and IDENTITY_FIELDS & set(self.changed_data):
            refuse_a_second_row(self.report(), editing=self.instance.contact_id)
        return data

    def report(self) -> ContactReport:
        data = self.cleaned_data
        initiator = data.get("initiator")
        return ContactReport(
            participant_ids=[p.pk for p in data["participants"]],
            medium=data["medium"],
            date_from=data["date_from"],
            date_to=data["date_to"],
            evidence=data.get("evidence", ""),
            duration_minutes=data.get("duration_minutes"),
            initiator_id=initiator.pk if initiator else None,
            summary=data.get("summary", ""),
        )

    def _check_existing(self, report: ContactReport) -> None:
        existing = (
            Contact.objects.matching(report).prefetch_related("participants", "articles").first()
        )
        if existing is None:
            return
        if (
            self.article
            and self.article.pk
            and any(a.pk == self.article.pk for a in existing.articles.all())
        ):
            raise forms.ValidationError(
                f"This article is already a source of contact {existing} "
                f"({', '.join(p.name for p in existing.participants.all())})."
            )
        if not self.cleaned_data.get("attach"):
            outlets = ", ".join(sorted({a.outlet for a in existing.articles.all()})) or "none"
            raise forms.ValidationError(
                f"This contact is already recorded: {existing}, "
                f"{', '.join(p.name for p in existing.participants.all())}, "
                f"reported by {existing.articles.count()} article(s) ({outlets}). "
                "Tick “Attach to the existing contact” to add this article as a further "
                "source, or correct the contact if it is a different one."
            )

    def save(self, commit: bool = True) -> Source:
        report = self.report()
        if self.instance.pk:
            self.instance.contact.revise(report)
            return super().save(commit=commit)
        contact, _ = Contact.objects.record(article=self.instance.article, report=report)
        self.instance = Source.objects.get(contact=contact, article=self.instance.article)
        return self.instance


# What makes a contact the same real contact (ContactQuerySet.matching).
IDENTITY_FIELDS = frozenset({"participants", "medium", "date_from", "date_to"})


def refuse_a_second_row(report: ContactReport, *, editing: int | None) -> None:
    """An edit may not turn contact `editing` into another one already recorded."""
    other = (
        Contact.objects.matching(report)
        .exclude(pk=editing)
        .prefetch_related("participants")
        .first()
    )
    if other is not None:
        raise forms.ValidationError(
            f"With these changes this is contact {other} "
            f"({', '.join(p.name for p in other.participants.all())}), already recorded: "
            "one real contact is one row. Correct the contact, or remove this one and attach "
            "its sources to the recorded one."
        )


class ContactEntryFormSet(forms.BaseInlineFormSet):
    def get_form_kwargs(self, index):
        return {**super().get_form_kwargs(index), "article": self.instance}

    def clean(self) -> None:
        super().clean()
        seen: list[ContactReport] = []
        for form in self.forms:
            if not form.is_valid() or not form.cleaned_data or form.cleaned_data.get("DELETE"):
                continue
            report = form.report()
            for other in seen:
                if (
                    set(other.participant_ids) == set(report.participant_ids)
                    and other.medium == report.medium
                    and other.date_from <= report.date_to
                    and report.date_from <= other.date_to
                ):
                    raise forms.ValidationError(
                        "Two rows describe the same contact (same participants and medium, "
                        "overlapping dates): keep one."
                    )
            seen.append(report)


class ContactEntryInline(admin.StackedInline):
    model = Source
    form = ContactEntryForm
    formset = ContactEntryFormSet
    extra = 1
    verbose_name = "contact"
    verbose_name_plural = "contacts reported by this article"
    fields = (
        "participants",
        ("medium", "date_from", "date_to", "duration_minutes"),
        "initiator",
        "evidence",
        "summary",
        "attach",
    )

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("contact")
            .prefetch_related("contact__participations")
        )

    def get_extra(self, request, obj=None, **kwargs):
        rows = getattr(request, "contact_suggestions", None)
        return len(rows) if rows else self.extra


@admin.register(Article)
class ArticleAdmin(HistoryMixin, admin.ModelAdmin):
    list_display = ("title", "outlet", "language", "published_on", "contact_count", "entered_by")
    list_filter = ("language", "outlet", "published_on")
    list_select_related = ("entered_by",)
    search_fields = ("title", "body", "outlet")
    date_hierarchy = "published_on"
    fieldsets = (
        (None, {"fields": ("title", "url", ("outlet", "via"), ("language", "published_on"))}),
        ("Text", {"fields": ("body",)}),
        ("Entered", {"fields": ("entered_by", "entered_at"), "classes": ("collapse",)}),
    )
    readonly_fields = ("entered_by", "entered_at")
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    inlines = (ContactEntryInline,)

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(n_contacts=Count("sources"))

    @admin.display(description="Contacts", ordering="n_contacts")
    def contact_count(self, obj: Article) -> int:
        return obj.n_contacts

    def save_model(self, request, obj, form, change):
        if not change:
            obj.entered_by = request.user
        super().save_model(request, obj, form, change)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        extra_context = extra_context or {}
        if request.method == "GET" and request.GET.get("suggest"):
            article = self.get_object(request, object_id)
            if article is not None and self.has_change_permission(request, article):
                rows, marks = suggestion_rows(request, article)
                # Read by get_formset_kwargs and ContactEntryInline.get_extra below.
                request.contact_suggestions = rows
                extra_context["suggested_text"] = highlight(article.body, marks)
        return super().change_view(request, object_id, form_url, extra_context)

    def get_formset_kwargs(self, request, obj, inline, prefix):
        kwargs = super().get_formset_kwargs(request, obj, inline, prefix)
        if isinstance(inline, ContactEntryInline) and getattr(request, "contact_suggestions", None):
            kwargs["initial"] = request.contact_suggestions
        return kwargs

    def _suggest_redirect(self, request: HttpRequest, obj: Article):
        url = reverse("admin:contacts_article_change", args=[obj.pk])
        return HttpResponseRedirect(f"{url}?suggest=1")

    def response_add(self, request, obj, post_url_continue=None):
        if "_suggest" in request.POST:
            return self._suggest_redirect(request, obj)
        return super().response_add(request, obj, post_url_continue)

    def response_change(self, request, obj):
        if "_suggest" in request.POST:
            return self._suggest_redirect(request, obj)
        return super().response_change(request, obj)

    def save_formset(self, request, form, formset, change):
        super().save_formset(request, form, formset, change)
        delete_unreported(self, request, [s.contact_id for s in formset.deleted_objects])
        # The contacts changed here keep the change in their own history too.
        for source in formset.new_objects:
            self.log_change(request, source.contact, f"Reported by article “{form.instance}”.")
        changed = {obj.pk for obj, _ in formset.changed_objects}
        for inline_form in formset.forms:
            if inline_form.instance.pk in changed:
                self.log_change(
                    request,
                    inline_form.instance.contact,
                    f"Changed via article “{form.instance}”: {describe_changes(inline_form)}.",
                )


    def get_deleted_objects(self, objs, request):
        """The confirmation also lists the contacts that go with the articles (see below)."""
        deleted, counts, perms_needed, protected = super().get_deleted_objects(objs, request)
        ids = [a.pk for a in objs]
        only_these = (
            Contact.objects.filter(sources__article__in=ids)
            .exclude(sources__in=Source.objects.exclude(article__in=ids))
            .distinct()
        )
        for contact in only_these:
            deleted.append(f"Contact reported by no other article: {contact}")
        if only_these:
            counts[str(Contact._meta.verbose_name_plural)] = len(only_these)
        return deleted, counts, perms_needed, protected

    def delete_model(self, request, obj):
        contact_ids = list(obj.sources.values_list("contact_id", flat=True))
        super().delete_model(request, obj)
        delete_unreported(self, request, contact_ids)

    def delete_queryset(self, request, queryset):
        contact_ids = list(
            Source.objects.filter(article__in=queryset).values_list("contact_id", flat=True)
        )
        super().delete_queryset(request, queryset)
        delete_unreported(self, request, contact_ids)


def delete_unreported(
    model_admin: admin.ModelAdmin, request: HttpRequest, contact_ids: list[int]
) -> None:
    """Contacts left without a source go too: every contact leads back to an article that
    reports it. Removing a contact's row from its only article removes the contact."""
    unreported = Contact.objects.filter(pk__in=contact_ids, sources__isnull=True)
    if unreported.exists():
        model_admin.log_deletions(request, unreported)
        unreported.delete()


def suggestion_rows(request: HttpRequest, article: Article) -> tuple[list[dict], list]:
    """The extractor's suggestions as initial contact rows, and their evidence offsets.

    Nothing is saved here: new people are proposed with a link to add them, contacts already
    recorded are offered for attaching, and those this article already sources are left out.
    """
    try:
        suggestions: list[Suggestion] = extract_contacts(
            article.body,
            published=article.published_on,
            lang=article.language,
            directory=load_directory(),
        )
    except Exception:  # noqa: BLE001 - a fault in the rules must not cost the editor the page
        _logger.exception("The extractor failed on article %s", article.pk)
        messages.error(
            request,
            "The contact suggester failed on this text (the error is logged for the "
            "developers). Enter this article's contacts by hand.",
        )
        return [], []
    rows: list[dict] = []
    marks: list[tuple[int, int, int]] = []
    for suggestion in suggestions:
        known = [pid for pid in suggestion.person_ids if pid is not None]
        report = ContactReport(
            participant_ids=known,
            medium=suggestion.medium,
            date_from=suggestion.date_from,
            date_to=suggestion.date_to,
            evidence=suggestion.evidence,
            duration_minutes=suggestion.duration_minutes,
            initiator_id=suggestion.initiator_id,
        )
        existing = Contact.objects.matching(report).first() if len(known) >= 2 else None
        if existing and existing.sources.filter(article=article).exists():
            messages.info(request, f"Already recorded from this article: {existing}.")
            continue
        rows.append(
            {
                "participants": known,
                "medium": report.medium,
                "date_from": report.date_from,
                "date_to": report.date_to,
                "duration_minutes": report.duration_minutes,
                "initiator": report.initiator_id,
                "evidence": report.evidence,
                "attach": existing is not None,
            }
        )
        marks.append((suggestion.evidence_start, suggestion.evidence_end, len(rows)))
        if existing:
            messages.info(
                request,
                f"Suggested row {len(rows)} is contact {existing}, already recorded from "
                "another article: it is ticked to be attached.",
            )
        for new in suggestion.new_people:
            query = urlencode(
                {"name": new.name, "country": new.country, "notes": f"{new.title} ({new.role})"}
            )
            messages.warning(
                request,
                format_html(
                    "Row {}: “{}” ({}) is not in the database. "
                    '<a href="{}?{}" target="_blank">Add this person</a> if the suggestion '
                    "is right, then add them to the row.",
                    len(rows),
                    new.name,
                    new.title,
                    reverse("admin:contacts_person_add"),
                    query,
                ),
            )
    if not rows:
        messages.info(request, "No new contact found in the text.")
    else:
        messages.info(
            request, f"{len(rows)} contact(s) suggested below: check, correct, then save."
        )
    return rows, marks


def highlight(text: str, marks: list[tuple[int, int, int]]) -> list[dict]:
    """`text` cut into parts, the evidence sentences flagged with the rows they support."""
    rows_at: dict[tuple[int, int], list[int]] = {}
    for start, end, row in marks:
        if 0 <= start < end <= len(text):
            rows_at.setdefault((start, end), []).append(row)
    parts, pos = [], 0
    for (start, end), rows in sorted(rows_at.items()):
        if start < pos:  # overlapping sentences: the first mark wins
            continue
        parts.append({"text": text[pos:start], "evidence": False})
        parts.append({"text": text[start:end], "evidence": True, "rows": ", ".join(map(str, rows))})
        pos = end
    parts.append({"text": text[pos:], "evidence": False})
    return [p for p in parts if p["text"]]


# --- Contacts on their own -------------------------------------------------------------------


class ParticipationFormSet(forms.BaseInlineFormSet):
    def clean(self) -> None:
        super().clean()
        people = [
            f.cleaned_data["person"]
            for f in self.forms
            if f.cleaned_data and not f.cleaned_data.get("DELETE") and f.cleaned_data.get("person")
        ]
        if len(set(people)) < 2:
            raise forms.ValidationError("A contact needs at least two different participants.")
        if len(people) != len(set(people)):
            raise forms.ValidationError("A person is listed twice among the participants.")
        initiators = [
            f
            for f in self.forms
            if f.cleaned_data
            and not f.cleaned_data.get("DELETE")
            and f.cleaned_data.get("is_initiator")
        ]
        if len(initiators) > 1:
            raise forms.ValidationError("Only one participant can be the initiator.")
        contact = self.instance
        if contact.medium and contact.date_from and contact.date_to:
            report = ContactReport(
                participant_ids=[p.pk for p in people],
                medium=contact.medium,
                date_from=contact.date_from,
                date_to=contact.date_to,
            )
            if identity_changed(contact, report):
                refuse_a_second_row(report, editing=contact.pk)


def identity_changed(contact: Contact, report: ContactReport) -> bool:
    """Whether `report` differs from the stored contact in what makes a contact the same one
    (a new contact always does): edits of other fields are not held up by old duplicates."""
    if contact.pk is None:
        return True
    stored = Contact.objects.filter(pk=contact.pk).values("medium", "date_from", "date_to").get()
    people = set(contact.participations.values_list("person_id", flat=True))
    return stored != {
        "medium": report.medium, "date_from": report.date_from, "date_to": report.date_to
    } or people != set(report.participant_ids)


class ParticipationInline(SafeAutocompleteMixin, admin.TabularInline):
    model = Participation
    formset = ParticipationFormSet
    extra = 0
    min_num = 2
    fields = ("person", "is_initiator")
    autocomplete_fields = ("person",)
    verbose_name = "participant"


class SourceFormSet(forms.BaseInlineFormSet):
    def clean(self) -> None:
        super().clean()
        # The latest day the contact may have been: a range may not reach past publication
        # either, as in ContactEntryForm.
        last_day = self.instance.date_to or self.instance.date_from
        for f in self.forms:
            article = f.cleaned_data.get("article") if f.cleaned_data else None
            if (
                article
                and last_day
                and not f.cleaned_data.get("DELETE")
                and (last_day > article.published_on)
            ):
                raise forms.ValidationError(
                    f"The contact is dated after the publication of “{article}” "
                    f"({article.published_on.isoformat()})."
                )


class SourceInline(SafeAutocompleteMixin, admin.TabularInline):
    model = Source
    formset = SourceFormSet
    extra = 0
    # Every contact leads back to an article that reports it.
    min_num = 1
    fields = ("article", "evidence")
    autocomplete_fields = ("article",)
    verbose_name = "source"

    def get_formset(self, request, obj=None, **kwargs):
        return super().get_formset(request, obj, validate_min=True, **kwargs)


class ContactForm(forms.ModelForm):
    class Meta:
        model = Contact
        fields = ("medium", "date_from", "date_to", "duration_minutes", "summary")

    def clean(self) -> dict:
        data = super().clean()
        if data.get("date_from") and data.get("date_to") and data["date_to"] < data["date_from"]:
            self.add_error("date_to", "The end date is before the start date.")
        return data


class CountryFilter(admin.SimpleListFilter):
    title = "country"
    parameter_name = "country"

    def lookups(self, request, model_admin):
        return (
            Country.objects.filter(people__participations__isnull=False)
            .distinct()
            .values_list("code", "name_en")
        )

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(participants__country_id=self.value()).distinct()
        return queryset


@admin.register(Contact)
class ContactAdmin(HistoryMixin, PersonSearchMixin, admin.ModelAdmin):
    form = ContactForm
    list_display = ("__str__", "participant_names", "medium", "duration_minutes", "source_list")
    list_filter = ("medium", CountryFilter, "date_from")
    search_fields = ("participants__name",)  # widened to aliases by PersonSearchMixin
    date_hierarchy = "date_from"
    inlines = (ParticipationInline, SourceInline)

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .prefetch_related(
                Prefetch("participations", queryset=Participation.objects.select_related("person")),
                Prefetch("sources", queryset=Source.objects.select_related("article")),
            )
        )

    def search_by_person(self, queryset, term):
        people = Person.objects.search(term).values("pk")
        return queryset.filter(
            pk__in=Participation.objects.filter(person__in=people).values("contact")
        )

    @admin.display(description="Participants")
    def participant_names(self, obj: Contact) -> str:
        return " – ".join(
            f"{p.person.name}{' (initiator)' if p.is_initiator else ''}"
            for p in obj.participations.all()
        )

    @admin.display(description="Sources")
    def source_list(self, obj: Contact) -> str:
        return format_html_join(
            mark_safe("<br>"),  # noqa: S308 - a constant
            "{}, {}",
            ((s.article.outlet, s.article.published_on.isoformat()) for s in obj.sources.all()),
        )
