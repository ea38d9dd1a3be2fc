"""How many documents an ingest will read, when that can be known before reading them.

A progress line with a total and an ETA is worth a quick pass over the inputs, but only when the
pass is cheap and certain: local text/HTML files (one document each) and JSON Lines files (one
document per non-blank line). Anything else (directories, globs, web archives, URLs, feeds, lists,
stdin) gives ``None`` and the progress line shows counts and elapsed time only.
"""

from __future__ import annotations

from pathlib import Path

from tidings.sources.files import HTML_SUFFIXES, JSONL_SUFFIXES

SINGLE_DOCUMENT_SUFFIXES = {".txt"} | HTML_SUFFIXES


def _jsonl_lines(path: Path) -> int:
    count = 0
    with path.open("rb") as stream:
        for line in stream:
            if line.strip():
                count += 1
    return count


def known_total(specs) -> int | None:
    """The number of documents ``specs`` hold, or None when it cannot be known cheaply."""
    total = 0
    for spec in specs:
        path = Path(str(spec))
        if str(spec).startswith(("@", "-", "http://", "https://")) or not path.is_file():
            return None
        suffix = path.suffix.lower()
        try:
            if suffix in JSONL_SUFFIXES:
                total += _jsonl_lines(path)
            elif suffix in SINGLE_DOCUMENT_SUFFIXES:
                total += 1
            else:
                return None
        except OSError:
            return None  # the reader reports it with its own reason
    return total
