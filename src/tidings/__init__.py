"""tidings: news about international affairs into structured, sourced event data."""

import logging

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())
