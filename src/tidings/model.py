"""The typed records every stage passes on, and their JSON form (the output contract).

source ─▶ RawDocument ─▶ Article ─▶ (spaCy Doc) ─▶ CodedDocument

Offsets are always character offsets into ``Article.text``.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import asdict, dataclass, field
from enum import Enum

SURROGATE = re.compile("[\ud800-\udfff]")


def scrub(value: str) -> str:
    """Lone surrogates (a JSON ``\\ud800`` escape, an undecodable file name) are not text: they
    cannot be encoded, hashed, tokenized or stored. They become U+FFFD, as undecodable bytes do."""
    return SURROGATE.sub("\ufffd", value) if SURROGATE.search(value) else value


class Reason(str, Enum):
    """Why a document has no coded record: the name it is counted and filtered under."""

    NOT_FOUND = "not_found"
    UNREADABLE = "unreadable"
    BINARY = "binary"
    EMPTY = "empty"
    TOO_LARGE = "too_large"
    MALFORMED_JSON = "malformed_json"
    DUPLICATE_ID = "duplicate_id"          # a second, different text under an id already read
    FORBIDDEN_PATH = "forbidden_path"
    BAD_URL = "bad_url"
    UNSAFE_XML = "unsafe_xml"
    NOT_HTML = "not_html"
    NO_MAIN_TEXT = "no_main_text"
    NOT_ENGLISH = "not_english"
    CODING_FAILED = "coding_failed"
    TIMEOUT = "timeout"
    HTTP_ERROR = "http_error"
    FETCH_FAILED = "fetch_failed"
    FETCH_LIMIT = "fetch_limit"            # the run's cap on fetches from feeds and sitemaps
    ROBOTS_DISALLOWED = "robots_disallowed"
    PRIVATE_ADDRESS = "private_address"
    TOO_MANY_REDIRECTS = "too_many_redirects"

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True)
class Rejection:
    """A named reason plus a human detail; the contract's ``error`` string is ``str()`` of it."""

    reason: Reason
    detail: str

    def __str__(self) -> str:
        return f"{self.reason.value}: {self.detail}"

    @classmethod
    def parse(cls, error: "str | Rejection") -> "Rejection":
        """Read back a contract ``error`` string (``"<reason>: <detail>"``) made by ``str()``.
        A string from elsewhere without a known leading reason is ``unreadable``, detail kept whole."""
        if isinstance(error, Rejection):
            return error
        error = str(error)
        head, sep, rest = error.partition(":")
        if head.strip() in LEGACY_HEADS:  # records written before the reasons were named
            return cls(LEGACY_HEADS[head.strip()], error)
        try:
            return cls(Reason(head.strip()), rest.strip()) if sep else cls(Reason.UNREADABLE, error)
        except ValueError:
            return cls(Reason.UNREADABLE, error)


# The whole head (before any ':') of the errors the coder wrote before Reason existed:
# contract records made then (JSON Lines, Parquet) still read back under their reason.
LEGACY_HEADS = {"language not supported": Reason.NOT_ENGLISH, "empty document": Reason.EMPTY,
                "no main text found in HTML": Reason.NO_MAIN_TEXT,
                "coding failed": Reason.CODING_FAILED}


@dataclass
class RawDocument:
    """What a source hands over: the bytes or text of one document plus what is known about it."""

    id: str
    text: str | None = None
    html: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD
    error: Rejection | None = None  # a document that could not even be read keeps its place
    encoding: str | None = None  # what the bytes of a local file were decoded as (guessed)

    def scrubbed(self) -> "RawDocument":
        """This document with lone surrogates replaced (see ``scrub``); itself when it has none.
        The sources give scrubbed documents; a library caller's own strings may not be."""
        changes = {f.name: scrub(v) for f in dataclasses.fields(self)
                   if isinstance(v := getattr(self, f.name), str) and SURROGATE.search(v)}
        return dataclasses.replace(self, **changes) if changes else self


@dataclass
class Removed:
    text: str
    reason: str


@dataclass
class Article:
    """The cleaned main text of a document, ready for the NLP stages."""

    id: str
    text: str
    url: str | None = None
    title: str | None = None
    published: str | None = None
    language: str | None = None
    removed: list[Removed] = field(default_factory=list)
    author: str | None = None
    site: str | None = None
    error: Rejection | None = None
    encoding: str | None = None  # named in the record when it was not UTF-8


@dataclass
class Actor:
    """A mention of an actor resolved (or not) to a CAMEO actor code.

    ``why`` says how the code was reached (rule, dictionary entry, role date, coreference chain).
    """

    text: str
    start: int
    end: int
    code: str | None = None
    country: str | None = None
    sectors: list[str] = field(default_factory=list)
    name: str | None = None
    label: str | None = None  # spaCy entity label or our own kind (COUNTRY, IGO, SECTOR, PERSON…)
    why: str | None = None
    # a known official's dated roles (actors.officials.Person), so that an event dated before
    # publication can code the role held on its own date; not part of the output contract
    person: object | None = field(default=None, repr=False, compare=False)
    # a person we do not know: the country the story is about (actors.context.story_person), which an
    # event with a party of that country gives him; not part of the output contract
    story: str | None = field(default=None, repr=False, compare=False)
    # one person, named or by a singular title ("a police constable"): never what a plural pronoun
    # stands for alone (actors.coreference.one_person); not part of the output contract
    one: bool = field(default=False, repr=False, compare=False)

    def ref(self) -> dict:
        """The contract's actor reference inside events and quotes."""
        return {
            "text": self.text, "start": self.start, "end": self.end, "code": self.code,
            "country": self.country, "sectors": list(self.sectors), "name": self.name,
        }

    def entity(self) -> dict:
        return {"text": self.text, "start": self.start, "end": self.end, "label": self.label,
                "actor": self.code, "name": self.name, "why": self.why}


@dataclass
class Span:
    text: str
    start: int
    end: int


@dataclass
class Event:
    id: str
    sentence: int
    evidence: str
    source: Actor | None
    target: Actor | None
    cameo: str
    trigger: Span
    modality: str = "asserted"
    date: str | None = None
    location: dict | None = None
    reported_by: str | None = None
    confidence: float = 0.5
    # filled from the CAMEO table
    root: str = ""
    plover: str | None = None
    plover_mode: str | None = None
    quad_class: int | None = None
    goldstein: float | None = None

    def to_dict(self) -> dict:
        return {
            "id": self.id, "sentence": self.sentence, "evidence": self.evidence,
            "source": self.source.ref() if self.source else None,
            "target": self.target.ref() if self.target else None,
            "cameo": self.cameo, "root": self.root, "plover": self.plover,
            "plover_mode": self.plover_mode, "quad_class": self.quad_class,
            "goldstein": self.goldstein, "trigger": asdict(self.trigger),
            "modality": self.modality, "date": self.date, "location": self.location,
            "reported_by": self.reported_by, "confidence": round(self.confidence, 3),
        }


@dataclass
class Quote:
    text: str
    start: int
    end: int
    kind: str  # direct | indirect | mixed
    cue: Span | None
    speaker: Actor | None

    def to_dict(self) -> dict:
        speaker = None
        if self.speaker:
            speaker = {"text": self.speaker.text, "start": self.speaker.start,
                       "end": self.speaker.end, "code": self.speaker.code,
                       "name": self.speaker.name}
        return {"text": self.text, "start": self.start, "end": self.end, "kind": self.kind,
                "cue": asdict(self.cue) if self.cue else None, "speaker": speaker}


@dataclass
class Attribution:
    outlet: str
    cue: str
    start: int
    end: int
    kind: str = "source"  # source: the claim is credited to the outlet; venue: an interview given to it
    sentence: int | None = None

    def to_dict(self) -> dict:
        return {"outlet": self.outlet, "cue": self.cue, "start": self.start, "end": self.end,
                "kind": self.kind}


@dataclass
class CodedDocument:
    article: Article
    entities: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)

    @property
    def error(self) -> Rejection | None:
        return self.article.error

    def to_dict(self) -> dict:
        a = self.article
        record = {
            "id": a.id, "url": a.url, "title": a.title, "published": a.published,
            "language": a.language, "text": a.text,
            "removed": [asdict(r) for r in a.removed],
            "entities": [e.entity() for e in self.entities],
            "events": [e.to_dict() for e in self.events],
            "quotes": [q.to_dict() for q in self.quotes],
            "attributions": [t.to_dict() for t in self.attributions],
        }
        if a.error:
            record["error"] = str(a.error)
        if a.encoding and a.encoding not in ("utf-8", "utf-8-sig"):
            record["encoding"] = a.encoding
        return record
