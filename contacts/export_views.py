"""Exports of the selection: figures as PNG/SVG/PDF, contacts as CSV/JSON, GEXF/GraphML."""
from __future__ import annotations

import datetime as dt
import logging
from collections import Counter
from dataclasses import dataclass

import networkx as nx
import plotly.graph_objects as go
from django import forms
from django.http import HttpResponse, QueryDict
from django.urls import re_path
from django.utils import timezone
from django.views.decorators.http import require_GET

from contacts import charts, export, graph
from contacts.forms import DashboardFilterForm, Filters, StrictForm
from contacts.models import Country, Medium, Office, Person, Role, Source, offices_on
from contacts.views import (
    HtmxHttpRequest,
    Urls,
    analyst_required,
    annotate_people,
    bad_request,
    default_period,
    matching_contacts,
    participation_rows,
    people_by_id,
    timeline_data,
)

_logger = logging.getLogger(__name__)

IMAGE_PARAMS = frozenset({"width", "height", "scale"})
# Fit for print: at scale 2 a PNG is 2400 px wide, 20 cm at 300 dpi.
DEFAULT_SIZES = {"timeline": (1200, 700), "graph": (1000, 800)}
DEFAULT_SCALE = 2.0
# Bounds a browser renders within the time limit, and a file a newsroom can handle.
MAX_PIXELS = 30_000_000

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


@dataclass(frozen=True)
class Selection:
    """The contacts a filter state selects, as the dashboard counts them."""

    filters: Filters
    contacts: list[graph.ContactRecord]

    @property
    def contact_ids(self) -> set[int]:
        return {c.id for c in self.contacts}


def select(f: Filters) -> Selection:
    contacts = graph.group_participations(participation_rows(matching_contacts(f)))
    if f.min_pair > 1:
        G = graph.build_contact_graph(contacts, min_pair_contacts=f.min_pair)
        contacts = graph.contacts_in_graph(contacts, G)
    return Selection(f, contacts)


def sources_note(s: Selection) -> str:
    """'Sources: 12 articles from Agerpres, Digi24, …', the most cited outlets first."""
    ids = s.contact_ids
    rows = (
        Source.objects.filter(contact__in=matching_contacts(s.filters).order_by().values("pk"))
        .order_by()
        .values_list("contact_id", "article_id", "article__outlet")
    )
    outlet_of = {article: outlet for contact, article, outlet in rows if contact in ids}
    ranked = [o for o, _ in Counter(outlet_of.values()).most_common()]
    return export.sources_note(article_count=len(outlet_of), outlets=ranked)


def describe(f: Filters) -> str:
    """What the filters select, in words: 'Russia, Iran; phone calls'."""
    parts = []
    if f.countries:
        names = dict(Country.objects.filter(code__in=f.countries).values_list("code", "name_en"))
        parts.append(", ".join(names.get(c, c) for c in f.countries))
    if f.person_ids:
        parts.append(
            ", ".join(Person.objects.filter(pk__in=f.person_ids).values_list("name", flat=True))
        )
    if f.media:
        parts.append(", ".join(Medium(m).label.lower() + "s" for m in f.media))
    if f.roles:
        parts.append(", ".join(Role(r).label.lower() + "s" for r in f.roles))
    if f.min_pair > 1:
        parts.append(f"pairs with at least {f.min_pair} contacts")
    return "; ".join(parts)


def period_text(f: Filters) -> str:
    def day(d: dt.date) -> str:
        return f"{d.day} {d:%B %Y}"

    if f.start and f.end:
        return f"{day(f.start)} – {day(f.end)}"
    if f.start:
        return f"From {day(f.start)}"
    if f.end:
        return f"Until {day(f.end)}"
    return "All dates"


def media_text(s: Selection) -> str:
    media = Counter(c.medium for c in s.contacts)
    n = len(s.contacts)
    counts = charts.media_text(media)
    return f"{n} contact{'s' * (n != 1)}" + (f": {counts}" if counts else "")


def network_figure(s: Selection) -> go.Figure:
    """The dashboard's graph for the selection: people or countries, coloured as chosen."""
    f = s.filters
    G = graph.build_contact_graph(s.contacts, min_pair_contacts=f.min_pair)
    people = people_by_id(G.nodes)
    if f.nodes == "country":
        names = {p.country_id: p.country.name_en for p in people.values() if p.country_id}
        G = graph.country_graph(G, {n: people[n].country_id for n in G.nodes})
        strength = graph.weighted_degree(G)
        for n in G.nodes:
            G.nodes[n].update(label=names.get(n, n), strength=strength[n], country=n)
    else:
        annotate_people(G, people, Urls())
        strength = graph.weighted_degree(G)
    H = graph.drawn_subgraph(
        G, strength, max_nodes=charts.NETWORK_MAX_NODES, max_edges=charts.NETWORK_MAX_EDGES
    )
    digest = graph.graph_digest(H)
    if f.colour == "community":
        for n, k in graph.communities(H, digest=digest).items():
            H.nodes[n]["community"] = k
    return charts.network_figure(H, graph.layout(H, digest=digest), colour_by=f.colour)


def timeline_figure(s: Selection) -> go.Figure:
    """The dashboard's timeline for the selection (hover text left out: paper has none)."""
    G = graph.build_contact_graph(s.contacts, min_pair_contacts=s.filters.min_pair)
    people = people_by_id({p for c in s.contacts for p in c.person_ids})
    lanes = graph.lanes_for(G, chosen=[p for p in s.filters.person_ids if p in people])
    chart_lanes, entries, aggregated = timeline_data(s.contacts, lanes, people, Urls())
    if aggregated:
        return charts.timeline_weekly_figure(chart_lanes, entries)
    return charts.timeline_figure(chart_lanes, entries)


def print_figure(kind: str, s: Selection) -> go.Figure:
    """The figure the analyst sees for this selection, decorated to stand on its own."""
    if kind == "timeline":
        fig = timeline_figure(s)
        title = "Contacts between leaders over time"
    else:
        fig = network_figure(s)
        title = (
            "Contacts between countries"
            if s.filters.nodes == "country"
            else "Network of contacts between leaders"
        )
    if what := describe(s.filters):
        title += f": {what}"
    return export.decorate_for_print(
        fig,
        title=title,
        period=f"{period_text(s.filters)} · {media_text(s)}",
        sources_note=sources_note(s),
        made_on=timezone.localdate(),
    )


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
    fig = print_figure(kind, select(f))
    width, height, scale = size_form.size(kind)
    try:
        data = export.render_figure(fig, fmt=fmt, width=width, height=height, scale=scale)
    except export.ExportError as e:
        return export_failed(e)
    name = export.export_filename(kind, f.start, f.end, f.countries, fmt)
    return attachment(data, fmt=fmt, filename=name)


@require_GET
@analyst_required
def contacts_data(request: HtmxHttpRequest, fmt: str) -> HttpResponse:
    form = DashboardFilterForm(request.GET)
    if not form.is_valid():
        return bad_request(form)
    f = default_period(form.filters())
    ids = select(f).contact_ids
    records = [
        r
        for r in export.contact_records(export.contacts_for_export(matching_contacts(f)))
        if r["id"] in ids
    ]
    data = export.records_csv(records) if fmt == "csv" else export.records_json(records)
    name = export.export_filename("contacts", f.start, f.end, f.countries, fmt)
    return attachment(data, fmt=fmt, filename=name)


@require_GET
@analyst_required
def graph_file(request: HtmxHttpRequest, fmt: str) -> HttpResponse:
    form = DashboardFilterForm(request.GET)
    if not form.is_valid():
        return bad_request(form)
    f = default_period(form.filters())
    G = gephi_graph(select(f))
    data = export.graph_gexf(G) if fmt == "gexf" else export.graph_graphml(G)
    name = export.export_filename("graph", f.start, f.end, f.countries, fmt)
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
