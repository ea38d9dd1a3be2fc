"""The evidence view of a consolidated event lists its reports and what they disagree on."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.store.test_consolidate import two_reports
from tests.web.conftest import _serve


@pytest.fixture(scope="module")
def reports_server(tmp_path_factory):
    from tidings.jobs import store_records

    db = str(tmp_path_factory.mktemp("reports") / "reports.db")
    store_records(list(two_reports()), db)
    yield from _serve(db)


def test_a_happening_shows_its_reports_and_their_disagreements(browser, reports_server):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(reports_server + "/#/event/" + "k1%2F0")
    expect(page.locator("#reports li")).to_have_count(2)
    reports = page.locator("#reports").inner_text()
    assert "en.kremlin.ru" in reports and "www.president.gov.ua" in reports
    assert "reported" in reports and "asserted" in reports
    differ = page.locator("#disagreements").inner_text()
    assert "cameo: 040 / 041" in differ and "modality: asserted / reported" in differ
    facts = page.locator("dl.facts").inner_text()
    assert "first reported" in facts and "2022-01-10" in facts
    # a report links to its own evidence, which lists the same happening's reports
    page.locator("#reports a").nth(1).click()
    expect(page.locator("#evidence")).to_have_text("UKRGOV 040 RUSGOV")
    expect(page.locator("#reports li")).to_have_count(2)
    assert errors == []
    context.close()
