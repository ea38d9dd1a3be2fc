"""tidings: news about international affairs into structured, sourced event data."""

import logging

__version__ = "0.1.0"

from tidings.query import open_store as open  # noqa: E402,F401,A001  tidings.open(db): the query API

logging.getLogger(__name__).addHandler(logging.NullHandler())
