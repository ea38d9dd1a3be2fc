"""CAMEO actor-code helpers: a code is a country (or an international prefix) plus 3-letter sectors."""

from __future__ import annotations

# codes that start with an international prefix rather than a country
INTERNATIONAL_PREFIXES = ("IGO", "NGO", "IMG", "MNC", "NGM", "INT", "UIS")


def chunks(code: str) -> list[str]:
    return [code[i:i + 3] for i in range(0, len(code), 3)]


def prefix_of(code: str) -> bool:
    """Whether a code starts with an international prefix rather than a country."""
    return code[:3] in INTERNATIONAL_PREFIXES


def join_code(country: str, sectors: list[str]) -> str:
    """The country followed by each sector once, in order."""
    seen: list[str] = []
    for s in sectors:
        if s not in seen:
            seen.append(s)
    return country + "".join(seen)
