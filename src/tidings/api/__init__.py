"""The REST API and the dashboard: a FastAPI app, thin over ``tidings.query``.

    from tidings.api import create_app
    app = create_app("tidings.db", token=None)   # read-only; POST /api/documents answers 403

Every error answers one JSON shape, ``{"status": int, "error": str, "message": str}``
(pinned by tests/api/test_api.py::test_error_shape). Each request reads on a connection lent to
it alone from a small pool; the one write endpoint, ``POST /api/documents``, needs the configured bearer token
and writes through ``tidings.jobs.ingest`` one request at a time.
"""

from tidings.api.app import ERROR_CODES, create_app, error_body

__all__ = ["create_app", "error_body", "ERROR_CODES"]
