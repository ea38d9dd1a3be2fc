"""The base of every error tidings raises on purpose.

A ``TidingsError`` is bad input, missing data or model, or a store or network problem the user can
act on: the CLI prints its message and exits with ``exit_code``, the API answers with its own
error shape. Anything else that escapes is a bug and keeps its traceback. Subclasses also derive
from the built-in they always were (``ValueError``, ``KeyError``…), so existing handlers still match.
"""

from __future__ import annotations


class TidingsError(Exception):
    """An error the user can act on; its message says what went wrong and where."""

    exit_code = 1
