"""The analysts' filter forms: every GET parameter is validated here, none is ignored."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django import forms
from django.http import QueryDict

from contacts.models import Country, Medium, Person, Role

# Parameters the dashboard understands; any other one is a mistake worth a 400.
DASHBOARD_PARAMS = frozenset(
    {"start", "end", "period", "country", "person", "match", "medium", "role", "min_pair",
     "nodes", "colour"}
)


@dataclass(frozen=True)
class Filters:
    """The cleaned dashboard filters, in the plain types the query and graph code take."""

    start: dt.date | None = None
    end: dt.date | None = None
    countries: tuple[str, ...] = ()
    person_ids: tuple[int, ...] = ()
    media: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    period: str = "year"
    min_pair: int = 1
    nodes: str = "person"
    colour: str = "country"
    person_slugs: tuple[str, ...] = field(default=(), compare=False)
    # "any": contacts with any of the people; "all": with every one of them (a pair's contacts).
    match: str = "any"

    def query_string(self) -> str:
        """The GET parameters that select these filters again (defaults left out), e.g. for an
        export link; people go by slug, so person_slugs must be set."""
        params: list[tuple[str, str]] = []
        if self.start:
            params.append(("start", self.start.isoformat()))
        if self.end:
            params.append(("end", self.end.isoformat()))
        if self.period != "year":
            params.append(("period", self.period))
        params += [("country", c) for c in self.countries]
        params += [("person", s) for s in self.person_slugs]
        if self.match != "any":
            params.append(("match", self.match))
        params += [("medium", m) for m in self.media]
        params += [("role", r) for r in self.roles]
        if self.min_pair > 1:
            params.append(("min_pair", str(self.min_pair)))
        if self.nodes != "person":
            params.append(("nodes", self.nodes))
        if self.colour != "country":
            params.append(("colour", self.colour))
        return urlencode(params)


class StrictForm(forms.Form):
    """A GET form that rejects parameters it does not know and repeated single values."""

    allowed: frozenset[str] = frozenset()
    repeatable: frozenset[str] = frozenset()

    def __init__(self, data: QueryDict, **kwargs) -> None:
        super().__init__(data, **kwargs)
        self.data_keys = list(data.keys())

    def clean(self) -> dict:
        cleaned = super().clean()
        for key in self.data_keys:
            if key not in self.allowed:
                self.add_error(None, f"Unknown parameter “{key}”.")
            elif key not in self.repeatable and len(self.data.getlist(key)) > 1:
                self.add_error(key, "Give this parameter once.")
        return cleaned

    def error_message(self) -> str:
        """One line naming each bad parameter, for the 400 response."""
        parts = []
        for name, errors in self.errors.items():
            label = "parameters" if name == "__all__" else f"parameter “{name}”"
            parts.append(f"{label}: {' '.join(errors)}")
        return "; ".join(parts)


class DashboardFilterForm(StrictForm):
    allowed = DASHBOARD_PARAMS
    repeatable = frozenset({"country", "person", "medium", "role"})

    start = forms.DateField(required=False, input_formats=["%Y-%m-%d"])
    end = forms.DateField(required=False, input_formats=["%Y-%m-%d"])
    # Without start or end: the latest twelve months of data, or everything.
    period = forms.ChoiceField(
        choices=(("year", "Latest 12 months"), ("all", "All time")), required=False
    )
    country = forms.ModelMultipleChoiceField(
        queryset=Country.objects.all(), to_field_name="code", required=False
    )
    person = forms.ModelMultipleChoiceField(
        queryset=Person.objects.only("pk", "slug", "name"), to_field_name="slug", required=False
    )
    match = forms.ChoiceField(
        choices=(("any", "Any of them"), ("all", "All of them")), required=False
    )
    medium = forms.MultipleChoiceField(choices=Medium.choices, required=False)
    role = forms.MultipleChoiceField(choices=Role.choices, required=False)
    min_pair = forms.IntegerField(
        required=False, min_value=1, max_value=10_000, label="Min contacts per pair"
    )
    nodes = forms.ChoiceField(
        choices=(("person", "People"), ("country", "Countries")), required=False
    )
    colour = forms.ChoiceField(
        choices=(("country", "Country"), ("community", "Community")), required=False
    )

    def clean(self) -> dict:
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end and start > end:
            self.add_error("end", "The end comes before the start.")
        return cleaned

    def filters(self) -> Filters:
        c = self.cleaned_data
        people = list(c.get("person") or ())
        return Filters(
            start=c.get("start"),
            end=c.get("end"),
            countries=tuple(sorted(x.code for x in c.get("country") or ())),
            person_ids=tuple(sorted(p.pk for p in people)),
            media=tuple(sorted(c.get("medium") or ())),
            roles=tuple(sorted(c.get("role") or ())),
            period=c.get("period") or "year",
            min_pair=c.get("min_pair") or 1,
            nodes=c.get("nodes") or "person",
            colour=c.get("colour") or "country",
            person_slugs=tuple(sorted(p.slug for p in people)),
            match=c.get("match") or "any",
        )


class PairForm(StrictForm):
    """The pair page: the window, in days, of "the n-th call in N days", and the page."""

    allowed = frozenset({"days", "page"})

    days = forms.IntegerField(required=False, min_value=1, max_value=366)
    page = forms.IntegerField(required=False, min_value=1, max_value=100_000)


class PageForm(StrictForm):
    """The leader page's contact list page number."""

    allowed = frozenset({"page"})

    page = forms.IntegerField(required=False, min_value=1, max_value=100_000)
