"""The FastAPI application: routes, the error shape, security headers, the dashboard's files."""


import hashlib
import hmac
import logging
import queue
import threading
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field, model_validator
from starlette.exceptions import HTTPException as StarletteHTTPException

from tidings import __version__
from tidings.errors import TidingsError
from tidings.pipeline import MAX_CHARS
from tidings.query import (CODE_PATTERN, MAX_LIMIT, MODALITIES, PLOVER_TYPES, QueryError, Tidings,
                           open_store)

log = logging.getLogger(__name__)

WEB = Path(__file__).resolve().parents[1] / "web"
STATIC = WEB / "static"

ERROR_CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
               405: "method_not_allowed", 413: "too_large", 422: "invalid_parameter",
               500: "internal_error", 503: "unavailable"}

# No inline script or style anywhere: every script and stylesheet is a file served from here.
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; "
       "frame-ancestors 'none'; object-src 'none'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
}

# characters of a posted text or HTML: room for markup around the pipeline's own limit on the
# extracted text, which rejects longer documents with a named reason
MAX_TEXT = 5 * MAX_CHARS


def error_body(status: int, message: str) -> dict:
    """The one error shape of the API."""
    return {"status": status, "error": ERROR_CODES.get(status, "error"), "message": message}


def error_response(status: int, message: str, headers: dict | None = None) -> JSONResponse:
    return JSONResponse(error_body(status, message), status_code=status, headers=headers)


class ApiError(TidingsError):
    def __init__(self, status: int, message: str, headers: dict | None = None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers


Plover = Enum("Plover", {p: p for p in PLOVER_TYPES}, type=str)
Modality = Enum("Modality", {m: m for m in MODALITIES}, type=str)


class Period(str, Enum):
    day = "day"
    week = "week"
    month = "month"


class NetworkLevel(str, Enum):
    country = "country"
    actor = "actor"


class Order(str, Enum):
    newest = "newest"
    oldest = "oldest"


class EventFilters(BaseModel):
    """Event filters as query parameters (shared by events, timeline, network, top actors)."""

    source: str | None = Field(None, pattern=CODE_PATTERN,
                               description="Source actor code or prefix (USA matches USAGOV).")
    target: str | None = Field(None, pattern=CODE_PATTERN, description="Target actor code or prefix.")
    actor: str | None = Field(None, pattern=CODE_PATTERN, description="Either side, code or prefix.")
    cameo: str | None = Field(None, pattern=r"^[0-9]{1,4}$",
                              description="CAMEO code or prefix (04 matches 042).")
    root: str | None = Field(None, pattern=r"^(0[1-9]|1[0-9]|20)$", description="CAMEO root code.")
    plover: Plover | None = Field(None, description="PLOVER event type.")
    quad_class: int | None = Field(None, ge=1, le=4, description="QuadClass 1-4.")
    modality: Modality | None = None
    since: date | None = Field(None, description="Events on or after this date (YYYY-MM-DD).")
    until: date | None = Field(None, description="Events on or before this date (YYYY-MM-DD).")
    q: str | None = Field(None, max_length=500, description="Words in the events' documents (full text).")
    document: str | None = Field(None, max_length=2000, description="Events of one document id.")
    mentions: bool = Field(False, description="Every report (mention), not one consolidated event per happening.")

    @model_validator(mode="after")
    def dates_in_order(self):
        if self.since and self.until and self.since > self.until:
            raise ValueError(f"since ({self.since}) is after until ({self.until})")
        return self

    def as_kwargs(self) -> dict:
        return {"source": self.source, "target": self.target, "actor": self.actor,
                "cameo": self.cameo, "root": self.root,
                "plover": self.plover.value if self.plover else None,
                "quad_class": self.quad_class,
                "modality": self.modality.value if self.modality else None,
                "since": self.since.isoformat() if self.since else None,
                "until": self.until.isoformat() if self.until else None,
                "text": self.q, "document": self.document, "mentions": self.mentions}


Limit = Annotated[int, Query(ge=0, le=MAX_LIMIT, description=f"Page size (0 to {MAX_LIMIT}).")]
Offset = Annotated[int, Query(ge=0, le=10**9, description="Rows to skip.")]


class EventPage(BaseModel):
    total: int = Field(description="Matches: exact up to 10,000 (or with exact_total=true), "
                                   "else a lower bound")
    total_exact: bool
    limit: int
    offset: int
    events: list[dict[str, Any]]


class QuotePage(BaseModel):
    total: int
    limit: int
    offset: int
    quotes: list[dict[str, Any]]


class ActorPage(BaseModel):
    total: int
    limit: int
    offset: int
    actors: list[dict[str, Any]]


class DocumentPage(BaseModel):
    total: int
    limit: int
    offset: int
    documents: list[dict[str, Any]]


class NewDocument(BaseModel):
    """A document to code and store: its text (or HTML), or a URL to fetch."""

    text: str | None = Field(None, max_length=MAX_TEXT)
    html: str | None = Field(None, max_length=MAX_TEXT)
    url: str | None = Field(None, max_length=2000, pattern=r"^https?://")
    id: str | None = Field(None, max_length=500)
    title: str | None = Field(None, max_length=1000)
    published: date | None = None

    @model_validator(mode="after")
    def something_to_code(self):
        if not (self.text or self.html or self.url):
            raise ValueError("give text, html or url")
        return self


def create_app(db: str, *, token: str | None = None) -> FastAPI:
    """The API and dashboard over the store at ``db``. ``token`` enables POST /api/documents."""
    open_store(db).close()  # fail now, not on the first request, if the store cannot be read
    readers: queue.SimpleQueue = queue.SimpleQueue()  # open reader connections not in use
    write_lock = threading.Lock()

    app = FastAPI(
        title="tidings", version=__version__,
        description="Sourced event data from news: events (CAMEO/PLOVER), quotes with speakers, "
                    "actors, documents with the evidence behind every record. Read-only, except "
                    "POST /api/documents which needs the configured bearer token.",
        docs_url=None, redoc_url=None)  # the docs page is our own (offline, no inline script)

    def q():
        """A reader connection for this request alone (FastAPI may run a dependency and its
        endpoint on different threads, so connections are lent per request, not per thread)."""
        try:
            t = readers.get_nowait()
        except queue.Empty:
            t = open_store(db)
        try:
            yield t
        finally:
            readers.put(t)

    Q = Annotated[Tidings, Depends(q)]

    # ---- errors: one shape ----
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        message = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
        if exc.status_code == 404 and message == "Not Found":
            message = f"no such path: {request.url.path}"
        return error_response(exc.status_code, message, getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        parts = []
        for err in exc.errors():
            loc = [str(p) for p in err.get("loc", ()) if p not in ("query", "body", "path")]
            where = ".".join(loc)
            msg = err.get("msg", "invalid")
            if msg.startswith("Value error, "):
                msg = msg[len("Value error, "):]
            parts.append(f"{where}: {msg}" if where else msg)
        return error_response(422, "; ".join(parts) or "invalid request")

    @app.exception_handler(QueryError)
    async def query_error(request: Request, exc: QueryError):
        return error_response(400, str(exc))

    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError):
        return error_response(exc.status, exc.message, exc.headers)

    @app.exception_handler(Exception)
    async def internal_error(request: Request, exc: Exception):
        log.exception("error answering %s", request.url.path)
        return error_response(500, "internal error (logged by the server)")

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        try:
            response = await call_next(request)
        except Exception:  # errors that escape the handlers still get the shape and the headers
            log.exception("error answering %s", request.url.path)
            response = error_response(500, "internal error (logged by the server)")
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        if request.url.path.startswith("/api/"):
            response.headers.setdefault("Cache-Control", "no-store")
        return response

    # ---- reads ----
    @app.get("/api/stats", summary="Counts of what the store holds", tags=["store"])
    def stats(t: Q) -> dict[str, Any]:
        return t.stats()

    @app.get("/api/events", summary="Events with filters, paginated", tags=["events"],
             response_model=EventPage)
    def events(t: Q, filters: Annotated[EventFilters, Query()], limit: Limit = 50,
               offset: Offset = 0, order: Order = Order.newest,
               exact_total: Annotated[bool, Query(description="Count every match, however many")] = False):
        """Consolidated events (one per happening, however many documents report it; every
        report with ``mentions=true``) in the output-contract shape plus ``key``, ``document_id``,
        ``url``, ``title``, ``published``, ``num_mentions``, ``num_articles``, ``num_sources``,
        ``first_reported``, ``reports`` (evidence, document, outlet, date, code and modality of
        each), ``disagreements`` (fields the reports differ on) and ``cameo_name``; newest
        first (undated events last). ``q``: exact words, all required. ``total`` counts the
        matches exactly up to 10,000; beyond, ``total_exact`` is false and ``total`` a lower
        bound, unless ``exact_total=true``."""
        page = t.events(limit=limit, offset=offset, order=order.value, exact_total=exact_total,
                        **filters.as_kwargs())
        return {"total": page.total, "total_exact": page.total_exact, "limit": limit,
                "offset": offset, "events": list(page)}

    @app.get("/api/events/{key:path}", summary="One event with its evidence spans", tags=["events"])
    def event(t: Q, key: str) -> dict[str, Any]:
        """The event with key ``document id/position`` or with the ``id`` the event lists give,
        with ``highlight``: the source, trigger and target spans inside its evidence sentence."""
        found = t.event(key)
        if found is None:
            raise ApiError(404, f"no event with key or id {key!r}")
        return found

    @app.get("/api/timeline", summary="A dyad's events per period by QuadClass", tags=["aggregates"])
    def timeline(t: Q, filters: Annotated[EventFilters, Query()], by: Period = Period.month,
                 both: bool = False) -> dict[str, Any]:
        """Counts per day, week (from Monday) or month by QuadClass, with mean Goldstein.
        ``source`` → ``target`` (both directions with ``both=true``)."""
        kwargs = filters.as_kwargs()
        source, target = kwargs.pop("source"), kwargs.pop("target")
        return t.timeline(source, target, by=by.value, both=both, **kwargs).to_dict()

    @app.get("/api/network", summary="Who interacts with whom", tags=["aggregates"])
    def network(t: Q, filters: Annotated[EventFilters, Query()],
                limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 100,
                level: Annotated[NetworkLevel, Query(
                    description="country: actors rolled up to their country (organisations stay "
                                "themselves); actor: every actor code")] = NetworkLevel.country,
                both_coded: Annotated[bool, Query(
                    description="Only events whose two sides have a known country "
                                "(no ---GOV)")] = False,
                domestic: Annotated[bool | None, Query(
                    description="Edges inside one country (default: left out at country level, "
                                "kept at actor level)")] = None) -> dict[str, Any]:
        """Directed edges source → target weighted by events (the ``limit`` heaviest), with mean
        Goldstein and cooperation/conflict counts, and the nodes they connect."""
        return t.network(limit=limit, level=level.value, both_coded=both_coded, domestic=domestic,
                         **filters.as_kwargs())

    @app.get("/api/actors", summary="Known actors", tags=["actors"], response_model=ActorPage)
    def actors(t: Q, q: Annotated[str | None, Query(max_length=200)] = None, limit: Limit = 50,
               offset: Offset = 0):
        """Actors (code, name, country, sectors) with event and quote counts; ``q`` matches a code
        prefix or a name."""
        page = t.actors(q, limit=limit, offset=offset)
        return {"total": page.total, "limit": limit, "offset": offset, "actors": list(page)}

    @app.get("/api/actors/top", summary="Actors by number of events", tags=["actors"])
    def top_actors(t: Q, filters: Annotated[EventFilters, Query()],
                   limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 20) -> list[dict[str, Any]]:
        """Actor codes by events, each with a neutral ``name`` built from the code ("government,
        country unknown") and the resolved ``names`` seen under it, most frequent first."""
        return list(t.top_actors(limit=limit, **filters.as_kwargs()))

    @app.get("/api/quotes", summary="Quotes with speakers", tags=["quotes"], response_model=QuotePage)
    def quotes(t: Q, speaker: Annotated[str | None, Query(max_length=200)] = None,
               q: Annotated[str | None, Query(max_length=500)] = None,
               document: Annotated[str | None, Query(max_length=2000)] = None,
               limit: Limit = 50, offset: Offset = 0):
        """``speaker``: a code prefix or a name; ``q``: words in the quote."""
        page = t.quotes(speaker=speaker, text=q, document=document, limit=limit, offset=offset)
        return {"total": page.total, "limit": limit, "offset": offset, "quotes": list(page)}

    @app.get("/api/speakers", summary="Quotes by speaker", tags=["quotes"])
    def speakers(t: Q, q: Annotated[str | None, Query(max_length=500)] = None,
                 limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 50) -> list[dict[str, Any]]:
        """One row per identified person (``name``, the ``speaker`` filter that lists their quotes,
        their ``codes`` over time with first and last dates) or, without a name, per actor code;
        unresolved pronouns are not speakers."""
        return list(t.quotes_by_speaker(limit=limit, text=q))

    @app.get("/api/search", summary="Documents matching words", tags=["documents"])
    def search(t: Q, q: Annotated[str, Query(min_length=1, max_length=500)],
               limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 20) -> list[dict[str, Any]]:
        return list(t.search(q, limit=limit))

    @app.get("/api/documents", summary="Documents, newest first", tags=["documents"],
             response_model=DocumentPage)
    def documents(t: Q, limit: Limit = 50, offset: Offset = 0):
        page = t.documents(limit=limit, offset=offset)
        return {"total": page.total, "limit": limit, "offset": offset, "documents": list(page)}

    @app.get("/api/documents/{doc_id:path}", summary="One document with all its records",
             tags=["documents"])
    def document(t: Q, doc_id: str) -> dict[str, Any]:
        """Text, removed boilerplate (with reasons), entities, events (with evidence spans),
        quotes and attributions, all with character offsets into ``text``."""
        found = t.document(doc_id)
        if found is None:
            raise ApiError(404, f"no document with id {doc_id!r}")
        return found

    # ---- the one write ----
    @app.post("/api/documents", summary="Code and store a document (needs the API token)",
              tags=["documents"], status_code=201)
    def add_document(request: Request, doc: NewDocument) -> dict[str, Any]:
        """Codes the text, HTML or fetched URL with the pipeline and stores it. Needs
        ``Authorization: Bearer <token>``; answers 403 when the server has no token configured."""
        if not token:
            raise ApiError(403, "writing is disabled: the server has no API token configured "
                                "(set TIDINGS_API_TOKEN or use --token-file)")
        given = request.headers.get("authorization", "")
        scheme, _, value = given.partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(value.strip().encode(),
                                                                 token.encode()):
            raise ApiError(401, "a valid bearer token is required (Authorization: Bearer <token>)",
                           {"WWW-Authenticate": "Bearer"})
        return code_and_store(db, doc, write_lock)

    # ---- the dashboard ----
    @app.api_route("/", methods=["GET", "HEAD"], include_in_schema=False)
    def index():
        return FileResponse(STATIC / "index.html", media_type="text/html")

    @app.api_route("/docs", methods=["GET", "HEAD"], include_in_schema=False)
    def docs():
        return FileResponse(STATIC / "docs.html", media_type="text/html")

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app


def code_and_store(db: str, doc: NewDocument, lock: threading.Lock) -> dict:
    from tidings.model import RawDocument
    from tidings.jobs import ingest

    published = doc.published.isoformat() if doc.published else None
    if doc.text or doc.html:
        body = (doc.text or "") + "\x00" + (doc.html or "")
        doc_id = doc.id or "api-" + hashlib.sha256(body.encode("utf-8")).hexdigest()[:16]
        raws = [RawDocument(id=doc_id, text=doc.text, html=doc.html, url=doc.url, title=doc.title,
                            published=published)]
    else:
        from tidings.sources import read_sources

        # the first document only: a feed or sitemap fetches no more items than the one kept
        documents = read_sources([doc.url], published)
        try:
            raws = [next(documents)]
        except StopIteration:
            raise ApiError(422, f"{doc.url} lists no document (a feed or sitemap without items)") from None
        finally:
            documents.close()
        if doc.id:
            raws[0].id = doc.id
        doc_id = raws[0].id
    with lock:  # one writer at a time from this server
        summary = ingest(raws, db)
    with open_store(db) as t:
        stored = t.store.document(doc_id)
    result = {"id": doc_id, "summary": summary.to_dict()}
    if stored is None:
        raise ApiError(500, f"document {doc_id!r} could not be stored")
    result.update(status=stored.get("status"), rejected=stored.get("rejected"),
                  error=stored.get("error"), events=len(stored.get("events") or []),
                  quotes=len(stored.get("quotes") or []))
    return result
