"""Exports of the selection: figures as PNG/SVG/PDF, contacts as CSV/JSON, GEXF/GraphML."""
from __future__ import annotations

import datetime as dt
import logging
from collections import Counter
from dataclasses import dataclass
from typing import NamedTuple

import networkx as nx
import numpy as np
from django import forms
from django.db.models import Count
from django.http import HttpResponse, QueryDict
from django.urls import re_path
from django.utils import timezone
from django.views.decorators.http import require_GET

from contacts import export
from contacts.forms import DashboardFilterForm, Filters, StrictForm
from contacts.graph import ContactTable
from contacts.models import Country, Medium, Office, Person, Role, Source, offices_on

# The dashboard's own view helpers, so an export selects and draws what the page shows.
from contacts.views import (
    HtmxHttpRequest,
    InView,
    analyst_required,
    bad_request,
    contact_table,
    dashboard_figure,
    default_period,
    matching_contacts,
)

_logger = logging.getLogger(__name__)

IMAGE_PARAMS = frozenset({"width", "height", "scale"})
# Fit for print: at scale 2 a PNG is 2400 px wide, 20 cm at 300 dpi.
DEFAULT_SIZES = {"timeline": (1200, 700), "graph": (1000, 800)}
DEFAULT_SCALE = 2.0
# Bounds a browser renders within the time limit, and a file a newsroom can handle.
MAX_PIXELS = 30_000_000

ROLE_PLURALS = {
    Role.HEAD_OF_STATE: "heads of state",
    Role.HEAD_OF_GOVERNMENT: "heads of government",
    Role.HEAD_OF_ORGANIZATION: "heads of organisations",
    Role.FOREIGN_MINISTER: "foreign ministers",
    Role.MINISTER: "ministers",
    Role.OTHER_OFFICIAL: "other officials",
}

CONTENT_TYPES = {
    "png": "image/png",
    "svg": "image/svg+xml",
    "pdf": "application/pdf",
    "csv": "text/csv; charset=utf-8",
    "json": "application/json",
    "gexf": "application/gexf+xml",
    "graphml": "application/graphml+xml",
}


class ImageSizeForm(StrictForm):
    """The image parameters an export takes besides the dashboard's filters."""

    allowed = IMAGE_PARAMS

    width = forms.IntegerField(required=False, min_value=300, max_value=4000)
    height = forms.IntegerField(required=False, min_value=200, max_value=4000)
    scale = forms.FloatField(required=False, min_value=0.5, max_value=4)

    def clean(self) -> dict:
        cleaned = super().clean()
        width, height, scale = (cleaned.get(k) for k in ("width", "height", "scale"))
        if width and height and scale and width * height * scale**2 > MAX_PIXELS:
            self.add_error("scale", f"The image would exceed {MAX_PIXELS:,} pixels.")
        return cleaned

    def size(self, kind: str) -> tuple[int, int, float]:
        default_width, default_height = DEFAULT_SIZES[kind]
        c = self.cleaned_data
        return (
            c.get("width") or default_width,
            c.get("height") or default_height,
            c.get("scale") or DEFAULT_SCALE,
        )


def split_params(query: QueryDict) -> tuple[QueryDict, QueryDict]:
    """(the dashboard's filter parameters, the image parameters)."""
    filters, size = query.copy(), QueryDict(mutable=True)
    for key in IMAGE_PARAMS & set(query):
        size.setlist(key, filters.pop(key))
    return filters, size


class ContactRow(NamedTuple):
    id: int
    medium: str
    date_from: dt.date
    date_to: dt.date
    person_ids: tuple[int, ...]


@dataclass(frozen=True)
class Selection:
    """The contacts a filter state selects, as the dashboard counts them."""

    filters: Filters
    contacts: list[ContactRow]
    period: tuple[dt.date | None, dt.date | None]  # open ends closed by the contacts shown

    @property
    def contact_ids(self) -> set[int]:
        return {c.id for c in self.contacts}


def period_of(f: Filters, table: ContactTable) -> tuple[dt.date | None, dt.date | None]:
    """The period asked for, its open ends closed by the first and last contact in `table`."""
    if not len(table):
        return f.start, f.end
    return (
        f.start or dt.date.fromordinal(int(table.date_from.min())),
        f.end or dt.date.fromordinal(int(table.date_to.max())),
    )


def select(f: Filters) -> Selection:
    """The filtered contacts, min_pair applied: the dashboard's own working set, as rows."""
    table = contact_table(matching_contacts(f)).with_pairs_of_at_least(f.min_pair)
    day = dt.date.fromordinal
    contacts = [
        ContactRow(
            int(table.ids[i]),
            table.media[table.medium[i]],
            day(int(table.date_from[i])),
            day(int(table.date_to[i])),
            tuple(table.person[table.offsets[i] : table.offsets[i + 1]].tolist()),
        )
        for i in range(len(table))
    ]
    return Selection(f, contacts, period_of(f, table))


def sources_note(v: InView, f: Filters) -> str:
    """'Sources: 12 articles from Agerpres, Digi24, …', the outlets with most articles first."""
    sources = Source.objects.filter(contact__in=v.matching.order_by().values("pk")).order_by()
    if f.min_pair > 1:
        # Pairs below the minimum removed contacts the SQL filter cannot see.
        kept = set(v.table.ids.tolist())
        rows = sources.values_list("contact_id", "article_id", "article__outlet")
        outlet_of = {article: outlet for contact, article, outlet in rows if contact in kept}
        per_outlet = Counter(outlet_of.values()).items()
    else:
        # Counted by the database: a year at M has 10,000s of sources.
        per_outlet = sources.values_list("article__outlet").annotate(
            n=Count("article_id", distinct=True)
        )
    ranked = sorted(per_outlet, key=lambda kv: (-kv[1], kv[0]))
    return export.sources_note(
        article_count=sum(n for _, n in ranked), outlets=[o for o, _ in ranked]
    )


def describe(f: Filters) -> str:
    """What the filters select, in words: 'Russia, Iran; phone calls'."""
    parts = []
    if f.countries:
        names = dict(Country.objects.filter(code__in=f.countries).values_list("code", "name_en"))
        parts.append(", ".join(names.get(c, c) for c in f.countries))
    if f.person_ids:
        names = Person.objects.filter(pk__in=f.person_ids).order_by("name")
        joiner = " and " if f.match == "all" else ", "
        parts.append(joiner.join(names.values_list("name", flat=True)))
    if f.media:
        parts.append(", ".join(Medium(m).label.lower() + "s" for m in f.media))
    if f.roles:
        parts.append(", ".join(ROLE_PLURALS.get(r, Role(r).label.lower()) for r in f.roles))
    if f.min_pair > 1:
        parts.append(f"pairs with at least {f.min_pair} contacts")
    return "; ".join(parts)


def period_text(start: dt.date | None, end: dt.date | None) -> str:
    def day(d: dt.date) -> str:
        return f"{d.day} {d:%B %Y}"

    if start and end:
        return f"{day(start)} – {day(end)}"
    if start:
        return f"From {day(start)}"
    if end:
        return f"Until {day(end)}"
    return "All dates"


def media_text(table: ContactTable) -> str:
    """'3 contacts: phone call 2, meeting 1', the commonest medium first."""
    n = len(table)
    per_medium = np.bincount(table.medium, minlength=len(table.media)).tolist()
    media = sorted(zip(table.media, per_medium, strict=True), key=lambda mk: -mk[1])
    counts = ", ".join(f"{Medium(m).label.lower()} {k:,}" for m, k in media if k)
    return f"{n:,} contact{'s' * (n != 1)}" + (f": {counts}" if counts else "")


class PrintFigure(NamedTuple):
    figure: dict  # export.print_spec
    period: tuple[dt.date | None, dt.date | None]


def print_figure(kind: str, f: Filters) -> PrintFigure:
    """The figure the analyst sees for the filters, decorated to stand on its own.

    Built by the dashboard's own code (views.dashboard_figure), without the rest of the page.
    """
    fig, v = dashboard_figure(f, kind)
    if kind == "timeline":
        title = "Contacts between leaders over time"
    else:
        title = (
            "Contacts between countries"
            if f.nodes == "country"
            else "Network of contacts between leaders"
        )
    if what := describe(f):
        title += f": {what}"
    period = period_of(f, v.table)
    decorated = export.print_spec(
        fig,
        title=title,
        period=f"{period_text(*period)} · {media_text(v.table)}",
        sources_note=sources_note(v, f),
        made_on=timezone.localdate(),
    )
    return PrintFigure(decorated, period)


def attachment(data: bytes | str, *, fmt: str, filename: str) -> HttpResponse:
    response = HttpResponse(data, content_type=CONTENT_TYPES[fmt])
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def export_failed(error: export.ExportError) -> HttpResponse:
    _logger.warning("image export failed: %s", error)
    response = HttpResponse(
        f"The image could not be made. {error}",
        status=503,
        content_type="text/plain; charset=utf-8",
    )
    if isinstance(error, export.ExportTimeout):
        response["Retry-After"] = "30"
    return response


@require_GET
@analyst_required
def figure_image(request: HtmxHttpRequest, kind: str, fmt: str) -> HttpResponse:
    filter_data, size_data = split_params(request.GET)
    form, size_form = DashboardFilterForm(filter_data), ImageSizeForm(size_data)
    if not form.is_valid():
        return bad_request(form)
    if not size_form.is_valid():
        return bad_request(size_form)
    f = default_period(form.filters())
    fig, period = print_figure(kind, f)
    width, height, scale = size_form.size(kind)
    try:
        data = export.render_figure(fig, fmt=fmt, width=width, height=height, scale=scale)
    except export.ExportError as e:
        return export_failed(e)
    name = export.export_filename(kind, *period, f.countries, fmt)
    return attachment(data, fmt=fmt, filename=name)


@require_GET
@analyst_required
def contacts_data(request: HtmxHttpRequest, fmt: str) -> HttpResponse:
    form = DashboardFilterForm(request.GET)
    if not form.is_valid():
        return bad_request(form)
    s = select(default_period(form.filters()))
    ids = s.contact_ids
    records = [
        r
        for r in export.contact_records(export.contacts_for_export(matching_contacts(s.filters)))
        if r["id"] in ids
    ]
    data = export.records_csv(records) if fmt == "csv" else export.records_json(records)
    name = export.export_filename("data", *s.period, s.filters.countries, fmt)
    return attachment(data, fmt=fmt, filename=name)


@require_GET
@analyst_required
def graph_file(request: HtmxHttpRequest, fmt: str) -> HttpResponse:
    form = DashboardFilterForm(request.GET)
    if not form.is_valid():
        return bad_request(form)
    s = select(default_period(form.filters()))
    G = gephi_graph(s)
    data = export.graph_gexf(G) if fmt == "gexf" else export.graph_graphml(G)
    name = export.export_filename("graph", *s.period, s.filters.countries, fmt)
    return attachment(data, fmt=fmt, filename=name)


def gephi_graph(s: Selection) -> nx.Graph:
    """People (or countries, with nodes=country) with country, role and contact counts."""
    person_ids = {p for c in s.contacts for p in c.person_ids}
    people = {
        p.pk: p for p in Person.objects.filter(pk__in=person_ids).select_related("country")
    }
    if s.filters.nodes == "country":
        group_of = {pk: p.country_id for pk, p in people.items()}
        attributes = {
            c.code: {"label": c.name_en, "country": c.code, "kind": c.kind}
            for c in Country.objects.filter(code__in=set(group_of.values()) - {None})
        }
        return export.gephi_graph(
            s.contacts, min_pair=s.filters.min_pair, group_of=group_of,
            node_attributes=attributes,
        )
    offices: dict[int, list[Office]] = {}
    for office in Office.objects.filter(person_id__in=person_ids):
        offices.setdefault(office.person_id, []).append(office)
    last_day = {}
    for c in s.contacts:
        for p in c.person_ids:
            last_day[p] = max(last_day.get(p, c.date_from), c.date_from)
    attributes = {}
    for pk, p in people.items():
        office = offices_on(offices.get(pk, []), last_day[pk])
        attributes[pk] = {
            "label": p.name,
            "slug": p.slug,
            "country": office.country_id if office else p.country_id,
            # The role held on the person's latest contact in the selection.
            "role": office.role if office else "",
            "office": office.title if office else "",
        }
    return export.gephi_graph(
        s.contacts, min_pair=s.filters.min_pair, node_attributes=attributes
    )


# Included by contacts/urls.py.
urlpatterns = [
    re_path(
        r"^export/(?P<kind>timeline|graph)\.(?P<fmt>png|svg|pdf)$",
        figure_image,
        name="export_figure",
    ),
    re_path(r"^export/contacts\.(?P<fmt>csv|json)$", contacts_data, name="export_contacts"),
    re_path(r"^export/graph\.(?P<fmt>gexf|graphml)$", graph_file, name="export_graph"),
]
