"""Hostile content: XML bombs and external entities, SSRF (through redirects and DNS names),
decompression bombs, path traversal in source lists, markup in article text, SQL in filters."""

from __future__ import annotations

import gzip
import json
import re
import shutil
import subprocess
import sys
import threading
import time
import tracemalloc
import warnings
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.hardening.conftest import REPO, run_env
from tests.hardening.fuzzing import ATOM, BOMB_DTD, RSS, SITEMAP, XXE_DTD, gz, named
from tidings.sources.feeds import UnsafeXML, parse_feed
from tidings.sources.fetch import FetchPolicy
from tidings.sources.sitemaps import parse_sitemap
from tidings.sources.web import read_inputs
from tidings.store.store import reason_for

SECRET = "tidings-hardening-secret-3141"


def body_of(doc: bytes) -> bytes:
    """The document without its XML declaration, to put a hostile DTD in front."""
    return re.sub(rb"^<\?xml[^>]*\?>\s*", b"", doc)


def bomb(doc: bytes, where: bytes) -> bytes:
    return BOMB_DTD + body_of(doc).replace(where, where + b"&g;", 1)


# ---- a tiny local server: counts requests, serves what a test puts in `routes` ----------------

class Server:
    def __init__(self):
        self.routes: dict[str, tuple[int, dict, bytes]] = {}
        self.hits: list[str] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                outer.hits.append(self.path)
                status, headers, body = outer.routes.get(self.path, (404, {}, b""))
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.httpd.server_port}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server():
    s = Server()
    yield s
    s.close()


LOCAL = FetchPolicy(allow_private=True, per_host_delay=0.0, timeout=5.0, respect_robots=False)


# ---- XML bombs and external entities -----------------------------------------------------------

@pytest.mark.parametrize("doc,where", [(RSS, b"<title>"), (ATOM, b"<title>")])
def test_billion_laughs_in_feeds_refused_fast(doc, where):
    started = time.monotonic()
    with pytest.raises(UnsafeXML, match="unsafe_xml"):
        parse_feed(bomb(doc, where))
    assert time.monotonic() - started < 2


def test_billion_laughs_in_sitemaps_refused_fast():
    started = time.monotonic()
    with pytest.raises(ValueError, match="unsafe_xml"):
        parse_sitemap(bomb(SITEMAP, b"<loc>"))
    with pytest.raises(ValueError, match="unsafe_xml"):
        parse_sitemap(gz(bomb(SITEMAP, b"<loc>")))
    assert time.monotonic() - started < 2


def test_external_entities_refused_and_never_read(tmp_path, server):
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET)
    file_xxe = XXE_DTD.replace(b"file:///etc/passwd", secret.as_uri().encode())
    net_xxe = XXE_DTD.replace(b"file:///etc/passwd", (server.base + "/evil.dtd").encode())
    param_xxe = (b'<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY % ext SYSTEM "' +
                 (server.base + "/evil.dtd").encode() + b'"> %ext;]>\n')
    for dtd in (file_xxe, net_xxe, param_xxe):
        for doc, where in ((RSS, b"<title>"), (ATOM, b"<title>")):
            hostile = dtd + body_of(doc).replace(where, where + b"&xxe;", 1)
            try:
                _meta, items = parse_feed(hostile)
            except UnsafeXML:
                continue
            pytest.fail(f"feed with external entity parsed: {[i.title for i in items]}")
        with pytest.raises(ValueError, match="unsafe_xml"):
            parse_sitemap(dtd + body_of(SITEMAP).replace(b"<loc>", b"<loc>&xxe;", 1))
    assert server.hits == []  # no external DTD or entity was fetched


def test_bombs_through_ingest_are_counted_as_unsafe_xml(tmp_path, server, coder):
    from tidings.store import Store
    from tidings.jobs import ingest

    (tmp_path / "feed.rss").write_bytes(bomb(RSS, b"<title>"))
    (tmp_path / "sitemap.xml").write_bytes(bomb(SITEMAP, b"<loc>"))
    server.routes["/feed"] = (200, {"Content-Type": "application/rss+xml"}, bomb(ATOM, b"<title>"))
    db = str(tmp_path / "t.db")
    summary = ingest(read_inputs([str(tmp_path / "feed.rss"), str(tmp_path / "sitemap.xml"),
                                  server.base + "/feed"], policy=LOCAL), db, coder=coder)
    assert summary.to_dict()["rejected_by_reason"] == {"unsafe_xml": 3}
    with Store.open(db) as store:
        assert store.stats()["rejected_by_reason"] == {"unsafe_xml": 3}


# ---- SSRF ----------------------------------------------------------------------------------------

def test_private_targets_refused_without_allow_private(server):
    server.routes["/secret"] = (200, {"Content-Type": "text/html"}, SECRET.encode())
    port = server.httpd.server_port
    strict = FetchPolicy(per_host_delay=0.0, timeout=5.0)
    urls = [f"http://127.0.0.1:{port}/secret", f"http://localhost:{port}/secret",
            f"http://[::ffff:127.0.0.1]:{port}/secret", f"http://2130706433:{port}/secret",
            "http://169.254.169.254/latest/meta-data/", "http://[fd00::1]/", "http://10.1.2.3/"]
    docs = list(read_inputs(urls, policy=strict))
    assert [reason_for(d.error) for d in docs] == ["private_address"] * len(urls), [d.error for d in docs]
    assert server.hits == []


def _netns_available() -> bool:
    if not shutil.which("unshare") or not shutil.which("ip"):
        return False
    probe = subprocess.run(["unshare", "-rn", "sh", "-c", "ip link set lo up && ip addr add "
                            "8.8.8.8/32 dev lo"], capture_output=True)
    return probe.returncode == 0


@pytest.mark.skipif(not _netns_available(), reason="needs unprivileged network namespaces "
                    "(unshare -rn) to give a local server a public address without any traffic")
def test_redirects_and_dns_to_private_addresses_refused():
    """A 'public' server (8.8.8.8, local to a private network namespace: nothing leaves the
    machine) redirects to loopback, link-local metadata, RFC 1918, IPv4-mapped IPv6, decimal and
    hex IPs and 'localhost': every hop is refused, and the private target is never contacted."""
    script = REPO / "tests" / "hardening" / "ssrf_probe.py"
    done = subprocess.run(
        ["unshare", "-rn", "sh", "-c", "ip link set lo up && ip addr add 8.8.8.8/32 dev lo && "
         f"exec '{sys.executable}' '{script}'"],
        capture_output=True, text=True, timeout=120, env=run_env())
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    outcome = result["outcome"]
    assert outcome["http://8.8.8.8/ok"] == {"error": None, "html": True}  # the public host works
    refused = {url: o for url, o in outcome.items() if not url.endswith("/ok")}
    assert len(refused) == 18
    for url, o in refused.items():
        assert o["error"] and o["error"].startswith("private_address"), (url, o)
    # DNS rebinding: checked public, then answering loopback; the connection goes to the address
    # checked (nothing listens there on that port), so the private service never sees the request
    assert result["rebinding"]["error"] and not result["rebinding"]["html"], result["rebinding"]
    assert result["private_hits"] == []
    # POST /api/documents with a feed: its first item only is fetched; a feed without items is a 422
    api = result["api"]
    assert api["feed_status"] == 201 and api["feed_id"] == "http://8.8.8.8/item1", api
    assert api["items_fetched"] == ["/item1"], api
    assert api["empty_status"] == 422 and api["empty_error"] == "invalid_parameter", api


# ---- decompression bombs and item caps ------------------------------------------------------------

def test_gzip_bomb_over_http_is_capped_after_decompression(server):
    bomb_body = gzip.compress(b"\0" * (64 * 1024 * 1024), compresslevel=9)  # 64 MB in ~64 KB
    server.routes["/page"] = (200, {"Content-Type": "text/html", "Content-Encoding": "gzip"}, bomb_body)
    policy = FetchPolicy(allow_private=True, per_host_delay=0.0, timeout=10.0, respect_robots=False,
                         max_bytes=1024 * 1024)
    (doc,) = read_inputs([server.base + "/page"], policy=policy)
    assert reason_for(doc.error) == "too_large", doc.error


def peak_alloc(fn) -> int:
    tracemalloc.start()
    try:
        fn()
    except Exception:
        pass
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak


def test_gzipped_sitemap_bomb_not_decompressed_in_full():
    data = gz(b"<urlset>" + b" " * (64 * 1024 * 1024))
    # capped at the protocol's 50 MB per sitemap, well short of the bomb's 64 MB
    assert peak_alloc(lambda: parse_sitemap(data)) < 56 * 1024 * 1024


def test_local_gzip_bomb_not_decompressed_in_full(tmp_path):
    path = tmp_path / "bomb.txt.gz"
    path.write_bytes(gzip.compress(b"a" * (64 * 1024 * 1024)))
    docs = []
    assert peak_alloc(lambda: docs.extend(read_inputs([str(path)]))) < 32 * 1024 * 1024


def test_sitemap_items_capped_at_the_protocol_limit():
    urls = b"".join(b"<url><loc>https://news.example/%d</loc></url>" % i for i in range(50_100))
    entries = parse_sitemap(b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                            + urls + b"</urlset>")
    assert len(entries) <= 50_000


def test_truncated_gzipped_child_sitemap_is_a_named_failure(server):
    index = (b'<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
             b"<sitemap><loc>" + server.base.encode() + b"/s1.xml.gz</loc></sitemap></sitemapindex>")
    server.routes["/index.xml"] = (200, {"Content-Type": "application/xml"}, index)
    server.routes["/s1.xml.gz"] = (200, {"Content-Type": "application/x-gzip"}, gz(SITEMAP)[:-20])
    docs = list(read_inputs([server.base + "/index.xml"], policy=LOCAL))
    assert len(docs) == 1 and reason_for(docs[0].error) == "unreadable"


# ---- path traversal in source lists --------------------------------------------------------------

def test_source_list_cannot_escape_its_folder(tmp_path):
    lists, outside = tmp_path / "lists", tmp_path / "outside"
    lists.mkdir()
    outside.mkdir()
    (outside / "secret.txt").write_text(f"{SECRET} about France and Germany.")
    (lists / "inside.txt").write_text("France met Germany in Paris on Monday, officials said.")
    (lists / "sources.list").write_text(f"inside.txt\n../outside/secret.txt\n{outside / 'secret.txt'}\n"
                                        "/etc/passwd\n")
    docs = list(read_inputs(["@" + str(lists / "sources.list")]))
    assert docs[0].error is None
    assert len(docs) == 4
    for doc in docs[1:]:
        assert doc.error and named(doc.error), doc.error
        assert SECRET not in (doc.text or "") and "root:" not in (doc.text or "")


# ---- markup in article text: escaped, with a Content-Security-Policy ------------------------------

@pytest.fixture(scope="module")
def hostile_client(tmp_path_factory):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    from tests.api.records import corpus
    from tidings.api import create_app
    from tidings.store import Store
    from tidings.jobs import store_records

    db = str(tmp_path_factory.mktemp("hostile") / "h.db")
    store_records(corpus(), db)
    with Store.open(db) as store:
        before = store.dump()
    with TestClient(create_app(db), raise_server_exceptions=False) as client:
        client.db = db
        yield client
    with Store.open(db) as store:
        assert store.dump() == before


def test_every_response_has_csp_and_nosniff(hostile_client):
    for path in ("/", "/docs", "/static/app.js", "/api/stats", "/api/events", "/api/nope",
                 "/api/events?limit=-1"):
        resp = hostile_client.get(path)
        csp = resp.headers.get("content-security-policy", "")
        assert "script-src 'self'" in csp and "default-src 'none'" in csp, path
        assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
        assert resp.headers.get("x-content-type-options") == "nosniff"


def test_article_markup_is_data_not_markup(hostile_client):
    from tests.api.records import HOSTILE

    found = None
    for d in hostile_client.get("/api/documents", params={"limit": 200}).json()["documents"]:
        full = hostile_client.get("/api/documents/" + d["id"])
        if HOSTILE in full.text or HOSTILE in full.json().get("text", ""):
            found = full
            break
    assert found is not None, "the hostile record is in the corpus"
    assert found.headers["content-type"].startswith("application/json")
    assert found.json()["text"].count("<script>") >= 1  # kept verbatim as data, shown as text


def test_dashboard_never_builds_html_from_strings():
    """The dashboard writes data with textContent / createElement only: no sink that parses HTML."""
    static = REPO / "src" / "tidings" / "web" / "static"
    sinks = re.compile(r"\.innerHTML\s*[+]?=|outerHTML\s*=|insertAdjacentHTML|document\.write|"
                       r"\beval\(|new Function\(|setTimeout\(\s*['\"]|\.srcdoc\s*=")
    for js in static.glob("*.js"):
        hits = [m.group() for m in sinks.finditer(js.read_text(encoding="utf-8"))]
        assert hits == [], f"{js.name}: {hits}"
    for page in static.glob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", text), f"inline script in {page.name}"
        assert not re.search(r"\son[a-z]+\s*=", text), f"inline event handler in {page.name}"


# ---- SQL only through parameters: hostile filters leave the store unchanged -----------------------

HOSTILE_FILTERS = ["'", "\"", "';", "'; DROP TABLE events; --", "\" OR 1=1 --", "USA' OR '1'='1",
                   "%", "_", "\\", "*", "NEAR(a b)", "a OR b", "events MATCH 'x'", "1); DELETE FROM "
                   "documents; --", "\x00", "😀", "'||(SELECT sql FROM sqlite_master)||'"]


def test_python_api_filters_with_sql_are_data(hostile_client):
    import tidings
    from tidings.query import QueryError

    with tidings.open(hostile_client.db) as t:
        baseline = t.stats()
        for value in HOSTILE_FILTERS:
            for kwargs in ({"source": value}, {"target": value}, {"actor": value}, {"cameo": value},
                           {"text": value}, {"document": value}, {"modality": value}):
                try:
                    rows = list(t.events(**kwargs))
                except QueryError:
                    continue
                assert rows == [] or kwargs.get("text") or kwargs.get("cameo"), (kwargs, len(rows))
            for call in (lambda: list(t.quotes(speaker=value)), lambda: list(t.actors(value)),
                         lambda: list(t.search(value)), lambda: list(t.quotes(text=value))):
                try:
                    call()
                except QueryError:
                    pass
        assert t.stats() == baseline


def test_rest_filters_with_sql_answer_4xx_or_results(hostile_client):
    for value in HOSTILE_FILTERS:
        for path, name in (("/api/events", "source"), ("/api/events", "q"), ("/api/events", "document"),
                           ("/api/quotes", "speaker"), ("/api/quotes", "q"), ("/api/actors", "q"),
                           ("/api/search", "q"), ("/api/timeline", "q"), ("/api/speakers", "q")):
            resp = hostile_client.get(path, params={name: value})
            assert resp.status_code in (200, 400, 422), (path, name, value, resp.status_code, resp.text)


# ---- found by benchmarks/fuzz_long.py ----------------------------------------------------------

@pytest.mark.parametrize("kind", ["feed.rss", "sitemap.xml"])
def test_unknown_xml_encoding_is_a_named_refusal(tmp_path, kind):
    declaration = b'<?xml version="1.0" encoding="DTF-8"?>\n'
    doc = body_of(RSS if kind == "feed.rss" else SITEMAP)
    (tmp_path / kind).write_bytes(declaration + doc)
    docs = list(read_inputs([str(tmp_path / kind)]))
    assert len(docs) == 1 and named(docs[0].error), docs


def test_api_post_with_a_private_url_is_refused_and_never_fetched(tmp_path, server, coder):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    from tidings.api import create_app
    from tidings.store import Store

    server.routes["/secret"] = (200, {"Content-Type": "text/html"}, SECRET.encode())
    db = str(tmp_path / "post.db")
    Store.open(db, create=True).close()
    with TestClient(create_app(db, token="t0ken"), raise_server_exceptions=False) as client:
        url = f"http://localhost:{server.httpd.server_port}/secret"
        resp = client.post("/api/documents", json={"url": url}, headers={"Authorization": "Bearer t0ken"})
        assert resp.status_code == 201, resp.text
        body = resp.json()
        assert body["summary"]["rejected_by_reason"] == {"private_address": 1}, body
        assert body["error"].startswith("private_address"), body
        unauth = client.post("/api/documents", json={"text": "France met Germany."})
        assert unauth.status_code == 401
    assert server.hits == []
    with Store.open(db) as store:
        assert SECRET not in json.dumps(store.dump())
