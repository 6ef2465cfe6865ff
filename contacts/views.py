"""The analysts' pages: dashboard (full page or htmx panels), leader, pair and contact pages."""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import wraps
from html import escape
from typing import Any

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db import connection
from django.db.models import Exists, Max, OuterRef, Prefetch, Q, QuerySet
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.cache import patch_vary_headers
from django.utils.html import json_script
from django.utils.safestring import SafeString
from django.views.decorators.http import require_GET
from django_htmx.middleware import HtmxDetails

from contacts import charts, graph
from contacts.forms import DashboardFilterForm, Filters, PageForm, PairForm, StrictForm
from contacts.models import (
    Contact,
    Country,
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
                return redirect_to_login(request.get_full_path())
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
    if f.person_ids:
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


def participation_rows(contacts: QuerySet[Contact]) -> list[tuple]:
    """(contact_id, person_id, medium, date_from, date_to, duration) ordered by contact.

    Fetched with a plain cursor: Django's per-value date converters cost more than the query
    on a year of contacts; graph.group_participations parses each distinct day once instead.
    """
    qs = (
        Participation.objects.filter(contact__in=contacts.order_by().values("pk"))
        .order_by("contact_id")
        .values_list(
            "contact_id",
            "person_id",
            "contact__medium",
            "contact__date_from",
            "contact__date_to",
            "contact__duration_minutes",
        )
    )
    sql, params = qs.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def default_period(f: Filters) -> Filters:
    """No dates given: the twelve months up to the latest contact, unless period=all."""
    if f.start or f.end or f.period == "all":
        return f
    latest = Contact.objects.aggregate(latest=Max("date_to"))["latest"]
    if latest is None:
        return f
    return replace(f, start=latest - dt.timedelta(days=DEFAULT_PERIOD_DAYS - 1), end=latest)


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


def people_by_id(ids: Iterable[int]) -> dict[int, Person]:
    return {
        p.pk: p
        for p in Person.objects.filter(pk__in=list(ids))
        .select_related("country")
        .only("pk", "name", "slug", "country__code", "country__name_en")
    }


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

    def person(self, slug: str) -> str:
        return self._person.replace("SLUG", slug)

    def pair(self, a: str, b: str) -> str:
        a, b = sorted((a, b))
        return self._pair.replace("SLUGA", a).replace("SLUGB", b)

    def contact(self, pk: int) -> str:
        return self._contact.replace("987654321", str(pk))


def contact_hover(
    c: graph.ContactRecord, people: dict[int, Person], sources: list[tuple[str, str, str]]
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


def timeline_data(
    contacts: list[graph.ContactRecord],
    lanes: list[int],
    people: dict[int, Person],
    urls: Urls,
) -> tuple[list[charts.Lane], list[charts.TimelineEntry], bool]:
    """Lanes and entries (without hover yet) and whether the timeline aggregates per week."""
    chart_lanes = [charts.Lane(people[p].name, urls.person(people[p].slug)) for p in lanes]
    points = graph.timeline_points(contacts, lanes)
    entries = [
        charts.TimelineEntry(lane, c.id, c.medium, c.date_from, c.date_to)
        for lane, c in points
    ]
    return chart_lanes, entries, len(entries) > charts.TIMELINE_MAX_POINTS


def timeline_figure(
    lanes: list[charts.Lane],
    entries: list[charts.TimelineEntry],
    aggregated: bool,
    contacts: dict[int, graph.ContactRecord],
    people: dict[int, Person],
    sources: dict[int, list[tuple[str, str, str]]],
    urls: Urls,
) -> dict:
    if aggregated:
        return figure_script(charts.timeline_weekly_figure(lanes, entries), "timeline-figure")
    entries = [
        charts.TimelineEntry(
            e.lane, e.contact_id, e.medium, e.date_from, e.date_to,
            hover=contact_hover(contacts[e.contact_id], people, sources.get(e.contact_id, [])),
            url=urls.contact(e.contact_id),
        )
        for e in entries
    ]
    return figure_script(charts.timeline_figure(lanes, entries), "timeline-figure")


def annotate_people(G: Any, people: dict[int, Person], urls: Urls) -> None:
    strength = graph.weighted_degree(G)
    for n in G.nodes:
        p = people[n]
        G.nodes[n].update(
            label=p.name,
            url=urls.person(p.slug),
            strength=strength[n],
            country=p.country_id or "",
            country_name=p.country.name_en if p.country_id else "",
        )
    for u, v, d in G.edges(data=True):
        d["url"] = urls.pair(people[u].slug, people[v].slug)


def network_data(G: Any, f: Filters, people: dict[int, Person], urls: Urls) -> dict[str, Any]:
    """The drawn network (people or countries) and the rankings beside it."""
    if f.nodes == "country":
        country_of = {n: people[n].country_id for n in G.nodes}
        names = {p.country_id: p.country.name_en for p in people.values() if p.country_id}
        G = graph.country_graph(G, country_of)
        strength = graph.weighted_degree(G)
        for n in G.nodes:
            G.nodes[n].update(
                label=names.get(n, n), strength=strength[n], country=n, country_name="",
                url="",
            )
        label = {n: names.get(n, n) for n in G.nodes}
        link: dict[Any, str] = {}
    else:
        annotate_people(G, people, urls)
        strength = graph.weighted_degree(G)
        label = {n: people[n].name for n in G.nodes}
        link = {n: urls.person(people[n].slug) for n in G.nodes}
    digest = graph.graph_digest(G)
    between = graph.betweenness(G, digest=digest)
    H = graph.drawn_subgraph(
        G, strength, max_nodes=charts.NETWORK_MAX_NODES, max_edges=charts.NETWORK_MAX_EDGES
    )
    h_digest = digest if H is G else graph.graph_digest(H)
    if f.colour == "community":
        for n, k in graph.communities(H, digest=h_digest).items():
            H.nodes[n]["community"] = k
    figure = charts.network_figure(
        H, graph.layout(H, digest=h_digest), colour_by=f.colour
    )

    def ranked(scores: dict) -> list[dict]:
        return [
            {"label": label[n], "url": link.get(n, ""), "score": s}
            for n, s in graph.top_nodes(scores, TOP_N)
        ]

    return {
        "network": figure_script(figure, "network-figure"),
        "drawn_nodes": H.number_of_nodes(),
        "drawn_edges": H.number_of_edges(),
        "all_nodes": G.number_of_nodes(),
        "all_edges": G.number_of_edges(),
        "top_degree": ranked(strength),
        "top_betweenness": ranked(between),
        "top_pairs": [
            {
                "a": label[u], "b": label[v], "weight": d["weight"], "url": d.get("url", ""),
                "media": charts.media_text(d["media"]), "last": d["last"],
            }
            for u, v, d in graph.top_pairs(G, TOP_N)
        ],
    }


def dashboard_panels(f: Filters) -> dict[str, Any]:
    """Everything the panels show: summary numbers, network, rankings, timeline, latest."""
    matching = matching_contacts(f)
    contacts = graph.group_participations(participation_rows(matching))
    G = graph.build_contact_graph(contacts, min_pair_contacts=f.min_pair)
    if f.min_pair > 1:
        contacts = graph.contacts_in_graph(contacts, G)
    person_ids = {p for c in contacts for p in c.person_ids}
    people = people_by_id(person_ids)
    if f.min_pair > 1:
        selected = {c.id for c in contacts}
        article_ids = {
            a
            for c, a in Source.objects.filter(contact__in=matching.order_by().values("pk"))
            .order_by()
            .values_list("contact_id", "article_id")
            if c in selected
        }
        n_articles = len(article_ids)
    else:
        n_articles = (
            Source.objects.filter(contact__in=matching.order_by().values("pk"))
            .order_by()
            .values("article_id")
            .distinct()
            .count()
        )
    urls = Urls()
    lanes = graph.lanes_for(G, chosen=[p for p in f.person_ids if p in people])
    chart_lanes, entries, aggregated = timeline_data(contacts, lanes, people, urls)
    latest = sorted(contacts, key=lambda c: (c.date_from, c.id), reverse=True)[:LATEST_N]
    shown = {c.id for c in latest} | (set() if aggregated else {e.contact_id for e in entries})
    sources = source_lines(shown)
    by_id = {c.id: c for c in contacts}
    return {
        "summary": {
            "contacts": len(contacts),
            "people": len(person_ids),
            "countries": len({people[p].country_id for p in person_ids} - {None}),
            "articles": n_articles,
        },
        **network_data(G, f, people, urls),
        "timeline": timeline_figure(
            chart_lanes, entries, aggregated, by_id, people, sources, urls
        ),
        "timeline_aggregated": aggregated,
        "latest": [contact_row(c, people, sources, urls) for c in latest],
    }


def contact_row(
    c: graph.ContactRecord,
    people: dict[int, Person],
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
    """Options of the filter panel (full page only)."""
    return {
        "countries": Country.objects.filter(
            code__in=Person.objects.filter(participations__isnull=False)
            .values("country_id")
        ).only("code", "name_en"),
        "people": Person.objects.filter(participations__isnull=False)
        .distinct()
        .only("slug", "name"),
        "media": Medium.choices,
        "roles": Role.choices,
    }


ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")


def ordinal(n: int) -> str:
    if 1 <= n <= len(ORDINALS):
        return ORDINALS[n - 1]
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def fact_sentences(c: Contact, facts: graph.PairFacts) -> list[str]:
    """The pair facts as the seed article words them."""
    medium = c.get_medium_display().lower()
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
    context = {"form": form, "filters": f, "chosen": chosen, **dashboard_panels(f)}
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
    contacts = graph.group_participations(
        participation_rows(Contact.objects.filter(participations__person=leader))
    )
    G = graph.ego_graph_of(contacts, leader.pk)
    people = people_by_id(G.nodes)
    urls = Urls()
    annotate_people(G, people, urls)
    counterparts = [
        {"name": people[n].name, "url": urls.person(people[n].slug),
         "pair_url": G[leader.pk][n]["url"], "weight": G[leader.pk][n]["weight"],
         "media": charts.media_text(G[leader.pk][n]["media"]), "last": G[leader.pk][n]["last"]}
        for n in sorted(G[leader.pk], key=lambda n: (-G[leader.pk][n]["weight"], people[n].name))
    ]
    lanes = [leader.pk, *[n for n, _ in graph.top_nodes(
        {n: G[leader.pk][n]["weight"] for n in G[leader.pk]}, 11)]]
    chart_lanes, entries, aggregated = timeline_data(contacts, lanes, people, urls)
    newest = sorted(contacts, key=lambda c: (c.date_from, c.id), reverse=True)
    page = form.cleaned_data.get("page") or 1
    listed = newest[(page - 1) * LEADER_PAGE_SIZE : page * LEADER_PAGE_SIZE]
    shown = {c.id for c in listed} | (set() if aggregated else {e.contact_id for e in entries})
    sources = source_lines(shown)
    H = graph.drawn_subgraph(
        G, graph.weighted_degree(G), max_nodes=charts.NETWORK_MAX_NODES,
        max_edges=charts.NETWORK_MAX_EDGES,
    )
    context = {
        "leader": leader,
        "offices": sorted(leader.offices.all(), key=lambda o: o.start_date, reverse=True),
        "counterparts": counterparts,
        "network": figure_script(charts.network_figure(H, graph.layout(H)), "network-figure"),
        "timeline": timeline_figure(
            chart_lanes, entries, aggregated, {c.id: c for c in contacts}, people, sources, urls
        ),
        "timeline_aggregated": aggregated,
        "contacts": [contact_row(c, people, sources, urls) for c in listed],
        "n_contacts": len(contacts),
        "page": page,
        "has_next": page * LEADER_PAGE_SIZE < len(contacts),
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
    contacts = list(
        Contact.objects.filter(participations__person=first)
        .filter(participations__person=second)
        .order_by("date_from", "date_to", "pk")
        .prefetch_related(
            Prefetch("participations", queryset=Participation.objects.select_related("person")),
            Prefetch("sources", queryset=Source.objects.select_related("article")),
        )
    )
    records = [
        graph.ContactRecord(c.pk, c.medium, c.date_from, c.date_to,
                            tuple(p.person_id for p in c.participations.all()))
        for c in contacts
    ]
    facts = {f.contact_id: f for f in graph.pair_facts(records, window_days=window_days)}
    urls = Urls()
    context = {
        "first": first,
        "second": second,
        "window_days": window_days,
        "rows": [(c, fact_sentences(c, facts[c.pk])) for c in reversed(contacts)],
        "timeline": figure_script(charts.timeline_figure(
            [charts.Lane(first.name, urls.person(first.slug))],
            [charts.TimelineEntry(0, c.pk, c.medium, c.date_from, c.date_to,
                                  hover=escape(f"{c.get_medium_display()}, {c.date_label}"),
                                  url=urls.contact(c.pk)) for c in contacts],
        ), "timeline-figure"),
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

