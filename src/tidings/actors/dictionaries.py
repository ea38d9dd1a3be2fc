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

A line we cannot read raises ``DictionaryError`` naming the file and line.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from pathlib import Path

from tidings.actors.lexicon import ACTOR, AGENT, Entry, Restriction, plurals
from tidings.errors import TidingsError


class DictionaryError(TidingsError, ValueError):
    """A user dictionary line we cannot read; ``str()`` names the file and line."""

    def __init__(self, path, line: int, message: str):
        self.path, self.line, self.message = str(path), line, message
        super().__init__(f"{path}:{line}: {message}")


_CODE = re.compile(r"^(?:---|\+\+\+|[A-Z0-9]{3}(?:[A-Z0-9]{3})*|[A-Z0-9]+)$")


def _lines(path) -> list[str]:
    try:
        return Path(path).read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError as exc:
        raise DictionaryError(path, 1, f"not UTF-8 text ({exc.reason})") from exc
    except OSError as exc:
        raise DictionaryError(path, 0, f"cannot read: {exc.strerror or exc}") from exc


def _is_petrarch(lines: list[str]) -> bool:
    return any("[" in ln.split("#", 1)[0] for ln in lines if not ln.lstrip().startswith("<!"))


def _strip_comment(line: str) -> str:
    return line.split("#", 1)[0].rstrip()


def _words(name: str) -> str:
    """PETRARCH name to plain words: underscores are spaces, a trailing underscore is dropped."""
    return " ".join(name.replace("_", " ").split())


def read_actors(path) -> list[tuple[list[str], Entry]]:
    """Actor entries of a file (either format): [(names, entry)]."""
    lines = _lines(path)
    if _is_petrarch(lines):
        return _petrarch_actors(path, lines)
    return _our_format(path, lines, agents=False)


def read_agents(path) -> list[tuple[list[str], Entry]]:
    """Agent entries of a file (either format): [(names, entry)] with plurals expanded."""
    lines = _lines(path)
    if _is_petrarch(lines):
        return _petrarch_agents(path, lines)
    return _our_format(path, lines, agents=True)


# --------------------------------------------------------------------------- our format

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _our_format(path, lines: list[str], agents: bool) -> list[tuple[list[str], Entry]]:
    by_names: dict[tuple[str, ...], Entry] = {}
    order: list[tuple[str, ...]] = []
    for number, raw in enumerate(lines, 1):
        line = _strip_comment(raw).strip()
        if not line:
            continue
        if "=" not in line:
            raise DictionaryError(path, number, "expected 'names = CODE'")
        left, right = (s.strip() for s in line.split("=", 1))
        names = [n.strip() for n in left.split("|") if n.strip()]
        if not names:
            raise DictionaryError(path, number, "no name before '='")
        parts = right.split()
        if not parts:
            raise DictionaryError(path, number, "no code after '='")
        code = parts[0].upper()
        if agents:
            entry = _agent_entry(path, number, code, names[0])
            for n in names:
                by_names[(n,)] = entry
                order.append((n,))
            continue
        if not _CODE.match(code):
            raise DictionaryError(path, number, f"bad code {parts[0]!r}")
        start = end = None
        if len(parts) > 1:
            rng = " ".join(parts[1:])
            if ".." not in rng:
                raise DictionaryError(path, number, f"bad date range {rng!r} (want FROM..TO)")
            start, end = (s.strip() or None for s in rng.split("..", 1))
            for d in (start, end):
                if d is not None and not _valid_date(d):
                    raise DictionaryError(path, number, f"bad date {d!r} (want YYYY-MM-DD)")
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
    return [(list(k), by_names[k]) for k in order]


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
    raise DictionaryError(path, number, f"bad agent code {code!r} (want ~XXX or XXX~)")


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
    elif re.fullmatch(r"\d{6}", text):  # YYMMDD, TABARI's old form
        yy = int(text[:2])
        y, m, d = (1900 + yy if yy >= 30 else 2000 + yy), int(text[2:4]), int(text[4:])
    else:
        raise DictionaryError(path, number, f"bad date {text!r} (want YYYYMMDD or YYMMDD)")
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError as exc:
        raise DictionaryError(path, number, f"bad date {text!r}: {exc}") from exc


def _shift(day: str, days: int) -> str:
    return (dt.date.fromisoformat(day) + dt.timedelta(days=days)).isoformat()


def _code_block(path, number: int, block: str) -> Restriction:
    m = _BLOCK.match(block.strip())
    if not m:
        raise DictionaryError(path, number, f"malformed code block {block!r}")
    code, rest = m.group(1).upper().split("/")[0], m.group(2).strip()
    if not code or not _CODE.match(code) or code.isdigit():
        raise DictionaryError(path, number, f"bad code {m.group(1)!r} in {block!r}")
    if not rest:
        return Restriction(code)
    if rest.startswith("<"):
        return Restriction(code, None, _shift(_pdate(path, number, rest[1:]), -1))
    if rest.startswith(">"):
        return Restriction(code, _shift(_pdate(path, number, rest[1:]), 1), None)
    if "-" in rest:
        a, b = rest.split("-", 1)
        return Restriction(code, _pdate(path, number, a), _pdate(path, number, b))
    raise DictionaryError(path, number, f"bad date restriction {rest!r}")


def _petrarch_actors(path, lines: list[str]) -> list[tuple[list[str], Entry]]:
    out: list[tuple[list[str], Entry]] = []
    names: list[str] = []
    blocks: list[Restriction] = []
    root_line = 0

    def finish():
        if not names:
            return
        if not blocks:
            raise DictionaryError(path, root_line, f"no [CODE] for actor {names[0]!r}")
        default = next((b.code for b in blocks if b.start is None and b.end is None), None)
        restricted = tuple(b for b in blocks if b.start is not None or b.end is not None)
        out.append((list(names), Entry(ACTOR, names[0], default, restrictions=restricted,
                                       source=f"{Path(path).name}:{root_line}", user=True)))

    for number, s in _petrarch_lines(path, lines):
        if s.count("[") != s.count("]"):
            raise DictionaryError(path, number, f"unbalanced brackets in {s!r}")
        if s.startswith("+"):
            if not names:
                raise DictionaryError(path, number, "synonym before any actor")
            word = _words(s[1:])
            if not word:
                raise DictionaryError(path, number, "empty synonym")
            names.append(word)
            continue
        if s.startswith("["):
            if not names:
                raise DictionaryError(path, number, "code block before any actor")
            blocks.append(_code_block(path, number, s))
            continue
        finish()
        root_line = number
        if "[" in s:
            name, block = s.split("[", 1)
            names, blocks = [_words(name)], [_code_block(path, number, "[" + block)]
        else:
            names, blocks = [_words(s)], []
        if not names[0]:
            raise DictionaryError(path, number, "code block without a name")
    finish()
    return out


_MACRO = re.compile(r"^!(\w+)!\s*=\s*(.+)$")
_AGENT = re.compile(r"^([^\[{]+?)\s*(\{[^}]*\})?\s*(\[[^\]]*\])$")


def _petrarch_agents(path, lines: list[str]) -> list[tuple[list[str], Entry]]:
    macros: dict[str, list[str]] = {}
    out: list[tuple[list[str], Entry]] = []
    for number, s in _petrarch_lines(path, lines):
        mm = _MACRO.match(s)
        if mm:
            macros[mm.group(1)] = [w.strip() for w in mm.group(2).split(",") if w.strip()]
            continue
        m = _AGENT.match(s)
        if not m:
            raise DictionaryError(path, number, f"malformed agent line {s!r} (want WORD {{PLURALS}} [~CODE])")
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
        out.append((names, entry))
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
                raise DictionaryError(path, number, f"unknown substitution !{part}!")
            options.append(macros[part])
        else:
            options.append([part])
    return ["".join(combo) for combo in itertools.product(*options)]
