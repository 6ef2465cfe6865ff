"""contacts/export_views.py: images (real Kaleido), data files, bad parameters, 503s, access."""
import base64
import csv
import io
import json
import re
import xml.etree.ElementTree as ET
from html import unescape
from urllib.parse import parse_qs, urlsplit

import networkx as nx
import numpy as np
import pypdf
import pytest
from django.http import QueryDict
from django.urls import reverse
from PIL import Image

from contacts import charts, export, graph, views
from contacts.forms import DashboardFilterForm

PERIOD = "2025-03-11_2026-03-10"  # the default: twelve months up to the seed's last contact


@pytest.fixture(autouse=True)
def public(settings) -> None:
    settings.PUBLIC_DASHBOARD = True
    graph.cache.clear()


def image_url(kind: str, fmt: str) -> str:
    return reverse("contacts:export_figure", kwargs={"kind": kind, "fmt": fmt})


def filename(response) -> str:
    return response["Content-Disposition"].removeprefix('attachment; filename="').rstrip('"')


def test_timeline_png_has_the_requested_size_and_a_descriptive_name(client, seeded) -> None:
    response = client.get(image_url("timeline", "png"), {"width": 900, "height": 500, "scale": 1})

    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert filename(response) == f"contacts-timeline-{PERIOD}.png"
    assert Image.open(io.BytesIO(response.content)).size == (900, 500)


def test_default_png_is_fit_for_print(client, seeded) -> None:
    response = client.get(image_url("timeline", "png"))

    assert Image.open(io.BytesIO(response.content)).size == (2400, 1400)


def test_graph_svg_shows_people_title_period_and_sources(client, seeded) -> None:
    response = client.get(
        image_url("graph", "svg"), {"start": "2026-03-01", "end": "2026-03-31", "width": 1000}
    )

    assert response.status_code == 200
    assert filename(response) == "contacts-graph-2026-03-01_2026-03-31.svg"
    svg = response.content.decode()
    ET.fromstring(svg)
    for text in (
        "Vladimir Putin",
        "Masoud Pezeshkian",
        "Donald Trump",
        "Network of contacts between leaders",
        "1 March 2026 – 31 March 2026 · 3 contacts: phone call 3",
        "Sources: 1 article from Digi24",
        "Made on",
    ):
        assert text in svg, text


def test_timeline_svg_has_a_legend_of_the_media(client, seeded) -> None:
    svg = client.get(image_url("timeline", "svg"), {"country": ["RU", "IR"]}).content.decode()

    assert "Medium" in svg and "Phone call" in svg
    assert "Russia, Iran" in svg or "Iran, Russia" in svg


def test_filters_reach_the_file_name(client, seeded) -> None:
    response = client.get(image_url("timeline", "pdf"), {"country": ["RU", "IR"]})

    assert filename(response) == f"contacts-timeline-{PERIOD}-IR-RU.pdf"
    assert response.content.startswith(b"%PDF")
    assert len(pypdf.PdfReader(io.BytesIO(response.content)).pages) == 1


@pytest.mark.parametrize(
    ("params", "reason"),
    [
        ({"width": "10"}, "width"),
        ({"height": "99999"}, "height"),
        ({"scale": "nan"}, "scale"),
        ({"scale": "0"}, "scale"),
        ({"width": "4000", "height": "4000", "scale": "4"}, "pixels"),
        ({"width": ["800", "900"]}, "once"),
        ({"colour": "purple"}, "colour"),
        ({"start": "2026-03-31", "end": "2026-03-01"}, "before the start"),
        ({"size": "big"}, "Unknown parameter"),
    ],
)
def test_bad_parameters_get_400_with_the_reason(client, db, params, reason) -> None:
    response = client.get(image_url("timeline", "png"), params)

    assert response.status_code == 400
    assert reason in response.content.decode()


def test_unknown_format_is_404(client, db) -> None:
    assert client.get("/export/timeline.gif").status_code == 404


def test_past_the_time_limit_it_answers_503_and_the_site_keeps_serving(
    client, seeded, monkeypatch
) -> None:
    monkeypatch.setattr(export, "TIME_LIMIT_SECONDS", 0.001)

    response = client.get(image_url("timeline", "png"))

    assert response.status_code == 503
    assert "took too long" in response.content.decode()
    assert response["Retry-After"]
    assert client.get(reverse("contacts:dashboard")).status_code == 200
    monkeypatch.undo()
    assert client.get(image_url("timeline", "png")).status_code == 200


def test_without_chromium_it_answers_503_saying_what_to_install(
    client, seeded, monkeypatch, tmp_path
) -> None:
    monkeypatch.setenv("BROWSER_PATH", str(tmp_path / "chromium"))
    monkeypatch.setattr(export, "_renderer", export.ImageRenderer())

    response = client.get(image_url("graph", "png"))

    assert response.status_code == 503
    assert "apt-get install chromium" in response.content.decode()
    assert client.get(reverse("contacts:export_contacts", kwargs={"fmt": "csv"})).status_code == 200


def test_contacts_csv_opens_as_a_table(client, seeded) -> None:
    response = client.get(reverse("contacts:export_contacts", kwargs={"fmt": "csv"}))

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert filename(response) == f"contacts-data-{PERIOD}.csv"
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert len(rows) == 3
    assert {r["participants"] for r in rows} >= {"Donald Trump | Vladimir Putin"}
    assert all("Digi24" in r["sources"] for r in rows)


def test_contacts_json_follows_the_filters(client, seeded) -> None:
    url = reverse("contacts:export_contacts", kwargs={"fmt": "json"})

    everything = json.loads(client.get(url).content)
    with_us = json.loads(client.get(url, {"country": "US"}).content)

    assert len(everything) == 3
    assert [sorted(p["name"] for p in r["participants"]) for r in with_us] == [
        ["Donald Trump", "Vladimir Putin"]
    ]
    assert with_us[0]["sources"][0]["outlet"] == "Digi24"


def test_contacts_bad_filter_is_400(client, db) -> None:
    url = reverse("contacts:export_contacts", kwargs={"fmt": "csv"})

    assert client.get(url, {"width": "800"}).status_code == 400


@pytest.mark.parametrize("fmt", ["gexf", "graphml"])
def test_graph_file_opens_in_gephi(client, seeded, tmp_path, fmt) -> None:
    response = client.get(reverse("contacts:export_graph", kwargs={"fmt": fmt}))

    assert response.status_code == 200
    path = tmp_path / filename(response)
    path.write_bytes(response.content)
    G = nx.read_gexf(path) if fmt == "gexf" else nx.read_graphml(path)
    labels = {d["label"] for _, d in G.nodes(data=True)}
    assert labels == {"Vladimir Putin", "Masoud Pezeshkian", "Donald Trump"}
    assert G.number_of_edges() == 2
    putin = next(d for _, d in G.nodes(data=True) if d["label"] == "Vladimir Putin")
    assert putin["country"] == "RU" and putin["role"] == "head_of_state"
    assert putin["contacts"] == 3
    for _, _, d in G.edges(data=True):
        assert d["weight"] == d["media_phone"] + d["media_meeting"] + d["media_video"] + d[
            "media_message"
        ]
        assert d["first"] <= d["last"]


def test_graph_file_of_countries(client, seeded, tmp_path) -> None:
    response = client.get(
        reverse("contacts:export_graph", kwargs={"fmt": "gexf"}), {"nodes": "country"}
    )

    path = tmp_path / "g.gexf"
    path.write_bytes(response.content)
    G = nx.read_gexf(path)
    assert {d["country"] for _, d in G.nodes(data=True)} == {"RU", "IR", "US"}
    assert G.number_of_edges() == 2


def test_exports_need_an_analyst(client, seeded, settings) -> None:
    settings.PUBLIC_DASHBOARD = False

    for url in (
        image_url("timeline", "png"),
        reverse("contacts:export_contacts", kwargs={"fmt": "json"}),
        reverse("contacts:export_graph", kwargs={"fmt": "gexf"}),
    ):
        response = client.get(url)
        assert response.status_code == 302
        assert "/admin/login/" in response["Location"]


def test_exports_are_get_only(client, db) -> None:
    assert client.post(image_url("timeline", "png")).status_code == 405


@pytest.mark.parametrize("kind", ["timeline", "graph"])
def test_an_empty_selection_still_exports(client, db, kind) -> None:
    response = client.get(image_url(kind, "svg"), {"country": "FR"})

    assert response.status_code == 200
    assert "Sources: no articles" in response.content.decode()
    assert "0 contacts" in response.content.decode()


def test_the_title_names_the_selection(client, seeded) -> None:
    svg = client.get(
        image_url("graph", "svg"), {"medium": "phone", "role": "head_of_state", "min_pair": 2}
    ).content.decode()

    assert "phone calls; heads of state; pairs with at least 2 contacts" in svg
    assert "Donald Trump" not in svg  # one call with Putin: below the minimum


def test_an_open_period_is_closed_by_the_contacts_shown(client, seeded) -> None:
    response = client.get(image_url("timeline", "svg"), {"period": "all"})

    assert filename(response) == "contacts-timeline-2026-03-05_2026-03-10.svg"
    assert "5 March 2026 – 10 March 2026 · 3 contacts" in response.content.decode()


# -- The export buttons on the dashboard, leader and pair pages --------------------------------

EXPORTS = (
    "timeline.png", "timeline.svg", "timeline.pdf", "graph.png", "graph.svg", "graph.pdf",
    "contacts.csv", "contacts.json", "graph.gexf", "graph.graphml",
)


def export_links(html: str) -> dict[str, str]:
    """data-export -> href of the page's export buttons (HTML entities decoded)."""
    links = re.findall(r'<a href="([^"]*)" data-export="([^"]+)"', html)
    return {key: unescape(href) for href, key in links}


def query_of(href: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(href).query)


@pytest.mark.parametrize("htmx", [False, True])
def test_dashboard_buttons_carry_the_filters(client, seeded, htmx) -> None:
    params = {"country": ["RU", "IR"], "medium": "phone", "min_pair": "2", "period": "all"}
    headers = {"HTTP_HX_REQUEST": "true"} if htmx else {}

    html = client.get(reverse("contacts:dashboard"), params, **headers).content.decode()

    links = export_links(html)
    assert set(links) == set(EXPORTS)
    for key, href in links.items():
        name, fmt = key.split(".")
        assert urlsplit(href).path == f"/export/{name}.{fmt}"
        assert query_of(href) == {
            "country": ["IR", "RU"], "medium": ["phone"], "min_pair": ["2"], "period": ["all"]
        }, key


def test_dashboard_buttons_without_filters_have_no_query(client, seeded) -> None:
    links = export_links(client.get(reverse("contacts:dashboard")).content.decode())

    assert links["contacts.csv"] == reverse("contacts:export_contacts", kwargs={"fmt": "csv"})


def test_a_dashboard_button_exports_what_the_dashboard_shows(client, seeded) -> None:
    html = client.get(reverse("contacts:dashboard"), {"country": "US"}).content.decode()

    records = json.loads(client.get(export_links(html)["contacts.json"]).content)
    assert [sorted(p["name"] for p in r["participants"]) for r in records] == [
        ["Donald Trump", "Vladimir Putin"]
    ]


def test_leader_page_buttons_export_the_leaders_contacts(client, seeded) -> None:
    html = client.get(reverse("contacts:person", args=["donald-trump"])).content.decode()

    links = export_links(html)
    assert set(links) == set(EXPORTS)
    assert all(
        query_of(href) == {"person": ["donald-trump"], "period": ["all"]}
        for href in links.values()
    )
    records = json.loads(client.get(links["contacts.json"]).content)
    assert [sorted(p["name"] for p in r["participants"]) for r in records] == [
        ["Donald Trump", "Vladimir Putin"]
    ]
    response = client.get(links["timeline.svg"])
    assert response.status_code == 200
    assert "Donald Trump" in response.content.decode()


def test_pair_page_buttons_export_the_pairs_contacts_only(client, seeded) -> None:
    html = client.get(
        reverse("contacts:pair", args=["vladimir-putin", "masoud-pezeshkian"])
    ).content.decode()

    links = export_links(html)
    assert set(links) == set(EXPORTS)
    assert all(
        query_of(href) == {
            "person": ["masoud-pezeshkian", "vladimir-putin"], "match": ["all"],
            "period": ["all"],
        }
        for href in links.values()
    )
    records = json.loads(client.get(links["contacts.json"]).content)
    # Putin's call with Trump is not one of the pair's.
    assert len(records) == 2
    assert all(
        sorted(p["name"] for p in r["participants"]) == ["Masoud Pezeshkian", "Vladimir Putin"]
        for r in records
    )
    G = nx.read_gexf(io.BytesIO(client.get(links["graph.gexf"]).content))
    assert G.number_of_edges() == 1
    svg = client.get(links["timeline.svg"]).content.decode()
    assert "Vladimir Putin and Masoud Pezeshkian" in svg or (
        "Masoud Pezeshkian and Vladimir Putin" in svg
    )


def test_match_must_be_any_or_all(client, db) -> None:
    response = client.get(image_url("timeline", "png"), {"match": "some"})

    assert response.status_code == 400
    assert "match" in response.content.decode()


def lanes_and_points(figure_json: dict) -> tuple[list[str], list[tuple]]:
    """A timeline's lane labels and its (trace, lane, day) points, typed arrays decoded."""
    def values(v):
        if isinstance(v, dict) and "bdata" in v:
            return np.frombuffer(base64.b64decode(v["bdata"]), dtype=v["dtype"]).tolist()
        return list(v)

    points = sorted(
        (t.get("name", ""), lane, str(day))
        for t in figure_json["data"]
        for lane, day in zip(values(t["y"]), values(t["x"]), strict=True)
        if lane is not None
    )
    return figure_json["layout"]["yaxis"]["ticktext"], points


def exported_timeline(client, html: str) -> dict:
    """The figure the page's timeline export link draws (before print decoration)."""
    href = unescape(re.search(r'href="([^"]+)" data-export="timeline.svg"', html).group(1))
    form = DashboardFilterForm(QueryDict(urlsplit(href).query))
    assert form.is_valid(), form.errors
    fig, _ = views.dashboard_figure(views.default_period(form.filters()), "timeline")
    return json.loads(charts.figure_json(fig))


@pytest.mark.parametrize(
    ("url", "n_lanes"),
    [
        (reverse("contacts:person", args=["vladimir-putin"]), 3),  # Putin and his counterparts
        (reverse("contacts:pair", args=["vladimir-putin", "masoud-pezeshkian"]), 1),
    ],
)
def test_leader_and_pair_timeline_exports_draw_the_pages_lanes(client, seeded, url, n_lanes):
    html = client.get(url).content.decode()
    found = re.search(r'<script id="timeline-figure" type="application/json">(.*?)</script>',
                      html, re.S)
    page_lanes, page_points = lanes_and_points(json.loads(found.group(1)))
    export_lanes, export_points = lanes_and_points(exported_timeline(client, html))
    assert len(page_lanes) == n_lanes
    assert export_lanes == page_lanes
    assert export_points == page_points
