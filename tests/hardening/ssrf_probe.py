"""Run inside a private network namespace (unshare -rn) where 8.8.8.8 is a local address, so a
'public' web server and a 'private' target both live on this machine and no packet leaves it.

Prints one JSON object: the outcome of fetching each URL under the default FetchPolicy, and the
number of requests the private target received (must stay 0).
"""

from __future__ import annotations

import json
import socket
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from tidings.sources.fetch import FetchPolicy
from tidings.sources.web import read_inputs

PUBLIC, PRIVATE_PORT = "8.8.8.8", 8081
private_hits: list[str] = []

ARTICLE = (b"<html><body><article><h1>Talks</h1><p>The foreign minister of France met her "
           b"counterpart from Germany in Paris on Thursday, officials said. The talks lasted three "
           b"hours and ended with a joint statement on energy.</p></article></body></html>")

REDIRECTS = {
    "/to-loopback": f"http://127.0.0.1:{PRIVATE_PORT}/secret",
    "/to-localhost": f"http://localhost:{PRIVATE_PORT}/secret",
    "/to-metadata": "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "/to-private-10": "http://10.0.0.1/admin",
    "/to-mapped-v6": f"http://[::ffff:127.0.0.1]:{PRIVATE_PORT}/secret",
    "/to-v6-loopback": f"http://[::1]:{PRIVATE_PORT}/secret",
    "/to-decimal": f"http://2130706433:{PRIVATE_PORT}/secret",
    "/to-zero": f"http://0.0.0.0:{PRIVATE_PORT}/secret",
    "/hop1": "/hop2",
    "/hop2": f"http://127.0.0.1:{PRIVATE_PORT}/secret",
}


public_hits: list[str] = []
FEED = ('<?xml version="1.0"?><rss version="2.0"><channel><title>F</title><link>http://8.8.8.8/</link>'
        + "".join(f"<item><title>Item {i}</title><link>http://8.8.8.8/item{i}</link></item>"
                  for i in (1, 2, 3)) + "</channel></rss>").encode()
EMPTY_FEED = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>Empty</title>'
              b"<link>http://8.8.8.8/</link></channel></rss>")


class Public(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        public_hits.append(self.path)
        if self.path in ("/feed", "/empty-feed"):
            body = FEED if self.path == "/feed" else EMPTY_FEED
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif self.path in REDIRECTS:
            self.send_response(302)
            self.send_header("Location", REDIRECTS[self.path])
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif self.path == "/ok" or self.path.startswith("/item"):
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(ARTICLE)))
            self.end_headers()
            self.wfile.write(ARTICLE)
        else:  # robots.txt and the rest
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()


class Private(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        private_hits.append(self.path)
        body = b"secret-metadata-token"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


REBIND_HOST = "rebind.test"


def rebinding_resolver():
    """A DNS answer that changes between lookups (DNS rebinding with a zero TTL): the rebinding
    name resolves to the public address the first time, to loopback afterwards. Only the name
    resolution is simulated (the namespace has no DNS server); the servers and connections are real."""
    real = socket.getaddrinfo
    calls = []

    def getaddrinfo(host, port, *args, **kwargs):
        if host != REBIND_HOST:
            return real(host, port, *args, **kwargs)
        calls.append(host)
        return real(PUBLIC if len(calls) == 1 else "127.0.0.1", port, *args, **kwargs)

    socket.getaddrinfo = getaddrinfo


def serve(server):
    threading.Thread(target=server.serve_forever, daemon=True).start()


def post_feeds() -> dict:
    """POST /api/documents with a feed URL (the first item only is fetched) and with a feed without
    items (422, not 500), under the server's default fetch policy."""
    import tempfile
    import warnings

    from tidings.api import create_app
    from tidings.store import Store

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    db = tempfile.mkdtemp() + "/api.db"
    Store.open(db, create=True).close()
    auth = {"Authorization": "Bearer t0ken"}
    with TestClient(create_app(db, token="t0ken"), raise_server_exceptions=False) as client:
        before = len(public_hits)
        feed = client.post("/api/documents", json={"url": f"http://{PUBLIC}/feed"}, headers=auth)
        items = [p for p in public_hits[before:] if p.startswith("/item")]
        empty = client.post("/api/documents", json={"url": f"http://{PUBLIC}/empty-feed"}, headers=auth)
    return {"feed_status": feed.status_code, "feed_id": feed.json().get("id"), "items_fetched": items,
            "empty_status": empty.status_code, "empty_error": empty.json().get("error")}


def main() -> None:
    serve(ThreadingHTTPServer((PUBLIC, 80), Public))
    for host in ("127.0.0.1", "0.0.0.0"):
        try:
            serve(ThreadingHTTPServer((host, PRIVATE_PORT), Private))
            break
        except OSError:
            continue
    policy = FetchPolicy(per_host_delay=0.0, timeout=5.0)  # allow_private=False, robots honoured
    urls = [f"http://{PUBLIC}/ok"] + [f"http://{PUBLIC}{p}" for p in REDIRECTS] + [
        f"http://127.0.0.1:{PRIVATE_PORT}/secret", f"http://localhost:{PRIVATE_PORT}/secret",
        "http://169.254.169.254/latest/meta-data/", "http://[fe80::1]/", "http://100.64.0.1/",
        "http://192.168.1.1/", "http://172.16.0.1/", f"http://0x7f000001:{PRIVATE_PORT}/"]
    outcome = {}
    for url in urls:
        docs = list(read_inputs([url], policy=policy))
        outcome[url] = {"error": str(docs[0].error) if docs[0].error else None, "html": bool(docs[0].html)}
    # robots.txt not asked for: its own lookup would see the private answer and refuse by luck
    rebinding_resolver()
    url = f"http://{REBIND_HOST}:{PRIVATE_PORT}/secret?token=chosen-by-attacker"
    docs = list(read_inputs([url], policy=FetchPolicy(per_host_delay=0.0, timeout=5.0,
                                                      respect_robots=False)))
    rebinding = {"error": str(docs[0].error) if docs[0].error else None, "html": bool(docs[0].html)}
    print(json.dumps({"outcome": outcome, "rebinding": rebinding, "private_hits": private_hits,
                      "api": post_feeds()}))
    sys.stdout.flush()


if __name__ == "__main__":
    main()
