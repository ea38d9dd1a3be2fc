"""A real uvicorn server on a free 127.0.0.1 port, over a small store, and Debian's Chromium."""

from __future__ import annotations

import os
import socket
import threading
import time
from pathlib import Path

import pytest

from tests.api.records import corpus

# TIDINGS_CHROMIUM points elsewhere (a test of the missing-browser path uses it)
CHROMIUM = Path(os.environ.get("TIDINGS_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def web_db(tmp_path_factory) -> str:
    from tidings.jobs import store_records

    db = str(tmp_path_factory.mktemp("web") / "web.db")
    summary = store_records(corpus(), db)
    assert summary.coded == len(corpus()), summary.errors
    return db


def _serve(db: str):
    """The base URL of a uvicorn server running the app over ``db`` in a thread (stopped after)."""
    import uvicorn

    from tidings.api import create_app

    port = free_port()
    config = uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def server(web_db):
    yield from _serve(web_db)


@pytest.fixture(scope="session")
def views_db(tmp_path_factory) -> str:
    """A store for the time and network views (tests/web/views_records.py)."""
    from tests.web.views_records import views_corpus
    from tidings.jobs import store_records

    db = str(tmp_path_factory.mktemp("views") / "views.db")
    summary = store_records(views_corpus(), db)
    assert summary.coded == len(views_corpus()), summary.errors
    return db


@pytest.fixture(scope="session")
def views_server(views_db):
    yield from _serve(views_db)


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        why = f"{CHROMIUM} is not installed: run `sudo apt-get install chromium`"
        # `make test` and CI set TIDINGS_REQUIRE_BROWSER=1: there a missing browser is a failure,
        # because a skipped dashboard test would pass the suite without testing the dashboard
        if os.environ.get("TIDINGS_REQUIRE_BROWSER") == "1":
            pytest.fail(why, pytrace=False)
        pytest.skip(why)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, server):
    """A fresh page that records dialogs, page errors and CSP violations."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.dialogs = []
    pg.errors = []
    pg.console_errors = []

    def on_dialog(dialog):
        pg.dialogs.append(dialog.message)
        dialog.dismiss()

    pg.on("dialog", on_dialog)
    pg.on("pageerror", lambda exc: pg.errors.append(str(exc)))
    pg.on("console", lambda msg: msg.type == "error" and pg.console_errors.append(msg.text))
    pg.base = server
    yield pg
    context.close()
