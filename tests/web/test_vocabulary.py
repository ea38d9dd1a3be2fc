"""The dashboard's modality filter offers exactly the coder's modalities (from vocabulary.js)."""

from __future__ import annotations

from playwright.sync_api import expect

from tidings.events.modality import MODALITIES


def test_modality_filter_lists_the_coders_modalities(page):
    page.goto(page.base + "/#/events")
    expect(page.locator("table.events tbody tr").first).to_be_visible()
    options = page.locator("select[name=modality] option").evaluate_all("els => els.map(e => e.value)")
    assert options == [""] + list(MODALITIES)  # "" is "any"
    assert page.errors == [] and page.console_errors == []
