"""Contact rows -> NetworkX graph, its metrics, a cached stable layout, and pair facts."""
from __future__ import annotations

import datetime as dt
import hashlib
import heapq
import itertools
import math
from collections import Counter, OrderedDict
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


def _ordinal(value: Any, cache: dict[Any, int]) -> int:
    found = cache.get(value)
    if found is None:
        day = dt.date.fromisoformat(value) if isinstance(value, str) else value
        found = cache[value] = day.toordinal()
    return found


# date(1970, 1, 1).toordinal(): numpy counts days from 1970, datetime.date from year 1.
_EPOCH_ORDINAL = 719_163


def _ordinals(days: Sequence[Any]) -> np.ndarray:
    """ISO strings or dates -> proleptic ordinals (numpy parses the strings in C)."""
    try:
        parsed = np.array(days, dtype="datetime64[D]")
    except (TypeError, ValueError):  # strings and dates mixed
        cache: dict[Any, int] = {}
        return np.array([_ordinal(d, cache) for d in days], dtype=np.int64)
    return parsed.astype(np.int64) + _EPOCH_ORDINAL


@dataclass(frozen=True)
class ContactTable:
    """Contacts as columns (numpy), participants in CSR form: the dashboard's working set.

    Contact i has participants person[offsets[i]:offsets[i + 1]], sorted; dates are
    proleptic ordinals; medium is an index into `media`; duration 0 means not reported.
    """

    ids: np.ndarray
    medium: np.ndarray
    media: tuple[str, ...]
    date_from: np.ndarray
    date_to: np.ndarray
    duration: np.ndarray
    offsets: np.ndarray
    person: np.ndarray

    @classmethod
    def from_rows(cls, rows: Sequence[tuple[int, int, str, Any, Any, int | None]]) -> ContactTable:
        """(contact_id, person_id, medium, date_from, date_to, duration), ordered by contact."""
        if not rows:
            empty = np.zeros(0, dtype=np.int64)
            return cls(empty, empty, (), empty, empty, empty, np.zeros(1, np.int64), empty)
        cid_col, pid_col, medium_col, from_col, to_col, duration_col = zip(*rows, strict=True)
        cid = np.fromiter(cid_col, dtype=np.int64, count=len(rows))
        starts = np.flatnonzero(np.r_[True, cid[1:] != cid[:-1]])
        offsets = np.r_[starts, len(rows)].astype(np.int64)
        person = np.fromiter(pid_col, dtype=np.int64, count=len(rows))
        # Participants sorted within each contact (a stable sort by contact, then person).
        order = np.lexsort((person, np.repeat(np.arange(len(starts)), np.diff(offsets))))
        person = person[order]
        media = tuple(sorted({medium_col[i] for i in starts}))
        code = {m: i for i, m in enumerate(media)}
        days: dict[Any, int] = {}
        pick = starts.tolist()
        return cls(
            ids=cid[starts],
            medium=np.fromiter((code[medium_col[i]] for i in pick), np.int64, len(pick)),
            media=media,
            date_from=np.fromiter((_ordinal(from_col[i], days) for i in pick), np.int64,
                                  len(pick)),
            date_to=np.fromiter((_ordinal(to_col[i], days) for i in pick), np.int64, len(pick)),
            duration=np.fromiter((duration_col[i] or 0 for i in pick), np.int64, len(pick)),
            offsets=offsets,
            person=person,
        )

    @classmethod
    def from_columns(
        cls,
        contacts: Sequence[tuple[int, str, Any, Any, int | None]],
        participations: Sequence[tuple[int, int]],
    ) -> ContactTable:
        """(id, medium, date_from, date_to, duration) in any order, and (contact_id,
        person_id) ordered by contact then person: two narrow result sets, no repeated columns.
        Dates may be ISO strings or dates."""
        n = len(contacts)
        if not n:
            return cls.from_rows([])
        id_col, medium_col, from_col, to_col, duration_col = zip(*contacts, strict=True)
        ids = np.array(id_col, dtype=np.int64)
        by_id = np.argsort(ids, kind="stable")  # the database need not sort them
        pairs = np.fromiter(
            itertools.chain.from_iterable(participations), dtype=np.int64,
            count=2 * len(participations),
        ).reshape(-1, 2)
        owner, person = pairs[:, 0], pairs[:, 1]
        media, medium = np.unique(np.array(medium_col), return_inverse=True)
        return cls(
            ids=ids[by_id],
            medium=medium.astype(np.int64)[by_id],
            media=tuple(str(m) for m in media),
            date_from=_ordinals(from_col)[by_id],
            date_to=_ordinals(to_col)[by_id],
            duration=np.array([d or 0 for d in duration_col], dtype=np.int64)[by_id],
            offsets=np.r_[np.searchsorted(owner, ids[by_id]), len(owner)].astype(np.int64),
            person=np.ascontiguousarray(person),
        )

    @classmethod
    def from_records(cls, records: Iterable[ContactRecord]) -> ContactTable:
        rows = [
            (c.id, p, c.medium, c.date_from, c.date_to, c.duration_minutes)
            for c in records
            for p in c.person_ids
        ]
        return cls.from_rows(rows)

    def __len__(self) -> int:
        return len(self.ids)

    @property
    def sizes(self) -> np.ndarray:
        return np.diff(self.offsets)

    @property
    def row_contact(self) -> np.ndarray:
        """For each participation row, the index of its contact."""
        return np.repeat(np.arange(len(self)), self.sizes)

    def record(self, i: int) -> ContactRecord:
        return ContactRecord(
            int(self.ids[i]),
            self.media[self.medium[i]],
            dt.date.fromordinal(int(self.date_from[i])),
            dt.date.fromordinal(int(self.date_to[i])),
            tuple(int(p) for p in self.person[self.offsets[i] : self.offsets[i + 1]]),
            int(self.duration[i]) or None,
        )

    def records(self, indices: Iterable[int] | None = None) -> list[ContactRecord]:
        return [self.record(int(i)) for i in (range(len(self)) if indices is None else indices)]

    def subset(self, keep: np.ndarray) -> ContactTable:
        """The contacts where the boolean mask `keep` is true."""
        rows = np.repeat(keep, self.sizes)
        sizes = self.sizes[keep]
        return ContactTable(
            ids=self.ids[keep], medium=self.medium[keep], media=self.media,
            date_from=self.date_from[keep], date_to=self.date_to[keep],
            duration=self.duration[keep],
            offsets=np.r_[0, np.cumsum(sizes)].astype(np.int64),
            person=self.person[rows],
        )

    def people(self) -> np.ndarray:
        return np.unique(self.person)

    def latest(self, n: int) -> np.ndarray:
        """Indices of the n most recent contacts, newest first."""
        return np.lexsort((self.ids, self.date_from))[::-1][:n]

    def incidence(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(contact index, u, v) for every pair of participants of every contact, u < v."""
        sizes = self.sizes
        two = np.flatnonzero(sizes == 2)
        first = self.offsets[two]
        parts = [(two, self.person[first], self.person[first + 1])]
        for k in np.unique(sizes[sizes > 2]).tolist():  # meetings of k people, all at once
            contacts = np.flatnonzero(sizes == k)
            members = self.person[self.offsets[contacts][:, None] + np.arange(k)]
            for a, b in itertools.combinations(range(k), 2):
                parts.append((contacts, members[:, a], members[:, b]))
        return tuple(np.concatenate(arrays).astype(np.int64) for arrays in zip(*parts, strict=True))

    def pairs(self) -> PairTable:
        contact, u, v = self.incidence()
        return PairTable.aggregate(
            u, v, medium=self.medium[contact], last=self.date_to[contact], media=self.media
        )

    def with_pairs_of_at_least(self, min_contacts: int) -> ContactTable:
        """Only the contacts with at least one pair that has `min_contacts` contacts or more."""
        if min_contacts <= 1:
            return self
        contact, u, v = self.incidence()
        key = u * (int(self.person.max(initial=0)) + 1) + v
        _, inverse, counts = np.unique(key, return_inverse=True, return_counts=True)
        keep = np.zeros(len(self), dtype=bool)
        keep[contact[counts[inverse] >= min_contacts]] = True
        return self.subset(keep)


@dataclass(frozen=True)
class PairTable:
    """One row per pair (u < v): number of contacts, count per medium, last day (ordinal)."""

    u: np.ndarray
    v: np.ndarray
    weight: np.ndarray
    by_medium: np.ndarray
    last: np.ndarray
    media: tuple[str, ...]

    @classmethod
    def aggregate(
        cls, u: np.ndarray, v: np.ndarray, *, medium: np.ndarray, last: np.ndarray,
        media: tuple[str, ...], weight: np.ndarray | None = None,
        by_medium: np.ndarray | None = None,
    ) -> PairTable:
        """Sum incidences (or already-aggregated rows) per unordered pair."""
        lo, hi = np.minimum(u, v), np.maximum(u, v)
        if weight is None:
            weight = np.ones(len(lo), dtype=np.int64)
            by_medium = np.zeros((len(lo), len(media)), dtype=np.int64)
            by_medium[np.arange(len(lo)), medium] = 1
        if not len(lo):
            return cls(lo, hi, weight, np.zeros((0, len(media)), np.int64), last, media)
        span = int(max(lo.max(), hi.max())) + 1
        keys, inverse = np.unique(lo * span + hi, return_inverse=True)
        n, m = len(keys), len(media)
        summed = np.bincount(inverse, weights=weight, minlength=n).astype(np.int64)
        # bincount and a sort, not np.add.at / np.maximum.at: those are slow on 100,000s.
        media_sum = np.stack(
            [np.bincount(inverse, weights=by_medium[:, j], minlength=n) for j in range(m)], axis=1
        ).astype(np.int64).reshape(n, m)
        order = np.lexsort((last, inverse))
        group_ends = np.r_[np.flatnonzero(np.diff(inverse[order])), len(order) - 1]
        latest = last[order][group_ends]
        return cls(keys // span, keys % span, summed, media_sum, latest, media)

    def __len__(self) -> int:
        return len(self.u)

    def subset(self, keep: np.ndarray) -> PairTable:
        return PairTable(self.u[keep], self.v[keep], self.weight[keep], self.by_medium[keep],
                         self.last[keep], self.media)

    def at_least(self, min_contacts: int) -> PairTable:
        return self if min_contacts <= 1 else self.subset(self.weight >= min_contacts)

    def merged(self, group_of: np.ndarray) -> PairTable:
        """Nodes merged by `group_of[node]` (e.g. person -> country); pairs inside a group go."""
        gu, gv = group_of[self.u], group_of[self.v]
        apart = gu != gv
        return PairTable.aggregate(
            gu[apart], gv[apart], medium=np.zeros(apart.sum(), np.int64), last=self.last[apart],
            media=self.media, weight=self.weight[apart], by_medium=self.by_medium[apart],
        )

    def strength(self) -> dict[int, int]:
        """Weighted degree: contacts per node."""
        if not len(self):
            return {}
        nodes = np.concatenate((self.u, self.v))
        totals = np.bincount(nodes, weights=np.concatenate((self.weight, self.weight)))
        present = np.unique(nodes)
        return dict(zip(present.tolist(), totals[present].astype(np.int64).tolist(), strict=True))

    def digest(self) -> str:
        h = hashlib.blake2b(digest_size=16)
        for array in (self.u, self.v, self.weight):
            h.update(np.ascontiguousarray(array, dtype=np.int64).tobytes())
        return h.hexdigest()

    def top(self, n: int) -> np.ndarray:
        """Indices of the n heaviest pairs (ties by ids)."""
        return np.lexsort((self.v, self.u, -self.weight))[:n]

    def counterparts(self, person: int, n: int) -> list[int]:
        """The other people of `person`'s n heaviest pairs, heaviest first."""
        mine = self.subset((self.u == person) | (self.v == person))
        top = mine.top(n)
        return np.where(mine.u[top] == person, mine.v[top], mine.u[top]).tolist()

    def among(self, nodes: Iterable[int]) -> PairTable:
        wanted = np.fromiter(nodes, dtype=np.int64)
        return self.subset(np.isin(self.u, wanted) & np.isin(self.v, wanted))

    def edge(self, i: int) -> tuple[int, int, dict[str, Any]]:
        return (
            int(self.u[i]),
            int(self.v[i]),
            {
                "weight": int(self.weight[i]),
                "media": {m: int(k) for m, k in zip(self.media, self.by_medium[i], strict=True)
                          if k},
                "last": dt.date.fromordinal(int(self.last[i])),
            },
        )

    def to_graph(self, nodes: Iterable[int] = ()) -> nx.Graph:
        G = nx.Graph()
        G.add_nodes_from(nodes)
        G.add_edges_from(self.edge(i) for i in range(len(self)))
        return G


def build_contact_graph(
    contacts: Iterable[ContactRecord] | ContactTable, *, min_pair_contacts: int = 1
) -> nx.Graph:
    """A node per person id, an edge per pair: weight, per-medium counts, last date.

    Pairs with fewer than `min_pair_contacts` contacts are left out, and so are people
    left without any pair.
    """
    table = contacts if isinstance(contacts, ContactTable) else ContactTable.from_records(contacts)
    return table.pairs().at_least(min_pair_contacts).to_graph()


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


def betweenness(
    G: nx.Graph | Callable[[], nx.Graph], *, digest: str | None = None
) -> dict[Hashable, float]:
    """Betweenness centrality, sampled (seeded) above BETWEENNESS_EXACT_MAX_NODES nodes.

    `G` may be a function building the graph, called only when the digest is not cached.
    """
    if callable(G) and digest is None:
        G = G()

    def compute() -> dict[Hashable, float]:
        nonlocal G
        if callable(G):
            G = G()
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


def drawn_pairs(
    pairs: PairTable, strength: dict[int, int], *, max_nodes: int, max_edges: int
) -> tuple[list[int], PairTable]:
    """The strongest nodes and, among them, the heaviest pairs: what a browser draws legibly.

    Nodes left without a drawn pair are dropped (a spring layout flings them to the edges);
    the nodes are in order of strength.
    """
    nodes = [n for n, _ in top_nodes(strength, max_nodes)]
    drawn = pairs if len(strength) <= max_nodes else pairs.among(nodes)
    if len(drawn) > max_edges:
        drawn = drawn.subset(drawn.top(max_edges))
    linked = set(drawn.u.tolist()) | set(drawn.v.tolist())
    return [n for n in nodes if n in linked], drawn


# Contacts known only as a range span days, not years; beyond this one cannot reach a window.
_LONGEST_RANGE_DAYS = 366


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
        # Day numbers, not dates: a window before 0001-01-01 (a mistyped year) must not overflow.
        window_start = c.date_from.toordinal() - (window_days - 1)
        in_window = 1
        for j in range(i - 1, -1, -1):
            p = ordered[j]
            if p.date_from.toordinal() < window_start - _LONGEST_RANGE_DAYS:
                break  # ordered by start: nothing earlier can reach the window
            in_window += p.medium == c.medium and p.date_to.toordinal() >= window_start
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
