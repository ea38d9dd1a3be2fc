"""Sources: everything that turns an outside input into RawDocuments."""

from __future__ import annotations

from pathlib import Path
from typing import Iterable, Iterator

from tidings.model import RawDocument
from tidings.sources.files import read_path, read_stdin


def read_sources(paths: Iterable[str], default_date: str | None = None) -> Iterator[RawDocument]:
    """Yield RawDocuments from paths ('-' is standard input), in order.

    ``default_date`` is the publication date given to documents that lack one.
    """
    for path in paths:
        docs = read_stdin() if path == "-" else read_path(Path(path))
        for doc in docs:
            if default_date and not doc.published:
                doc.published = default_date
            yield doc
