"""contacts/charts.py: figure structure (traces, spans, customdata URLs), without a database."""
import datetime as dt
import json

import networkx as nx
import numpy as np
import plotly.graph_objects as go

from contacts import charts, graph
from contacts.charts import Lane, TimelineEntry

D = dt.date


def small_graph() -> nx.Graph:
    G = nx.Graph()
    G.add_edge(1, 2, weight=2, media={"phone": 2}, last=D(2026, 3, 10), url="/pairs/a/b/")
    G.add_edge(1, 3, weight=1, media={"phone": 1}, last=D(2026, 3, 9), url="/pairs/a/c/")
    for n, name in ((1, "Putin"), (2, "Pezeshkian"), (3, "Trump")):
        G.nodes[n].update(label=name, url=f"/people/{name.lower()}/", country=name[:2],
                          strength=G.degree(n, weight="weight"))
    return G


def test_network_has_one_edge_trace_with_gaps_and_one_node_trace():
    G = small_graph()
    fig = charts.network_figure(G, graph.layout(G))
    edges, midpoints, nodes = fig.data
    assert edges.mode == "lines" and len(edges.x) == 3 * G.number_of_edges()
    assert np.isnan(np.asarray(edges.x)[2::3]).all()  # the None separators
    assert list(nodes.customdata) == ["/people/putin/", "/people/pezeshkian/", "/people/trump/"]
    assert list(midpoints.customdata) == ["/pairs/a/b/", "/pairs/a/c/"]
    assert "2 contacts: phone call 2" in midpoints.hovertext[0]
    sizes = np.asarray(nodes.marker.size)
    assert sizes[0] > sizes[1] > sizes[2]  # by weighted degree


def test_network_colours_by_community():
    G = small_graph()
    for n in G.nodes:
        G.nodes[n]["community"] = 0 if n != 3 else 1
    fig = charts.network_figure(G, graph.layout(G), colour_by="community")
    colours = fig.data[2].marker.color
    assert colours[0] == colours[1] != colours[2]


def test_coordinates_travel_as_binary_arrays():
    G = small_graph()
    data = json.loads(charts.figure_json(charts.network_figure(G, graph.layout(G))))
    assert "bdata" in data["data"][2]["x"]


def entries() -> list[TimelineEntry]:
    return [
        TimelineEntry(0, 1, "phone", D(2026, 3, 10), D(2026, 3, 10), "Putin, Pezeshkian",
                      "/contacts/1/"),
        TimelineEntry(1, 1, "phone", D(2026, 3, 10), D(2026, 3, 10), "Putin, Pezeshkian",
                      "/contacts/1/"),
        TimelineEntry(0, 2, "meeting", D(2026, 3, 9), D(2026, 3, 9), "Putin, Trump",
                      "/contacts/2/"),
        TimelineEntry(0, 3, "phone", D(2026, 3, 5), D(2026, 3, 9), "range", "/contacts/3/"),
    ]


LANES = [Lane("Putin", "/people/putin/"), Lane("Pezeshkian", "/people/pezeshkian/")]


def test_timeline_lanes_symbols_and_spans_for_ranges():
    fig = charts.timeline_figure(LANES, entries())
    names = [t.name for t in fig.data]
    assert names == ["Phone call (date range)", "Phone call", "Meeting"]
    span, phone, meeting = fig.data
    assert list(span.x) == ["2026-03-05", "2026-03-09", None]
    assert list(span.y) == [0, 0, None]
    assert phone.marker.symbol == ("circle", "circle", "circle-open")
    assert meeting.marker.symbol == ("diamond",)
    assert list(phone.customdata) == ["/contacts/1/", "/contacts/1/", "/contacts/3/"]
    assert list(fig.layout.yaxis.ticktext) == ["Putin", "Pezeshkian"]


def test_timeline_aggregates_per_week_per_lane():
    days = np.array([(D(2026, 1, 1) + dt.timedelta(days=i % 14)).toordinal() for i in range(100)])
    fig = charts.timeline_weekly_figure(
        LANES, lane=np.arange(100) % 2, day=days, medium=np.arange(100) % 3 // 2,
        media=("meeting", "phone"),
    )
    (trace,) = fig.data
    assert len(trace.x) <= 2 * 3  # two lanes, at most three ISO weeks
    assert all(dt.date.fromisoformat(x).weekday() == 0 for x in trace.x)  # Mondays
    assert sum(int(h.split("<b>")[1].split("<")[0]) for h in trace.hovertext) == 100
    assert set(trace.customdata) == {"/people/putin/", "/people/pezeshkian/"}


def test_builders_use_graph_objects():
    assert isinstance(charts.timeline_figure(LANES, []), go.Figure)
    assert isinstance(charts.network_figure(nx.Graph(), {}), go.Figure)


def test_names_are_escaped_in_plotly_html():
    G = small_graph()
    G.nodes[1]["label"] = "<a href='javascript:alert(1)'>x</a>"
    fig = charts.network_figure(G, graph.layout(G))
    assert "<a href" not in fig.data[2].hovertext[0]
    assert "&lt;a href" in fig.data[2].hovertext[0]
    lanes = [Lane("<img src=x>", "/people/x/")]
    assert charts.timeline_figure(lanes, []).layout.yaxis.ticktext == ("&lt;img src=x&gt;",)


def test_every_figure_passes_plotly_validation():
    """The builders skip validation for speed; this is where it happens."""
    G = small_graph()
    for n in G.nodes:
        G.nodes[n]["community"] = n % 2
    figures = [
        charts.network_figure(G, graph.layout(G)),
        charts.network_figure(G, graph.layout(G), colour_by="community"),
        charts.timeline_figure(LANES, entries()),
        charts.timeline_weekly_figure(
            LANES, lane=np.zeros(3, int), day=np.arange(3) + 739000, medium=np.zeros(3, int),
            media=("video",),
        ),
    ]
    for fig in figures:
        go.Figure(fig.to_dict())  # raises on any invalid property
