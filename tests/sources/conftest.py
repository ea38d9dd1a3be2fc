"""A local HTTP server on 127.0.0.1 for the source tests, and the fetch policy that may reach it."""

import pytest

from tests.store import httpserver
from tidings.sources.fetch import FetchPolicy

LOCAL_POLICY = FetchPolicy(allow_private=True, per_host_delay=0.0, timeout=5.0)


@pytest.fixture(scope="module")
def server():
    srv = httpserver.start()
    yield srv
    srv.shutdown()
