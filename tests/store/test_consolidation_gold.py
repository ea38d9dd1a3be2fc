"""Consolidation against hand-labelled pairs of reports, on a real corpus slice (README in data/).

The slice holds the events the coder gave for documents of the Kremlin / president.gov.ua
releases and of Wikinews, cut to the buckets (two countries, one CAMEO root) and months of the
labelled pairs: everything that decides those reports' groups. It is coded output frozen at the
time of labelling, so these figures measure consolidation, not the coder.
"""

from __future__ import annotations

import csv
import json
import random
import sqlite3
from pathlib import Path

import pytest

from tests.conftest import SHARED
from tidings.jobs import store_records

DATA = Path(__file__).parent / "data"
# two splits (README): "tune" is the first 166 pairs, a second batch of 114 ("tune2", labelled
# before rule 4 from articles in no check pair) and a third of 104 ("tune3", labelled under rule 4,
# before any change to it, from articles in no other pair), whose errors the rules were read from;
# "check" is 125 pairs labelled later from other articles and "check2" 90 pairs labelled under rule
# 5, before any change to it, blind to its decisions: both read for figures only. The bar
# is P >= 0.90, R >= 0.75; these floors only move up. "check3" is 83 pairs labelled under rule 6, before
# any change to it, from the coding of main at d89024a
# "tune4" (106) and "check4" (105) were labelled under rule 6, before any change to it, blind to its
# decisions, from the coding of main at b4131ea, drawn by one procedure (README); "check5" (123) was labelled
# under rule 7, before any change to it, blind to its decisions and to the two side criteria's (host, statements),
# from the coding of main at c2c8158 (README); "check6" (13) was labelled blind under rule 15: the pairs of the
# check slices that rule 8 and rule 15 group differently, and controls (README); "check7" (99) was labelled blind
# under rule 15 from main 49baed0's new coding of the corpus: rule 15's held-out figure on what it merges (README);
# "tune5" (67) was labelled blind under rule 15 from the same coding and Wikinews coded anew, for reading errors (README);
# "tune6" (65) was labelled blind under rule 18 from main d534169's new coding of the corpus, never from a group holding a
# sentence of a check pair (README)
SPLITS = {"tune": "", "tune2": "_tune2", "tune3": "_tune3", "tune4": "_tune4", "tune5": "_tune5", "tune6": "_tune6", "check": "_check", "check2": "_check2",
          "check3": "_check3", "check4": "_check4", "check5": "_check5", "check6": "_check6", "check7": "_check7"}
# tune: rule 6 1.000 / 0.733 (rules 4, 5: 0.971; rule 3: 0.943) on the labels of the time; session 13
# relabelled one pair (Putin's congratulation of Nazarbayev by telephone and his message: two acts, as
# batches 4 judge a call and a message), which rule 6 merges: 0.970 (32/33) / 0.727 (32/44); rule 12 (a
# statement in a call is not the message of the day) 1.000 (32/32) / 0.727
FLOORS = {"tune": {"precision": 1.0, "recall": 0.72},
          # labelled before any change from rule 3: rule 3's held-out figure 0.733 / 0.825; rule 4
          # 0.889 / 0.800 (a visit "to Ukraine" at home is a misread report, one was a right merge);
          # rule 5 0.914 / 0.800; rule 6 0.970 / 0.800; rule 15 (what will continue is not of the day) 1.000 / 0.800
          "tune2": {"precision": 1.0, "recall": 0.80},
          # labelled before any change from rule 4 (articles in no pair of the other splits, the
          # current coder's output): rule 4's held-out figure 0.667 / 0.609; rule 5 0.700 / 0.609;
          # rule 6 0.875 / 0.609; rule 7 (at home, sectors tell who met whom) 0.900 / 0.783
          "tune3": {"precision": 0.90, "recall": 0.78},
          # rules 5, 6: 0.833 / 0.781 (rule 4: 0.806 / 0.781; rule 3: 0.659 / 0.844)
          "check": {"precision": 0.83, "recall": 0.78},
          # labelled under rule 5 before any change to it (held out): rule 5 0.808 / 0.750; rule 6
          # 0.875 / 0.750
          "check2": {"precision": 0.87, "recall": 0.75},
          # labelled under rule 6 before any change to it (held out), from main d89024a's coding:
          # rule 6 0.714 / 1.000
          "check3": {"precision": 0.71, "recall": 1.0},
          # labelled under rule 6 before any change to it (both held out for rule 6), from main b4131ea's
          # coding: rule 6 tune4 0.000 (0/3) / 0.000 (0/9), check4 1.000 (3/3) / 0.200 (3/15); rule 7
          # check4 1.000 (7/7) / 0.467 (7/15); rules 9-12 (session 15: a signing, the sides of a contact, a
          # relative clause's time words, a statement in a call) tune4 1.000 (2/2) / 0.222 (2/9); rule 14 (an office
          # is not an official holding another) 1.000 (3/3) / 0.333 (3/9); check4 unchanged
          "tune4": {"precision": 1.0, "recall": 0.33},
          # tune batch 5 (67 pairs), labelled blind under rule 15 before any change to it (README): every pair of sentences
          # rule 15 groups across documents that no batch labelled, weak joins, near joins and misses: rule 15 1.000
          # (14/14) / 0.737 (14/19); session 21: 0.933 (14/15) once Kofod (Denmark's foreign minister) was in the
          # officials (rule 14 left one group for recalled talks to join), rule 18 (what is carried out was agreed at
          # earlier talks) 1.000 (14/14) / 0.737
          "tune5": {"precision": 1.0, "recall": 0.73},
          # tune batch 6 (65 pairs), labelled blind under rule 18 before any change to it (README): every pair of sentences
          # rule 18 groups across releases that no batch labelled, in groups holding no sentence of a check pair, weak joins,
          # near joins and misses: rule 18 1.000 (15/15) / 0.556 (15/27)
          "tune6": {"precision": 1.0, "recall": 0.55},
          "check4": {"precision": 1.0, "recall": 0.46},
          # labelled under rule 7 before any change to it (held out), from main c2c8158's coding: rule 7
          # 0.727 (24/33) / 0.774 (24/31); the host criterion (h19j-host) 0.706 / 0.774 and the statement
          # criterion (h19j-statements) 0.774 / 0.774 were measured on it and not merged (README); rule 8
          # (at home, one code on both sides tells no one apart) 0.800 (24/30) / 0.774; rule 17 (a statement of a call's
          # release is said in the call) 0.828 (24/29) / 0.774
          "check5": {"precision": 0.82, "recall": 0.77},
          # check batch 6 (13 pairs), labelled blind under rule 15 (README): the pairs of the five check slices
          # whose grouping rule 8 (main fec3a0d) and rule 15 tell apart, with controls both rules group or
          # keep apart: rule 8 0.800 (4/5) / 0.571 (4/7), rule 15 0.857 (6/7) / 0.857 (6/7) (rule 10 makes the
          # difference: the two Johnson pairs)
          "check6": {"precision": 0.85, "recall": 0.85},
          # check batch 7 (99 pairs), labelled blind under rule 15 (README), from main 49baed0's coding: rule 15
          # 0.864 (19/22) / 0.826 (19/23); its grouped pairs (at most two per group) are the unbiased precision measure
          "check7": {"precision": 0.86, "recall": 0.82}}


def slice_records(split: str = "tune") -> tuple[list[dict], dict[str, str]]:
    """The split's slice as contract records, and the key each labelled report gets in a store."""
    records, keys = [], {}
    path = DATA / f"consolidation_slice{SPLITS[split]}.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        events = []
        for seq in sorted(doc["events"], key=int):
            keys[f"{doc['id']}/{seq}"] = f"{doc['id']}/{len(events)}"
            events.append(doc["events"][seq])
        text = "\n".join([doc["title"] or ""] + [e["evidence"] for e in events])
        records.append({"id": doc["id"], "url": doc["url"], "title": doc["title"],
                        "published": doc["published"], "language": "en", "text": text, "removed": [],
                        "entities": [], "events": events, "quotes": [], "attributions": []})
    return records, keys


def evidence_of(split: str) -> dict[str, str]:
    """{document id/position: evidence sentence} of a split's slice."""
    out = {}
    for line in (DATA / f"consolidation_slice{SPLITS[split]}.jsonl").read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        out.update({f"{doc['id']}/{seq}": ev["evidence"] for seq, ev in doc["events"].items()})
    return out


def labelled_pairs(split: str = "tune") -> list[dict]:
    path = DATA / f"consolidation_pairs{SPLITS[split]}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def groups_of(db: str) -> dict[str, str]:
    return dict(sqlite3.connect(db).execute("SELECT key, coalesce(mention_of, key) FROM events"))


def scores(group: dict[str, str], keys: dict[str, str], pairs: list[dict]) -> dict:
    tp = fp = fn = 0
    for p in pairs:
        merged = group[keys[p["a"]]] == group[keys[p["b"]]]
        tp += merged and p["same"]
        fp += merged and not p["same"]
        fn += p["same"] and not merged
    # (None where a batch has no merge or no same pair to measure: PolNeAR's check8 has no same pair)
    return {"precision": tp / (tp + fp) if tp + fp else None, "recall": tp / (tp + fn) if tp + fn else None,
            "tp": tp, "fp": fp, "fn": fn}


_INGESTED: dict[str, tuple] = {}  # split -> (db, records, keys): each slice stored once a session, only read after


def ingest(split: str, tmp_path_factory):
    if split not in _INGESTED:
        records, keys = slice_records(split)
        db = str(tmp_path_factory.mktemp("gold") / f"slice_{split}.db")
        summary = store_records(records, db)
        assert summary.failed == 0 and summary.coded == len(records)
        _INGESTED[split] = db, records, keys
    return _INGESTED[split]


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    return ingest("tune", tmp_path_factory)


def test_the_labelled_pairs_are_many_and_varied():
    tune, tune2, tune3 = labelled_pairs("tune"), labelled_pairs("tune2"), labelled_pairs("tune3")
    check = labelled_pairs("check")
    assert len(tune) >= 150 and len(tune2) >= 100 and len(tune3) >= 100 and len(check) >= 100
    for pairs in (tune, tune2, tune3, check):
        # batch 3 has fewer: the corpus has few groups left outside the labelled articles
        assert sum(p["same"] for p in pairs) >= (20 if pairs is tune3 else 30)
        assert sum(not p["same"] for p in pairs) >= 70
        assert all(p["why"] for p in pairs)
    for pairs in (tune, check):  # Wikinews gave all its grouped pairs and near misses to these two
        assert {p["corpus"] for p in pairs} == {"kremlin", "wikinews"}
    assert all(p["split"] == "tune" for p in tune2 + tune3)
    # held out: no pair is labelled twice, and the check pairs' Kremlin/Ukraine articles are in no
    # tune pair (of any batch)
    pair = lambda p: frozenset((p["a"], p["b"]))  # noqa: E731
    every = tune + tune2 + tune3 + check
    assert len({pair(p) for p in every}) == len(every)
    doc = lambda key: key.rsplit("/", 1)[0]  # noqa: E731
    tune_docs = {doc(k) for p in tune + tune2 + tune3 for k in (p["a"], p["b"])}
    assert not {doc(k) for p in check if p["corpus"] == "kremlin" for k in (p["a"], p["b"])} & tune_docs
    # check batch 2: no release of a check pair; its near misses come from releases in no other pair, while
    # the groups it draws from (no group with an unlabelled pair is left outside them) lie in tune releases
    check2 = labelled_pairs("check2")
    assert len(check2) >= 80 and sum(p["same"] for p in check2) >= 25 and all(p["why"] for p in check2)
    check_docs = {doc(k) for p in check for k in (p["a"], p["b"])}
    assert not {doc(k) for p in check2 for k in (p["a"], p["b"])} & check_docs
    assert not {doc(k) for p in check2 if p["drawn"] != "grouped-tune-docs" for k in (p["a"], p["b"])} & tune_docs
    # check batch 3: no release of a check pair of the other batches, no pair labelled twice (nor the same
    # two sentences under other keys); its near misses come from releases in no pair of an earlier batch
    check3 = labelled_pairs("check3")
    assert len(check3) >= 80 and sum(p["same"] for p in check3) >= 10 and all(p["why"] for p in check3)
    assert not {doc(k) for p in check3 for k in (p["a"], p["b"])} & (check_docs | {doc(k) for p in check2 for k in (p["a"], p["b"])})
    earlier_docs = tune_docs | check_docs | {doc(k) for p in check2 for k in (p["a"], p["b"])}
    assert not {doc(k) for p in check3 if p["drawn"] != "grouped-tune-docs" for k in (p["a"], p["b"])} & earlier_docs
    assert len({pair(p) for p in every + check2 + check3}) == len(every + check2 + check3)
    # batches 4: no pair labelled twice; tune4 has no release of a check pair (any batch), check4 none of a
    # tune pair (any batch) but in its grouped pairs (the groups lie in them), and none of an earlier check pair
    tune4, check4 = labelled_pairs("tune4"), labelled_pairs("check4")
    for pairs in (tune4, check4):
        assert len(pairs) >= 100 and sum(p["same"] for p in pairs) >= 9 and all(p["why"] for p in pairs)
    docs_of = lambda pairs: {doc(k) for p in pairs for k in (p["a"], p["b"])}  # noqa: E731
    all_checks = check + check2 + check3
    assert not docs_of(tune4) & docs_of(all_checks + check4)
    assert not docs_of(check4) & docs_of(all_checks)
    assert not docs_of([p for p in check4 if p["drawn"] != "grouped"]) & docs_of(tune + tune2 + tune3 + tune4)
    everything = every + check2 + check3 + tune4 + check4
    assert len({pair(p) for p in everything}) == len(everything)
    # batch 5 (check): no release of a tune pair (any batch) but the one pair the host criterion groups there;
    # its near misses from releases in no earlier pair; never a pair of sentences labelled before, nor twice
    check5 = labelled_pairs("check5")
    assert len(check5) >= 100 and sum(p["same"] for p in check5) >= 20 and all(p["why"] for p in check5)
    assert all(p["split"] == "check" for p in check5)
    assert not docs_of([p for p in check5 if p["drawn"] != "host-grouped"]) & docs_of(tune + tune2 + tune3 + tune4)
    assert not docs_of([p for p in check5 if p["drawn"] == "near-miss"]) & docs_of(everything)

    def sentences(split):
        evidence = evidence_of(split)
        return [frozenset((doc(k), evidence[k]) for k in (p["a"], p["b"])) for p in labelled_pairs(split)]

    new = sentences("check5")
    assert len(set(new)) == len(new)
    assert not set(new) & {s for split in SPLITS if split != "check5" for s in sentences(split)}
    # batch 7 (check) and tune batch 5, drawn from one new coding: never a pair of sentences labelled in another
    # batch (under any keys), nor twice
    def fresh_batch(name, split, least, least_same, strata):
        pairs = labelled_pairs(name)
        assert len(pairs) >= least and sum(p["same"] for p in pairs) >= least_same and all(p["why"] for p in pairs)
        assert all(p["split"] == split for p in pairs)
        assert {p["drawn"] for p in pairs} == strata
        new = sentences(name)
        assert len(set(new)) == len(new)
        assert not set(new) & {s for other in SPLITS if other != name for s in sentences(other)}

    fresh_batch("check7", "check", 80, 20, {"grouped", "same-day-apart", "near-miss"})
    fresh_batch("tune5", "tune", 60, 15, {"grouped", "weak-joined", "weak-apart", "same-day-apart", "near-miss"})
    fresh_batch("tune6", "tune", 60, 15, {"grouped", "weak-joined", "weak-apart", "same-day-apart", "near-miss"})
    # tune batch 6 reads no group a check pair lies in: no sentence of a check pair is in a tune 6 pair
    check_sentences = {s for split in SPLITS if split.startswith("check") for pair in sentences(split) for s in pair}
    assert not {s for pair in sentences("tune6") for s in pair} & check_sentences
    # batch 3 was drawn from articles in no earlier pair (but one side of its "grouped-one-new" pairs)
    earlier = {doc(k) for p in tune + tune2 for k in (p["a"], p["b"])}
    assert all(doc(p["a"]) not in earlier or doc(p["b"]) not in earlier for p in tune3)
    assert all(doc(p["a"]) not in earlier and doc(p["b"]) not in earlier
               for p in tune3 if p["drawn"] != "grouped-one-new")


def test_check7_leaves_out_the_reserved_releases():
    """Batch 7 (and tune batch 5, from the same coding) was coded without the releases of the blind audit sets 7-11 and the sha1 ranks 340-420 of the
    Kremlin/Ukraine corpus (kept for a new blind audit): none is in its slice."""
    from tests.events import test_audit as audit

    corpus = "kremlin_ukraine_press_2021_2022"
    reserved = {row["id"] for picks in (audit.AUDIT7_PICKS, audit.AUDIT8_PICKS, audit.AUDIT9_PICKS, audit.AUDIT10_PICKS,
                                        audit.AUDIT11_PICKS) for name, row in audit.audit_articles(picks) if name == corpus}
    ranked = sorted(audit.read_corpus(corpus), key=lambda row: audit.sha1(row["id"]))
    reserved |= {row["id"] for row in ranked[339:420]}
    assert len(reserved) > 81
    for split in ("check7", "tune5", "tune6"):  # tune batch 5 was drawn from the same coding, tune batch 6 from a coding without them
        records, _ = slice_records(split)
        assert not {r["id"] for r in records} & reserved, split


@pytest.mark.parametrize("split", ["tune", "tune2", "tune3", "tune4", "tune5", "tune6", "check", "check2", "check3", "check4", "check5", "check6",
                                   "check7"])
def test_precision_and_recall_on_the_labelled_pairs(split, ingested, tmp_path_factory):
    db, _, keys = ingested if split == "tune" else ingest(split, tmp_path_factory)
    pairs = labelled_pairs(split)
    result = scores(groups_of(db), keys, pairs)
    print(f"consolidation on the {len(pairs)} {split} pairs: {result}")
    assert result["precision"] >= FLOORS[split]["precision"], result
    assert result["recall"] >= FLOORS[split]["recall"], result


@pytest.mark.parametrize("split", ["tune", "tune2", "tune3", "tune4", "tune5", "tune6", "check2", "check3", "check4", "check5", "check6",
                                   "check7"])  # trips to regions, talks about a country, calls and visits of a day
def test_three_shuffled_orders_give_the_same_groups(split, ingested, tmp_path, tmp_path_factory):
    db, records, _ = ingested if split == "tune" else ingest(split, tmp_path_factory)
    expected = groups_of(db)
    assert len(set(expected.values())) < len(expected)  # something was consolidated
    for seed in (1, 2, 3):
        shuffled = list(records)
        random.Random(seed).shuffle(shuffled)
        other = str(tmp_path / f"order{seed}.db")
        # small batches: groups are made across many transactions, as a live feed makes them
        store_records(shuffled, other, batch_size=7)
        assert groups_of(other) == expected, seed


# PolNeAR (US election coverage of 2016, seven outlets: README, session 22): the repository holds no PolNeAR text
# (research use, article text (c) the publishers), so its batches keep ids, labels and reasons only, and the test
# codes the articles the pairs need (`consolidation_articles_polnear.json`: the pairs' articles and every article with
# a keyed report of their buckets within a day of theirs; for tune8 and check9, on their day) from ../shared at test
# time, rules alone (`--no-model`),
# as the batch was drawn. Skipped where ../shared is absent.
POLNEAR = SHARED / "gold" / "quotes" / "polnear"
POLNEAR_SPLITS = {"tune7": "_tune7", "check8": "_check8", "tune8": "_tune8", "check9": "_check9"}
# tune7 (81 pairs) and check8 (118), labelled blind under rule 18 before any change to it, split by the parity of
# sha1(bucket|day): rule 18 tune7 1.000 (4/4) / 1.000 (4/4); check8 0.000 (0/4), no same pair (its recall is
# not defined: None)
# tune8 (79 pairs, session 23), labelled blind under rule 18 before any change to it, from the PolNeAR articles outside
# check8's (and the wire copy), coded by main 56849b1: rule 18 0.286 (2/7) / 0.667 (2/3); rule 19 (a plural statement
# its speaker owns is many; at home, a person named without a sector next to someone unnamed stands alone) 1.000 (2/2) /
# 0.667 (2/3): the one same pair apart is a visit recalled by a column dated six days later
# check8: no floor to hold (its 4 false merges of session 22 went with reports session 23's rules no longer code;
# nothing was merged at 2efca98; on main 1d67848 one false merge again, 0.000 (0/1): no floor below it)
# check9 (66 pairs, session 24), labelled blind under rule 19 before any change to it, from the PolNeAR articles in no
# earlier pair (the 786 of tune8's coding, coded anew by main 1d67848): rule 19 and rule 18 merge none of its pairs and
# none is the same happening (precision and recall not defined): no floor to hold
POLNEAR_FLOORS = {"tune7": {"precision": 1.0, "recall": 1.0}, "check8": {"precision": None, "recall": None},
                  "tune8": {"precision": 1.0, "recall": 0.5}, "check9": {"precision": None, "recall": None}}
# tune8's recall was 2 of 3 same pairs; since session 25 one of the two it merged is lost, not split: "Elmendorf, who
# supports Clinton" is a stance held in a relative clause, which the coder no longer codes as an act (both reports
# gone), so 1 of the 2 pairs still coded; the grouping is the same (the Trump-Pena Nieto near-miss pair was never merged)


@pytest.fixture(scope="module")
def polnear(tmp_path_factory):
    """The PolNeAR articles the pairs need, coded now (rules alone) and stored: (db, {pair key: store key})."""
    if not (POLNEAR / "metadata.tsv").exists():
        pytest.skip("PolNeAR is not in ../shared")
    from tidings import learn
    from tidings.pipeline import Coder, code
    from tidings.sources.files import from_record

    with (POLNEAR / "metadata.tsv").open(encoding="utf-8", newline="") as stream:
        meta = {row["filename"]: row for row in csv.DictReader(stream, delimiter="\t")}
    names = json.loads((DATA / "consolidation_articles_polnear.json").read_text(encoding="utf-8"))["articles"]
    raws = []
    for name in names:
        path = next(POLNEAR / part / "text" / f"{name}.txt" for part in ("train", "dev")
                    if (POLNEAR / part / "text" / f"{name}.txt").exists())
        raws.append(from_record({"id": f"polnear:{name}", "text": path.read_text(encoding="utf-8"),
                                 "title": meta[name]["title"], "published": meta[name]["publication_date"]},
                                f"polnear:{name}"))
    enabled = learn.ENABLED
    learn.configure(False)  # as `tidings code --no-model`, which drew the batch
    try:
        records = [doc.to_dict() for doc in code(raws, coder=Coder.load(model=False))]
    finally:
        learn.configure(enabled)
    db = str(tmp_path_factory.mktemp("gold") / "polnear.db")
    summary = store_records(records, db)
    assert summary.failed == 0 and summary.coded == len(records)
    # a labelled report is its position in the article's events while the event there has its sentence and trigger;
    # else the one event of that sentence and trigger (a consultation is coded both ways, on one trigger: then the
    # position decides), so that a coder adding or dropping another event of its article does not move it; a report
    # the coder no longer gives is lost (counted, below)
    events = {r["id"]: r["events"] for r in records}
    place = lambda e: (e["sentence"], e["trigger"]["start"], e["trigger"]["end"])  # noqa: E731
    keys = {}
    for split in POLNEAR_SPLITS:
        for p in labelled_pairs_polnear(split):
            for side in ("a", "b"):
                doc, seq = p[side].rsplit("/", 1)
                at = (p[f"{side}_at"]["sentence"], *p[f"{side}_at"]["trigger"])
                found = [i for i, e in enumerate(events[doc]) if place(e) == at]
                if int(seq) in found:
                    keys[p[side]] = f"{doc}/{seq}"
                elif len(found) == 1:
                    keys[p[side]] = f"{doc}/{found[0]}"
    return db, keys


def labelled_pairs_polnear(split: str) -> list[dict]:
    path = DATA / f"consolidation_pairs{POLNEAR_SPLITS[split]}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_the_polnear_batches_hold_no_article_text():
    """Ids, places, labels and reasons only; a reason is in our words, never a sentence of the article."""
    for split in POLNEAR_SPLITS:
        pairs = labelled_pairs_polnear(split)
        assert pairs and all(p["corpus"] == "polnear" and p["split"] == split[:-1] and p["why"] for p in pairs)
        assert {p["drawn"] for p in pairs} <= {"grouped", "weak-joined", "weak-apart", "same-day-apart", "near-miss"}
        assert all(set(p) == {"corpus", "split", "drawn", "a", "b", "a_at", "b_at", "same", "why"} for p in pairs)
        assert all(len(p["why"]) < 160 for p in pairs)
    pair = lambda p: frozenset((p["a"], p["b"]))  # noqa: E731
    every = [pair(p) for split in POLNEAR_SPLITS for p in labelled_pairs_polnear(split)]
    assert len(set(every)) == len(every) >= 80
    # check9 is held out by article: none of its articles is in a pair of an earlier PolNeAR batch
    article = lambda key: key.rsplit("/", 1)[0]  # noqa: E731
    earlier = {article(p[s]) for split in ("tune7", "check8", "tune8")
               for p in labelled_pairs_polnear(split) for s in "ab"}
    check9 = labelled_pairs_polnear("check9")
    assert len(check9) >= 60 and not {article(p[s]) for p in check9 for s in "ab"} & earlier


def scores_polnear(split: str, polnear) -> dict:
    db, keys = polnear
    pairs = labelled_pairs_polnear(split)
    kept = [p for p in pairs if p["a"] in keys and p["b"] in keys]
    return {**scores(groups_of(db), keys, kept), "lost": len(pairs) - len(kept)}


@pytest.mark.parametrize("split", list(POLNEAR_SPLITS))
def test_precision_and_recall_on_the_polnear_pairs(split, polnear):
    pairs = labelled_pairs_polnear(split)
    result = scores_polnear(split, polnear)
    print(f"consolidation on the {len(pairs)} PolNeAR {split} pairs: {result}")
    # the coder still gives most labelled reports: session 23's precision rules (stances, campaign language, habits)
    # no longer code 16 of tune7's 81 pairs' reports, 11 of check8's 118 and 6 of tune8's 79 (10 % before; on main
    # 1d67848: 15, 9, 6); check9's 66 were drawn from main 1d67848's coding (none lost)
    assert result["lost"] <= len(pairs) // 4, result
    for measure in ("precision", "recall"):
        floor = POLNEAR_FLOORS[split][measure]
        assert floor is None or (result[measure] is not None and result[measure] >= floor), result


def test_pooled_figures(request, tmp_path_factory, ingested):
    """Every batch's pairs on its slice (PolNeAR coded now, where ../shared has it), pooled by split: the figures of
    the README's tables."""
    counts = {}
    for split in SPLITS:
        db, _, keys = ingested if split == "tune" else ingest(split, tmp_path_factory)
        counts[split] = scores(groups_of(db), keys, labelled_pairs(split))
    try:
        polnear = request.getfixturevalue("polnear")
    except pytest.skip.Exception:
        polnear = None  # the Kremlin/Ukraine and Wikinews batches alone
    for split in POLNEAR_SPLITS if polnear else ():
        counts[split] = scores_polnear(split, polnear)

    def pooled(names):
        tp, fp, fn = (sum(counts[n][k] for n in names) for k in ("tp", "fp", "fn"))
        return f"P {tp / (tp + fp):.3f} ({tp}/{tp + fp}) / R {tp / (tp + fn):.3f} ({tp}/{tp + fn})"

    tune = [n for n in counts if n.startswith("tune")]
    check = [n for n in counts if n.startswith("check")]
    for label, names in (("tune, Kremlin/Ukraine and Wikinews", [n for n in tune if n not in POLNEAR_SPLITS]),
                         ("tune, with PolNeAR tune7 and tune8", tune),
                         ("check, Kremlin/Ukraine and Wikinews", [n for n in check if n not in POLNEAR_SPLITS]),
                         ("check, with PolNeAR check8 and check9", check),
                         ("every labelled pair", tune + check)):
        if polnear or "PolNeAR" not in label:
            print(f"pooled {label}: {pooled(names)}")


def test_the_same_groups_on_postgresql(ingested, pg_url):
    import psycopg

    db, records, _ = ingested
    store_records(records, pg_url)
    with psycopg.connect(pg_url) as conn:
        pg = dict(conn.execute("SELECT key, coalesce(mention_of, key) FROM events").fetchall())
    assert pg == groups_of(db)
