"""Property-based tests of the REST API from its own OpenAPI schema: no 5xx, one error shape.

Bounded: ``MAX_EXAMPLES`` generated requests per operation. The store is built once at import,
in a temporary directory (schemathesis parametrizes at collection time).
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, settings

from tests.api.records import corpus

MAX_EXAMPLES = 30


def _app():
    from tidings.api import create_app
    from tidings.jobs import store_records

    tmp = tempfile.mkdtemp(prefix="tidings-schemathesis-")
    atexit.register(shutil.rmtree, tmp, True)
    db = str(Path(tmp) / "api.db")
    store_records(corpus(), db)
    return create_app(db)


schema = schemathesis.openapi.from_asgi("/openapi.json", _app())


@schema.parametrize()
@settings(max_examples=MAX_EXAMPLES, deadline=None, derandomize=True,
          suppress_health_check=list(HealthCheck))
def test_api_never_fails(case):
    response = case.call()
    assert response.status_code < 500, (case.method, case.path, case.query, response.text)
    if response.status_code >= 400:
        body = response.json()
        assert set(body) == {"status", "error", "message"}, body
        assert body["status"] == response.status_code
