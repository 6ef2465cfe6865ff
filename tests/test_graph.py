"""contacts/graph.py: building, metrics, cached stable layout and pair facts, without a database."""
import datetime as dt

import networkx as nx
import numpy as np
import pytest

from contacts import graph
from contacts.graph import ContactRecord

D = dt.date


def record(pk: int, people: tuple[int, ...], day: dt.date, *, to: dt.date | None = None,
           medium: str = "phone") -> ContactRecord:
    return ContactRecord(pk, medium, day, to or day, people)


SEED = [
    record(1, (1, 2), D(2026, 3, 10)),  # Putin–Pezeshkian
    record(2, (1, 3), D(2026, 3, 9)),  # Putin–Trump
    record(3, (1, 2), D(2026, 3, 5), to=D(2026, 3, 9)),  # the earlier call, a range
]


@pytest.fixture(autouse=True)
def empty_cache():
    graph.cache.clear()


def test_contact_table_from_rows_and_from_columns_agree():
    rows = [
        (7, 2, "phone", D(2026, 1, 1), D(2026, 1, 1), None),
        (7, 1, "phone", D(2026, 1, 1), D(2026, 1, 1), None),
        (8, 3, "meeting", "2026-01-02", "2026-01-03", 30),
        (8, 1, "meeting", "2026-01-02", "2026-01-03", 30),
    ]
    table = graph.ContactTable.from_rows(rows)
    records = table.records()
    assert [r.person_ids for r in records] == [(1, 2), (1, 3)]
    assert records[1] == ContactRecord(8, "meeting", D(2026, 1, 2), D(2026, 1, 3), (1, 3), 30)
    columns = graph.ContactTable.from_columns(
        [(7, "phone", "2026-01-01", "2026-01-01", None), (8, "meeting", D(2026, 1, 2),
                                                          D(2026, 1, 3), 30)],
        [(7, 1), (7, 2), (8, 1), (8, 3)],
    )
    assert columns.records() == records
    assert len(graph.ContactTable.from_columns([], [])) == 0

def test_graph_has_ids_weights_media_and_last_date():
    G = graph.build_contact_graph([*SEED, record(4, (1, 2), D(2026, 3, 1), medium="meeting")])
    assert set(G.nodes) == {1, 2, 3}
    assert G[1][2]["weight"] == 3
    assert G[1][2]["media"] == {"phone": 2, "meeting": 1}
    assert G[1][2]["last"] == D(2026, 3, 10)
    assert graph.weighted_degree(G) == {1: 4, 2: 3, 3: 1}


def test_meeting_of_three_makes_three_pairs():
    G = graph.build_contact_graph([record(1, (1, 2, 3), D(2026, 1, 1), medium="meeting")])
    assert G.number_of_edges() == 3


def test_min_pair_drops_weak_pairs_and_their_contacts():
    G = graph.build_contact_graph(SEED, min_pair_contacts=2)
    assert list(G.edges) == [(1, 2)]
    table = graph.ContactTable.from_records(SEED).with_pairs_of_at_least(2)
    assert sorted(table.ids.tolist()) == [1, 3]

def test_merging_people_into_countries_drops_domestic_pairs():
    pairs = graph.ContactTable.from_records([*SEED, record(5, (1, 4), D(2026, 2, 1))]).pairs()
    ru, ir, us = 0, 1, 2
    C = pairs.merged(np.array([-1, ru, ir, us, ru])).to_graph()
    assert set(C.nodes) == {ru, ir, us}
    assert C[ru][ir]["weight"] == 2 and C[ru][ir]["media"] == {"phone": 2}
    assert C[ru][ir]["last"] == D(2026, 3, 10)

def test_betweenness_exact_small_and_sampled_above_named_size(monkeypatch):
    G = graph.build_contact_graph(SEED)
    assert graph.betweenness(G)[1] == 1.0
    big = nx.barabasi_albert_graph(graph.BETWEENNESS_EXACT_MAX_NODES + 50, 2, seed=1)
    nx.set_edge_attributes(big, 1, "weight")
    calls = []
    real = nx.betweenness_centrality

    def spy(G, k=None, **kwargs):
        calls.append(k)
        return real(G, k=k, **kwargs)

    monkeypatch.setattr(nx, "betweenness_centrality", spy)
    graph.betweenness(big)
    assert calls == [graph.BETWEENNESS_SAMPLE_SIZE]


def test_communities_are_seeded_and_cover_every_node():
    G = nx.Graph()
    G.add_edges_from([(1, 2), (2, 3), (1, 3), (4, 5), (5, 6), (4, 6), (3, 4)], weight=1)
    parts = graph.communities(G)
    assert set(parts) == set(G.nodes)
    assert parts[1] == parts[2] == parts[3] != parts[4]
    graph.cache.clear()
    assert graph.communities(G) == parts


def test_layout_is_stable_and_cached():
    G = graph.build_contact_graph(SEED)
    first = graph.layout(G)
    assert graph.cache.misses == 1
    same_graph_again = graph.build_contact_graph(list(reversed(SEED)))
    second = graph.layout(same_graph_again)
    assert graph.cache.hits == 1
    assert all((first[n] == second[n]).all() for n in G.nodes)
    graph.cache.clear()
    recomputed = graph.layout(G)
    assert all(abs(first[n] - recomputed[n]).max() < 1e-9 for n in G.nodes)


def test_layout_moves_little_when_a_small_node_is_added():
    big = nx.les_miserables_graph()
    G = nx.convert_node_labels_to_integers(big)
    nx.set_edge_attributes(G, 1, "weight")
    before = graph.layout(G)
    G2 = G.copy()
    G2.add_edge(0, 999, weight=1)
    after = graph.layout(G2)
    moved = sum(abs(before[n] - after[n]).max() for n in G.nodes) / G.number_of_nodes()
    assert moved < 0.25


def test_digest_ignores_order_but_not_weights():
    G = graph.build_contact_graph(SEED)
    H = graph.build_contact_graph(list(reversed(SEED)))
    assert graph.graph_digest(G) == graph.graph_digest(H)
    H[1][2]["weight"] += 1
    assert graph.graph_digest(G) != graph.graph_digest(H)


def test_drawn_pairs_keep_the_strongest():
    table = graph.ContactTable.from_records(
        [record(i, (0, i), D(2026, 1, 1)) for i in range(1, 30)]
        + [record(100 + i, (0, 1), D(2026, 1, 2)) for i in range(5)]
    )
    pairs = table.pairs()
    nodes, drawn = graph.drawn_pairs(pairs, pairs.strength(), max_nodes=5, max_edges=3)
    assert len(nodes) == 4 and len(drawn) == 3  # the fifth has no drawn pair
    assert nodes[:2] == [0, 1]
    assert drawn.edge(0)[:2] == (0, 1) and drawn.edge(0)[2]["weight"] == 6

def test_pair_table_strength_top_and_digest():
    pairs = graph.ContactTable.from_records(SEED).pairs()
    assert pairs.strength() == {1: 3, 2: 2, 3: 1}
    assert [pairs.edge(int(i))[:2] for i in pairs.top(2)] == [(1, 2), (1, 3)]
    again = graph.ContactTable.from_records(list(reversed(SEED))).pairs()
    assert pairs.digest() == again.digest()
    assert pairs.at_least(2).digest() != pairs.digest()

def test_counterparts_heaviest_first_from_either_end_of_a_pair():
    table = graph.ContactTable.from_records(
        [*SEED, record(5, (3, 4), D(2026, 2, 1)), record(6, (3, 4), D(2026, 2, 2))]
    )
    pairs = table.pairs()
    assert pairs.counterparts(1, 5) == [2, 3]
    assert pairs.counterparts(3, 5) == [4, 1]  # 3 is the pairs' greater id with 1
    assert pairs.counterparts(3, 1) == [4]
    assert pairs.counterparts(99, 5) == []


def test_pair_facts_on_the_seed():
    pair = [c for c in SEED if c.person_ids == (1, 2)]
    facts = {f.contact_id: f for f in graph.pair_facts(pair, window_days=5)}
    # "the second phone conversation between Putin and Pezeshkian in the last five days"
    assert facts[1].nth_same_medium_in_window == 2
    assert facts[1].nth_in_year == 2
    assert facts[1].days_since_previous == 1
    assert facts[3].nth_in_year == 1
    assert facts[3].days_since_previous is None
    trump = graph.pair_facts([SEED[1]])
    # "the first between the two leaders in 2026"
    assert (trump[0].nth_in_year, trump[0].year) == (1, 2026)


def test_pair_facts_window_and_medium():
    pair = [
        record(1, (1, 2), D(2025, 12, 30)),
        record(2, (1, 2), D(2026, 1, 2), medium="meeting"),
        record(3, (1, 2), D(2026, 1, 3)),
        record(4, (1, 2), D(2026, 1, 20)),
    ]
    facts = graph.pair_facts(pair, window_days=5)
    assert [f.nth_in_year for f in facts] == [1, 1, 2, 3]
    assert [f.nth_same_medium_in_window for f in facts] == [1, 1, 2, 1]
    assert [f.days_since_previous for f in facts] == [None, 3, 1, 17]


def test_betweenness_builds_the_graph_only_when_not_cached():
    pairs = graph.ContactTable.from_records(SEED).pairs()
    built = []

    def build() -> nx.Graph:
        built.append(1)
        return pairs.to_graph()

    first = graph.betweenness(build, digest=pairs.digest())
    again = graph.betweenness(build, digest=pairs.digest())
    assert first == again and len(built) == 1


def test_contact_table_sorts_contacts_the_database_left_unsorted():
    table = graph.ContactTable.from_columns(
        [(9, "meeting", "2026-01-02", "2026-01-02", None), (3, "phone", "2026-01-01",
                                                           "2026-01-01", 20)],
        [(3, 1), (3, 2), (9, 1), (9, 3), (9, 4)],
    )
    assert [(r.id, r.person_ids, r.medium) for r in table.records()] == [
        (3, (1, 2), "phone"), (9, (1, 3, 4), "meeting")]


def test_pair_facts_at_the_first_day_of_the_calendar():
    # A mistyped year (0001) must not overflow the window arithmetic.
    early = [record(1, (1, 2), D(1, 1, 1)), record(2, (1, 2), D(1, 1, 3))]
    facts = graph.pair_facts(early, window_days=366)
    assert [f.nth_same_medium_in_window for f in facts] == [1, 2]
    assert facts[1].days_since_previous == 2
