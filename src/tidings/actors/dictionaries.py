"""User dictionaries of actors and agents: our simple format and PETRARCH's.

Our format (UTF-8 text, one entry a line, ``#`` starts a comment)::

    # actors file: names = CODE, optionally with a date range (inclusive, either end may be empty)
    Arnor | Arnorian = ARN
    Sam Gamgee = HOB
    Sam Gamgee = HOBGOV 2012-11-09..2013-01-19
    # agents file: a role word adds sectors after the country (~GOV) or a prefix before it (NGO~)
    minister | ministers = ~GOV
    rights group = NGO~

Several lines for the same name: the dated ones are tried first, in file order; the undated one is
the default. Actor names match in any case but must start with a capital letter in the text;
agent words match in any case.

PETRARCH's formats (``PETR.*.actors.txt`` / ``PETR.*.agents.txt``) are recognised by their
``[CODE]`` blocks: actor roots with ``+synonym`` lines and date-restricted code lines
(``[HOBGOV 19950601 - 19990815]``, ``[ONO <911226]``, ``[HOBELI >20130119]``); agent lines
``WORD {PLURALS} [~CODE]`` with ``!MACRO! = A, B`` substitutions. Underscores are spaces; a trailing
underscore (PETRARCH's "whole word only") is dropped since we always match whole tokens. A code
written ``[A/B]`` keeps the first code.

A malformed entry is skipped: a warning (``logging``) names the file, line and reason, and the
``DictionaryReport`` passed in collects it so a caller can count them by reason. With
``strict=True`` the first one raises ``DictionaryError`` instead. In PETRARCH files the unit is the
line: a bad code line drops that code, a bad actor line drops the actor with its synonyms and codes,
an actor left with no code is dropped. A file that cannot be read at all always raises.

Parsed files are cached by their bytes and names are tokenized once (``compiled.py``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import logging
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from tidings.actors import compiled
from tidings.actors.lexicon import ACTOR, AGENT, Entry, Restriction, plurals
from tidings.errors import TidingsError

log = logging.getLogger(__name__)

# Why an entry was skipped: the names a summary counts by.
MALFORMED = "malformed line"
MISSING_CODE = "missing code"
BAD_CODE = "bad code"
BAD_DATE = "bad date"
UNBALANCED = "unbalanced brackets"
ORPHAN = "line outside an actor"
EMPTY_NAME = "empty name"
UNKNOWN_MACRO = "unknown substitution"
UNREADABLE = "unreadable file"  # never skipped: there is nothing left to read


class DictionaryError(TidingsError, ValueError):
    """A user dictionary line we cannot read; ``str()`` names the file and line."""

    def __init__(self, path, line: int, message: str, reason: str = MALFORMED):
        self.path, self.line, self.message, self.reason = str(path), line, message, reason
        super().__init__(f"{path}:{line}: {message}")


@dataclass(frozen=True)
class Skipped:
    """A malformed entry left out of a dictionary."""

    path: str
    line: int
    reason: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


@dataclass
class DictionaryReport:
    """What reading a set of dictionaries gave: entries kept and malformed entries skipped."""

    files: list[str] = field(default_factory=list)
    entries: int = 0
    skipped: list[Skipped] = field(default_factory=list)

    def by_reason(self) -> dict[str, int]:
        return dict(Counter(s.reason for s in self.skipped).most_common())

    def summary(self) -> str:
        """One line for people: '4 dictionaries, 41,203 entries; 23 malformed entries skipped
        (bad date 12, missing code 8, unbalanced brackets 3)'."""
        n = len(self.files)
        head = f"{n} dictionar{'y' if n == 1 else 'ies'}, {self.entries:,} entries"
        if not self.skipped:
            return head + "; none malformed"
        reasons = ", ".join(f"{r} {c}" for r, c in self.by_reason().items())
        return f"{head}; {len(self.skipped):,} malformed entries skipped ({reasons})"


def read_actors(path, strict: bool = False, report: DictionaryReport | None = None) -> list[tuple[list[str], Entry]]:
    """Actor entries of a file (either format): [(names, entry)]."""
    return _read(path, "actors", strict, report)


def read_agents(path, strict: bool = False, report: DictionaryReport | None = None) -> list[tuple[list[str], Entry]]:
    """Agent entries of a file (either format): [(names, entry)] with plurals expanded."""
    return _read(path, "agents", strict, report)


def check_dictionaries(actors=(), agents=(), strict: bool = False) -> DictionaryReport:
    """Read every dictionary once (filling the cache the resolver then reads from) and report.

    ``strict`` raises ``DictionaryError`` at the first malformed entry."""
    report = DictionaryReport()
    for path in actors:
        read_actors(path, strict, report)
    for path in agents:
        read_agents(path, strict, report)
    return report


# --------------------------------------------------------------------------- reading and the cache

_warned: set[tuple[str, str]] = set()  # (file digest, path): warn once per process, not per reload


def _read(path, kind: str, strict: bool, report: DictionaryReport | None) -> list[tuple[list[str], Entry]]:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise DictionaryError(path, 0, f"cannot read: {exc.strerror or exc}", UNREADABLE) from exc
    digest = hashlib.sha256(data).hexdigest()
    cache = compiled.cache_file(digest, kind, Path(path).name)
    with compiled.gc_paused():
        parsed = compiled.unpack(compiled.load(cache))
    if parsed is None:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise DictionaryError(path, 1, f"not UTF-8 text ({exc.reason})", UNREADABLE) from exc
        problems: list[DictionaryError] = []
        lines = text.splitlines()
        if _is_petrarch(lines):
            entries = (_petrarch_agents if kind == "agents" else _petrarch_actors)(path, lines, problems.append)
        else:
            entries = _our_format(path, lines, kind == "agents", problems.append)
        parsed = (compiled.tokenized(entries), [(e.line, e.reason, e.message) for e in problems])
        compiled.store(cache, compiled.pack(parsed))
    entries, problems = parsed
    if strict and problems:
        line, reason, message = problems[0]
        raise DictionaryError(path, line, message, reason)
    skipped = [Skipped(str(path), line, reason, message) for line, reason, message in problems]
    if (digest, str(path)) not in _warned:
        _warned.add((digest, str(path)))
        for s in skipped:
            log.warning("skipped %s (%s)", s, s.reason)
    if report is not None:
        report.files.append(str(path))
        report.entries += len(entries)
        report.skipped.extend(skipped)
    return entries


def _is_petrarch(lines: list[str]) -> bool:
    return any("[" in ln.split("#", 1)[0] for ln in lines if not ln.lstrip().startswith("<!"))


def _strip_comment(line: str) -> str:
    return line.split("#", 1)[0].rstrip()


def _words(name: str) -> str:
    """PETRARCH name to plain words: underscores are spaces, a trailing underscore is dropped."""
    return " ".join(name.replace("_", " ").split())


# --------------------------------------------------------------------------- our format

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _our_format(path, lines: list[str], agents: bool, skip) -> list[tuple[list[str], Entry]]:
    by_names: dict[tuple[str, ...], Entry] = {}
    order: list[tuple[str, ...]] = []
    for number, raw in enumerate(lines, 1):
        line = _strip_comment(raw).strip()
        if not line:
            continue
        try:
            _our_line(path, number, line, agents, by_names, order)
        except DictionaryError as exc:
            skip(exc)
    return [(list(k), by_names[k]) for k in order]


def _our_line(path, number: int, line: str, agents: bool, by_names: dict, order: list) -> None:
    if "=" not in line:
        raise DictionaryError(path, number, "expected 'names = CODE'")
    left, right = (s.strip() for s in line.split("=", 1))
    names = [n.strip() for n in left.split("|") if n.strip()]
    if not names:
        raise DictionaryError(path, number, "no name before '='", EMPTY_NAME)
    parts = right.split()
    if not parts:
        raise DictionaryError(path, number, "no code after '='", MISSING_CODE)
    code = parts[0].upper()
    if agents:
        entry = _agent_entry(path, number, code, names[0])
        for n in names:
            by_names[(n,)] = entry
            order.append((n,))
        return
    if not _CODE.match(code):
        raise DictionaryError(path, number, f"bad code {parts[0]!r}", BAD_CODE)
    start = end = None
    if len(parts) > 1:
        rng = " ".join(parts[1:])
        if ".." not in rng:
            raise DictionaryError(path, number, f"bad date range {rng!r} (want FROM..TO)", BAD_DATE)
        start, end = (s.strip() or None for s in rng.split("..", 1))
        for d in (start, end):
            if d is not None and not _valid_date(d):
                raise DictionaryError(path, number, f"bad date {d!r} (want YYYY-MM-DD)", BAD_DATE)
        if start and end and end < start:
            raise DictionaryError(path, number, f"date range {rng!r} ends before it starts", BAD_DATE)
    key = tuple(names)
    entry = by_names.get(key)
    if entry is None:
        entry = Entry(ACTOR, names[0], None, source=f"{Path(path).name}:{number}", user=True)
        by_names[key] = entry
        order.append(key)
    if start or end:
        entry.restrictions = entry.restrictions + (Restriction(code, start, end),)
    else:
        entry.code = code


_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_CODE = re.compile(r"^(?:---|\+\+\+|[A-Z0-9]{3}(?:[A-Z0-9]{3})*|[A-Z0-9]+)$")


def _valid_date(d: str) -> bool:
    if not _DATE.match(d):
        return False
    try:
        dt.date.fromisoformat(d)
    except ValueError:
        return False
    return True


def _agent_entry(path, number: int, code: str, name: str) -> Entry:
    code = code.replace(" ", "").upper()
    if code.startswith("~") and _CODE.match(code[1:] or "X"):
        secs = code[1:]
        return Entry(AGENT, name, sectors=tuple(secs[i:i + 3] for i in range(0, len(secs), 3)),
                     role_kind="title", role_class="gov" if secs.startswith("GOV") else "other",
                     source=f"{Path(path).name}:{number}", user=True)
    if code.endswith("~") and _CODE.match(code[:-1] or "X"):
        return Entry(AGENT, name, prefix=code[:-1], role_kind="title", role_class="other",
                     source=f"{Path(path).name}:{number}", user=True)
    raise DictionaryError(path, number, f"bad agent code {code!r} (want ~XXX or XXX~)", BAD_CODE)


# --------------------------------------------------------------------------- PETRARCH format

_BLOCK = re.compile(r"^\[\s*([^\]\s]*)\s*([^\]]*)\]$")


def _petrarch_lines(path, lines: list[str]):
    """(line number, text) without comments: ``#`` to end of line and ``<! ... -->`` blocks."""
    in_comment = False
    for number, raw in enumerate(lines, 1):
        s = raw.strip()
        if in_comment:
            if "-->" in s:
                in_comment = False
            continue
        if s.startswith("<!"):
            if "-->" not in s:
                in_comment = True
            continue
        s = _strip_comment(raw).strip()
        if s:
            yield number, s


def _pdate(path, number: int, text: str) -> str:
    text = text.strip()
    if re.fullmatch(r"\d{8}", text):
        y, m, d = int(text[:4]), int(text[4:6]), int(text[6:])
    elif re.fullmatch(r"\d{6}", text):  # YYMMDD, TABARI's old form (PETRARCH's rule: 00-29 are 20xx)
        yy = int(text[:2])
        y, m, d = (1900 + yy if yy >= 30 else 2000 + yy), int(text[2:4]), int(text[4:])
    else:
        raise DictionaryError(path, number, f"bad date {text!r} (want YYYYMMDD or YYMMDD)", BAD_DATE)
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError as exc:
        raise DictionaryError(path, number, f"bad date {text!r}: {exc}", BAD_DATE) from exc


def _shift(day: str, days: int) -> str:
    return (dt.date.fromisoformat(day) + dt.timedelta(days=days)).isoformat()


def _code_block(path, number: int, block: str) -> Restriction:
    m = _BLOCK.match(block.strip())
    if not m:
        raise DictionaryError(path, number, f"malformed code block {block!r}")
    code, rest = m.group(1).upper().split("/")[0], m.group(2).strip()
    if not code:
        raise DictionaryError(path, number, f"no code in {block!r}", MISSING_CODE)
    if not _CODE.match(code) or code.isdigit():
        raise DictionaryError(path, number, f"bad code {m.group(1)!r} in {block!r}", BAD_CODE)
    if not rest:
        return Restriction(code)
    if rest.startswith("<"):
        return Restriction(code, None, _shift(_pdate(path, number, rest[1:]), -1))
    if rest.startswith(">"):
        return Restriction(code, _shift(_pdate(path, number, rest[1:]), 1), None)
    if "-" in rest:
        a, b = rest.split("-", 1)
        start, end = _pdate(path, number, a), _pdate(path, number, b)
        if end < start:
            raise DictionaryError(path, number, f"date range {rest!r} in {block!r} ends before it starts", BAD_DATE)
        return Restriction(code, start, end)
    raise DictionaryError(path, number, f"bad date restriction {rest!r}", BAD_DATE)


def _code_blocks(path, number: int, line: str) -> list[Restriction]:
    """The code blocks of a line; several may share one ("[IGOUNO 820101-911231] [ELI]")."""
    blocks = re.findall(r"\[[^\]]*\]", line)
    rest = re.sub(r"\[[^\]]*\]", "", line).strip()
    if not blocks or rest:
        raise DictionaryError(path, number, f"malformed code block {line!r}")
    return [_code_block(path, number, b) for b in blocks]


@dataclass
class _Actor:
    line: int
    names: list[str]
    blocks: list[Restriction] = field(default_factory=list)
    dropped: int = 0  # code lines skipped as malformed (already reported)


def _petrarch_actors(path, lines: list[str], skip) -> list[tuple[list[str], Entry]]:
    out: list[tuple[list[str], Entry]] = []
    actor: _Actor | None = None
    in_bad_actor = False  # the actor line was malformed: its synonyms and codes go with it

    def finish():
        if actor is None:
            return
        if not actor.blocks:
            if not actor.dropped:
                skip(DictionaryError(path, actor.line, f"no [CODE] for actor {actor.names[0]!r}", MISSING_CODE))
            return
        default = next((b.code for b in actor.blocks if b.start is None and b.end is None), None)
        restricted = tuple(b for b in actor.blocks if b.start is not None or b.end is not None)
        out.append((actor.names, Entry(ACTOR, actor.names[0], default, restrictions=restricted,
                                       source=f"{Path(path).name}:{actor.line}", user=True)))

    for number, s in _petrarch_lines(path, lines):
        if s.startswith(("+", "[")):
            if actor is None:
                if not in_bad_actor:
                    skip(DictionaryError(path, number, f"{'synonym' if s[0] == '+' else 'code block'} "
                                                       "before any actor", ORPHAN))
                continue
            try:
                _unbalanced(path, number, s)
                if s.startswith("+"):
                    word = _words(s[1:])
                    if not word:
                        raise DictionaryError(path, number, "empty synonym", EMPTY_NAME)
                    actor.names.append(word)
                else:
                    actor.blocks.extend(_code_blocks(path, number, s))
            except DictionaryError as exc:
                actor.dropped += s.startswith("[")
                skip(exc)
            continue
        if "[" not in s and actor is not None and not actor.blocks and not actor.dropped:
            # names on consecutive lines before the code lines are one actor (PETRARCH reads them so:
            # "LEONID_BREZHNEV_ / SECRETARY_BREZHNEV / [RUSGOV 641014-821110]")
            actor.names.append(_words(s))
            continue
        finish()
        actor, in_bad_actor = None, False
        try:
            _unbalanced(path, number, s)
            if "[" in s:
                name, block = s.split("[", 1)
                if not _words(name):
                    raise DictionaryError(path, number, "code block without a name", EMPTY_NAME)
                actor = _Actor(number, [_words(name)])
                actor.blocks.extend(_code_blocks(path, number, "[" + block))
            else:
                actor = _Actor(number, [_words(s)])
        except DictionaryError as exc:
            if actor is None:
                in_bad_actor = True
            else:  # a good name with a bad code: later code lines may still give it one
                actor.dropped += 1
            skip(exc)
    finish()
    return out


def _unbalanced(path, number: int, s: str) -> None:
    if s.count("[") != s.count("]"):
        raise DictionaryError(path, number, f"unbalanced brackets in {s!r}", UNBALANCED)


_MACRO = re.compile(r"^!(\w+)!\s*=\s*(.+)$")
_AGENT = re.compile(r"^([^\[{]+?)\s*(\{[^}]*\})?\s*(\[[^\]]*\])$")


def _petrarch_agents(path, lines: list[str], skip) -> list[tuple[list[str], Entry]]:
    macros: dict[str, list[str]] = {}
    out: list[tuple[list[str], Entry]] = []
    for number, s in _petrarch_lines(path, lines):
        mm = _MACRO.match(s)
        if mm:
            macros[mm.group(1)] = [w.strip() for w in mm.group(2).split(",") if w.strip()]
            continue
        try:
            out.extend(_petrarch_agent(path, number, s, macros))
        except DictionaryError as exc:
            skip(exc)
    return out


def _petrarch_agent(path, number: int, s: str, macros: dict[str, list[str]]) -> list[tuple[list[str], Entry]]:
    m = _AGENT.match(s)
    if not m:
        reason = UNBALANCED if s.count("[") != s.count("]") or s.count("{") != s.count("}") else MALFORMED
        raise DictionaryError(path, number, f"malformed agent line {s!r} (want WORD {{PLURALS}} [~CODE])", reason)
    raw_name, braces, block = m.group(1), m.group(2), m.group(3)
    code = block[1:-1].replace(" ", "")
    singulars = _expand(path, number, raw_name, macros)
    entry = _agent_entry(path, number, code, _words(singulars[0]))
    names = [_words(n) for n in singulars]
    plural_names: list[str] = []
    if braces is None:
        plural_names = [p for n in names for p in plurals(n)]
    elif braces.strip("{} "):
        plural_names = [_words(p) for p in braces.strip("{}").split(",") if p.strip()]
    out = [(names, entry)]
    if plural_names:
        plural = Entry(AGENT, entry.name, sectors=entry.sectors, prefix=entry.prefix, role_kind="body",
                       role_class=entry.role_class, plural=True, source=entry.source, user=True)
        out.append((plural_names, plural))
    return out


def _expand(path, number: int, name: str, macros: dict[str, list[str]]) -> list[str]:
    parts = re.split(r"!(\w+)!", name)
    options: list[list[str]] = []
    for k, part in enumerate(parts):
        if k % 2:
            if part not in macros:
                raise DictionaryError(path, number, f"unknown substitution !{part}!", UNKNOWN_MACRO)
            options.append(macros[part])
        else:
            options.append([part])
    return ["".join(combo) for combo in itertools.product(*options)]
