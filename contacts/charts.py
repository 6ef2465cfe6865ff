"""Pure Plotly builders: contact graph and timeline figures (plotly.graph_objects only)."""
from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Hashable, Mapping, Sequence
from html import escape
from typing import Any, NamedTuple

import networkx as nx
import numpy as np
import plotly.graph_objects as go
from plotly.colors import qualitative

# Above this many markers a browser stops drawing smoothly: the timeline counts per week.
TIMELINE_MAX_POINTS = 1500
# Builders skip Plotly's per-property validation (it cost more than the database query on a
# year of contacts); tests/test_charts.py validates every figure shape instead.

# Node and edge caps of the drawn network (metrics still use the whole graph).
NETWORK_MAX_NODES = 300
NETWORK_MAX_EDGES = 1000

MEDIUM_SYMBOLS = {
    "phone": "circle", "video": "square", "meeting": "diamond", "message": "triangle-up"
}
MEDIUM_COLOURS = {
    "phone": "#1f77b4",
    "video": "#9467bd",
    "meeting": "#d62728",
    "message": "#2ca02c",
}
MEDIUM_LABELS = {
    "phone": "Phone call", "video": "Video call", "meeting": "Meeting", "message": "Message"
}
PALETTE = qualitative.Dark24 + qualitative.Light24
FONT = {"family": "system-ui, -apple-system, Segoe UI, Roboto, sans-serif", "size": 12}


class Lane(NamedTuple):
    label: str
    url: str


class TimelineEntry(NamedTuple):
    """One marker: a contact in the lane of one of its participants."""

    lane: int
    contact_id: int
    medium: str
    date_from: dt.date
    date_to: dt.date
    hover: str = ""  # Plotly hover HTML: escape the data in it
    url: str = ""


def media_text(media: Mapping[str, int]) -> str:
    ranked = sorted(media.items(), key=lambda kv: -kv[1])
    return ", ".join(f"{MEDIUM_LABELS.get(m, m).lower()} {n}" for m, n in ranked)


def _colours(groups: Sequence[Hashable]) -> list[str]:
    """A stable colour per group: the most frequent groups get the most distinct colours."""
    order = [g for g, _ in Counter(groups).most_common()]
    index = {g: i for i, g in enumerate(order)}
    return [PALETTE[index[g] % len(PALETTE)] for g in groups]


def network_figure(
    G: nx.Graph, pos: Mapping[Hashable, Sequence[float]], *, colour_by: str = "country"
) -> go.Figure:
    """Edges as one line trace (NaN separators), edge midpoints for hover/click, one node trace.

    Node attributes used: label, url, strength (weighted degree), country, community.
    Edge attributes: weight, media, last, url.
    """
    nodes = list(G.nodes)
    edges = list(G.edges(data=True))
    xy = np.array([pos[n] for n in nodes], dtype=float).reshape(-1, 2)
    index = {n: i for i, n in enumerate(nodes)}

    ex = np.full(len(edges) * 3, np.nan)
    ey = np.full(len(edges) * 3, np.nan)
    if edges:
        ends = np.array([(index[u], index[v]) for u, v, _ in edges])
        ex[0::3], ex[1::3] = xy[ends[:, 0], 0], xy[ends[:, 1], 0]
        ey[0::3], ey[1::3] = xy[ends[:, 0], 1], xy[ends[:, 1], 1]
        mid = (xy[ends[:, 0]] + xy[ends[:, 1]]) / 2
    else:
        mid = np.zeros((0, 2))
    # Plotly renders a subset of HTML in text and hover: names are data, so they are escaped.
    label = {n: escape(str(G.nodes[n].get("label", n))) for n in nodes}
    edge_hover = [
        f"<b>{label[u]} – {label[v]}</b><br>{d['weight']} contact{'s' * (d['weight'] != 1)}: "
        f"{media_text(d['media'])}<br>last {d['last'].isoformat()}"
        for u, v, d in edges
    ]
    strength = np.array([G.nodes[n].get("strength", 1) for n in nodes], dtype=float)
    top = strength.max() if len(strength) else 1.0
    sizes = 8 + 28 * np.sqrt(strength / top) if top else np.full(len(nodes), 8.0)
    groups = [G.nodes[n].get(colour_by, "") for n in nodes]
    node_hover = [
        f"<b>{label[n]}</b><br>{escape(G.nodes[n].get('country_name', ''))}"
        f"<br>{int(G.nodes[n].get('strength', 0))} contacts"
        + (f"<br>community {G.nodes[n]['community'] + 1}" if "community" in G.nodes[n] else "")
        for n in nodes
    ]
    show_labels = len(nodes) <= 40
    # Room around the outermost nodes so their labels are not cut off.
    pad = 0.22 * max(np.ptp(xy, axis=0).max(), 0.5) if len(xy) else 1.0
    x_range = [xy[:, 0].min() - pad, xy[:, 0].max() + pad] if len(xy) else [-1, 1]
    y_range = [xy[:, 1].min() - pad, xy[:, 1].max() + pad] if len(xy) else [-1, 1]
    fig = go.Figure(
        _validate=False,
        data=[
            go.Scatter(
                _validate=False,
                x=ex, y=ey, mode="lines", hoverinfo="skip", name="pairs",
                line={"width": 1, "color": "rgba(90,100,120,0.35)"},
            ),
            go.Scatter(
                _validate=False,
                x=mid[:, 0], y=mid[:, 1], mode="markers", name="pair",
                marker={"size": 9, "color": "rgba(90,100,120,0.02)"},
                hovertext=edge_hover, hoverinfo="text",
                customdata=[d.get("url", "") for _, _, d in edges],
            ),
            go.Scatter(
                _validate=False,
                x=xy[:, 0], y=xy[:, 1], mode="markers+text" if show_labels else "markers",
                name="people",
                text=[label[n] for n in nodes] if show_labels else None,
                textposition="top center",
                marker={
                    "size": sizes, "color": _colours(groups),
                    "line": {"width": 1, "color": "#fff"},
                },
                hovertext=node_hover, hoverinfo="text",
                customdata=[G.nodes[n].get("url", "") for n in nodes],
            ),
        ],
        layout=go.Layout(
            showlegend=False, hovermode="closest", font=FONT, dragmode="pan",
            margin={"l": 10, "r": 10, "t": 10, "b": 10}, height=520,
            xaxis={"visible": False, "range": x_range},
            yaxis={"visible": False, "range": y_range},
            plot_bgcolor="#fff", paper_bgcolor="#fff",
        ),
    )
    return fig


def _lane_layout(lanes: Sequence[Lane]) -> dict[str, Any]:
    return {
        "showlegend": True, "hovermode": "closest", "font": FONT,
        "legend": {"orientation": "h", "y": 1.02, "yanchor": "bottom", "x": 0},
        "margin": {"l": 10, "r": 10, "t": 30, "b": 30},
        "height": 140 + 32 * max(len(lanes), 1),
        "xaxis": {"type": "date", "showgrid": True},
        "yaxis": {
            "tickvals": list(range(len(lanes))),
            "ticktext": [escape(lane.label) for lane in lanes],
            "autorange": "reversed", "automargin": True, "zeroline": False,
            "range": [len(lanes) - 0.5, -0.5],
        },
        "plot_bgcolor": "#fff", "paper_bgcolor": "#fff",
    }


def timeline_figure(lanes: Sequence[Lane], entries: Sequence[TimelineEntry]) -> go.Figure:
    """A lane per leader, a marker per contact (symbol per medium), a span per ranged contact."""
    traces = []
    by_medium: dict[str, list[TimelineEntry]] = defaultdict(list)
    for e in entries:
        by_medium[e.medium].append(e)
    for medium in sorted(by_medium, key=list(MEDIUM_SYMBOLS).index):
        group = by_medium[medium]
        ranged = [e for e in group if e.date_to > e.date_from]
        if ranged:
            xs: list[str | None] = []
            ys: list[int | None] = []
            for e in ranged:
                xs += [e.date_from.isoformat(), e.date_to.isoformat(), None]
                ys += [e.lane, e.lane, None]
            traces.append(
                go.Scatter(
                _validate=False,
                    x=xs, y=ys, mode="lines", name=f"{MEDIUM_LABELS[medium]} (date range)",
                    hoverinfo="skip", legendgroup=medium, showlegend=False,
                    line={"width": 7, "color": MEDIUM_COLOURS[medium]}, opacity=0.35,
                )
            )
        traces.append(
            go.Scatter(
                _validate=False,
                x=[_middle(e).isoformat() for e in group],
                y=np.array([e.lane for e in group], dtype=np.int32),
                mode="markers", name=MEDIUM_LABELS[medium], legendgroup=medium,
                marker={
                    "symbol": [
                        MEDIUM_SYMBOLS[medium] + ("-open" if e.date_to > e.date_from else "")
                        for e in group
                    ],
                    "size": 11, "color": MEDIUM_COLOURS[medium],
                    "line": {"width": 1.5, "color": MEDIUM_COLOURS[medium]},
                },
                hovertext=[e.hover for e in group], hoverinfo="text",
                customdata=[e.url for e in group],
            )
        )
    return go.Figure(data=traces, layout=_lane_layout(lanes), _validate=False)


def _middle(e: TimelineEntry) -> dt.date:
    return e.date_from + (e.date_to - e.date_from) / 2


def timeline_weekly_figure(
    lanes: Sequence[Lane],
    entries: Sequence[TimelineEntry] | None = None,
    *,
    lane: np.ndarray | None = None,
    day: np.ndarray | None = None,
    medium: np.ndarray | None = None,
    media: Sequence[str] = (),
) -> go.Figure:
    """Too many contacts to draw one by one: a marker per lane and week, sized by count.

    Either `entries`, or arrays with one item per (lane, contact): lane index, day as a date
    ordinal, medium index into `media`.
    """
    if entries is not None:
        media = sorted({e.medium for e in entries})
        code = {m: i for i, m in enumerate(media)}
        lane = np.array([e.lane for e in entries], dtype=np.int64)
        day = np.array([e.date_from.toordinal() for e in entries], dtype=np.int64)
        medium = np.array([code[e.medium] for e in entries], dtype=np.int64)
    week = day - (day - 1) % 7  # the Monday: ordinal 1 (0001-01-01) was a Monday
    span = int(week.max(initial=0)) + 1
    keys, inverse = np.unique(lane * span + week, return_inverse=True)
    n, m = len(keys), len(media)
    totals = np.bincount(inverse, minlength=n)
    by_medium = np.bincount(inverse * m + medium, minlength=n * m).reshape(n, m)
    key_lane, key_week = (keys // span).tolist(), (keys % span).tolist()
    weeks = [dt.date.fromordinal(w).isoformat() for w in key_week]
    top = totals.max(initial=1)
    fig = go.Figure(
        _validate=False,
        data=[
            go.Scatter(
                _validate=False,
                x=weeks,
                y=np.array(key_lane, dtype=np.int32),
                mode="markers", name="contacts per week",
                marker={
                    "size": 5 + 17 * np.sqrt(totals / top), "color": "#34495e", "opacity": 0.7,
                },
                # Short: thousands of these on a long period; the lane is on the axis.
                hovertext=[
                    f"week of {weeks[i]}: <b>{totals[i]}</b><br>"
                    + media_text({media[j]: int(k) for j, k in enumerate(by_medium[i]) if k})
                    for i in range(n)
                ],
                hoverinfo="text",
                customdata=[lanes[i].url for i in key_lane],
            )
        ],
        layout=_lane_layout(lanes),
    )
    fig.update_layout(title={"text": "Contacts per week (narrow the filters to see each one)",
                             "font": {"size": 12}, "x": 0.01, "y": 0.99})
    return fig


def figure_json(fig: go.Figure) -> str:
    """The figure as JSON text, numpy arrays as compact binary (base64 typed arrays)."""
    return fig.to_json()

