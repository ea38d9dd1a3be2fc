"""Compiled dictionaries: names tokenized once, and parsed files cached by their bytes.

Reading a big file (PETRARCH's 54,000-line country dictionary) is cached: the parsed entries and
the skipped lines are pickled under the cache folder the edge configures (``configure``, from the
``cache_dir`` setting: ``TIDINGS_CACHE_DIR``, else ``$XDG_CACHE_HOME/tidings``; ``off`` disables
it), by default ``~/.cache/tidings``,
keyed by the file's bytes, its name and the readers' code, so an edited file or a new release
reads afresh.

The packaged data (the built-in actor lexicon and officials, the PETRARCH-derived verbs, the city
gazetteer) is built once too and kept under ``builtin/`` in the same folder as ``marshal`` data
(``built_once``): plain tuples and strings, keyed by the bytes of the data and of the code that
builds it, read back in hundredths of a second.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import logging
import marshal
import os
import pickle
import sys
from pathlib import Path
from typing import Callable, Iterable

from tidings.actors.lexicon import Entry, Restriction

log = logging.getLogger(__name__)


class Name(str):
    """A dictionary name carrying its tokens as documents are split (``words``): tokenized once
    and cached with the file, so building the lexicon from 45,000 names does not run the
    tokenizer 45,000 times (the lexicon uses ``words`` when a name has them)."""

    words: list[str]


def tokenized_names(texts):
    """Names with their ``words`` as documents are split (spaCy's tokenizer), computed fast for
    plain names: words of ASCII letters split only at spaces (no affix, no special case)."""
    from tidings import nlp

    tokenizer = nlp.load().tokenizer
    special = tokenizer.rules or {}
    out = []
    for text in texts:
        name = Name(text)
        parts = text.split(" ")
        if all(p.isascii() and p.isalpha() and p not in special for p in parts):
            name.words = parts
        else:
            name.words = [t.text for t in tokenizer(text)]
        out.append(name)
    return out


def tokenized(entries: list[tuple[list[str], Entry]]) -> list[tuple[list[str], Entry]]:
    return [(tokenized_names(names), entry) for names, entry in entries]


# The cache holds plain tuples and strings (not Entry objects): they unpickle several times faster.
_FIELDS = ("kind", "name", "code", "sectors", "role_kind", "role_class", "plural", "prefix", "source")


def pack(parsed):
    entries, problems = parsed
    rows = []
    for names, e in entries:
        named = tuple((str(n), None if n.words == n.split(" ") else tuple(n.words)) for n in names)
        rows.append((named, tuple(getattr(e, f) for f in _FIELDS),
                     tuple((r.code, r.start, r.end) for r in e.restrictions)))
    return rows, problems


def unpack(packed):
    if packed is None:
        return None
    rows, problems = packed
    entries = []
    for named, values, restrictions in rows:
        names = []
        for text, words in named:
            name = Name(text)
            name.words = list(words) if words is not None else text.split(" ")
            names.append(name)
        entry = Entry(**dict(zip(_FIELDS, values)), user=True,
                      restrictions=tuple(Restriction(*r) for r in restrictions))
        entries.append((names, entry))
    return entries, problems


@contextlib.contextmanager
def gc_paused():
    """Build many small objects without the cycle collector rescanning them every few thousand
    allocations (a third of the load time of a big dictionary); nothing built here is cyclic."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


_cache_setting: str | None = None  # the ``cache_dir`` setting, set at the edge by ``configure``


def configure(setting: str | None) -> None:
    """Use the ``cache_dir`` setting (None: the default folder; "off": no cache)."""
    global _cache_setting
    _cache_setting = setting


def cache_dir() -> Path | None:
    """Where compiled dictionaries are kept; None when caching is off."""
    if _cache_setting is not None:
        return None if _cache_setting.strip().lower() in ("", "off", "0", "none") else Path(_cache_setting)
    return Path.home() / ".cache" / "tidings"


_code_digest: str | None = None


def _reader_digest() -> str:
    """The readers' and the entry type's code: a change to either invalidates the cache."""
    global _code_digest
    if _code_digest is None:
        from tidings import nlp
        from tidings.actors import dictionaries, lexicon

        h = hashlib.sha256()
        for f in (__file__, dictionaries.__file__, lexicon.__file__):
            h.update(Path(f).read_bytes())
        meta = nlp.load().meta  # names are cached tokenized: a new model or spaCy may split otherwise
        h.update(f"{meta.get('name')}|{meta.get('version')}|{meta.get('spacy_version')}".encode())
        _code_digest = h.hexdigest()[:16]
    return _code_digest


def cache_file(digest: str, kind: str, name: str) -> Path | None:
    root = cache_dir()
    if root is None:
        return None
    key = hashlib.sha256(f"{digest}|{kind}|{name}|{_reader_digest()}".encode()).hexdigest()[:32]
    return root / "dictionaries" / f"{key}.pickle"


def load(cache: Path | None):
    if cache is None or not cache.exists():
        return None
    try:
        with cache.open("rb") as f:
            return pickle.load(f)  # our own file in the user's cache directory
    except Exception as exc:  # a truncated or foreign file: read the dictionary afresh
        log.debug("ignoring dictionary cache %s: %s", cache, exc)
        return None


def store(cache: Path | None, parsed) -> None:
    if cache is None:
        return
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as f:
            pickle.dump(parsed, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, cache)  # atomic: a parallel reader sees the old file or the whole new one
    except OSError as exc:  # a read-only home still reads dictionaries, only slower
        log.debug("cannot cache dictionary in %s: %s", cache, exc)


# ---------------------------------------------------------------- packaged data, built once

def data_key(kind: str, parts: Iterable[tuple[str, bytes]]) -> str:
    """The cache key of packaged data built from ``parts`` ((name, bytes) of its data files and of
    the code that builds it), for this Python (marshal's format is Python's own)."""
    h = hashlib.sha256(f"{kind}|{sys.version_info[:3]}|{marshal.version}".encode())
    for name, content in parts:
        h.update(f"\0{name}\0{len(content)}\0".encode() + content)
    return h.hexdigest()[:32]


def data_file(kind: str, key: str) -> Path | None:
    root = cache_dir()
    return None if root is None else root / "builtin" / f"{kind}-{key}.marshal"


def built_once(kind: str, parts: Iterable[tuple[str, bytes]], build: Callable[[], object]):
    """``build()``'s result (marshal's types only: tuples, lists, dicts, strings, numbers, bytes),
    kept in the cache folder under ``data_key``: read back when there, else built and stored. A
    missing, corrupt or foreign file, a cache turned off or a folder we cannot write to all fall
    back to ``build()``: slower, never different."""
    key = data_key(kind, parts)
    path = data_file(kind, key)
    stamp = f"tidings {kind} {key}"
    with gc_paused():  # many small objects, none cyclic: no collector passes while making them
        if path is not None and path.exists():
            try:
                stored, data = marshal.loads(path.read_bytes())
                if stored == stamp:
                    _touch(path)
                    return data
                log.warning("ignoring %s: not tidings' %s data", path, kind)
            except (OSError, EOFError, ValueError, TypeError) as exc:  # truncated or foreign: build afresh
                log.warning("ignoring the %s cache %s (%s): building it again", kind, path, exc)
        data = build()
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_bytes(marshal.dumps((stamp, data)))
            os.replace(tmp, path)  # atomic: a parallel reader sees no file or the whole one
            _prune(path.parent, kind)
        except (OSError, ValueError) as exc:  # a read-only home still works, only starts slower
            log.debug("cannot cache the %s data in %s: %s", kind, path, exc)
    return data


STALE_DAYS = 30  # a version's data unread this long is dropped when another version writes its own


def _touch(path: Path) -> None:
    """Mark the file as read now (its modification time): versions in use are never pruned."""
    try:
        os.utime(path)
    except OSError:  # a read-only cache still serves
        pass


def _prune(folder: Path, kind: str) -> None:
    """Remove this kind's files of other versions (an upgrade, an edit of the data) unread for
    ``STALE_DAYS``: each is megabytes, and another installation sharing the folder still reads its own."""
    import time

    old = time.time() - STALE_DAYS * 86400
    for other in folder.glob(f"{kind}-*.marshal"):
        try:
            if other.stat().st_mtime < old:
                other.unlink()
        except OSError:  # gone already, or not ours to remove
            pass
