"""The explorer end to end: `streamlit run` on 127.0.0.1, driven by Playwright in Debian's Chromium.

Staff's path through the app: search, an entity page, its partner, the graph,
a saved query with a parameter and its CSV, then English. Each step leaves a
screenshot in tests/screenshots/ (git-ignored) for a person to look at.
"""

from __future__ import annotations

import urllib.parse

from tests.conftest import SHOTS, settle

HUIMANG = "https://w3id.org/sekg/id/organization/희망키움터"


def _shot(page, name: str) -> None:
    settle(page)  # the script has finished: the picture shows the whole page
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_staff_path_through_the_explorer(app_url, page, tmp_path):
    from playwright.sync_api import expect

    # 1. Search
    page.goto(f"{app_url}/search")
    box = page.get_by_role("textbox").first
    box.fill("희망키움터")
    box.press("Enter")
    result = page.get_by_role("link", name="㈜희망키움터").first
    expect(result).to_be_visible()
    _shot(page, "01-search")

    # 2. Its page lists 국제통신공업(주) as a partner
    result.click()
    page.wait_for_url("**/entity?*")
    assert urllib.parse.unquote(page.url).count("organization/희망키움터") == 1
    partner = page.get_by_role("link", name="국제통신공업(주)").first
    expect(partner).to_be_visible()
    expect(page.get_by_text("투자").first).to_be_visible()
    _shot(page, "02-entity")

    # 3. Click through to the partner
    partner.click()
    page.wait_for_url(lambda url: "국제통신공업" in urllib.parse.unquote(url))  # the bar percent-encodes Hangul
    expect(page.get_by_role("heading", name="국제통신공업(주)").first).to_be_visible()
    _shot(page, "03-partner")

    # 4. The graph view of 희망키움터
    page.goto(f"{app_url}/graph?entity={urllib.parse.quote(HUIMANG)}")
    # vis.js draws the graph on a canvas inside the component's frame.
    expect(page.frame_locator("iframe").first.locator("canvas").first).to_be_visible()
    _shot(page, "04-graph")

    # 5. A saved query with a parameter, and its CSV
    page.goto(f"{app_url}/queries?query=enterprises&p.municipality={urllib.parse.quote('수원시')}")
    # The result grid draws on a canvas; its cells exist for assistive technology, hidden from sight.
    expect(page.get_by_text("㈜더페이퍼").first).to_be_attached()
    with page.expect_download() as download:
        page.get_by_role("button", name="CSV 내려받기").click()
    saved = tmp_path / "enterprises.csv"
    download.value.save_as(saved)
    csv_text = saved.read_text(encoding="utf-8")
    assert csv_text.splitlines()[0].startswith("enterprise,label_ko,label_en,type_ko,municipality_ko")
    assert "㈜더페이퍼" in csv_text and "수원시" in csv_text
    _shot(page, "05-saved-query")

    # 6. English
    page.get_by_text("English").first.click()
    page.wait_for_url("**lang=en**")
    expect(page.get_by_role("link", name="Saved queries").first).to_be_visible()
    _shot(page, "06-english")
