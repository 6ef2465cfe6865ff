"""The editors' login page renders in a real browser, with its stylesheet."""
from playwright.sync_api import Page, expect


def test_admin_login_page_renders(page: Page) -> None:
    page.goto("/admin/login/")

    expect(page).to_have_title("Log in | Leader contacts")
    expect(page.locator("#id_username")).to_be_visible()
    assert page.evaluate("document.styleSheets.length") >= 1
