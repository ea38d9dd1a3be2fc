"""Time views and the network at a readable scale: query, CLI, API and dashboard (issue 18.6/18.7).

The store (tests/web/views_records.py) has USA events in January and April 2024 with nothing in
February, one event dated only "2024-03", one only "2019", an actor of unknown country (---GOV),
an organisation (IGOUNO) and a domestic US edge.
"""

from __future__ import annotations

import json
import warnings

import pytest
from click.testing import CliRunner
from playwright.sync_api import expect

import tidings
from tidings.cli import main
from tidings.query import QueryError


def run(*args):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture(scope="module")
def t(views_db):
    with tidings.open(views_db) as store:
        yield store


@pytest.fixture(scope="module")
def client(views_db):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    from tidings.api import create_app

    with TestClient(create_app(views_db), raise_server_exceptions=False) as c:
        yield c


def test_timeline_keeps_empty_periods_and_counts_partial_dates(t):
    months = t.timeline("USA", by="month")
    assert [(r["period"], r["events"]) for r in months.rows] == [
        ("2024-01-01", 1), ("2024-02-01", 0), ("2024-03-01", 1), ("2024-04-01", 2)]
    assert months.rows[1]["goldstein"] is None          # an empty month has no mean to draw
    # the month-dated event sits in March on a monthly timeline; the year-only one is counted
    assert months.partial == {"month": 0, "year": 1}
    weeks = t.timeline("USA", by="week")
    assert weeks.partial == {"month": 1, "year": 1}
    assert weeks.events + sum(weeks.partial.values()) == 5   # every USA-source event accounted for
    assert all(r["period"] >= "2024-01-08" for r in weeks.rows)


def test_timeline_cli_empty_dyad_fails_and_writes_nothing(views_db, tmp_path):
    png = tmp_path / "empty.png"
    result = run("timeline", "XYZ", "QQQ", "--plot", str(png), "--db", views_db)
    assert result.exit_code == 1
    assert "no events for XYZ → QQQ" in result.output
    assert not png.exists()


def test_timeline_cli_reports_events_off_the_timeline(views_db, tmp_path):
    png = tmp_path / "usa.png"
    result = run("timeline", "USA", "--by", "week", "--plot", str(png), "--db", views_db)
    assert result.exit_code == 0, result.output
    assert "not on the timeline: 1 event with only a year, 1 event with only a month" in result.output
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    data = json.loads(run("timeline", "USA", "--format", "json", "--db", views_db).stdout)
    assert data["partial"] == {"month": 0, "year": 1}


def test_network_rolls_up_to_countries_by_default(t):
    net = t.network()
    assert net["level"] == "country"
    edges = {(e["source"], e["target"]): e["events"] for e in net["edges"]}
    # USAGOV→CHNGOV (3 copies with dates of every precision) and USAMIL→CHN become USA→CHN;
    # the domestic USAGOV→USALEG edge is left out; IGOUNO stays itself; ---GOV is "country unknown"
    assert edges == {("USA", "CHN"): 4, ("---", "USA"): 1, ("IGOUNO", "CHN"): 1}
    names = {n["code"]: n["name"] for n in net["nodes"]}
    assert names["USA"] == "United States" and names["---"] == "country unknown"
    assert t.network(both_coded=True)["edges"] == [e for e in net["edges"] if e["source"] != "---"]
    domestic = {(e["source"], e["target"]) for e in t.network(domestic=True)["edges"]}
    assert ("USA", "USA") in domestic
    actor = {(e["source"], e["target"]) for e in t.network(level="actor")["edges"]}
    assert ("USAGOV", "USALEG") in actor and ("USAGOV", "CHNGOV") in actor
    with pytest.raises(QueryError, match="level"):
        t.network(level="city")


def test_network_api_and_cli_parameters(client, views_db):
    body = client.get("/api/network", params={"both_coded": "true"}).json()
    assert body["level"] == "country" and {n["code"] for n in body["nodes"]} == {"USA", "CHN", "IGOUNO"}
    body = client.get("/api/network", params={"level": "actor", "domestic": "false"}).json()
    assert ("USAGOV", "USALEG") not in {(e["source"], e["target"]) for e in body["edges"]}
    assert client.get("/api/network", params={"level": "town"}).status_code == 422
    table = run("network", "--both-coded", "--db", views_db).stdout.splitlines()
    assert [line.split()[:3] for line in table[1:]] == [["USA", "CHN", "4"], ["IGOUNO", "CHN", "1"]]


def test_every_actor_code_filters_in_the_api(client, t):
    codes = {c for e in t.events(limit=100) for c in ((e["source"] or {}).get("code"),
                                                     (e["target"] or {}).get("code")) if c}
    assert {"---GOV", "IGOUNO"} <= codes
    for code in sorted(codes):
        for param in ("source", "target", "actor"):
            resp = client.get("/api/events", params={param: code})
            assert resp.status_code == 200, (code, resp.text)
        assert client.get("/api/events", params={"actor": code}).json()["total"] >= 1, code


@pytest.fixture
def views_page(browser, views_server):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.errors = []
    pg.on("pageerror", lambda exc: pg.errors.append(str(exc)))
    pg.base = views_server
    yield pg
    context.close()


def test_dashboard_actor_codes_are_working_links(views_page):
    page = views_page
    page.goto(page.base + "/#/events")
    expect(page.locator("table.events tbody tr")).to_have_count(7)
    link = page.locator("table.events a.actor-link", has_text="---GOV").first
    assert link.get_attribute("href") == "#/events?actor=---GOV"
    link.click()
    expect(page.locator("table.events tbody tr")).to_have_count(1)
    assert "The government" in page.locator("table.events").inner_text()
    page.goto(page.base + "/#/events")
    page.locator("table.events a.actor-link", has_text="IGOUNO").first.click()
    expect(page.locator("table.events tbody tr")).to_have_count(1)
    assert not page.locator(".error").count()
    assert not page.errors


def test_event_page_accepts_the_api_event_id(views_page, t):
    page = views_page
    ev = next(e for e in t.events(limit=100) if e["source"]["code"] == "IGOUNO")
    page.goto(page.base + "/#/event/" + ev["id"])
    expect(page.locator("#evidence")).to_contain_text("The United Nations acted towards China")
    assert page.locator("#evidence mark.hl-source").inner_text() == "The United Nations"
    page.click("#document-link")
    expect(page.locator("#doc-title")).to_have_text("Story v-un")
    assert not page.errors


def test_dashboard_timeline_shows_gaps_whole_ticks_and_partial_dates(views_page):
    page = views_page
    page.goto(page.base + "/#/timeline?source=USA&by=month")
    chart = page.locator("#timeline-chart")
    expect(chart).to_be_visible()
    # four months on the axis, February empty: the line joins March and April only
    assert chart.locator("polyline.goldstein").count() == 1   # Mar–Apr; January stands alone
    assert len(chart.locator("polyline.goldstein").get_attribute("points").split()) == 2
    assert chart.locator("circle").count() == 3
    ticks = chart.locator("text.y-tick").all_text_contents()
    assert ticks == ["0", "1", "2"]
    expect(page.locator("#timeline-partial")).to_contain_text("1 event with only a year")
    rows = page.locator("table.timeline tbody tr")   # the table lists the months with events
    expect(rows).to_have_count(3)
    assert [rows.nth(i).inner_text().split()[0] for i in range(3)] == ["2024-01-01", "2024-03-01", "2024-04-01"]
    assert not page.errors


def test_dashboard_network_is_laid_out_without_overlaps(views_page):
    page = views_page
    page.goto(page.base + "/#/network")
    net = page.locator("#network-chart")
    expect(net.locator("g.node")).to_have_count(3)      # both sides coded by default: no ---
    assert page.locator("input[name=both_coded]").is_checked()
    boxes = [net.locator("g.node").nth(i).bounding_box() for i in range(3)]
    for i in range(3):
        for j in range(i + 1, 3):
            a, b = boxes[i], boxes[j]
            apart = (a["x"] + a["width"] <= b["x"] or b["x"] + b["width"] <= a["x"]
                     or a["y"] + a["height"] <= b["y"] or b["y"] + b["height"] <= a["y"])
            assert apart, (i, j, a, b)               # node and label boxes do not overlap
    # the filter can be switched off: the actor of unknown country comes back
    page.uncheck("input[name=both_coded]")
    page.click("form.filters button[type=submit]")
    expect(net.locator("g.node")).to_have_count(4)
    assert "both_coded=false" in page.url
    page.locator("#network-chart g.node[data-code=IGOUNO]").click()
    expect(page.locator("table.events tbody tr")).to_have_count(1)
    assert not page.errors
