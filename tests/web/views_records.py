"""A small store for the time and network views: codes with an unknown country (---GOV), an
organisation (IGOUNO), events dated only to a month or a year, and empty months between events."""

from __future__ import annotations

from tests.api.records import event, record


def _side(ev: dict, role: str, code: str, country: str | None) -> None:
    ev[role].update(code=code, country=country, sectors=[code[3:]] if len(code) > 3 else [])


def views_corpus() -> list[dict]:
    out = []
    specs = [
        # (doc id, published, source text/code/country, target text/code/country, cameo, event date)
        ("v-jan", "2024-01-10", ("The government", "---GOV", None), ("Washington", "USAGOV", "USA"), "112", "2024-01-10"),
        ("v-jan2", "2024-01-12", ("Washington", "USAGOV", "USA"), ("Beijing", "CHNGOV", "CHN"), "042", "2024-01-12"),
        ("v-apr", "2024-04-02", ("The US military", "USAMIL", "USA"), ("China", "CHN", "CHN"), "173", "2024-04-02"),
        ("v-un", "2024-04-05", ("The United Nations", "IGOUNO", None), ("China", "CHN", "CHN"), "036", "2024-04-05"),
        ("v-dom", "2024-04-06", ("The White House", "USAGOV", "USA"), ("Congress", "USALEG", "USA"), "042", "2024-04-06"),
        ("v-month", "2024-04-20", ("Washington", "USAGOV", "USA"), ("Beijing", "CHNGOV", "CHN"), "057", "2024-03"),
        ("v-year", "2024-04-21", ("Washington", "USAGOV", "USA"), ("Beijing", "CHNGOV", "CHN"), "190", "2019"),
    ]
    for doc_id, published, (stext, scode, scountry), (ttext, tcode, tcountry), cameo, date in specs:
        # distinct wording per story, so near-duplicate detection keeps them apart
        sentence = f"{stext} acted towards {ttext} in what officials called episode {doc_id} of {published}."
        ev = event(sentence, sentence, (stext, scode), "acted", (ttext, tcode), cameo, date)
        _side(ev, "source", scode, scountry)
        _side(ev, "target", tcode, tcountry)
        out.append(record(doc_id, sentence, published, events=[ev], title=f"Story {doc_id}"))
    return out
