"""The REST API through httpx (FastAPI's TestClient): shapes, filters, errors, headers, writes."""

from __future__ import annotations

import warnings

import pytest

from tidings.api.app import CSP

ERROR_KEYS = {"status", "error", "message"}


def assert_error(resp, status: int, *words: str) -> dict:
    """The one error shape: exactly status, error and message; the message names the problem."""
    assert resp.status_code == status, resp.text
    assert resp.headers["content-type"].startswith("application/json")
    body = resp.json()
    assert set(body) == ERROR_KEYS, body
    assert body["status"] == status
    assert isinstance(body["error"], str) and body["error"]
    for word in words:
        assert word in body["message"], body
    return body


@pytest.mark.parametrize("method, url, status, words", [
    ("get", "/api/nothing-here", 404, ["/api/nothing-here"]),
    ("get", "/api/documents/no-such-doc", 404, ["no-such-doc"]),
    ("get", "/api/events/doc-1/99", 404, ["doc-1/99"]),
    ("get", "/api/events?quad_class=9", 422, ["quad_class", "4"]),
    ("get", "/api/events?since=yesterday", 422, ["since"]),
    ("get", "/api/events?since=2024-06-01&until=2024-05-01", 422, ["after"]),
    ("get", "/api/events?limit=5000", 422, ["limit"]),
    ("get", "/api/events?cameo=04a", 422, ["cameo"]),
    ("get", "/api/events?source=U%20S", 422, ["source"]),
    ("get", "/api/events?plover=HUG", 422, ["plover"]),
    ("get", "/api/timeline?by=year", 422, ["by"]),
    ("get", "/api/search", 422, ["q", "required"]),
    ("delete", "/api/events", 405, []),
    ("post", "/api/documents", 403, ["token"]),
])
def test_error_shape(client, method, url, status, words):
    resp = client.request(method.upper(), url, json={"text": "x"} if method == "post" else None)
    body = assert_error(resp, status, *words)
    assert body["error"] == {404: "not_found", 422: "invalid_parameter", 405: "method_not_allowed",
                             403: "forbidden"}[status]


def test_events_endpoint(client):
    body = client.get("/api/events", params={"source": "USA", "target": "CHN", "limit": 2}).json()
    assert body["total"] == 4 and body["limit"] == 2 and len(body["events"]) == 2
    first = body["events"][0]
    assert first["key"] == "doc-3/1" and first["document_id"] == "doc-3"
    assert first["source"]["code"] == "USAGOV" and first["trigger"]["text"] == "threatened"
    page2 = client.get("/api/events", params={"source": "USA", "target": "CHN", "limit": 2,
                                              "offset": 2}).json()
    assert [e["key"] for e in page2["events"]] == ["doc-2/1", "doc-1/0"]
    assert client.get("/api/events", params={"plover": "ASSAULT", "modality": "asserted",
                                             "quad_class": 4}).json()["total"] == 1
    assert client.get("/api/events", params={"q": "Kharkiv"}).json()["total"] == 1
    assert client.get("/api/events", params={"root": "11", "mentions": "true"}).json()["total"] == 2


def test_event_and_document_endpoints(client):
    e = client.get("/api/events/doc-1/0").json()
    assert [s["text"] for s in e["highlight"]["spans"]] == [
        "US Secretary of State Antony Blinken", "met", "Chinese Foreign Minister Wang Yi"]
    assert client.get("/api/events/doc-1%2F0").json()["key"] == "doc-1/0"
    d = client.get("/api/documents/doc-1").json()
    assert d["text"].startswith("US Secretary of State") and d["removed"][0]["reason"] == "teaser"
    q = d["quotes"][0]
    assert d["text"][q["start"]:q["end"]] == q["text"]
    ev = d["events"][0]
    assert d["text"][ev["trigger"]["start"]:ev["trigger"]["end"]] == "met"
    docs = client.get("/api/documents", params={"limit": 2}).json()
    assert docs["total"] == 5 and len(docs["documents"]) == 2


def test_aggregates(client):
    tl = client.get("/api/timeline", params={"source": "USA", "target": "CHN", "by": "week",
                                             "both": "true"}).json()
    assert [(p["period"], p["events"]) for p in tl["periods"] if p["events"]] == [
        ("2024-04-22", 1), ("2024-05-06", 2), ("2024-06-03", 2)]
    net = client.get("/api/network", params={"limit": 1, "level": "actor"}).json()
    assert net["edges"] == [{"source": "USA", "target": "CHN", "events": 2, "goldstein": 6.0,
                             "cooperation": 2, "conflict": 0}]
    assert [a["code"] for a in client.get("/api/actors/top", params={"limit": 2}).json()] == ["CHN", "USA"]
    actors = client.get("/api/actors", params={"q": "USA"}).json()
    assert actors["total"] == 2 and {a["code"] for a in actors["actors"]} == {"USA", "USAGOV"}
    assert client.get("/api/quotes", params={"speaker": "Zelensky"}).json()["total"] == 1
    assert len(client.get("/api/speakers").json()) == 4
    assert [d["id"] for d in client.get("/api/search", params={"q": "restraint"}).json()] == ["doc-3"]
    stats = client.get("/api/stats").json()
    assert (stats["documents"], stats["events"], stats["quotes"]) == (5, 7, 4)


def test_security_headers_everywhere(client):
    for url in ("/", "/api/stats", "/api/nothing", "/static/app.js", "/docs", "/openapi.json"):
        resp = client.get(url)
        assert resp.headers["content-security-policy"] == CSP, url
        assert resp.headers["x-content-type-options"] == "nosniff", url
    assert "script-src 'self'" in CSP and "unsafe-inline" not in CSP
    html = client.get("/").text
    assert "<script src=\"/static/app.js\"" in html and "<script>" not in html
    assert "http" not in html.replace("http-equiv", "")  # no CDN: every asset is local


def test_openapi_describes_every_endpoint(client):
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/api/stats", "/api/events", "/api/events/{key}", "/api/quotes", "/api/actors",
                 "/api/documents/{doc_id}", "/api/timeline", "/api/network", "/api/documents"):
        assert path in paths, sorted(paths)
    params = {p["name"] for p in paths["/api/events"]["get"]["parameters"]}
    assert {"source", "target", "cameo", "root", "plover", "quad_class", "modality", "since",
            "until", "q", "limit", "offset"} <= params


@pytest.fixture(scope="module")
def writable(tmp_path_factory):
    from tests.api.records import corpus
    from tidings.api import create_app
    from tidings.jobs import store_records

    db = str(tmp_path_factory.mktemp("w") / "w.db")
    store_records(corpus()[:1], db)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # starlette's note about httpx2
        from fastapi.testclient import TestClient
    with TestClient(create_app(db, token="s3cret-token"), raise_server_exceptions=False) as c:
        yield c


def test_post_needs_the_token(writable):
    assert_error(writable.post("/api/documents", json={"text": "Hello."}), 401, "bearer")
    assert_error(writable.post("/api/documents", json={"text": "Hello."},
                               headers={"Authorization": "Bearer wrong"}), 401)
    assert_error(writable.post("/api/documents", json={},
                               headers={"Authorization": "Bearer s3cret-token"}), 422, "text")
    assert_error(writable.post("/api/documents", json={"url": "file:///etc/passwd"},
                               headers={"Authorization": "Bearer s3cret-token"}), 422, "url")
    assert writable.get("/api/stats").json()["documents"] == 1


def test_post_codes_and_stores(writable):
    text = ("US Secretary of State Antony Blinken met Chinese President Xi Jinping in Beijing on "
            "Friday, the State Department said.")
    resp = writable.post("/api/documents", json={"text": text, "published": "2024-04-26",
                                                 "title": "Posted"},
                         headers={"Authorization": "Bearer s3cret-token"})
    assert resp.status_code == 201, resp.text
    body = resp.json()
    assert body["id"].startswith("api-") and body["status"] == "coded"
    doc = writable.get(f"/api/documents/{body['id']}").json()
    assert doc["text"] == text and doc["title"] == "Posted" and doc["published"] == "2024-04-26"
    assert len(doc["events"]) == body["events"]
    assert writable.get("/api/stats").json()["documents"] == 2
    # the same text again changes nothing
    again = writable.post("/api/documents", json={"text": text, "published": "2024-04-26",
                                                  "title": "Posted"},
                          headers={"Authorization": "Bearer s3cret-token"}).json()
    assert again["id"] == body["id"] and again["summary"]["unchanged"] == 1


def test_post_url_refuses_private_addresses(writable):
    """A URL is fetched with the default policy: loopback and private addresses are refused."""
    resp = writable.post("/api/documents", json={"url": "http://127.0.0.1:9/secret"},
                         headers={"Authorization": "Bearer s3cret-token"})
    assert resp.status_code == 201, resp.text
    body = resp.json()
    assert body["status"] == "rejected" and body["rejected"] == "private_address", body
    assert body["events"] == 0
