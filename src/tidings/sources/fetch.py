"""A polite, guarded HTTP client for pages, feeds and sitemaps (httpx).

Guards, each with a named failure (``FetchError.reason``):
- timeouts (connect/read, plus a whole-download deadline against slow-drip servers)  → timeout
- a size cap on the body, checked while streaming                                     → too_large
- a redirect cap; each hop is checked again                                           → too_many_redirects
- private, loopback, link-local (and other non-public) addresses refused for the resolved name
  before connecting, and the connection then goes to the very address checked (a DNS answer
  that changes between lookups, "DNS rebinding", never reaches a private host); each redirect
  hop is checked again, and so is the peer actually connected to, unless allowed       → private_address
- robots.txt honoured for our user agent (RFC 9309: 4xx means no rules, 5xx disallows)  → robots_disallowed
- a per-host rate limit (minimum delay between requests to one host)
- a clear user agent naming the tool
"""

from __future__ import annotations

import ipaddress
import logging
import socket
import threading
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit, urlunsplit
from urllib.robotparser import RobotFileParser

from tidings import __version__
from tidings.model import Reason, Rejection
from tidings.errors import TidingsError
from tidings.settings import Settings

if TYPE_CHECKING:  # imported where a URL is fetched: `tidings code` on files never loads it
    import httpx

log = logging.getLogger(__name__)

USER_AGENT = f"tidings/{__version__} (news event coder; +https://pypi.org/project/tidings/)"
ROBOTS_AGENT = "tidings"
ROBOTS_TTL = 24 * 3600  # RFC 9309: a cached robots.txt should not be used for more than 24 hours


class FetchError(TidingsError):
    """A fetch that failed for a named reason (stored with rejected documents)."""

    def __init__(self, reason: Reason, message: str):
        super().__init__(message)
        self.reason = Reason(reason)

    @property
    def rejection(self) -> Rejection:
        return Rejection(self.reason, str(self))


@dataclass
class FetchPolicy:
    timeout: float = Settings.default("fetch_timeout")  # seconds for connect, each read, and the whole body
    max_bytes: int = Settings.default("fetch_max_bytes")
    max_redirects: int = 5
    per_host_delay: float = Settings.default("fetch_delay")  # seconds between two requests to the same host
    allow_private: bool = False
    respect_robots: bool = True
    user_agent: str = USER_AGENT


@dataclass
class Response:
    url: str                          # the final URL, after redirects
    status: int
    headers: dict[str, str]
    content: bytes
    redirects: list[str] = field(default_factory=list)

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    @property
    def charset(self) -> str | None:
        for part in self.headers.get("content-type", "").split(";")[1:]:
            key, _, value = part.partition("=")
            if key.strip().lower() == "charset" and value.strip():
                return value.strip().strip('"').lower()
        return None

    def text(self) -> str:
        for enc in (self.charset, "utf-8"):
            if enc:
                try:
                    return self.content.decode(enc)
                except (LookupError, UnicodeDecodeError):
                    continue
        return self.content.decode("cp1252", errors="replace")  # what "latin-1" means on the web


def public_address(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def check_host(host: str, port: int, allow_private: bool) -> str | None:
    """Refuse a host whose name resolves to any non-public address; the address to connect to
    (None when private addresses are allowed: then the name is connected to as usual)."""
    if allow_private:
        return None
    try:
        infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    except socket.gaierror as exc:
        raise FetchError(Reason.FETCH_FAILED, f"cannot resolve {host}: {exc}") from None
    for info in infos:
        address = info[4][0]
        if not public_address(address):
            raise FetchError(Reason.PRIVATE_ADDRESS,
                             f"refused: {host} resolves to private address {address} "
                             "(use --allow-private to permit)")
    if not infos:
        raise FetchError(Reason.FETCH_FAILED, f"cannot resolve {host}: no address")
    return infos[0][4][0]


def pinned(url: str, address: str) -> tuple[str, dict[str, str], dict]:
    """(URL naming ``address`` instead of the host, the Host header, the TLS server name): a
    request that connects where the check looked, while the server and its certificate are still
    asked about the host name."""
    parts = urlsplit(url)
    netloc = parts.netloc.rpartition("@")[2]
    literal = f"[{address.split('%')[0]}]" if ":" in address else address
    target = urlunsplit(parts._replace(netloc=literal + (f":{parts.port}" if parts.port else "")))
    return target, {"Host": netloc}, {"sni_hostname": parts.hostname}


class Fetcher:
    """One HTTP client with its policy, robots cache and per-host clock. Thread-safe for reads."""

    def __init__(self, policy: FetchPolicy | None = None):
        import httpx  # here, not at the top: 50 ms of every start-up that fetches nothing

        self.policy = policy or FetchPolicy()
        p = self.policy
        self.client = httpx.Client(
            follow_redirects=False,  # redirects are followed by hand, so each hop is checked
            timeout=httpx.Timeout(p.timeout),
            headers={"User-Agent": p.user_agent, "Accept-Encoding": "gzip, deflate"},
            trust_env=False,  # no proxy from the environment: the address checks must see the peer
        )
        self.robots: dict[str, tuple[RobotFileParser | None, float]] = {}
        self.last_request: dict[str, float] = {}
        self.lock = threading.Lock()

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _wait_turn(self, host: str) -> None:
        with self.lock:
            now = time.monotonic()
            ready = self.last_request.get(host, 0.0) + self.policy.per_host_delay
            wait = max(0.0, ready - now)
            self.last_request[host] = now + wait
        if wait:
            time.sleep(wait)

    def allowed(self, url: str) -> bool:
        """Whether robots.txt lets our user agent fetch ``url``."""
        if not self.policy.respect_robots:
            return True
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        cached = self.robots.get(origin)
        if cached is None or time.monotonic() - cached[1] > ROBOTS_TTL:
            rules: RobotFileParser | None = RobotFileParser()
            try:
                resp = self._get(origin + "/robots.txt", {}, check_robots=False)
            except FetchError as exc:
                if exc.reason is Reason.PRIVATE_ADDRESS:
                    raise
                log.info("robots.txt of %s unreachable (%s): not fetching there", origin, exc)
                rules = None  # unreachable: assume complete disallow (RFC 9309 §2.3.1.4)
            else:
                if resp.status >= 500:
                    rules = None
                elif resp.status >= 400:
                    rules.parse([])  # no robots.txt: everything allowed
                else:
                    rules.parse(resp.text().splitlines())
            self.robots[origin] = (rules, time.monotonic())
        rules = self.robots[origin][0]
        return rules is not None and rules.can_fetch(ROBOTS_AGENT, url)

    def get(self, url: str, headers: dict[str, str] | None = None) -> Response:
        """GET ``url`` under the policy; raises FetchError with a named reason."""
        import httpx

        try:
            return self._get(url, headers or {}, check_robots=True)
        except (ValueError, UnicodeError, httpx.InvalidURL) as exc:  # malformed URL or host name
            raise FetchError(Reason.BAD_URL, f"bad URL {url!r}: {exc}") from None

    def _get(self, url: str, headers: dict[str, str], check_robots: bool) -> Response:
        redirects: list[str] = []
        for _hop in range(self.policy.max_redirects + 1):
            parts = urlsplit(url)
            if parts.scheme not in ("http", "https") or not parts.hostname:
                raise FetchError(Reason.BAD_URL, f"not an http(s) URL: {url}")
            port = parts.port or (443 if parts.scheme == "https" else 80)
            address = check_host(parts.hostname, port, self.policy.allow_private)
            if check_robots and not self.allowed(url):
                raise FetchError(Reason.ROBOTS_DISALLOWED, f"robots.txt disallows {url}")
            self._wait_turn(parts.hostname)
            resp = self._once(url, headers, address)
            if resp.status in (301, 302, 303, 307, 308) and "location" in resp.headers:
                redirects.append(url)
                url = urljoin(url, resp.headers["location"])
                continue
            resp.redirects = redirects
            return resp
        raise FetchError(Reason.TOO_MANY_REDIRECTS,
                         f"more than {self.policy.max_redirects} redirects from {redirects[0]}")

    def _once(self, url: str, headers: dict[str, str], address: str | None = None) -> Response:
        import httpx

        p = self.policy
        started = time.monotonic()
        target, extensions = url, {}
        if address is not None:
            target, host, extensions = pinned(url, address)
            headers = {**headers, **host}
        try:
            with self.client.stream("GET", target, headers=headers, extensions=extensions) as r:
                self._check_peer(r, url)
                declared = r.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > p.max_bytes:
                    raise FetchError(Reason.TOO_LARGE, f"{url}: {declared} bytes exceeds the size cap "
                                                  f"of {p.max_bytes}")
                chunks, size = [], 0
                for chunk in r.iter_bytes():
                    size += len(chunk)
                    if size > p.max_bytes:
                        raise FetchError(Reason.TOO_LARGE, f"{url}: body exceeds the size cap of "
                                                      f"{p.max_bytes} bytes")
                    if time.monotonic() - started > p.timeout:
                        raise FetchError(Reason.TIMEOUT, f"{url}: download timed out after {p.timeout}s")
                    chunks.append(chunk)
                return Response(url=url, status=r.status_code,
                                headers={k.lower(): v for k, v in r.headers.items()},
                                content=b"".join(chunks))
        except httpx.TimeoutException:
            raise FetchError(Reason.TIMEOUT, f"{url}: timed out after {p.timeout}s") from None
        except httpx.HTTPError as exc:
            raise FetchError(Reason.FETCH_FAILED, f"{url}: {type(exc).__name__}: {exc}") from None

    def _check_peer(self, r: httpx.Response, url: str) -> None:
        """Check the address actually connected to (guards against DNS answers that change)."""
        if self.policy.allow_private:
            return
        stream = r.extensions.get("network_stream")
        peer = stream.get_extra_info("server_addr") if stream is not None else None
        if peer and not public_address(peer[0]):
            raise FetchError(Reason.PRIVATE_ADDRESS, f"refused: {url} connected to private address {peer[0]}")
