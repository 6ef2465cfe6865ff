"""Contact rows -> NetworkX graph, its metrics, a cached stable layout, and pair facts."""
from __future__ import annotations

import datetime as dt
import hashlib
import heapq
import itertools
import math
from collections import Counter, OrderedDict, defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

import networkx as nx
import numpy as np

# Exact betweenness is O(n·m); above this many nodes it is estimated from a seeded sample.
BETWEENNESS_EXACT_MAX_NODES = 400
BETWEENNESS_SAMPLE_SIZE = 64
LAYOUT_SEED = 7
COMMUNITY_SEED = 7
# How many graph-derived results (layouts, metrics) the process keeps, keyed on a digest.
CACHE_ENTRIES = 64


class ContactRecord(NamedTuple):
    """One contact as the graph code needs it: who, how, when (a tuple: cheap by the 100,000)."""

    id: int
    medium: str
    date_from: dt.date
    date_to: dt.date
    person_ids: tuple[int, ...]
    duration_minutes: int | None = None


def group_participations(
    rows: Iterable[tuple[int, int, str, Any, Any, int | None]],
) -> list[ContactRecord]:
    """(contact_id, person_id, medium, date_from, date_to, duration) rows -> one record each.

    Rows of one contact must be adjacent (order the query by contact id). Dates may come
    as ISO strings (SQLite without Django's converters): they are parsed once per distinct day.
    """
    days: dict[Any, dt.date] = {}

    def day(value: Any) -> dt.date:
        parsed = days.get(value)
        if parsed is None:
            parsed = days[value] = (
                dt.date.fromisoformat(value) if isinstance(value, str) else value
            )
        return parsed

    records: list[ContactRecord] = []
    current = None
    people: list[int] = []
    head: tuple = ()
    for contact_id, person_id, medium, date_from, date_to, duration in rows:
        if contact_id != current:
            if current is not None:
                records.append(ContactRecord(current, *head[:3], tuple(sorted(people)), head[3]))
            current, people = contact_id, []
            head = (medium, day(date_from), day(date_to), duration)
        people.append(person_id)
    if current is not None:
        records.append(ContactRecord(current, *head[:3], tuple(sorted(people)), head[3]))
    return records


_EPOCH = dt.date(1, 1, 1)


def pairs_of(contact: ContactRecord) -> Iterable[tuple[int, int]]:
    return itertools.combinations(contact.person_ids, 2)


def build_contact_graph(
    contacts: Iterable[ContactRecord], *, min_pair_contacts: int = 1
) -> nx.Graph:
    """A node per person id, an edge per pair: weight, per-medium counts, last date.

    Pairs with fewer than `min_pair_contacts` contacts are left out, and so are people
    left without any pair.
    """
    weight: Counter[tuple[int, int]] = Counter()
    media: dict[tuple[int, int], Counter[str]] = defaultdict(Counter)
    last: dict[tuple[int, int], dt.date] = {}
    for c in contacts:
        ids = c.person_ids
        pairs = [ids] if len(ids) == 2 else itertools.combinations(ids, 2)
        for pair in pairs:
            weight[pair] += 1
            media[pair][c.medium] += 1
            if c.date_to > last.get(pair, _EPOCH):
                last[pair] = c.date_to
    G = nx.Graph()
    G.add_edges_from(
        (u, v, {"weight": w, "media": dict(media[(u, v)]), "last": last[(u, v)]})
        for (u, v), w in weight.items()
        if w >= min_pair_contacts
    )
    return G


def contacts_in_graph(
    contacts: Iterable[ContactRecord], G: nx.Graph
) -> list[ContactRecord]:
    """The contacts with at least one pair still in `G` (the selection the page shows)."""
    return [c for c in contacts if any(G.has_edge(u, v) for u, v in pairs_of(c))]


def country_graph(G: nx.Graph, country_of: dict[int, str | None]) -> nx.Graph:
    """People merged into their countries; contacts within one country are dropped."""
    C = nx.Graph()
    for u, v, data in G.edges(data=True):
        cu, cv = country_of.get(u) or "?", country_of.get(v) or "?"
        if cu == cv:
            continue
        if C.has_edge(cu, cv):
            e = C[cu][cv]
            e["weight"] += data["weight"]
            for medium, n in data["media"].items():
                e["media"][medium] = e["media"].get(medium, 0) + n
            e["last"] = max(e["last"], data["last"])
        else:
            C.add_edge(cu, cv, weight=data["weight"], media=dict(data["media"]), last=data["last"])
    return C


def weighted_degree(G: nx.Graph) -> dict[Hashable, int]:
    return dict(G.degree(weight="weight"))


def graph_digest(G: nx.Graph) -> str:
    """A stable fingerprint of nodes, edges and weights: the key of every cached result."""
    h = hashlib.blake2b(digest_size=16)
    try:  # ids (or codes) compare among themselves; str() only for mixed graphs
        nodes = sorted(G.nodes)
        edges = sorted((u, v, w) if u < v else (v, u, w) for u, v, w in G.edges(data="weight"))
    except TypeError:
        nodes = sorted(G.nodes, key=str)
        edges = sorted(
            (min(str(u), str(v)), max(str(u), str(v)), w) for u, v, w in G.edges(data="weight")
        )
    h.update(repr(nodes).encode())
    h.update(repr(edges).encode())
    return h.hexdigest()


class _LRU:
    """A small in-process LRU cache keyed on graph digests (layouts and metrics)."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.data: OrderedDict[tuple, Any] = OrderedDict()
        self.hits = self.misses = 0

    def get_or_compute(self, key: tuple, compute: Callable[[], Any]) -> Any:
        if key in self.data:
            self.data.move_to_end(key)
            self.hits += 1
            return self.data[key]
        self.misses += 1
        value = compute()
        self.data[key] = value
        if len(self.data) > self.size:
            self.data.popitem(last=False)
        return value

    def clear(self) -> None:
        self.data.clear()
        self.hits = self.misses = 0


cache = _LRU(CACHE_ENTRIES)


def betweenness(G: nx.Graph, *, digest: str | None = None) -> dict[Hashable, float]:
    """Betweenness centrality, sampled (seeded) above BETWEENNESS_EXACT_MAX_NODES nodes."""

    def compute() -> dict[Hashable, float]:
        n = G.number_of_nodes()
        if n <= BETWEENNESS_EXACT_MAX_NODES:
            return nx.betweenness_centrality(G)
        return nx.betweenness_centrality(G, k=min(BETWEENNESS_SAMPLE_SIZE, n), seed=LAYOUT_SEED)

    return cache.get_or_compute(("betweenness", digest or graph_digest(G)), compute)


def communities(G: nx.Graph, *, digest: str | None = None) -> dict[Hashable, int]:
    """Louvain communities (seeded), numbered from the largest: node -> community index."""

    def compute() -> dict[Hashable, int]:
        if G.number_of_edges() == 0:
            return {n: i for i, n in enumerate(G.nodes)}
        parts = nx.community.louvain_communities(G, weight="weight", seed=COMMUNITY_SEED)
        parts = sorted(parts, key=lambda p: (-len(p), min(map(str, p))))
        return {n: i for i, part in enumerate(parts) for n in part}

    return cache.get_or_compute(("communities", digest or graph_digest(G)), compute)


def _start_position(n: Hashable) -> tuple[float, float]:
    # Each node starts from a place derived from its own id, whatever else is in the graph,
    # so a small change of filters moves the picture a little, not all of it.
    d = hashlib.blake2b(str(n).encode(), digest_size=8).digest()
    return (int.from_bytes(d[:4]) / 2**32 * 2 - 1, int.from_bytes(d[4:]) / 2**32 * 2 - 1)


def layout(G: nx.Graph, *, digest: str | None = None) -> dict[Hashable, np.ndarray]:
    """Seeded spring layout, computed once per distinct graph (cached on its digest)."""

    def compute() -> dict[Hashable, np.ndarray]:
        if G.number_of_nodes() == 0:
            return {}
        H = nx.Graph()
        H.add_nodes_from(G.nodes)
        # Log weights: one pair with hundreds of calls should not collapse the picture.
        H.add_edges_from(
            (u, v, {"strength": 1 + math.log(d.get("weight", 1))})
            for u, v, d in G.edges(data=True)
        )
        start = {n: _start_position(n) for n in H.nodes}
        return nx.spring_layout(H, pos=start, weight="strength", seed=LAYOUT_SEED)

    return cache.get_or_compute(("layout", digest or graph_digest(G)), compute)


def top_nodes(scores: dict[Hashable, float], n: int = 10) -> list[tuple[Hashable, float]]:
    return heapq.nsmallest(n, scores.items(), key=lambda kv: (-kv[1], str(kv[0])))


def top_pairs(G: nx.Graph, n: int = 10) -> list[tuple[Hashable, Hashable, dict]]:
    best = heapq.nsmallest(
        n, G.edges(data="weight"), key=lambda e: (-e[2], str(e[0]), str(e[1]))
    )
    return [(u, v, G.edges[u, v]) for u, v, _ in best]


def drawn_subgraph(
    G: nx.Graph, strength: dict[Hashable, float], *, max_nodes: int, max_edges: int
) -> nx.Graph:
    """The part of `G` a browser can draw legibly: the strongest nodes and edges."""
    if G.number_of_nodes() <= max_nodes and G.number_of_edges() <= max_edges:
        return G
    keep = [n for n, _ in top_nodes(strength, max_nodes)]
    H = G.subgraph(keep)
    if H.number_of_edges() > max_edges:
        edges = top_pairs(H, max_edges)
        H = nx.Graph()
        H.add_nodes_from(keep)
        H.add_edges_from(edges)
    return H


def ego_graph_of(contacts: Iterable[ContactRecord], person_id: int) -> nx.Graph:
    """The person, their counterparts, and the pairs among them seen in the same contacts."""
    G = build_contact_graph(contacts)
    if person_id not in G:
        G.add_node(person_id)
    return G


def lanes_for(
    G: nx.Graph, *, chosen: Sequence[int] = (), max_lanes: int = 12
) -> list[Hashable]:
    """The timeline's lanes: the chosen people, else the most connected in view."""
    if chosen:
        return list(chosen)[:max_lanes]
    return [n for n, _ in top_nodes(weighted_degree(G), max_lanes)]


def timeline_points(
    contacts: Iterable[ContactRecord], lanes: Sequence[Hashable]
) -> list[tuple[int, ContactRecord]]:
    """(lane index, contact) for every contact of every lane's person."""
    lane_of = {n: i for i, n in enumerate(lanes)}
    points = []
    for c in contacts:
        for pid in c.person_ids:
            i = lane_of.get(pid)
            if i is not None:
                points.append((i, c))
    return points


# Contacts known only as a range span days, not years; beyond this one cannot reach a window.
_LONGEST_RANGE = dt.timedelta(days=366)


@dataclass(frozen=True, slots=True)
class PairFacts:
    """What editors otherwise count by hand about one contact of a pair."""

    contact_id: int
    year: int
    nth_in_year: int
    window_days: int
    nth_same_medium_in_window: int
    days_since_previous: int | None


def pair_facts(contacts: Iterable[ContactRecord], *, window_days: int = 5) -> list[PairFacts]:
    """For each contact of one pair, oldest first.

    "The n-th contact between them in <year>", "the n-th <medium> in <window_days> days"
    (counting earlier contacts of the same medium whose date or range reaches into the
    window ending on this contact's day), and days since the previous contact ended.
    """
    ordered = sorted(contacts, key=lambda c: (c.date_from, c.date_to, c.id))
    facts = []
    per_year: Counter[int] = Counter()
    for i, c in enumerate(ordered):
        per_year[c.date_from.year] += 1
        window_start = c.date_from - dt.timedelta(days=window_days - 1)
        in_window = 1
        for j in range(i - 1, -1, -1):
            p = ordered[j]
            if p.date_from < window_start - _LONGEST_RANGE:
                break  # ordered by start: nothing earlier can reach the window
            in_window += p.medium == c.medium and p.date_to >= window_start
        previous = ordered[i - 1] if i else None
        facts.append(
            PairFacts(
                contact_id=c.id,
                year=c.date_from.year,
                nth_in_year=per_year[c.date_from.year],
                window_days=window_days,
                nth_same_medium_in_window=in_window,
                days_since_previous=(
                    max(0, (c.date_from - previous.date_to).days) if previous else None
                ),
            )
        )
    return facts
