"""Fetching pages with the guarded client, against a real local HTTP server on 127.0.0.1."""

from __future__ import annotations

import time

import pytest

from tidings.sources.fetch import Fetcher, FetchError, FetchPolicy, check_host, public_address
from tidings.sources.web import read_inputs


def policy(**kw):
    base = dict(allow_private=True, per_host_delay=0.0, timeout=5.0)
    base.update(kw)
    return FetchPolicy(**base)


def test_page_becomes_raw_document(server):
    docs = list(read_inputs([server.base + "/articles/3.html"], policy=policy()))
    assert len(docs) == 1
    doc = docs[0]
    assert doc.error is None and doc.id == server.base + "/articles/3.html"
    assert "Test story 3" in doc.html and doc.url == doc.id
    ua = server.requests[-1][1]["User-Agent"]
    assert ua.startswith("tidings/")


def test_redirects_followed_and_capped(server):
    with Fetcher(policy(max_redirects=3)) as f:
        resp = f.get(server.base + "/redirect/2")
        assert resp.status == 200 and resp.url.endswith("/articles/1.html")
        assert len(resp.redirects) == 3
        with pytest.raises(FetchError) as exc:
            f.get(server.base + "/redirect/5")
        assert exc.value.reason == "too_many_redirects"
    doc = next(read_inputs([server.base + "/redirect/9"], policy=policy(max_redirects=2)))
    assert doc.error.reason.startswith("too_many_redirects")


def test_size_cap_streamed_and_declared(server):
    with Fetcher(policy(max_bytes=1_000_000)) as f:
        for path in ("/huge", "/huge-declared"):
            with pytest.raises(FetchError) as exc:
                f.get(server.base + path)
            assert exc.value.reason == "too_large"


def test_slow_drip_and_stalled_answers_time_out(server):
    with Fetcher(policy(timeout=1.0)) as f:
        for path in ("/slow", "/stall"):
            started = time.monotonic()
            with pytest.raises(FetchError) as exc:
                f.get(server.base + path)
            assert exc.value.reason == "timeout"
            assert time.monotonic() - started < 4


def test_robots_txt_honoured(server):
    doc = next(read_inputs([server.base + "/private/a.html"], policy=policy()))
    assert doc.error.reason.startswith("robots_disallowed")
    doc = next(read_inputs([server.base + "/private/a.html"], policy=policy(respect_robots=False)))
    assert doc.error is None


def test_robots_5xx_disallows_4xx_allows(server):
    try:
        server.robots_status = 503
        doc = next(read_inputs([server.base + "/articles/1.html"], policy=policy()))
        assert doc.error.reason.startswith("robots_disallowed")
        server.robots_status = 404
        doc = next(read_inputs([server.base + "/private/x.html"], policy=policy()))
        assert doc.error is None
    finally:
        server.robots_status = 200


def test_private_addresses_refused_unless_allowed(server):
    doc = next(read_inputs([server.base + "/articles/1.html"], policy=policy(allow_private=False)))
    assert doc.error.reason.startswith("private_address")
    port = server.server_port
    doc = next(read_inputs([f"http://localhost:{port}/articles/1.html"],
                           policy=policy(allow_private=False)))
    assert doc.error.reason.startswith("private_address")
    for address in ("10.1.2.3", "192.168.0.1", "169.254.169.254", "::1", "::ffff:127.0.0.1",
                    "fe80::1", "100.64.0.1", "0.0.0.0"):
        assert not public_address(address), address
        with pytest.raises(FetchError):
            check_host(address, 80, allow_private=False)
    assert public_address("8.8.8.8") and public_address("2001:4860:4860::8888")
    check_host("8.8.8.8", 80, allow_private=False)  # numeric: no DNS needed


def test_per_host_rate_limit(server):
    urls = [server.base + f"/articles/{n}.html" for n in (11, 12, 13)]
    with Fetcher(policy(per_host_delay=0.3, respect_robots=False)) as f:
        started = time.monotonic()
        for url in urls:
            f.get(url)
        assert time.monotonic() - started >= 0.6


def test_http_errors_and_non_html(server):
    docs = list(read_inputs([server.base + "/nothing-here", server.base + "/image.png"],
                            policy=policy()))
    assert docs[0].error.reason.startswith("http_error")
    assert docs[1].error.reason.startswith("not_html")


def test_list_file_directory_glob_gzip(tmp_path, server):
    import gzip
    import json

    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "b.txt").write_text("Second document text.", encoding="utf-8")
    (tmp_path / "d" / "a.txt").write_text("First document text.", encoding="utf-8")
    (tmp_path / "d" / ".hidden.txt").write_text("hidden", encoding="utf-8")
    (tmp_path / "d" / "notes.bin").write_bytes(b"\0\1")
    with gzip.open(tmp_path / "c.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "z1", "text": "Zipped one."}) + "\n")
        fh.write(json.dumps({"id": "z2", "text": "Zipped two."}) + "\n")
    listing = tmp_path / "sources.list"
    listing.write_text(f"# my sources\nd\n\n{server.base}/articles/5.html\nc.jsonl.gz\n", encoding="utf-8")
    ids = [d.id for d in read_inputs([str(listing)], policy=policy())]
    assert ids == ["a.txt", "b.txt", server.base + "/articles/5.html", "z1", "z2"]
    ids = [d.id for d in read_inputs([str(tmp_path / "d" / "*.txt")], policy=policy())]
    assert ids == ["a.txt", "b.txt"]
    ids = [d.id for d in read_inputs(["@" + str(listing)], policy=policy())]
    assert len(ids) == 5
    missing = list(read_inputs([str(tmp_path / "nope" / "*.txt"), str(tmp_path / "gone.txt")]))
    assert missing[0].error.reason.startswith("not_found") and missing[1].error


def test_default_date_applies(server):
    doc = next(read_inputs([server.base + "/articles/2.html"], "2024-01-01", policy=policy()))
    assert doc.published == "2024-01-01"


def test_malformed_urls_are_named_failures():
    docs = list(read_inputs(["ftp://example.invalid/x", "http://[::1/", "https://" + "a" * 300 + ".com/"],
                            policy=policy(allow_private=False)))
    assert len(docs) == 3
    assert all(d.error for d in docs), docs


def test_connected_peer_checked_even_if_the_name_looked_public(server, monkeypatch):
    """DNS rebinding: the name resolved to a public address when checked, then to loopback."""
    from tidings.sources import fetch

    monkeypatch.setattr(fetch, "check_host", lambda host, port, allow_private: None)
    with Fetcher(policy(allow_private=False, respect_robots=False)) as f:
        with pytest.raises(FetchError) as exc:
            f.get(server.base + "/articles/1.html")
    assert exc.value.reason == "private_address" and "connected to" in str(exc.value)
