"""What an analyst sees on the seed's dashboard: graph, timeline, filters, history, export."""
import io
import re

import pytest
from PIL import Image
from playwright.sync_api import Page, expect

NETWORK = '[data-figure="network-figure"]'
TIMELINE = '[data-figure="timeline-figure"]'


@pytest.fixture(autouse=True)
def public(settings) -> None:
    settings.PUBLIC_DASHBOARD = True


@pytest.fixture
def dashboard(page: Page, seeded) -> Page:
    page.goto("/")
    wait_for_drawing(page)
    # Set once per page load: still there after a change means the page was not reloaded.
    page.evaluate("window.notReloaded = true")
    return page


def wait_for_drawing(page: Page) -> None:
    for selector in (NETWORK, TIMELINE):
        page.wait_for_function(
            "s => { const el = document.querySelector(s); return el && el.data && "
            "el.querySelector('.main-svg'); }",
            arg=selector,
        )


def points(page: Page, selector: str, trace: int | None = None) -> int:
    """Markers Plotly drew in the figure (in one trace, or all)."""
    traces = page.locator(f"{selector} .scatterlayer .trace")
    if trace is not None:
        traces = traces.nth(trace)
    return traces.locator(".point").count()


def people_drawn(page: Page) -> list[str]:
    return page.evaluate(
        "s => Array.from(document.querySelector(s).data.find(t => t.name === 'people').text)",
        NETWORK,
    )


def test_the_dashboard_draws_the_graph_and_the_timeline(dashboard: Page) -> None:
    assert sorted(people_drawn(dashboard)) == [
        "Donald Trump", "Masoud Pezeshkian", "Vladimir Putin"
    ]
    assert points(dashboard, NETWORK, trace=2) == 3  # people
    assert points(dashboard, NETWORK, trace=1) == 2  # pairs (their midpoints)
    expect(dashboard.locator(f"{NETWORK} .textpoint")).to_have_count(3)
    # Three contacts, each in the lanes of its two participants.
    assert points(dashboard, TIMELINE) == 6
    expect(dashboard.locator(f"{TIMELINE} .ytick")).to_have_count(3)


def test_a_filter_updates_graph_and_timeline_in_place_and_back_restores(dashboard: Page) -> None:
    dashboard.select_option('select[name="country"]', "US")

    expect(dashboard).to_have_url(re.compile(r"[?&]country=US(&|$)"))
    expect(dashboard.locator("#n-contacts")).to_have_text("1")
    dashboard.wait_for_function(
        "s => document.querySelector(s).data.find(t => t.name === 'people').text.length === 2",
        arg=NETWORK,
    )
    assert sorted(people_drawn(dashboard)) == ["Donald Trump", "Vladimir Putin"]
    expect(dashboard.locator(f"{TIMELINE} .scatterlayer .point")).to_have_count(2)
    assert dashboard.evaluate("window.notReloaded") is True

    dashboard.go_back()

    expect(dashboard).not_to_have_url(re.compile("country="))
    expect(dashboard.locator("#n-contacts")).to_have_text("3")
    expect(dashboard.locator(f"{NETWORK} .textpoint")).to_have_count(3)
    expect(dashboard.locator(f"{TIMELINE} .scatterlayer .point")).to_have_count(6)
    expect(dashboard.locator('select[name="country"] option:checked')).to_have_count(0)


def test_clicking_a_node_opens_the_leaders_page(dashboard: Page) -> None:
    name, url = dashboard.evaluate(
        "s => { const t = document.querySelector(s).data.find(t => t.name === 'people');"
        " return [t.text[0], t.customdata[0]]; }",
        NETWORK,
    )
    box = dashboard.locator(f"{NETWORK} .scatterlayer .trace").nth(2).locator(".point").first
    bounds = box.bounding_box()
    assert bounds

    dashboard.mouse.move(bounds["x"] + bounds["width"] / 2, bounds["y"] + bounds["height"] / 2)
    dashboard.mouse.click(bounds["x"] + bounds["width"] / 2, bounds["y"] + bounds["height"] / 2)

    expect(dashboard).to_have_url(re.compile(re.escape(url) + "$"))
    expect(dashboard.locator("h1")).to_contain_text(name)


def test_the_browser_downloads_an_export_of_the_requested_size(dashboard: Page) -> None:
    dashboard.select_option('select[name="country"]', ["RU", "IR"])
    expect(dashboard).to_have_url(re.compile(r"country=IR"))
    query = dashboard.evaluate("location.search.slice(1)")
    # A link as an export button makes one, with the page's own query (the filter state).
    dashboard.evaluate(
        "href => { const a = document.createElement('a'); a.id = 'probe'; a.href = href;"
        " a.textContent = 'PNG'; document.body.prepend(a); }",
        f"/export/timeline.png?{query}&width=800&height=450&scale=1",
    )

    with dashboard.expect_download() as download:
        dashboard.click("#probe")

    assert re.fullmatch(r"contacts-timeline-\d{4}-\d\d-\d\d_\d{4}-\d\d-\d\d-IR-RU\.png",
                        download.value.suggested_filename)
    image = Image.open(io.BytesIO(download.value.path().read_bytes()))
    assert image.format == "PNG" and image.size == (800, 450)


def test_the_export_button_downloads_a_png(dashboard: Page) -> None:
    dashboard.select_option('select[name="country"]', "US")
    expect(dashboard.locator("#n-contacts")).to_have_text("1")
    button = dashboard.locator('a[data-export="timeline.png"]')
    # The buttons came with the panels htmx swapped in: they carry the new filter.
    expect(button).to_have_attribute("href", re.compile(r"[?&]country=US(&|$)"))
    expect(button).to_have_accessible_name("Timeline as a PNG image")

    # A first export may start the server's browser (a few seconds).
    with dashboard.expect_download(timeout=20_000) as download:
        button.click()

    assert re.fullmatch(r"contacts-timeline-\d{4}-\d\d-\d\d_\d{4}-\d\d-\d\d-US\.png",
                        download.value.suggested_filename)
    image = Image.open(io.BytesIO(download.value.path().read_bytes()))
    assert image.format == "PNG" and image.size == (2400, 1400)  # 1200 x 700 at scale 2
    assert dashboard.evaluate("window.notReloaded") is True  # a download, not a new page


def test_the_leader_page_offers_its_exports(page: Page, seeded) -> None:
    page.goto("/people/donald-trump/")

    with page.expect_download(timeout=20_000) as download:
        page.get_by_role("link", name="Contacts as CSV, for a spreadsheet").click()

    assert download.value.suggested_filename.endswith(".csv")
    rows = download.value.path().read_text().splitlines()
    assert len(rows) == 2 and "Donald Trump | Vladimir Putin" in rows[1]
