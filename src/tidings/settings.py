"""Settings, defined once: name, default, environment variable and help of each.

Layered: packaged defaults < environment < flags. The edges (CLI, API server, worker start-up)
build one frozen ``Settings`` with ``Settings.load`` and pass it in; the library reads no
environment variable on its own.

    settings = Settings.load()                        # defaults < TIDINGS_* variables
    settings = Settings.load(db="other.db")           # < flags (None means "not given")
"""

from __future__ import annotations

import os
from pathlib import Path
from dataclasses import dataclass, field, fields, replace
from typing import Any, Mapping

from tidings.errors import TidingsError


def _setting(default, env: str, help: str):
    return field(default=default, metadata={"env": env, "help": help})


def _flag(text: str) -> bool:
    return text.strip().lower() not in ("0", "false", "no", "off", "")


def _blank_none(text: str) -> str | None:
    return text.strip() or None


@dataclass(frozen=True)
class Settings:
    db: str = _setting("tidings.db", "TIDINGS_DB", "SQLite file or postgresql:// URL of the store.")
    fast_path: bool = _setting(True, "TIDINGS_FAST_PATH",
                               "Run the faster spaCy components (0: spaCy's stock pipeline).")
    model: bool = _setting(True, "TIDINGS_MODEL",
                           "Let the learned event model revise the rules' main event of a sentence (0: rules alone).")
    api_token: str | None = _setting(None, "TIDINGS_API_TOKEN",
                                     "Bearer token that enables POST /api/documents (none: read-only API).")
    fetch_timeout: float = _setting(20.0, "TIDINGS_FETCH_TIMEOUT", "Seconds allowed for each fetch.")
    fetch_max_bytes: int = _setting(10 * 1024 * 1024, "TIDINGS_FETCH_MAX_BYTES", "Size cap of one fetched page.")
    fetch_delay: float = _setting(1.0, "TIDINGS_FETCH_DELAY", "Seconds between two requests to the same host.")
    cache_dir: str | None = _setting(None, "TIDINGS_CACHE_DIR",
                                     "Folder of compiled data: parsed user dictionaries and the packaged "
                                     "actor data, verbs and gazetteer, built once ('off': no cache; default: "
                                     "$XDG_CACHE_HOME/tidings, else ~/.cache/tidings).")

    @classmethod
    def load(cls, environ: Mapping[str, str] | None = None, **flags: Any) -> "Settings":
        """Packaged defaults, overridden by ``environ`` (default: ``os.environ``), then by the
        flags given (a flag of None was not given). A malformed variable raises ``SettingError``."""
        environ = os.environ if environ is None else environ
        values = {}
        for f in fields(cls):
            raw = environ.get(f.metadata["env"])
            if raw is not None:
                values[f.name] = _parse(f, raw)
        if "cache_dir" not in values and environ.get("XDG_CACHE_HOME"):
            values["cache_dir"] = str(Path(environ["XDG_CACHE_HOME"]) / "tidings")
        values.update({k: v for k, v in flags.items() if v is not None})
        return replace(cls(), **values)

    @staticmethod
    def env(name: str) -> str:
        return _field(name).metadata["env"]

    @staticmethod
    def help(name: str) -> str:
        return _field(name).metadata["help"]

    @staticmethod
    def default(name: str):
        return _field(name).default


def _field(name: str):
    for f in fields(Settings):
        if f.name == name:
            return f
    raise KeyError(name)


DEFAULT_DB = Settings.default("db")


def _parse(f, raw: str):
    kind = type(f.default) if f.default is not None else str
    try:
        if kind is bool:
            return _flag(raw)
        if f.default is None:
            return _blank_none(raw)
        return kind(raw)
    except ValueError:
        raise SettingError(f"{f.metadata['env']}={raw!r} is not a valid {kind.__name__}") from None


class SettingError(TidingsError, ValueError):
    """An environment variable that does not parse as its setting's type."""
