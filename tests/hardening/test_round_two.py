"""Hardening, round two (issue 17): each way to lose data, hang a run or open a port, reproduced.

Each case gives a named rejection or a correct record, the run goes on, and the good documents
beside it are stored; the memory of the readers that used to hold a whole stream is measured.
"""

from __future__ import annotations

import gzip
import io
import json
import socket
import tracemalloc
import warnings
from io import BytesIO

import pytest

from tests.hardening.conftest import news_docs, write_jsonl
from tests.hardening.test_hostile import LOCAL, Server, server  # noqa: F401  (the fixture)
from tidings.model import RawDocument, Reason, Rejection
from tidings.sources.files import MAX_DOCUMENT_BYTES, read_stdin
from tidings.sources.web import read_inputs
from tidings.store import Store
from tidings.jobs import ingest

MB = 1024 * 1024
GOOD = news_docs(2, prefix="good")


def peak_of(fn) -> tuple[object, int]:
    tracemalloc.start()
    try:
        result = fn()
    finally:
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return result, peak


def stored(db: str) -> dict[str, dict]:
    with Store.open(db) as store:
        return {r["id"]: r for r in store.iter_records()}


def reasons(docs) -> list[str | None]:
    return [d.error.reason.value if d.error else None for d in docs]


# ---- 1. a WARC record of 100 MB -------------------------------------------------------------------

def write_warc_with_huge_record(path, body_bytes: int) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    paragraph = b"<p>The minister met the envoy in the capital on Monday, officials said.</p>\n"
    huge = path.parent / "huge-body.html"
    with huge.open("wb") as out:  # streamed from disk into the archive: never in memory here
        out.write(b"<html><body>")
        for _ in range(body_bytes // len(paragraph)):
            out.write(paragraph)
        out.write(b"</body></html>")
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)

        def response(url, payload):
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                       protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=payload,
                                                          http_headers=headers))

        response("https://news.example/before", BytesIO(f"<p>{GOOD[0]['text']}</p>".encode()))
        with huge.open("rb") as payload:
            response("https://news.example/huge", payload)
        response("https://news.example/after", BytesIO(f"<p>{GOOD[1]['text']}</p>".encode()))
    huge.unlink()


def test_warc_record_of_100_mb_is_refused_in_bounded_memory(tmp_path):
    archive = tmp_path / "big.warc.gz"
    write_warc_with_huge_record(archive, 100 * MB)
    assert archive.stat().st_size < 2 * MB
    docs, peak = peak_of(lambda: list(read_inputs([str(archive)])))
    assert [d.id for d in docs] == ["https://news.example/before", "https://news.example/huge",
                                    "https://news.example/after"]
    assert reasons(docs) == [None, "too_large", None]
    assert docs[0].html and docs[2].html
    assert peak < 40 * MB, peak  # the cap (10 MB) plus chunks, not the record


# ---- 2, 3. lone surrogates and deep nesting end no run --------------------------------------------

def test_surrogates_and_deep_nesting_in_one_ingest(tmp_path, coder):
    lines = [json.dumps(GOOD[0]),
             '{"id": "sur", "text": "Hello \\ud800 world. The minister met the envoy on Monday."}',
             "[" * 100_000 + "]" * 100_000,
             '{"id": "deep", "text": ' + "[" * 50_000 + "]" * 50_000 + "}",
             json.dumps(GOOD[1])]
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "deep.json").write_text('{"id": "j", "text": ' + "{\"a\": " * 100_000 + "1"
                                        + "}" * 100_000 + "}", encoding="utf-8")
    db = str(tmp_path / "t.db")
    summary = ingest(read_inputs([str(corpus), str(tmp_path / "deep.json")]), db, coder=coder)
    assert summary.failed == 0, summary.errors
    rows = stored(db)
    assert rows["good000"].get("error") is None and rows["good001"].get("error") is None
    assert rows["sur"].get("error") is None and "Hello \ufffd world." in rows["sur"]["text"]
    assert rows["c.jsonl:3"]["error"].startswith("malformed_json")
    assert rows["c.jsonl:4"]["error"].startswith("malformed_json")
    assert rows["deep.json"]["error"].startswith("malformed_json")
    # a library caller's own surrogates (not from a source) are scrubbed before hashing too
    summary = ingest([RawDocument(id="lib\udc80", text="Hello \udc80 world, said the minister.")],
                     db, coder=coder)
    assert summary.failed == 0 and "lib\ufffd" in stored(db)


# ---- 4. ids unique and stable by construction ----------------------------------------------------

def test_same_file_name_in_two_folders_is_two_documents(tmp_path, coder):
    for year, doc in zip(("2023", "2024"), GOOD):
        (tmp_path / "corpus" / year).mkdir(parents=True)
        (tmp_path / "corpus" / year / "article.txt").write_text(doc["text"], encoding="utf-8")
    db = str(tmp_path / "t.db")
    summary = ingest(read_inputs([str(tmp_path / "corpus")]), db, coder=coder)
    assert summary.read == 2 and summary.coded == 2
    assert sorted(stored(db)) == ["2023/article.txt", "2024/article.txt"]


def test_second_text_under_one_id_is_rejected_never_flipped(tmp_path, coder):
    first, second = dict(GOOD[0], id="x"), dict(GOOD[1], id="x")
    corpus = write_jsonl(tmp_path / "c.jsonl", [first, second, first])  # the third: same text again
    db = str(tmp_path / "t.db")
    for run in range(2):
        summary = ingest(read_inputs([str(corpus)]), db, coder=coder).to_dict()
        rows = stored(db)
        assert rows["x"]["text"] == first["text"], f"run {run}"
        assert rows["x#2"]["error"].startswith("duplicate_id")
        assert summary["unchanged"] == (1 if run == 0 else 3)
    with Store.open(db) as store:
        assert store.stats()["rejected_by_reason"] == {"duplicate_id": 1}


def test_store_records_rejects_a_second_record_under_one_id(tmp_path):
    from tests.store.records import record
    from tidings.jobs import store_records

    db = str(tmp_path / "r.db")
    summary = store_records([record("x", text="One."), record("x", text="Two.")], db)
    assert summary.coded == 1 and summary.rejected == {"duplicate_id": 1}
    assert stored(db)["x"]["text"] == "One."


# ---- 6. a malformed URL loses nothing; the API answers no 500 --------------------------------------

def test_malformed_url_keeps_the_document(tmp_path, coder):
    corpus = write_jsonl(tmp_path / "c.jsonl", [dict(GOOD[0], url="http://[oops/x"), GOOD[1]])
    db = str(tmp_path / "t.db")
    summary = ingest(read_inputs([str(corpus)]), db, coder=coder)
    assert summary.failed == 0 and summary.coded == 2, summary.errors
    assert stored(db)["good000"]["url"] == "http://[oops/x"


def test_post_with_a_malformed_url_is_no_500(tmp_path):
    from tests.api.records import corpus
    from tidings.api import create_app
    from tidings.jobs import store_records

    db = str(tmp_path / "w.db")
    store_records(corpus()[:1], db)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    auth = {"Authorization": "Bearer t0ken"}
    with TestClient(create_app(db, token="t0ken"), raise_server_exceptions=False) as client:
        for body in ({"url": "http://[/"}, {"url": "http://[oops/x"},
                     {"text": "The minister met the envoy.", "url": "http://[oops/x"}):
            resp = client.post("/api/documents", json=body, headers=auth)
            assert resp.status_code < 500, (body, resp.text)
        assert resp.status_code == 201 and resp.json()["status"] == "coded"


# ---- 7. a symlink out of a listed folder ----------------------------------------------------------

def test_symlink_out_of_a_listed_folder_is_forbidden(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("root:x:0:0 secret", encoding="utf-8")
    corpus = tmp_path / "job" / "corpus"
    corpus.mkdir(parents=True)
    (corpus / "a.txt").write_text(GOOD[0]["text"], encoding="utf-8")
    (corpus / "notes.txt").symlink_to(outside / "secret.txt")
    (corpus / "linked").symlink_to(outside, target_is_directory=True)
    listing = tmp_path / "job" / "sources.list"
    listing.write_text("corpus/\ncorpus/linked/secret.txt\n", encoding="utf-8")
    docs = list(read_inputs([str(listing)]))
    assert [(d.id, d.error.reason.value if d.error else None) for d in docs] == [
        ("a.txt", None), ("notes.txt", "forbidden_path"), ("corpus/linked/secret.txt", "forbidden_path")]
    assert all("secret" not in (d.text or "") for d in docs)


# ---- 9. caps before reading: .json files, stdin, JSON Lines lines ----------------------------------

def test_huge_json_file_refused_unread(tmp_path):
    big = tmp_path / "big.json"
    with big.open("wb") as out:  # 200 MB, sparse: refused from its size alone
        out.truncate(200 * MB)
    (tmp_path / "ok.json").write_text(json.dumps(GOOD[0]), encoding="utf-8")
    docs, peak = peak_of(lambda: list(read_inputs([str(big), str(tmp_path / "ok.json")])))
    assert reasons(docs) == ["too_large", None] and peak < 2 * MB


def test_long_jsonl_line_skipped_in_bounded_memory(tmp_path):
    path = tmp_path / "c.jsonl"
    with path.open("w", encoding="utf-8") as out:
        out.write(json.dumps(GOOD[0]) + "\n")
        out.write('{"id": "big", "text": "' + "word " * (6 * MB) + '"}\n')  # 30 MB
        out.write(json.dumps(GOOD[1]) + "\n")
    docs, peak = peak_of(lambda: list(read_inputs([str(path)])))
    assert [d.id for d in docs] == ["good000", "c.jsonl:2", "good001"]
    assert reasons(docs) == [None, "too_large", None]
    assert peak < 2 * MAX_DOCUMENT_BYTES + 4 * MB, peak  # the cap (and one copy), not the 30 MB line


def test_stdin_capped(tmp_path):
    huge = io.BytesIO(b"word " * (6 * MB))
    docs, peak = peak_of(lambda: list(read_stdin(huge)))
    assert reasons(docs) == ["too_large"] and peak < 2 * MAX_DOCUMENT_BYTES + 4 * MB
    lines = io.BytesIO(b"\n" + b"\n".join(json.dumps(d).encode() for d in GOOD) + b"\n")
    assert [d.id for d in read_stdin(lines)] == ["good000", "good001"]
    assert next(read_stdin(io.BytesIO(b"Caf\xe9 \x93news\x94."))).text == \
        "Caf\xe9 \u201cnews\u201d."


# ---- 10. sitemap loops ----------------------------------------------------------------------------

def test_sitemap_index_listing_itself_is_read_once(server):  # noqa: F811
    index = ('<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
             + f"<sitemap><loc>{server.base}/index.xml</loc></sitemap>" * 4
             + f"<sitemap><loc>{server.base}/news.xml</loc></sitemap></sitemapindex>")
    news = ('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            + f"<url><loc>{server.base}/a.html</loc></url>" * 3
            + f"<url><loc>{server.base}/index.xml</loc></url></urlset>")
    server.routes["/index.xml"] = (200, {"Content-Type": "application/xml"}, index.encode())
    server.routes["/news.xml"] = (200, {"Content-Type": "application/xml"}, news.encode())
    server.routes["/a.html"] = (200, {"Content-Type": "text/html"}, b"<p>Story.</p>")
    docs = list(read_inputs([server.base + "/index.xml"], policy=LOCAL))
    assert [d.id for d in docs] == [server.base + "/a.html", server.base + "/index.xml"]
    assert len(server.hits) <= 4, server.hits  # index, news, the page, the index listed as a page


def test_item_fetches_capped_per_run(server):  # noqa: F811
    news = ('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            + "".join(f"<url><loc>{server.base}/p{i}.html</loc></url>" for i in range(10))
            + "</urlset>")
    server.routes["/news.xml"] = (200, {"Content-Type": "application/xml"}, news.encode())
    for i in range(10):
        server.routes[f"/p{i}.html"] = (200, {"Content-Type": "text/html"}, b"<p>Story.</p>")
    docs = list(read_inputs([server.base + "/news.xml"], policy=LOCAL, max_item_fetches=4))
    # four fetches in all: the sitemap and three of its pages; then one named rejection
    assert reasons(docs) == [None] * 3 + ["fetch_limit"]
    assert len(server.hits) == 4


# ---- 11. multi-member gzip ------------------------------------------------------------------------

def test_every_gzip_member_is_read(tmp_path):
    path = tmp_path / "c.jsonl.gz"
    path.write_bytes(b"".join(gzip.compress((json.dumps(d) + "\n").encode()) for d in GOOD))
    assert [d.id for d in read_inputs([str(path)])] == ["good000", "good001"]
    from tidings.sources.files import gunzip
    assert gunzip(gzip.compress(b"a") + gzip.compress(b"b")) == b"ab"


# ---- 12. the Dask dashboard listens on loopback only ----------------------------------------------

def outside_address() -> str | None:
    """An address of this machine other than loopback, if it has one."""
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("192.0.2.1", 9))  # no packet is sent for UDP connect
        address = probe.getsockname()[0]
    except OSError:
        return None
    finally:
        probe.close()
    return None if address.startswith("127.") else address


@pytest.mark.slow
def test_dask_dashboard_not_on_the_network():
    from tidings.jobs.dask import connect

    client = connect(workers=1)
    try:
        port = client.scheduler_info()["services"]["dashboard"]
        with socket.create_connection(("127.0.0.1", port), timeout=5):
            pass  # it is there, for whoever is on this machine
        address = outside_address()
        if address is not None:
            with pytest.raises(OSError):
                socket.create_connection((address, port), timeout=5).close()
    finally:
        cluster = client.cluster
        client.close()
        cluster.close()


# ---- minor ----------------------------------------------------------------------------------------

def test_ids_of_the_wrong_type_and_impossible_dates(tmp_path):
    lines = ['{"id": {"a": 1}, "text": "x"}', '{"id": [1], "text": "x"}', '{"id": true, "text": "x"}',
             '{"id": 1e400, "text": "x"}', '{"id": 7, "text": "x"}',
             '{"id": "d", "text": "x", "published": "2024-13-45"}',
             '{"id": "e", "text": "x", "published": "2024-02-29"}']
    (tmp_path / "c.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs = list(read_inputs([str(tmp_path / "c.jsonl")]))
    assert reasons(docs) == ["malformed_json"] * 4 + [None] * 3
    assert [d.id for d in docs] == ["c.jsonl:1", "c.jsonl:2", "c.jsonl:3", "c.jsonl:4", "7", "d", "e"]
    assert docs[5].published is None and docs[6].published == "2024-02-29"


def test_encodings_guessed_and_named(tmp_path, coder):
    text = "\u201cWe will respond,\u201d the minister said on Monday. Caf\xe9 talks went on."
    (tmp_path / "win.txt").write_bytes(text.encode("cp1252"))
    (tmp_path / "u16.txt").write_bytes(text.encode("utf-16"))          # with a BOM
    (tmp_path / "u16le.txt").write_bytes(text.encode("utf-16-le"))     # NUL pattern only
    (tmp_path / "u32.txt").write_bytes(text.encode("utf-32"))
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02\x03binary\x00\xff" * 20)
    docs = list(read_inputs([str(tmp_path / n) for n in
                             ("win.txt", "u16.txt", "u16le.txt", "u32.txt", "bin.txt")]))
    assert [d.text for d in docs[:4]] == [text] * 4
    assert [d.encoding for d in docs[:4]] == ["cp1252", "utf-16", "utf-16-le", "utf-32"]
    assert reasons(docs) == [None] * 4 + ["binary"]
    db = str(tmp_path / "t.db")
    ingest(iter(docs[:1]), db, coder=coder)
    record = stored(db)["win.txt"]
    assert record["encoding"] == "cp1252" and record["quotes"], record


def test_rejection_round_trips_through_the_contract_string():
    for reason in Reason:
        rejection = Rejection(reason, "coding failed: ValueError: empty sequence")
        assert Rejection.parse(str(rejection)) == rejection
    # the old guess read 'empty' out of this; now only the head counts
    assert Rejection.parse("coding failed: ValueError: empty sequence").reason == Reason.CODING_FAILED
    assert Rejection.parse("a page about empty robots.txt files").reason == Reason.UNREADABLE


# ---- found by the long fuzz run ---------------------------------------------------------------------

# a mutated page on which trafilatura's baseline builds a text node lxml refuses (ValueError)
LXML_REFUSES = ('<!DOCTYPE html><html><head><title>Talks in Paris</title>\n<meta property="article:publis'
                'hed_time" content="2024-05-02T10:00:00Z"></head>\n<body><nav>Home | World</nav><article>'
                '<h1>Talks in Paris</h1>\n<p>The foreign minister of France met her counterpart from Germ'
                'any �n Paris on Thursday to discuv><article><h1>Talks in Paris</h1>\n<p>The foreign mini'
                'ster of France met her counterpart from Germany �n Paris on Thursday to discuss\nenergy '
                'prices, officials said.</p><p>"We agmeed to keep working together," the minister said.</'
                'p>\n</article><footer>Share this article</footer><&#x1')


def test_html_that_lxml_refuses_is_no_main_text():
    from tidings.extract import extract

    assert extract(RawDocument(id="h", html=LXML_REFUSES)).error.reason == Reason.NO_MAIN_TEXT
