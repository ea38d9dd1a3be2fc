"""A real local HTTP server on 127.0.0.1 for source tests: pages, feeds, sitemaps, redirects,
robots.txt, slow and huge answers, conditional GETs. Content is constructed for the tests."""

from __future__ import annotations

import threading
import time
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ARTICLE = """<!DOCTYPE html><html><head><title>{title}</title>
<meta property="article:published_time" content="2024-05-0{day}T10:00:00Z"></head>
<body><nav>Home | World | Business | Sport</nav>
<article><h1>{title}</h1>
<p>The foreign minister of France met her counterpart from Germany in Paris on Thursday to discuss
the war in Ukraine, energy prices and the coming European summit, officials said.</p>
<p>"We agreed to keep working together," the minister told reporters after the talks, which lasted
more than three hours and ended with a joint statement on military aid and reconstruction.</p>
<p>The two governments also pledged to coordinate their positions on trade with China before the
summit in Brussels next month, according to a statement released by the foreign ministry.</p>
<p>Story number {n}. Constructed test article, not real news.</p>
</article><footer>Share this article | Read more | Copyright</footer></body></html>"""

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Test feed</title><link>{base}/</link>
{items}
</channel></rss>"""

RSS_ITEM = """<item><title>Item {n}</title><link>{base}/articles/{n}.html</link>
<guid>{base}/articles/{n}.html</guid><pubDate>Thu, 02 May 2024 10:00:00 GMT</pubDate>
<description>Summary of item {n}.</description></item>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom test</title><id>urn:test</id>
<updated>2024-05-03T00:00:00Z</updated>
<entry><title>Atom one</title><id>urn:a1</id><link href="{base}/articles/7.html"/>
<updated>2024-05-03T08:00:00Z</updated><summary>One.</summary></entry>
<entry><title>Atom gone</title><id>urn:a2</id><link href="{base}/missing.html"/>
<updated>2024-05-03T09:00:00Z</updated>
<content type="html">&lt;p&gt;The feed carries this text itself, as the page is gone.&lt;/p&gt;</content></entry>
</feed>"""

SITEMAP = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>{base}/articles/21.html</loc><news:news><news:publication>
<news:name>Test</news:name><news:language>en</news:language></news:publication>
<news:publication_date>2024-05-04T06:00:00+00:00</news:publication_date>
<news:title>Sitemap story 21</news:title></news:news></url>
<url><loc>{base}/articles/22.html</loc></url>
</urlset>"""

SITEMAP_INDEX = """<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>{base}/sitemap-news.xml</loc></sitemap></sitemapindex>"""

BOMB = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<rss version="2.0"><channel><title>&lol3;</title><item><title>&lol3;</title>
<link>http://x.invalid/</link></item></channel></rss>"""

ROBOTS = "User-agent: *\nDisallow: /private/\n"


class Handler(BaseHTTPRequestHandler):
    server_version = "TestServer/1.0"

    def log_message(self, *args):  # keep test output quiet
        pass

    def send(self, status: int, body: bytes | str = b"", ctype: str = "text/html; charset=utf-8",
             headers: dict | None = None) -> None:
        if isinstance(body, str):
            body = body.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):  # noqa: C901  (a router for test routes)
        srv = self.server
        srv.requests.append((self.path, dict(self.headers), time.monotonic()))
        base = f"http://127.0.0.1:{srv.server_port}"
        path = self.path.split("?")[0]
        if path == "/robots.txt":
            if srv.robots_status != 200:
                return self.send(srv.robots_status, "", "text/plain")
            return self.send(200, ROBOTS, "text/plain")
        if path.startswith("/articles/") and path.endswith(".html"):
            n = path.rsplit("/", 1)[1][:-5]
            return self.send(200, ARTICLE.format(title=f"Test story {n}", n=n, day=(int(n) % 9) + 1))
        if path.startswith("/private/"):
            return self.send(200, ARTICLE.format(title="secret", n=0, day=1))
        if path.startswith("/redirect/"):
            n = int(path.rsplit("/", 1)[1])
            target = "/articles/1.html" if n <= 0 else f"/redirect/{n - 1}"
            return self.send(302, "", headers={"Location": target})
        if path == "/feed.xml":
            etag = '"feed-v%d"' % srv.feed_version
            if self.headers.get("If-None-Match") == etag:
                return self.send(304, b"")
            items = "\n".join(RSS_ITEM.format(base=base, n=n) for n in srv.feed_items)
            return self.send(200, RSS.format(base=base, items=items), "application/rss+xml",
                             {"ETag": etag, "Last-Modified": formatdate(usegmt=True)})
        if path == "/atom.xml":
            return self.send(200, ATOM.format(base=base), "application/atom+xml")
        if path == "/sitemap-news.xml":
            return self.send(200, SITEMAP.format(base=base), "application/xml")
        if path == "/sitemap-index.xml":
            return self.send(200, SITEMAP_INDEX.format(base=base), "application/xml")
        if path == "/bomb.xml":
            return self.send(200, BOMB, "application/rss+xml")
        if path == "/image.png":
            return self.send(200, b"\x89PNG\r\n\x1a\n" + b"\0" * 100, "image/png")
        if path == "/huge":
            # no Content-Length: the cap must hold while streaming
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            chunk = b"<p>" + b"x" * 65536 + b"</p>"
            try:
                for _ in range(200):
                    self.wfile.write(chunk)
            except (BrokenPipeError, ConnectionResetError):
                pass
            return None
        if path == "/huge-declared":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(50 * 1024 * 1024))
            self.end_headers()
            return None
        if path == "/slow":
            # headers at once, then a byte every 0.3 s: each read is quick, the whole is not
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                for _ in range(40):
                    self.wfile.write(b"<p>a</p>")
                    self.wfile.flush()
                    time.sleep(0.3)
            except (BrokenPipeError, ConnectionResetError):
                pass
            return None
        if path == "/stall":
            time.sleep(5)
            return self.send(200, "late")
        return self.send(404, "not found", "text/plain")


class Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self):
        super().__init__(("127.0.0.1", 0), Handler)
        self.requests: list = []
        self.feed_items = [1, 2]
        self.feed_version = 1
        self.robots_status = 200

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_port}"


def start() -> Server:
    server = Server()
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server
