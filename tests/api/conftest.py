from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from tests.api.records import corpus


@pytest.fixture(scope="session")
def api_db(tmp_path_factory) -> str:
    from tidings.jobs import store_records

    db = str(tmp_path_factory.mktemp("api") / "api.db")
    summary = store_records(corpus(), db)
    assert summary.coded == len(corpus()), summary.errors
    return db


@pytest.fixture(scope="session")
def client(api_db):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # starlette's note about httpx2
        from fastapi.testclient import TestClient
    from tidings.api import create_app

    with TestClient(create_app(api_db), raise_server_exceptions=False) as c:
        yield c


WIKINEWS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "wikinews_2019_2020" / "articles.jsonl"
CORPUS_ARTICLES = 30  # enough for generic (---GOV), country and IGO codes, quotes and partial dates


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory) -> str:
    """A store built by the real pipeline from the first Wikinews articles of ../shared."""
    if not WIKINEWS.exists():
        pytest.skip("../shared/corpus/wikinews_2019_2020 not present")
    from tidings.sources import read_sources
    from tidings.jobs import ingest

    tmp = tmp_path_factory.mktemp("wikinews")
    lines = WIKINEWS.read_text(encoding="utf-8").splitlines()[:CORPUS_ARTICLES]
    (tmp / "articles.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = str(tmp / "wikinews.db")
    summary = ingest(read_sources([str(tmp / "articles.jsonl")]), db)
    # 87 events since session 24's event filter drops the ones it scores wrong (100+ before it)
    assert summary.coded >= CORPUS_ARTICLES - 2 and summary.events > 60, summary.to_dict()
    return db
