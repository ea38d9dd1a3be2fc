"""The event filter's trainer (tidings.learn.filter_train): one reader for every per-event tune reading."""

from __future__ import annotations

from pathlib import Path

from tidings.learn.filter_train import event_readings

HEAD = "sentence\ttrigger_start\ttrigger\tcameo\tsource\ttarget\tjudgement\treason\n"


def test_one_reader_reads_polnear_and_corpus_named_readings(tmp_path):
    (tmp_path / "tune_polnear_read_x.tsv").write_text(
        "# a PolNeAR reading: bare file names\narticle\t" + HEAD
        + "nyt_a\t2\t40\tmet\t040\tUSAGOV\tRUSGOV\tright\tmet\n"
        + "nyt_a\t3\t90\tsaid\t010\tUSA\t\tmissed\tnot an event line\n", encoding="utf-8")
    (tmp_path / "tune_events_x.tsv").write_text(
        "# a wider reading: the corpus row's id\ncorpus\trank\tarticle\t" + HEAD
        + "kremlin_ukraine_press_2021_2022\t9\tkremlin:1\t0\t15\thad\t041\tRUSGOV\tFRAGOV\tright\tcall\n"
        + "polnear\t46\tpolnear:nyt_b\t1\t81\tstruck\t111\t\tUSALAB\twrong\tsense\n"
        + "polnear\t46\tpolnear:nyt_a\t2\t40\tmet\t040\tUSAGOV\tRUSGOV\tpartly\tread again\n", encoding="utf-8")
    got = event_readings(tmp_path)
    assert set(got) == {"polnear", "kremlin_ukraine_press_2021_2022"}
    assert set(got["polnear"]) == {"polnear:nyt_a", "polnear:nyt_b"}
    (a,) = got["polnear"]["polnear:nyt_a"]  # the later file's reading of the same event replaces the earlier one
    assert a["judgement"] == "partly" and (a["sentence"], a["trigger_start"], a["source"], a["target"]) == \
        (2, 40, "USAGOV", "RUSGOV")
    (b,) = got["polnear"]["polnear:nyt_b"]
    assert b["source"] is None and b["target"] == "USALAB" and b["cameo"] == "111"
    (k,) = got["kremlin_ukraine_press_2021_2022"]["kremlin:1"]
    assert k["judgement"] == "right" and k["article"] == "kremlin:1"


def test_the_shipped_readings_hold_judgements_only_of_coded_events():
    got = event_readings(Path(__file__).parents[1] / "events" / "data")
    assert {"polnear", "kremlin_ukraine_press_2021_2022", "globalvoices_html_2009", "wikinews_2019_2020"} <= set(got)
    lines = [j for arts in got.values() for js in arts.values() for j in js]
    assert {j["judgement"] for j in lines} == {"right", "partly", "wrong"}
    assert all(j["article"].split(":", 1)[0] in {"polnear", "kremlin", "president.gov.ua", "globalvoices", "wikinews"}
               for j in lines)


def test_two_events_with_one_key_in_one_file_are_two_lines(tmp_path):
    """One trigger can carry two events with the same codes (two targets left uncoded): both verdicts count, in order,
    as the audit matches them; a later file's reading of that key replaces both."""
    line = "kremlin_ukraine_press_2021_2022\t9\tkremlin:1\t8\t15\tthanked\t051\tUKRGOV\t\t{}\tx\n"
    (tmp_path / "tune_events_a.tsv").write_text("corpus\trank\tarticle\t" + HEAD + line.format("partly")
                                                + line.format("wrong"), encoding="utf-8")
    got = event_readings(tmp_path)["kremlin_ukraine_press_2021_2022"]["kremlin:1"]
    assert [j["judgement"] for j in got] == ["partly", "wrong"]
    (tmp_path / "tune_events_b.tsv").write_text("corpus\trank\tarticle\t" + HEAD + line.format("right"),
                                                encoding="utf-8")
    got = event_readings(tmp_path)["kremlin_ukraine_press_2021_2022"]["kremlin:1"]
    assert [j["judgement"] for j in got] == ["right"]


def _row(set_, article, verdict, feats):
    return {"set": set_, "article": article, "verdict": verdict, "features": feats}


def test_conflibert_rows_weigh_in_but_add_no_feature_and_read_the_tune_split_only():
    from tidings.learn import filter_train as ft

    assert ft.CONFLIBERT_TUNE.name == "cameo_class_tune.tsv"  # never the check split
    rows = [_row("set1", f"a{i}", "wrong", ["kind=verb", "src=none"]) for i in range(5)]
    rows += [_row(ft.CONFLIBERT_SET, f"conflibert:{i}", "right", ["src=none", "only_here"]) for i in range(9)]
    assert ft.judged_vocabulary(rows) == ["kind=verb", "src=none"]
    assert list(ft.row_weights(rows[4:6], 0.3)) == [1.0, 0.3]


def test_weighted_rows_pull_the_fit_toward_them():
    import numpy as np

    from tidings.learn.filter_train import fit

    # one feature: three rows say wrong, one says right; weighting the right one up turns the verdict
    x, y = np.ones((4, 1)), np.array([1.0, 1.0, 1.0, 0.0])
    w1, b1 = fit(x, y, 1e-3)
    w2, b2 = fit(x, y, 1e-3, np.array([1.0, 1.0, 1.0, 6.0]))
    assert float(w1[0]) + b1 > 0 > float(w2[0]) + b2
    same = fit(x, y, 1e-3, np.ones(4))  # equal weights: the unweighted fit
    assert np.allclose(same[0], w1, atol=1e-6) and abs(same[1] - b1) < 1e-6


def test_the_gain_counts_a_conflibert_top_event_as_judged():
    from collections import Counter

    from tidings.learn.filter_train import gain

    # a dropped top event of the gold class costs as a right one does (the penta score loses it)
    assert gain(Counter({"wrong": 3, "right": 1})) == 1.0
