"""contacts/export.py: images made by real Kaleido and Chromium (no mocks), graph files."""
import datetime as dt
import io
import os
import threading
import time
import xml.etree.ElementTree as ET
from typing import NamedTuple

import networkx as nx
import plotly.graph_objects as go
import pypdf
import pytest
from PIL import Image

from contacts import export


@pytest.fixture
def fig() -> go.Figure:
    return go.Figure(
        go.Scatter(x=["2026-03-01", "2026-03-05"], y=[1, 2], mode="markers", name="Phone call")
    )


def png_size(data: bytes) -> tuple[int, int]:
    image = Image.open(io.BytesIO(data))
    image.verify()
    return image.size


def test_png_is_an_image_of_the_requested_size(fig: go.Figure) -> None:
    data = export.render_figure(fig, fmt="png", width=640, height=400, scale=1)

    assert data.startswith(b"\x89PNG")
    assert png_size(data) == (640, 400)


def test_png_scale_multiplies_the_pixels(fig: go.Figure) -> None:
    data = export.render_figure(fig, fmt="png", width=300, height=200, scale=2)

    assert png_size(data) == (600, 400)


def test_svg_parses_with_the_requested_size(fig: go.Figure) -> None:
    data = export.render_figure(fig, fmt="svg", width=640, height=400, scale=1)

    root = ET.fromstring(data)
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert (root.get("width"), root.get("height")) == ("640", "400")


def test_pdf_is_one_page_of_the_requested_proportions(fig: go.Figure) -> None:
    data = export.render_figure(fig, fmt="pdf", width=1200, height=800, scale=1)

    assert data.startswith(b"%PDF")
    reader = pypdf.PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (float(box.width), float(box.height)) == (900, 600)  # 96 px to 72 pt


def test_unknown_format_is_refused(fig: go.Figure) -> None:
    with pytest.raises(ValueError, match="png, svg, pdf"):
        export.render_figure(fig, fmt="gif", width=100, height=100, scale=1)


def test_concurrent_calls_each_get_their_own_image() -> None:
    sizes: dict[int, tuple[int, int]] = {}

    def export_one(i: int) -> None:
        fig = go.Figure(go.Bar(x=[str(i)], y=[i]))
        width, height = 200 + 10 * i, 100 + 10 * i
        data = export.render_figure(fig, fmt="png", width=width, height=height, scale=1)
        sizes[i] = png_size(data)

    threads = [threading.Thread(target=export_one, args=(i,)) for i in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    assert sizes == {i: (200 + 10 * i, 100 + 10 * i) for i in range(6)}


def test_past_the_time_limit_it_raises_and_the_next_export_starts_afresh(
    fig: go.Figure,
) -> None:
    renderer = export.ImageRenderer()
    try:
        renderer.render(fig, fmt="png", width=100, height=100, scale=1)  # warm
        with pytest.raises(export.ExportTimeout, match="too long"):
            renderer.render(fig, fmt="png", width=100, height=100, scale=1, time_limit=0.001)
        assert not renderer.is_running

        data = renderer.render(fig, fmt="png", width=120, height=90, scale=1)
        assert png_size(data) == (120, 90)
    finally:
        renderer.stop()


def test_waiting_for_a_busy_browser_counts_against_the_time_limit(fig: go.Figure) -> None:
    renderer = export.ImageRenderer()
    with renderer._lock, pytest.raises(export.ExportTimeout, match="busy"):
        renderer.render(fig, fmt="png", width=100, height=100, scale=1, time_limit=0.1)


def test_without_chromium_it_says_what_to_install(
    fig: go.Figure, monkeypatch: pytest.MonkeyPatch, tmp_path
) -> None:
    # choreographer looks at BROWSER_PATH before PATH: a missing file is a missing browser.
    monkeypatch.setenv("BROWSER_PATH", str(tmp_path / "chromium"))
    monkeypatch.setattr(export, "_renderer", export.ImageRenderer())

    with pytest.raises(export.ExportUnavailable, match="apt-get install chromium"):
        export.render_figure(fig, fmt="png", width=100, height=100, scale=1)


def test_a_browser_that_will_not_start_is_unavailable(fig: go.Figure) -> None:
    renderer = export.ImageRenderer(browser_path="/bin/false")

    with pytest.raises(export.ExportUnavailable, match="apt-get install chromium"):
        renderer.render(fig, fmt="png", width=100, height=100, scale=1)
    assert not renderer.is_running


def decorated(fig: go.Figure, **kwargs) -> go.Figure:
    return export.decorate_for_print(
        fig,
        title="Contacts of Russia and Iran",
        period="1–31 March 2026",
        sources_note="Sources: 12 articles from Agerpres, Digi24, …",
        made_on=dt.date(2026, 4, 2),
        **kwargs,
    )


def test_decoration_adds_title_period_legend_and_footnote(fig: go.Figure) -> None:
    out = decorated(fig)

    assert out.layout.title.text == "Contacts of Russia and Iran"
    assert out.layout.title.subtitle.text == "1–31 March 2026"
    assert out.layout.showlegend is True
    assert out.layout.legend.title.text == "Medium"
    [note] = out.layout.annotations
    assert note.text == "Sources: 12 articles from Agerpres, Digi24, … · Made on 2026-04-02"
    assert fig.layout.title.text is None  # the analyst's figure is left alone


def test_decoration_adds_missing_media_to_the_legend_once(fig: go.Figure) -> None:
    out = decorated(fig, media={"Phone call": "#1f77b4", "Meeting": "#d62728"})

    assert [t.name for t in out.data] == ["Phone call", "Meeting"]


def test_decoration_keeps_names_from_the_data_out_of_markup(fig: go.Figure) -> None:
    out = export.decorate_for_print(
        fig, title="<b>x</b>", period="", sources_note="Sources: 1 article from A<br>B",
        made_on=dt.date(2026, 4, 2),
    )

    assert out.layout.title.text == "&lt;b&gt;x&lt;/b&gt;"
    assert "<br>" not in out.layout.annotations[0].text


def test_decorated_svg_shows_title_and_footnote(fig: go.Figure) -> None:
    data = export.render_figure(decorated(fig), fmt="svg", width=1200, height=700, scale=1)

    text = data.decode()
    assert "Contacts of Russia and Iran" in text
    assert "1–31 March 2026" in text
    assert "Sources: 12 articles from Agerpres, Digi24, …" in text
    assert "Made on 2026-04-02" in text
    assert "Medium" in text


@pytest.mark.parametrize(
    ("count", "outlets", "note"),
    [
        (
            12,
            ["Agerpres", "Digi24", "Reuters", "TASS"],
            "Sources: 12 articles from Agerpres, Digi24, Reuters, …",
        ),
        (1, ["Agerpres"], "Sources: 1 article from Agerpres"),
        (3, ["Agerpres", "Agerpres", "Digi24"], "Sources: 3 articles from Agerpres, Digi24"),
        (0, [], "Sources: no articles"),
    ],
)
def test_sources_note(count: int, outlets: list[str], note: str) -> None:
    assert export.sources_note(article_count=count, outlets=outlets) == note


def test_export_filename_describes_the_selection() -> None:
    name = export.export_filename(
        "timeline", dt.date(2026, 3, 1), dt.date(2026, 3, 31), ["RU", "ir"], "png"
    )

    assert name == "contacts-timeline-2026-03-01_2026-03-31-RU-IR.png"


def test_export_filename_without_period_or_countries() -> None:
    assert export.export_filename("graph", None, None, [], "gexf") == "contacts-graph.gexf"
    assert (
        export.export_filename("graph", dt.date(2026, 3, 1), None, ["../x", "RU"], "pdf")
        == "contacts-graph-2026-03-01_end-RU.pdf"
    )


def test_decoration_keeps_a_hidden_legend_hidden(fig: go.Figure) -> None:
    fig.update_layout(showlegend=False)

    assert decorated(fig).layout.showlegend is False


def test_a_forked_worker_starts_its_own_browser(fig: go.Figure) -> None:
    # As under gunicorn --preload: the parent's browser and loop thread do not survive a fork.
    export.render_figure(fig, fmt="png", width=100, height=100, scale=1)
    pid = os.fork()
    if pid == 0:  # the child: exit status 0 only with a right-sized image
        try:
            data = export.render_figure(fig, fmt="png", width=123, height=45, scale=1)
            export._renderer.stop(timeout=5)
            os._exit(0 if png_size(data) == (123, 45) else 1)
        except BaseException:
            os._exit(2)
    _, status = os.waitpid(pid, 0)

    assert os.waitstatus_to_exitcode(status) == 0
    assert png_size(export.render_figure(fig, fmt="png", width=99, height=66, scale=1)) == (99, 66)


class Contact(NamedTuple):
    id: int
    medium: str
    date_from: dt.date
    date_to: dt.date
    person_ids: tuple[int, ...]


CONTACTS = [
    Contact(1, "phone", dt.date(2026, 3, 5), dt.date(2026, 3, 9), (1, 2)),
    Contact(2, "phone", dt.date(2026, 3, 10), dt.date(2026, 3, 10), (1, 2)),
    Contact(3, "meeting", dt.date(2026, 3, 9), dt.date(2026, 3, 9), (1, 3)),
    Contact(4, "video", dt.date(2026, 3, 20), dt.date(2026, 3, 20), (1, 2, 4)),
]


def test_gephi_graph_has_flat_pair_and_node_attributes() -> None:
    G = export.gephi_graph(CONTACTS, node_attributes={1: {"label": "Putin", "role": None}})

    assert G.edges[1, 2] == {
        "weight": 3, "media_phone": 2, "media_video": 1, "media_meeting": 0,
        "media_message": 0, "first": "2026-03-05", "last": "2026-03-20",
    }
    assert G.nodes[1] == {
        "label": "Putin", "role": "", "contacts": 4, "first": "2026-03-05", "last": "2026-03-20"
    }
    assert G.number_of_edges() == 4  # 1-2, 1-3, and from the video call 1-4, 2-4


def test_gephi_graph_drops_weak_pairs_then_groups() -> None:
    G = export.gephi_graph(
        CONTACTS, min_pair=2, group_of={1: "RU", 2: "IR", 3: "US", 4: "IR"}
    )

    assert list(G.edges) == [("IR", "RU")]
    assert G.edges["IR", "RU"]["weight"] == 3
    assert G.nodes["RU"]["contacts"] == 3


def test_gephi_graph_writes_gexf_and_graphml_that_read_back(tmp_path) -> None:
    G = export.gephi_graph(CONTACTS)

    (tmp_path / "g.gexf").write_bytes(export.graph_gexf(G))
    (tmp_path / "g.graphml").write_bytes(export.graph_graphml(G))

    for H in (nx.read_gexf(tmp_path / "g.gexf"), nx.read_graphml(tmp_path / "g.graphml")):
        assert H.number_of_nodes() == 4 and H.number_of_edges() == 4


def test_warm_up_starts_the_browser_before_the_first_export(fig: go.Figure) -> None:
    renderer = export.ImageRenderer()
    try:
        renderer.warm_up()
        assert renderer.is_running

        started = time.monotonic()
        renderer.render(fig, fmt="png", width=100, height=100, scale=1)
        assert time.monotonic() - started < 2  # no browser start in it
    finally:
        renderer.stop()


def test_warm_up_without_chromium_only_logs(caplog) -> None:
    renderer = export.ImageRenderer(browser_path="/nonexistent/chromium")

    renderer.warm_up()

    assert not renderer.is_running
    assert "apt-get install chromium" in caplog.text


def test_decoration_titles_the_legend_medium_only_over_media() -> None:
    weekly = go.Figure(go.Scatter(x=[1], y=[1], name="contacts per week"))

    assert decorated(weekly).layout.legend.title.text == ""


def test_one_page_draws_image_after_image_without_mixing_them_up(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The tab is reloaded every RELOAD_EVERY images, not after each: images drawn in the same
    # page must still be each their own, across formats and across a reload.
    monkeypatch.setattr(export, "RELOAD_EVERY", 4)
    renderer = export.ImageRenderer()
    try:
        for i in range(3):
            for fmt in ("pdf", "svg", "png", "pdf"):
                title = f"image {i} {fmt}"
                fig = go.Figure(go.Scatter(x=[1, 2], y=[i, 1]), layout={"title": title})
                data = renderer.render(fig, fmt=fmt, width=300 + i, height=200, scale=1)
                if fmt == "pdf":
                    page = pypdf.PdfReader(io.BytesIO(data)).pages[0]
                    assert title in page.extract_text()
                    # 96 px to 72 pt
                    assert float(page.mediabox.width) == pytest.approx((300 + i) * 0.75, abs=1.5)
                elif fmt == "svg":
                    assert title in data.decode()
                else:
                    assert png_size(data) == (300 + i, 200)
        assert renderer._kaleido.images == 12
    finally:
        renderer.stop()


def test_gunicorn_starts_each_workers_browser_when_the_worker_starts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import importlib

    gunicorn_config = importlib.import_module("config.gunicorn")
    renderer = export.ImageRenderer()
    monkeypatch.setattr(export, "_renderer", renderer)
    try:
        monkeypatch.setenv("DJANGO_EXPORT_WARM_UP", "0")
        gunicorn_config.post_worker_init(None)
        time.sleep(0.5)
        assert not renderer.is_running

        monkeypatch.delenv("DJANGO_EXPORT_WARM_UP")
        gunicorn_config.post_worker_init(None)
        deadline = time.monotonic() + export.TIME_LIMIT_SECONDS
        while not renderer.is_running and time.monotonic() < deadline:
            time.sleep(0.1)
        assert renderer.is_running
    finally:
        renderer.stop()
