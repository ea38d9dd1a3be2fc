"""Generators and mutators shared by the CI fuzz tests and benchmarks/fuzz_long.py.

Every input is built from constructed templates (no real news) and mutated: bytes flipped,
inserted, deleted, truncated, or fields swapped for values of the wrong type.
"""

from __future__ import annotations

import gzip
import json
from io import BytesIO

from hypothesis import strategies as st

from tidings.model import Reason, Rejection

ARTICLE_HTML = """<!DOCTYPE html><html><head><title>Talks in Paris</title>
<meta property="article:published_time" content="2024-05-02T10:00:00Z"></head>
<body><nav>Home | World</nav><article><h1>Talks in Paris</h1>
<p>The foreign minister of France met her counterpart from Germany in Paris on Thursday to discuss
energy prices, officials said.</p><p>"We agreed to keep working together," the minister said.</p>
</article><footer>Share this article</footer></body></html>"""

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Feed</title><link>https://news.example/</link>
<item><title>One</title><link>https://news.example/1.html</link><guid>g1</guid>
<pubDate>Thu, 02 May 2024 10:00:00 GMT</pubDate><description>&lt;p&gt;France met Germany.&lt;/p&gt;</description></item>
<item><title>Two</title><link>/2.html</link><pubDate>bad date</pubDate></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom</title><id>urn:t</id>
<updated>2024-05-03T00:00:00Z</updated>
<entry><title>A</title><id>urn:a</id><link href="https://news.example/a.html"/>
<updated>2024-05-03T08:00:00Z</updated><content type="html">&lt;p&gt;Text.&lt;/p&gt;</content></entry>
</feed>"""

SITEMAP = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>https://news.example/21.html</loc><news:news><news:publication>
<news:name>Test</news:name><news:language>en</news:language></news:publication>
<news:publication_date>2024-05-04T06:00:00+00:00</news:publication_date>
<news:title>Story 21</news:title></news:news></url>
<url><loc>https://news.example/22.html</loc><lastmod>2024-05-01</lastmod></url>
</urlset>"""

SITEMAP_INDEX = b"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://news.example/s1.xml</loc></sitemap></sitemapindex>"""

BOMB_DTD = (b'<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">'
            b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">'
            b'<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">'
            b'<!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;"><!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">]>\n')
XXE_DTD = b'<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'


def named(error: Rejection | str | None) -> bool:
    """Whether an error carries a named reason: a Rejection, or a contract string that leads with one."""
    if isinstance(error, Rejection):
        return isinstance(error.reason, Reason)
    return bool(error) and error.split(":", 1)[0].strip() in {r.value for r in Reason}


def warc_bytes(gz: bool) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = BytesIO()
    writer = WARCWriter(out, gzip=gz)

    def response(url, body: bytes, ctype="text/html; charset=utf-8", status="200 OK"):
        headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=BytesIO(body),
                                                      http_headers=headers))

    writer.write_record(writer.create_warc_record("", "warcinfo", payload=BytesIO(b"software: t")))
    response("https://news.example/a", ARTICLE_HTML.encode())
    response("https://news.example/img.png", b"\x89PNG....", ctype="image/png")
    response("https://news.example/gone", b"nope", status="404 Not Found")
    response("https://news.example/latin", "<html><body><p>Caf\xe9.</p></body></html>".encode("latin-1"),
             ctype="text/html; charset=iso-8859-1")
    response("https://news.example/odd", b"<html><p>x</p></html>", ctype="text/html; charset=no-such")
    return out.getvalue()


@st.composite
def mutated(draw, seeds: list[bytes], max_ops: int = 6) -> bytes:
    """One of ``seeds`` with a few random byte edits (flip, insert, delete, truncate, splice)."""
    data = bytearray(draw(st.sampled_from(seeds)))
    for _ in range(draw(st.integers(0, max_ops))):
        op = draw(st.sampled_from(["flip", "insert", "delete", "truncate", "dup"]))
        pos = draw(st.integers(0, max(0, len(data) - 1)))
        if op == "flip" and data:
            data[pos] = draw(st.integers(0, 255))
        elif op == "insert":
            data[pos:pos] = draw(st.binary(min_size=1, max_size=16) | st.sampled_from(
                [b"<", b">", b"&", b"]]>", b"<![CDATA[", b"&amp;", b"\x00", b"\xff\xfe", b"\r\n\r\n",
                 b"&#0;", b"&#x110000;", b"<item>", b"</channel>", b'"', b"\xe2\x80"]))
        elif op == "delete" and data:
            del data[pos:pos + draw(st.integers(1, 64))]
        elif op == "truncate":
            del data[pos:]
        elif op == "dup" and data:
            end = min(len(data), pos + draw(st.integers(1, 200)))
            data[pos:pos] = data[pos:end]
    return bytes(data)


def gz(data: bytes) -> bytes:
    return gzip.compress(data, mtime=0)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=40),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children,
                                                                       max_size=4),
    max_leaves=10)

FIELDS = ["id", "text", "html", "url", "title", "published"]

records = st.fixed_dictionaries({}, optional={f: json_values | st.text(max_size=120) for f in FIELDS})

# round two: lone surrogate escapes, deep nesting, odd URLs, ids of every JSON type
surrogate_escapes = st.lists(st.one_of(
    st.sampled_from(["\\ud800", "\\udfff", "\\udc80", "\\ud83d", "\\ud83d\\ude00"]),
    st.text(alphabet="abc .\"", max_size=8).map(lambda t: t.replace('"', "'"))),
    max_size=8).map("".join)

ODD_URLS = ["http://[oops/x", "http://[/", "http://[::1", "https://a:b@/", "http://:80/",
            "http://exa mple.org/", "http://例え.テスト/", "http://xn--/", "http://a..b/",
            "http://256.256.256.256/", "http://0x7f.1/", "//no-scheme", "javascript:alert(1)",
            "http://" + "a" * 300 + ".example/", "http://host:99999/", "http://host:-1/",
            "http://\ud800.example/", "file:///etc/passwd", "http://[fe80::1%25eth0]/", ""]

odd_urls = st.sampled_from(ODD_URLS) | st.text(max_size=40).map(lambda t: "http://" + t)


def nested(depth: int, kind: str) -> str:
    return {"list": "[" * depth + "]" * depth,
            "object": '{"a":' * depth + "1" + "}" * depth,
            "text": '{"id": "n", "text": ' + "[" * depth + "]" * depth + "}"}[kind]


deep_lines = st.builds(nested, st.integers(500, 120_000), st.sampled_from(["list", "object", "text"]))

jsonl_lines = st.one_of(
    records.map(json.dumps),
    json_values.map(json.dumps),
    st.text(max_size=120),
    records.map(json.dumps).map(lambda s: s[: len(s) // 2]),  # truncated line
    surrogate_escapes.map(lambda t: '{"id": "s", "text": "%s", "title": "%s"}' % (t, t)),
    deep_lines,
    st.builds(lambda url, i: json.dumps({"id": i, "text": "Talks.", "url": url}), odd_urls,
              json_values),
)

# documents of one run with colliding ids (the same id, other texts; the same text again)
duplicate_id_runs = st.lists(st.tuples(st.sampled_from(["a", "b", "c"]),
                                       st.sampled_from(["One.", "Two.", "Three."])),
                             min_size=1, max_size=8)


@st.composite
def multi_member_gzip(draw) -> tuple[bytes, bytes]:
    """(gzip data of 1-4 members, possibly damaged, with NUL padding or junk after; what it holds)."""
    parts = draw(st.lists(st.binary(max_size=200), min_size=1, max_size=4))
    data = b"".join(gzip.compress(p, mtime=0) for p in parts)
    tail = draw(st.sampled_from([b"", b"\x00" * 16, b"junk", b"\x1f\x8b", b"\x1f\x8b\x08\x00"]))
    return data + tail, b"".join(parts)

html_fragments = st.lists(st.one_of(
    st.sampled_from(["<p>", "</p>", "<div>", "</div>", "<article>", "</article>", "<script>",
                     "</script>", "<style>", "<!--", "-->", "<![CDATA[", "<br/>", "<h1>", "</h1>",
                     "<html>", "<body>", "<meta charset='x'>", "<table><tr><td>", "&amp;", "&#0;",
                     "&nbsp;", "<a href='javascript:alert(1)'>", "<img src=x onerror=alert(1)>"]),
    st.text(max_size=60),
    st.sampled_from(["France met Germany in Paris on Monday, officials said.",
                     '"We will respond," the minister said.'])), max_size=30).map("".join)
