from __future__ import annotations

import warnings

import pytest

from tests.api.records import corpus


@pytest.fixture(scope="session")
def api_db(tmp_path_factory) -> str:
    from tidings.store import store_records

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
