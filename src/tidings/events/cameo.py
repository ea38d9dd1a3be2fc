"""The CAMEO event-code table: QuadClass, Goldstein, PLOVER type and mode for every code.

Loaded once from ``data/events/cameo.tsv`` (our own compact table, see its header for credits).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from tidings.errors import TidingsError

# Penta-class (ConfliBERT): 0 statement 01–02, 1 verbal cooperation 03–05,
# 2 material cooperation 06–08, 3 verbal conflict 09–13, 4 material conflict 14–20.
PENTA = {f"{r:02d}": (0 if r <= 2 else 1 if r <= 5 else 2 if r <= 8 else 3 if r <= 13 else 4)
         for r in range(1, 21)}


class UnknownCode(TidingsError, KeyError):
    pass


@dataclass(frozen=True)
class CameoCode:
    code: str
    root: str
    name: str
    quad_class: int
    goldstein: float
    plover: str | None
    plover_mode: str | None

    @property
    def penta(self) -> int:
        return PENTA[self.root]


@lru_cache(maxsize=1)
def table() -> dict[str, CameoCode]:
    text = resources.files("tidings.data.events").joinpath("cameo.tsv").read_text(encoding="utf-8")
    rows: dict[str, CameoCode] = {}
    for line in text.splitlines():
        if not line or line.startswith("#") or line.startswith("code\t"):
            continue
        code, quad, gold, plover, mode, name = line.split("\t")
        rows[code] = CameoCode(code, code[:2], name, int(quad), float(gold), plover or None, mode or None)
    return rows


def describe(code: str) -> CameoCode:
    """The facts for a CAMEO code, e.g. ``describe("042").plover == "CONSULT"``."""
    try:
        return table()[code]
    except KeyError:
        raise UnknownCode(f"unknown CAMEO code {code!r}") from None


def is_code(code: str) -> bool:
    return code in table()


def root(code: str) -> str:
    return code[:2]


def penta(code: str) -> int:
    return PENTA[code[:2]]
