"""The analysts' pages: dashboard (full page or htmx panels), leader, pair and contact pages."""
from __future__ import annotations

import datetime as dt
import gc
import json
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from functools import wraps
from html import escape
from typing import Any, NamedTuple
from urllib.parse import urlencode

import numpy as np
import plotly.graph_objects as go
from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db import connection
from django.db.models import CharField, Exists, Max, OuterRef, Prefetch, Q, QuerySet
from django.db.models.functions import Cast
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.cache import patch_vary_headers
from django.utils.html import json_script
from django.utils.safestring import SafeString
from django.views.decorators.http import require_GET
from django_htmx.http import HttpResponseClientRedirect
from django_htmx.middleware import HtmxDetails

from contacts import charts, graph
from contacts.forms import DashboardFilterForm, Filters, PageForm, PairForm, StrictForm
from contacts.models import (
    Contact,
    Medium,
    Office,
    Participation,
    Person,
    Role,
    Source,
    offices_on,
)

ANALYST_GROUPS = ("Analysts", "Editors")
TOP_N = 10
LATEST_N = 10
LEADER_PAGE_SIZE = 50
PAIR_PAGE_SIZE = 100
COUNTERPARTS_N = 100
MAX_LANES = 12
DEFAULT_PERIOD_DAYS = 365


class HtmxHttpRequest(HttpRequest):
    htmx: HtmxDetails


def analyst_required(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Analysts, Editors and superusers; anyone when settings.PUBLIC_DASHBOARD is on."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not settings.PUBLIC_DASHBOARD:
            user = request.user
            if not user.is_authenticated:
                login = redirect_to_login(request.get_full_path())
                if getattr(request, "htmx", False):
                    # A redirect followed inside htmx would swap the login form into the panels.
                    return HttpResponseClientRedirect(login.url)
                return login
            if not (user.is_superuser or user.groups.filter(name__in=ANALYST_GROUPS).exists()):
                raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper


def bad_request(form: StrictForm) -> HttpResponse:
    return HttpResponseBadRequest(
        f"Bad filter: {form.error_message()}", content_type="text/plain; charset=utf-8"
    )


# -- Queries (candidates for ContactQuerySet methods) ---------------------------------------


def matching_contacts(f: Filters) -> QuerySet[Contact]:
    """Contacts in the period with the media, and a participant of the countries, people, roles."""
    qs = Contact.objects.between(f.start, f.end)
    if f.media:
        qs = qs.filter(medium__in=f.media)
    if f.countries:
        qs = qs.filter(
            pk__in=Participation.objects.filter(person__country_id__in=f.countries).values(
                "contact_id"
            )
        )
    if f.person_ids and f.match == "all":
        for person_id in f.person_ids:
            qs = qs.filter(
                pk__in=Participation.objects.filter(person_id=person_id).values("contact_id")
            )
    elif f.person_ids:
        qs = qs.filter(
            pk__in=Participation.objects.filter(person_id__in=f.person_ids).values("contact_id")
        )
    if f.roles:
        held = Office.objects.filter(
            Q(end_date__isnull=True) | Q(end_date__gte=OuterRef("date_from")),
            person__participations__contact=OuterRef("pk"),
            role__in=f.roles,
            start_date__lte=OuterRef("date_from"),
        )
        qs = qs.filter(Exists(held))
    return qs


def _fetch(qs: QuerySet) -> list[tuple]:
    sql, params = qs.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while 100,000s of row tuples are made.

    They hold no cycles, yet each allocation burst triggers collections that walk the whole
    heap (Django, Plotly, NumPy): measured at L, that doubled the time to read a year of contacts.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def contact_table(contacts: QuerySet[Contact]) -> graph.ContactTable:
    """The contacts and their participants as a graph.ContactTable, in two narrow queries.

    Dates are selected as text and read with plain cursors: Django's per-value converters
    cost more than the queries themselves on a year of contacts (see bench_dashboard).
    """
    with gc_paused():
        return _contact_table(contacts)


def _contact_table(contacts: QuerySet[Contact]) -> graph.ContactTable:
    rows = _fetch(
        contacts.order_by()  # sorted by numpy: ORDER BY id makes SQLite scan the whole table
        .annotate(
            day_from=Cast("date_from", CharField()), day_to=Cast("date_to", CharField())
        )
        .values_list("pk", "medium", "day_from", "day_to", "duration_minutes")
    )
    people = _fetch(
        Participation.objects.filter(contact__in=contacts.order_by().values("pk"))
        .order_by("contact_id", "person_id")
        .values_list("contact_id", "person_id")
    )
    return graph.ContactTable.from_columns(rows, people)


def default_period(f: Filters) -> Filters:
    """No dates given: the twelve months up to the latest contact, unless period=all.

    Only the start is set: nothing is later than the latest contact, and a lone lower bound
    lets SQLite use the date_to index instead of scanning (date_from, date_to).
    """
    if f.start or f.end or f.period == "all":
        return f
    latest = Contact.objects.aggregate(latest=Max("date_to"))["latest"]
    if latest is None:
        return f
    return replace(f, start=latest - dt.timedelta(days=DEFAULT_PERIOD_DAYS - 1))


def source_lines(contact_ids: Iterable[int]) -> dict[int, list[tuple[str, str, str]]]:
    """contact id -> [(outlet, title, url)] in publication order."""
    lines: dict[int, list[tuple[str, str, str]]] = {}
    rows = (
        Source.objects.filter(contact_id__in=list(contact_ids))
        .order_by("article__published_on", "pk")
        .values_list("contact_id", "article__outlet", "article__title", "article__url")
    )
    for contact_id, outlet, title, url in rows:
        lines.setdefault(contact_id, []).append((outlet, title, url))
    return lines


class PersonInfo(NamedTuple):
    id: int
    name: str
    slug: str
    country_id: str | None
    country_name: str


def people_by_id(ids: Iterable[int]) -> dict[int, PersonInfo]:
    rows = Person.objects.filter(pk__in=list(ids)).values_list(
        "pk", "name", "slug", "country_id", "country__name_en"
    )
    return {row[0]: PersonInfo(*row[:4], row[4] or "") for row in rows}


class _PlotlyJSON(json.JSONEncoder):
    """Hands over the JSON text Plotly already wrote (json_script still escapes it for HTML)."""

    def encode(self, o: Any) -> str:
        return o if isinstance(o, str) else super().encode(o)


def figure_script(fig: Any, element_id: str) -> SafeString:
    """<script type="application/json"> with the figure, read by static/js/charts.js."""
    return json_script(charts.figure_json(fig), element_id, encoder=_PlotlyJSON)


# -- Shared builders ------------------------------------------------------------------------


class Urls:
    """URL builders that reverse once, not once per node."""

    def __init__(self) -> None:
        self._person = reverse("contacts:person", args=["SLUG"])
        self._pair = reverse("contacts:pair", args=["SLUGA", "SLUGB"])
        self._contact = reverse("contacts:contact", args=[987654321])
        self.dashboard = reverse("contacts:dashboard")

    def person(self, slug: str) -> str:
        return self._person.replace("SLUG", slug)

    def pair(self, a: str, b: str) -> str:
        a, b = sorted((a, b))
        return self._pair.replace("SLUGA", a).replace("SLUGB", b)

    def contact(self, pk: int) -> str:
        return self._contact.replace("987654321", str(pk))


def contact_hover(
    c: graph.ContactRecord, people: dict[int, PersonInfo], sources: list[tuple[str, str, str]]
) -> str:
    # Plotly hover text is HTML: names and titles are data, so they are escaped.
    names = escape(", ".join(people[p].name if p in people else f"#{p}" for p in c.person_ids))
    when = (
        c.date_from.isoformat()
        if c.date_from == c.date_to
        else f"{c.date_from.isoformat()} – {c.date_to.isoformat()} (date range)"
    )
    parts = [f"<b>{names}</b>", f"{Medium(c.medium).label}, {when}"]
    if c.duration_minutes:
        parts.append(f"{c.duration_minutes} min")
    parts += [f"{escape(outlet)}: {escape(title[:80])}" for outlet, title, _ in sources[:3]]
    if len(sources) > 3:
        parts.append(f"+{len(sources) - 3} more sources")
    return "<br>".join(parts)


def contacts_timeline_figure(
    lanes: list[charts.Lane],
    records: list[graph.ContactRecord],
    points: list[tuple[int, int]],
    people: dict[int, PersonInfo],
    sources: dict[int, list[tuple[str, str, str]]],
    urls: Urls,
) -> go.Figure:
    """One marker per (lane, contact) point, with hover and a link to the contact."""
    by_id = {c.id: c for c in records}
    entries = [
        charts.TimelineEntry(
            lane, cid, by_id[cid].medium, by_id[cid].date_from, by_id[cid].date_to,
            hover=contact_hover(by_id[cid], people, sources.get(cid, [])),
            url=urls.contact(cid),
        )
        for lane, cid in points
    ]
    return charts.timeline_figure(lanes, entries)


def annotate(
    G: Any, strength: dict[int, int], label: dict, link: dict, group: dict, group_name: dict
) -> None:
    """Node and edge attributes network_figure draws: labels, links, sizes, colours."""
    for n in G.nodes:
        G.nodes[n].update(
            label=label[n], url=link.get(n, ""), strength=strength.get(n, 0),
            country=group.get(n, ""), country_name=group_name.get(n, ""),
        )


class NetworkChart(NamedTuple):
    figure: go.Figure
    graph: Any  # the drawn nx.Graph
    pairs: graph.PairTable  # all pairs, of people or of countries
    strength: dict[int, int]
    label: dict
    link: dict


def network_chart(
    pairs: graph.PairTable, f: Filters, people: dict[int, PersonInfo], urls: Urls
) -> NetworkChart:
    """The drawn network of people or countries (the strongest nodes and pairs)."""
    if f.nodes == "country":
        codes = sorted({p.country_id or "?" for p in people.values()})
        index = {c: i for i, c in enumerate(codes)}
        group_of = np.full(max(people, default=0) + 1, -1, dtype=np.int64)
        for p in people.values():
            group_of[p.id] = index[p.country_id or "?"]
        pairs = pairs.merged(group_of)
        names = {p.country_id: p.country_name for p in people.values() if p.country_id}
        label = {i: names.get(c, c) for i, c in enumerate(codes)}
        # A country opens the dashboard filtered to it.
        link: dict[Any, str] = {
            i: f"{urls.dashboard}?{urlencode({'country': c, 'nodes': 'country'})}"
            for i, c in enumerate(codes) if c != "?"
        }
        group = dict(enumerate(codes))
        group_name = {}
    else:
        label = {n: p.name for n, p in people.items()}
        link = {n: urls.person(p.slug) for n, p in people.items()}
        group = {n: p.country_id or "" for n, p in people.items()}
        group_name = {n: p.country_name for n, p in people.items()}
    strength = pairs.strength()
    nodes, drawn = graph.drawn_pairs(
        pairs, strength, max_nodes=charts.NETWORK_MAX_NODES, max_edges=charts.NETWORK_MAX_EDGES
    )
    H = drawn.to_graph(nodes)
    for u, v, d in H.edges(data=True):
        d["url"] = urls.pair(people[u].slug, people[v].slug) if f.nodes == "person" else ""
    annotate(H, strength, label, link, group, group_name)
    h_digest = graph.graph_digest(H)
    if f.colour == "community":
        for n, k in graph.communities(H, digest=h_digest).items():
            H.nodes[n]["community"] = k
    figure = charts.network_figure(H, graph.layout(H, digest=h_digest), colour_by=f.colour)
    return NetworkChart(figure, H, pairs, strength, label, link)


def network_data(
    pairs: graph.PairTable, f: Filters, people: dict[int, PersonInfo], urls: Urls
) -> dict[str, Any]:
    """The drawn network (people or countries) and the rankings beside it."""
    figure, H, pairs, strength, label, link = network_chart(pairs, f, people, urls)
    between = graph.betweenness(pairs.to_graph, digest=pairs.digest())

    def ranked(scores: dict) -> list[dict]:
        return [
            {"label": label[n], "url": link.get(n, ""), "score": s}
            for n, s in graph.top_nodes(scores, TOP_N)
        ]

    top_pairs = [pairs.edge(int(i)) for i in pairs.top(TOP_N)]
    return {
        "network": figure_script(figure, "network-figure"),
        "drawn_nodes": H.number_of_nodes(),
        "drawn_edges": H.number_of_edges(),
        "all_nodes": len(strength),
        "all_edges": len(pairs),
        "top_degree": ranked(strength),
        "top_betweenness": ranked(between),
        "top_pairs": [
            {
                "a": label[u], "b": label[v], "weight": d["weight"],
                "url": urls.pair(people[u].slug, people[v].slug) if f.nodes == "person" else "",
                "media": charts.media_text(d["media"]), "last": d["last"],
            }
            for u, v, d in top_pairs
        ],
    }


def article_count(matching: QuerySet[Contact], table: graph.ContactTable, f: Filters) -> int:
    """Distinct articles reporting the contacts in view (one query)."""
    sources = Source.objects.filter(contact__in=matching.order_by().values("pk")).order_by()
    if f.min_pair <= 1:
        return sources.values("article_id").distinct().count()
    # Pairs below the minimum removed contacts the SQL filter cannot see.
    kept = set(table.ids.tolist())
    return len({a for c, a in sources.values_list("contact_id", "article_id") if c in kept})


def timeline_chart(
    table: graph.ContactTable,
    lanes: list[int],
    listed: np.ndarray,
    people: dict[int, PersonInfo],
    urls: Urls,
    *,
    pair: bool = False,
) -> tuple[go.Figure, bool, dict[int, graph.ContactRecord], dict[int, list]]:
    """The timeline (per contact, or per week when too many) and the sources it and `listed`
    contacts need, fetched in one query. With `pair`, the two `lanes` people share one lane."""
    # (lane, contact) points: a contact shows in the lane of each of its participants.
    # Lanes may name people without contacts in view (a leader page with none yet).
    size = max(int(table.person.max(initial=0)), max(lanes, default=0)) + 1
    lane_of = np.full(size, -1, dtype=np.int64)
    if pair:  # both people share the pair's lane, as on the pair page
        first, second = (people[p] for p in lanes)
        chart_lanes = [charts.Lane(f"{first.name} – {second.name}",
                                   urls.pair(first.slug, second.slug))]
        lane_of[lanes] = 0
    else:
        chart_lanes = [charts.Lane(people[p].name, urls.person(people[p].slug)) for p in lanes]
        lane_of[lanes] = np.arange(len(lanes))
    point_lane = lane_of[table.person]
    on_lane = point_lane >= 0
    point_lane, point_contact = point_lane[on_lane], table.row_contact[on_lane]
    if pair:  # one point per contact, not one per participant
        point_contact = np.unique(point_contact)
        point_lane = np.zeros(len(point_contact), dtype=np.int64)
    aggregated = len(point_lane) > charts.TIMELINE_MAX_POINTS
    shown = listed if aggregated else np.union1d(listed, point_contact)
    records = table.records(shown)
    sources = source_lines(c.id for c in records)
    if aggregated:
        timeline = charts.timeline_weekly_figure(
            chart_lanes, lane=point_lane, day=table.date_from[point_contact],
            medium=table.medium[point_contact], media=table.media,
        )
    else:
        ids = table.ids[point_contact].tolist()
        timeline = contacts_timeline_figure(
            chart_lanes, records, list(zip(point_lane.tolist(), ids, strict=True)), people,
            sources, urls,
        )
    return timeline, aggregated, {c.id: c for c in records}, sources


class InView(NamedTuple):
    """The contacts a filter state selects, their pairs and their people."""

    matching: QuerySet[Contact]  # before min_pair, which SQL cannot see
    table: graph.ContactTable
    pairs: graph.PairTable
    people: dict[int, PersonInfo]


def in_view(f: Filters) -> InView:
    matching = matching_contacts(f)
    table = contact_table(matching).with_pairs_of_at_least(f.min_pair)
    pairs = table.pairs().at_least(f.min_pair)
    return InView(matching, table, pairs, people_by_id(table.people().tolist()))


def leader_lanes(pairs: graph.PairTable, leader: int) -> list[int]:
    """A leader's lane, then the lanes of their most frequent counterparts (the leader page's
    timeline, and the dashboard's when one person is chosen)."""
    return [leader, *pairs.counterparts(leader, MAX_LANES - 1)]


def chosen_in_view(f: Filters, v: InView) -> list[int]:
    """The people the filters chose who have contacts in view."""
    return [p for p in f.person_ids if p in v.people]


def timeline_lanes(f: Filters, v: InView) -> list[int]:
    """The people chosen (one person: with their counterparts), or else the most connected,
    one lane each."""
    chosen = chosen_in_view(f, v)[:MAX_LANES]
    if len(chosen) == 1:
        return leader_lanes(v.pairs, chosen[0])
    return chosen or [n for n, _ in graph.top_nodes(v.pairs.strength(), MAX_LANES)]


def pair_in_view(f: Filters, v: InView) -> bool:
    """Whether the view is one pair's contacts (two people, all of them together): the
    timeline then draws the pair's one lane, as the pair page does."""
    return f.match == "all" and len(chosen_in_view(f, v)) == 2


def dashboard_figure(f: Filters, kind: str) -> tuple[go.Figure, InView]:
    """The dashboard's timeline or network figure of `f` alone (exports draw it), and the
    contacts in view."""
    v = in_view(f)
    urls = Urls()
    if kind == "timeline":
        empty = np.zeros(0, dtype=np.int64)
        fig = timeline_chart(
            v.table, timeline_lanes(f, v), empty, v.people, urls, pair=pair_in_view(f, v)
        )[0]
    else:
        fig = network_chart(v.pairs, f, v.people, urls).figure
    return fig, v


def dashboard_panels(f: Filters) -> dict[str, Any]:
    """Everything the panels show: summary numbers, network, rankings, timeline, latest."""
    v = in_view(f)
    table, pairs, people = v.table, v.pairs, v.people
    n_articles = article_count(v.matching, table, f)
    urls = Urls()
    latest = table.latest(LATEST_N)
    timeline, aggregated, by_id, sources = timeline_chart(
        table, timeline_lanes(f, v), latest, people, urls, pair=pair_in_view(f, v)
    )
    return {
        "summary": {
            "contacts": len(table),
            "people": len(people),
            "countries": len({p.country_id for p in people.values()} - {None}),
            "articles": n_articles,
        },
        **network_data(pairs, f, people, urls),
        "timeline": figure_script(timeline, "timeline-figure"),
        "timeline_aggregated": aggregated,
        "latest": [
            contact_row(by_id[int(i)], people, sources, urls) for i in table.ids[latest].tolist()
        ],
    }


def contact_row(
    c: graph.ContactRecord,
    people: dict[int, PersonInfo],
    sources: dict[int, list[tuple[str, str, str]]],
    urls: Urls,
) -> dict[str, Any]:
    return {
        "id": c.id,
        "url": urls.contact(c.id),
        "medium": Medium(c.medium).label,
        "medium_code": c.medium,
        "date_from": c.date_from,
        "date_to": c.date_to,
        "duration_minutes": c.duration_minutes,
        "people": [
            {"name": people[p].name, "url": urls.person(people[p].slug)}
            for p in c.person_ids
            if p in people
        ],
        "sources": [
            {"outlet": o, "title": t, "url": u} for o, t, u in sources.get(c.id, [])
        ],
    }


def filter_choices() -> dict[str, Any]:
    """Options of the filter panel (full page only): people with contacts, their countries."""
    people = list(
        Person.objects.filter(Exists(Participation.objects.filter(person=OuterRef("pk"))))
        .order_by("name")
        .values_list("slug", "name", "country_id", "country__name_en")
    )
    countries = sorted({(name, code) for *_, code, name in people if code})
    return {
        "countries": [{"code": code, "name_en": name} for name, code in countries],
        "people": [{"slug": slug, "name": name} for slug, name, *_ in people],
        "media": Medium.choices,
        "roles": Role.choices,
    }


ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")


def ordinal(n: int) -> str:
    if 1 <= n <= len(ORDINALS):
        return ORDINALS[n - 1]
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def date_label(start: dt.date, end: dt.date) -> str:
    return start.isoformat() if start == end else f"{start.isoformat()} – {end.isoformat()}"


def fact_sentences(medium_label: str, facts: graph.PairFacts) -> list[str]:
    """The pair facts as the seed article words them."""
    medium = medium_label.lower()
    gap = facts.days_since_previous
    return [
        f"the {ordinal(facts.nth_in_year)} contact between them in {facts.year}",
        f"the {ordinal(facts.nth_same_medium_in_window)} {medium} in {facts.window_days} days",
        "no earlier contact recorded"
        if gap is None
        else f"{gap} day{'s' * (gap != 1)} since the previous contact",
    ]


# -- Views ----------------------------------------------------------------------------------


@require_GET
@analyst_required
def dashboard(request: HtmxHttpRequest) -> HttpResponse:
    form = DashboardFilterForm(request.GET)
    if not form.is_valid():
        return bad_request(form)
    chosen = form.filters()
    f = default_period(chosen)
    context = {
        "form": form, "filters": f, "chosen": chosen, "export_query": chosen.query_string(),
        **dashboard_panels(f),
    }
    if request.htmx and not request.htmx.history_restore_request:
        response = render(request, "contacts/partials/_panels.html", context)
    else:
        context.update(filter_choices())
        response = render(request, "contacts/dashboard.html", context)
    patch_vary_headers(response, ("HX-Request",))
    return response


@require_GET
@analyst_required
def person(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    form = PageForm(request.GET)
    if not form.is_valid():
        return bad_request(form)
    leader = get_object_or_404(
        Person.objects.select_related("country").prefetch_related(
            Prefetch("offices", queryset=Office.objects.select_related("country"))
        ),
        slug=slug,
    )
    table = contact_table(
        Contact.objects.filter(pk__in=leader.participations.values("contact_id"))
    )
    pairs = table.pairs()
    people = people_by_id([leader.pk, *table.people().tolist()])
    urls = Urls()
    strength = pairs.strength()
    mine = pairs.subset((pairs.u == leader.pk) | (pairs.v == leader.pk))
    counterparts = []
    for i in mine.top(COUNTERPARTS_N).tolist():
        u, v, d = mine.edge(i)
        other = people[v if u == leader.pk else u]
        counterparts.append({
            "id": other.id, "name": other.name, "url": urls.person(other.slug),
            "weight": d["weight"],
            "pair_url": urls.pair(leader.slug, other.slug),
            "media": charts.media_text(d["media"]), "last": d["last"],
        })
    nodes, drawn = graph.drawn_pairs(
        pairs, strength, max_nodes=charts.NETWORK_MAX_NODES, max_edges=charts.NETWORK_MAX_EDGES
    )
    H = drawn.to_graph(nodes or [leader.pk])
    for u, v, d in H.edges(data=True):
        d["url"] = urls.pair(people[u].slug, people[v].slug)
    annotate(
        H, strength, {n: p.name for n, p in people.items()},
        {n: urls.person(p.slug) for n, p in people.items()},
        {n: p.country_id or "" for n, p in people.items()},
        {n: p.country_name for n, p in people.items()},
    )
    # The same order as leader_lanes(), whose pairs were just ranked for the list above.
    lanes = [leader.pk, *(c["id"] for c in counterparts[: MAX_LANES - 1])]
    page = form.cleaned_data.get("page") or 1
    newest = table.latest(len(table))
    listed = newest[(page - 1) * LEADER_PAGE_SIZE : page * LEADER_PAGE_SIZE]
    timeline, aggregated, by_id, sources = timeline_chart(table, lanes, listed, people, urls)
    context = {
        "leader": leader,
        "offices": sorted(leader.offices.all(), key=lambda o: o.start_date, reverse=True),
        "counterparts": counterparts,
        "n_counterparts": len(mine),
        "network": figure_script(charts.network_figure(H, graph.layout(H)), "network-figure"),
        "timeline": figure_script(timeline, "timeline-figure"),
        "timeline_aggregated": aggregated,
        "contacts": [
            contact_row(by_id[c], people, sources, urls) for c in table.ids[listed].tolist()
        ],
        "n_contacts": len(table),
        "page": page,
        "has_next": page * LEADER_PAGE_SIZE < len(table),
        # Exports select the leader's contacts through the dashboard's filters.
        "export_query": Filters(person_slugs=(leader.slug,), period="all").query_string(),
    }
    return render(request, "contacts/person.html", context)


@require_GET
@analyst_required
def pair(request: HtmxHttpRequest, a: str, b: str) -> HttpResponse:
    form = PairForm(request.GET)
    if not form.is_valid():
        return bad_request(form)
    window_days = form.cleaned_data.get("days") or 5
    both = {p.slug: p for p in Person.objects.filter(slug__in=(a, b)).select_related("country")}
    if a == b or len(both) != 2:
        raise Http404("No such pair of people.")
    first, second = both[a], both[b]
    rows = list(
        Contact.objects.filter(pk__in=first.participations.values("contact_id"))
        .filter(pk__in=second.participations.values("contact_id"))
        .order_by("date_from", "date_to", "pk")
        .values_list("pk", "medium", "date_from", "date_to", "duration_minutes", "summary")
    )
    records = [
        graph.ContactRecord(pk, medium, start, end, (first.pk, second.pk), minutes)
        for pk, medium, start, end, minutes, _ in rows
    ]
    facts = {f.contact_id: f for f in graph.pair_facts(records, window_days=window_days)}
    page = form.cleaned_data.get("page") or 1
    listed = rows[::-1][(page - 1) * PAIR_PAGE_SIZE : page * PAIR_PAGE_SIZE]
    sources: dict[int, list[dict]] = {}
    for contact_id, *article in (
        Source.objects.filter(contact_id__in=[r[0] for r in listed])
        .order_by("article__published_on", "pk")
        .values_list(
            "contact_id", "article__outlet", "article__published_on", "article__title",
            "article__url", "evidence",
        )
    ):
        sources.setdefault(contact_id, []).append(
            dict(zip(("outlet", "published_on", "title", "url", "evidence"), article, strict=True))
        )
    urls = Urls()
    entries = [
        charts.TimelineEntry(
            0, c.id, c.medium, c.date_from, c.date_to, url=urls.contact(c.id),
            hover=escape(f"{Medium(c.medium).label}, {date_label(c.date_from, c.date_to)}"),
        )
        for c in records
    ]
    # Named in id order, as the pair's exports (and the dashboard, with match=all) name it.
    one, two = sorted((first, second), key=lambda p: p.pk)
    lanes = [charts.Lane(f"{one.name} – {two.name}", urls.pair(one.slug, two.slug))]
    if len(entries) > charts.TIMELINE_MAX_POINTS:
        timeline = charts.timeline_weekly_figure(lanes, entries)
    else:
        timeline = charts.timeline_figure(lanes, entries)
    context = {
        "first": first,
        "second": second,
        "window_days": window_days,
        "n_contacts": len(rows),
        "rows": [
            {
                "pk": pk, "url": urls.contact(pk), "medium": Medium(medium).label,
                "date_label": date_label(start, end), "duration_minutes": minutes,
                "summary": summary, "sources": sources.get(pk, []),
                "facts": fact_sentences(Medium(medium).label, facts[pk]),
            }
            for pk, medium, start, end, minutes, summary in listed
        ],
        "page": page,
        "has_next": page * PAIR_PAGE_SIZE < len(rows),
        "timeline": figure_script(timeline, "timeline-figure"),
        "export_query": Filters(
            person_slugs=tuple(sorted((a, b))), match="all", period="all"
        ).query_string(),
    }
    return render(request, "contacts/pair.html", context)


@require_GET
@analyst_required
def contact(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    form = StrictForm(request.GET)
    if not form.is_valid():
        return bad_request(form)
    item = get_object_or_404(
        Contact.objects.prefetch_related(
            Prefetch(
                "participations",
                queryset=Participation.objects.select_related("person__country").prefetch_related(
                    Prefetch("person__offices", queryset=Office.objects.select_related("country"))
                ),
            ),
            Prefetch("sources", queryset=Source.objects.select_related("article")),
        ),
        pk=pk,
    )
    participants = [
        {"person": p.person, "is_initiator": p.is_initiator,
         "office": offices_on(p.person.offices.all(), item.date_from),
         "office_end": offices_on(p.person.offices.all(), item.date_to)}
        for p in item.participations.all()
    ]
    initiator = next((p["person"] for p in participants if p["is_initiator"]), None)
    return render(
        request,
        "contacts/contact.html",
        {"contact": item, "participants": participants, "initiator": initiator},
    )

