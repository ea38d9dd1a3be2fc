"""The dashboard in Debian's Chromium against a real uvicorn server (Playwright for Python)."""

from __future__ import annotations

from playwright.sync_api import expect

from tests.api.records import HOSTILE


def test_load_search_evidence_and_document(page, tmp_path):
    page.goto(page.base + "/")
    expect(page.locator("table.events tbody tr")).to_have_count(7)
    assert "7 events" in page.locator("#stats").inner_text()

    # search: the box finds the article and the events coded in it
    page.fill("#search", "Kharkiv")
    page.click("#search-form button")
    expect(page.locator("#search-documents li")).to_have_count(1)
    expect(page.locator("#search-documents a")).to_have_text("Attack near Kharkiv")
    expect(page.locator("table.events tbody tr")).to_have_count(1)
    assert "RUSMIL" in page.locator("table.events tbody tr").inner_text()

    # evidence view: source, trigger and target highlighted inside the sentence
    page.click("table.events a.evidence-link")
    sentence = page.locator("#evidence")
    expect(sentence).to_have_text("Russian forces attacked Ukrainian positions near Kharkiv.")
    assert sentence.locator("mark.hl-source").inner_text() == "Russian forces"
    assert sentence.locator("mark.hl-trigger").inner_text() == "attacked"
    assert sentence.locator("mark.hl-target").inner_text() == "Ukrainian positions"
    assert sentence.locator("mark").count() == 3
    facts = page.locator("dl.facts").inner_text()
    assert "RUSMIL" in facts and "190" in facts and "material conflict" in facts
    page.screenshot(path=str(tmp_path / "evidence.png"), full_page=True)
    assert (tmp_path / "evidence.png").stat().st_size > 5000

    # linked to its document, where the same spans are marked in the full text
    page.click("#document-link")
    expect(page.locator("#doc-title")).to_have_text("Attack near Kharkiv")
    text = page.locator("#doc-text")
    assert text.locator("mark.hl-focus.hl-trigger").inner_text() == "attacked"
    assert text.inner_text().startswith("Russian forces attacked Ukrainian positions")
    assert not page.errors and not page.dialogs and not page.console_errors


def test_filters_and_pagination_are_server_side(page):
    page.goto(page.base + "/#/events?source=USA&target=CHN")
    expect(page.locator("table.events tbody tr")).to_have_count(4)
    page.select_option("select[name=quad_class]", "4")
    page.click("form.filters button[type=submit]")
    expect(page.locator("table.events tbody tr")).to_have_count(1)
    assert "Washington threatened China" in page.locator("table.events").inner_text()
    assert "quad_class=4" in page.url


def test_removed_boilerplate_is_shown(page):
    page.goto(page.base + "/#/document/doc-1")
    removed = page.locator("#removed .removed")
    expect(removed).to_have_count(1)
    assert removed.inner_text() == "teaser" + "Read more: <b>related stories</b>" or \
        "Read more: <b>related stories</b>" in removed.inner_text()
    assert removed.locator("b").count() == 0  # the markup is text, not bold
    assert "We want stable relations." in page.locator("#doc-text mark.hl-quote").all_inner_texts()


def test_timeline_network_and_quotes_views(page, tmp_path):
    page.goto(page.base + "/#/timeline?source=USA&target=CHN&both=true")
    chart = page.locator("#timeline-chart")
    expect(chart).to_be_visible()
    assert chart.locator("rect.bar").count() == 5           # Q1 | Q2+Q3 | Q1+Q4
    assert chart.locator("polyline.goldstein").count() == 1
    page.screenshot(path=str(tmp_path / "timeline.png"))

    page.goto(page.base + "/#/network?level=actor")
    net = page.locator("#network-chart")
    expect(net.locator("g.node")).to_have_count(8)
    assert net.locator("path.edge").count() == 6
    assert net.locator("path.edge[data-source=USA][data-target=CHN]").count() == 1
    expect(page.locator("#top-actors li").first).to_contain_text("CHN")
    page.click("#top-actors li:nth-child(2) a")
    expect(page.locator("table.events tbody tr")).to_have_count(5)   # USA* on either side

    page.goto(page.base + "/#/quotes")
    expect(page.locator("ol.speakers li")).to_have_count(4)
    page.click("ol.speakers a:has-text('Antony Blinken')")
    expect(page.locator("table.quotes tr")).to_have_count(1)
    assert "We want stable relations." in page.locator("table.quotes").inner_text()
    assert not page.errors and not page.dialogs


def test_hostile_article_is_text_and_never_runs(browser, server, tmp_path):
    """<script>, "><img onerror=…> and javascript: in an article are shown as text, never run.

    The page runs with the Content-Security-Policy bypassed: the escaping alone must hold.
    """
    context = browser.new_context(bypass_csp=True, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    dialogs, errors = [], []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.base = server
    for route in ("/#/document/doc-evil", "/#/documents", "/#/quotes", "/#/search?q=shelling",
                  "/#/event/doc-evil%2F0"):
        page.goto(page.base + route)
        page.wait_for_selector("main h1")
        page.wait_for_timeout(150)
        assert page.evaluate("window.__pwned") is None, route
        assert page.locator("main img").count() == 0, route
        assert page.locator("main script").count() == 0, route
        assert page.locator("a[href^='javascript:' i]").count() == 0, route
    page.goto(page.base + "/#/document/doc-evil")
    expect(page.locator("#doc-text")).to_have_text(HOSTILE)
    title = page.locator("#doc-title").inner_text()
    assert title.startswith("<script>window.__pwned = 3</script><img src=x onerror=")
    assert "<img src=x onerror=\"window.__pwned=5\">" in page.locator("#removed").inner_text()
    assert "javascript:alert(1)" in page.locator("main dl.facts").inner_text()
    page.screenshot(path=str(tmp_path / "hostile.png"), full_page=True)
    # the links a reader can follow are the app's own routes (and http(s) article URLs)
    hrefs = page.eval_on_selector_all("a[href]", "els => els.map(a => a.getAttribute('href'))")
    assert all(h.startswith(("#/", "/", "http://", "https://")) for h in hrefs), hrefs
    assert dialogs == [] and errors == []
    assert page.evaluate("window.__pwned") is None
    context.close()


def test_no_inline_script_under_csp(page):
    """Every view works under the strict CSP: no violation is reported by the browser."""
    for route in ("/", "/#/document/doc-evil", "/#/timeline?source=USA", "/#/network", "/#/quotes",
                  "/#/event/doc-1%2F0"):
        page.goto(page.base + route)
        page.wait_for_selector("main h1")
    assert not [m for m in page.console_errors if "Content Security Policy" in m], page.console_errors
    assert not page.errors and not page.dialogs


def test_api_docs_page_renders_offline(page):
    requests = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(page.base + "/docs")
    expect(page.locator("section.card").first).to_be_visible()
    assert page.locator("section.card h2:has-text('/api/events')").count() >= 1
    assert all(u.startswith(page.base) or u.startswith("data:") for u in requests), requests
