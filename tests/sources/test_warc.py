"""WARC files written with warcio: HTML responses become documents, the rest is skipped."""

from __future__ import annotations

from io import BytesIO

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from tests.store.httpserver import ARTICLE
from tidings.sources.web import read_inputs
from tidings.sources.warc import read_warc


def write_warc(path, gz: bool) -> None:
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=gz)

        def response(url, body: bytes, ctype="text/html; charset=utf-8", status="200 OK"):
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=BytesIO(body),
                                                          http_headers=headers))

        writer.write_record(writer.create_warc_record("", "warcinfo", payload=BytesIO(b"software: test")))
        response("https://news.example/a", ARTICLE.format(title="WARC one", n=1, day=1).encode())
        writer.write_record(writer.create_warc_record(
            "https://news.example/a", "request", payload=BytesIO(b"GET /a HTTP/1.1\r\n\r\n")))
        response("https://news.example/logo.png", b"\x89PNG....", ctype="image/png")
        response("https://news.example/gone", b"nope", status="404 Not Found")
        response("https://news.example/latin", "<html><body><p>Caf\xe9 talks in Paris.</p></body></html>"
                 .encode("latin-1"), ctype="text/html; charset=iso-8859-1")


def test_warc_and_warc_gz(tmp_path):
    for name, gz in (("a.warc", False), ("b.warc.gz", True)):
        path = tmp_path / name
        write_warc(path, gz)
        docs = list(read_inputs([str(path)]))
        assert [d.id for d in docs] == ["https://news.example/a", "https://news.example/latin"]
        assert "WARC one" in docs[0].html and docs[0].url == "https://news.example/a"
        assert "Café" in docs[1].html


def test_truncated_warc_keeps_what_was_read(tmp_path):
    path = tmp_path / "c.warc.gz"
    write_warc(path, True)
    data = path.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: int(len(data) * 0.8)])
    docs = list(read_warc(cut))
    assert docs[0].id == "https://news.example/a"
    assert docs[-1].error and "damaged" in str(docs[-1].error)


def test_directory_with_warc(tmp_path):
    write_warc(tmp_path / "x.warc.gz", True)
    (tmp_path / "y.txt").write_text("A plain text document.", encoding="utf-8")
    ids = [d.id for d in read_inputs([str(tmp_path)])]
    assert ids == ["https://news.example/a", "https://news.example/latin", "y.txt"]
