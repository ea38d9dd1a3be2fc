"""tidings: news about international affairs into structured, sourced event data."""

import logging

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())


def __getattr__(name: str):
    """``tidings.open(db)``, the query API, imported on first use (PEP 562): a process that only
    codes documents does not load the store's read path (and ``from tidings import nlp`` costs
    no more than the modules it names)."""
    if name == "open":
        from tidings.query import open_store

        return open_store
    raise AttributeError(f"module 'tidings' has no attribute {name!r}")
