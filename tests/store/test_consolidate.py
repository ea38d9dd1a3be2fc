"""Consolidated events: reports of one happening in different documents become one event."""

from __future__ import annotations

import json
import sqlite3

import pytest

import tidings
from tests.store.records import UNDO_VERSION_6, event, record
from tidings.jobs import store_records
from tidings.store import Store
from tidings.store.schema import LATEST
from tidings.store import consolidate
from tidings.store.consolidate import consolidation_key, groups


@pytest.fixture
def db(tmp_path):
    return str(tmp_path / "t.db")


def named(ev, source_name=None, target_name=None):
    if source_name:
        ev["source"]["name"] = source_name
    if target_name:
        ev["target"]["name"] = target_name
    return ev


def text(n):
    # distinct texts: distinct stories, not near-duplicate copies
    return " ".join(f"word{n}x{i}" for i in range(80))


# ---- the rule ---------------------------------------------------------------------------------

def test_key_needs_two_identities_and_a_usable_date():
    ev = event("a", "USAGOV", "CHNGOV", "042")
    # records.actor names an actor by its code: that name is its own
    assert consolidation_key(ev) == "04|CHN|USA#CHNGOV|USAGOV"  # consultations: sides in order
    assert consolidation_key(event("a", "USAGOV", "CHNGOV", "190")) == "19|USA|CHN#USAGOV|CHNGOV"
    assert consolidation_key(event("a", "---GOV", "CHNGOV", "042")) is None  # nobody in particular
    assert consolidation_key(event("a", "USAGOV", None, "042")) is None
    assert consolidation_key(event("a", "USAGOV", "CHNGOV", "042", date="2024")) is None
    assert consolidation_key(event("a", "USAGOV", "CHNGOV", "042", date=None)) is None
    assert consolidation_key(event("a", "USAGOV", "CHNGOV", "042", date="2024-04")) is not None
    # a named unknown-country actor is still nobody we can tell apart from others of its kind
    assert consolidation_key(named(event("a", "---GOV", "CHNGOV", "042"), "Jane Roe")) is None
    # the same person under two role codes is one actor; two people with one code are two
    putin_gov = named(event("a", "RUSGOV", "UKRGOV", "190"), "Vladimir Putin")
    putin_eli = named(event("a", "RUSELI", "UKRGOV", "190"), "Vladimir Putin")
    lavrov = named(event("a", "RUSGOV", "UKRGOV", "190"), "Sergei Lavrov")
    assert consolidation_key(putin_gov) == consolidation_key(putin_eli) != consolidation_key(lavrov)
    # a name that says no more than the code is no name
    assert consolidation_key(named(event("a", "RUSGOV", "IND", "042"), "the Kremlin", "India")) == (
        "04|IND|RUS#|")


def said(ev, evidence):
    ev["evidence"] = evidence
    return ev


def test_only_reports_of_a_dated_happening_are_consolidated():
    talks = named(event("a", "RUSGOV", "INDGOV", "040"), "Vladimir Putin", "Narendra Modi")
    assert consolidation_key(talks) == "04|IND|RUS#Narendra Modi|Vladimir Putin"
    # what is only supposed or denied did not happen
    for modality in ("hypothetical", "negated"):
        assert consolidation_key({**talks, "modality": modality}) is None
    for modality in ("reported", "promised", "historical"):
        assert consolidation_key({**talks, "modality": modality}) is not None
    # a habit, a span of time, an earlier or a later time: not one happening of the report's date
    for sentence in ("Putin and Modi regularly hold summits.",
                     "In recent months, Putin consulted Modi several times.",
                     "Putin has already met Modi in New Delhi.",
                     "Putin will meet Modi in the near future.",
                     "Putin said that he would continue talks with Modi."):
        assert consolidation_key(said(dict(talks), sentence)) is None, sentence
    # a day of its own anchors the sentence: "already" is about the telling, not the call
    assert consolidation_key(said(dict(talks), "As I have already mentioned, yesterday I spoke with Modi.")) == (
        consolidation_key(talks))
    assert consolidation_key(said(dict(talks), "As I have already mentioned, two years ago I spoke with Modi.")) is None
    # whole words only: "soonest" or "alreadyness" are not the cue
    assert consolidation_key(said(dict(talks), "Putin met Modi at the soonest date.")) is not None
    assert consolidation_key(said(dict(talks), "Putin met Modi on Monday, as planned.")) is not None
    # rule 11: the time words of a relative clause are its own act's, unless the clause holds the trigger
    aside = said(dict(talks, trigger={"text": "talked"}),
                 "Putin talked with Modi, whose visit to Moscow is expected in the near future.")
    assert consolidation_key(aside) == consolidation_key(talks)
    inside = said(dict(talks, trigger={"text": "met"}), "Putin praised Modi, whom he has already met twice.")
    assert consolidation_key(inside) is None
    assert consolidation_key({**aside, "trigger": None}) is None  # no trigger word: nothing set aside
    # rule 18: what is being implemented was agreed before: the consultation where it was reached is an earlier one
    recalled = said(dict(talks, trigger={"text": "talks"}),
                    "Putin sees progress in implementing the agreements reached during the talks with Modi.")
    assert consolidation_key(recalled) is None
    assert consolidation_key(said(dict(talks, trigger={"text": "meeting"}),
                                  "They discussed the implementation of the decisions taken at the meeting"
                                  " of Putin and Modi in New Delhi.")) is None
    # the act of the day that speaks of it is of its day, and so is what was agreed at talks of a day named
    assert consolidation_key({**recalled, "trigger": {"text": "sees"}}) == consolidation_key(talks)
    assert consolidation_key(said(dict(talks, trigger={"text": "talks"}), "Putin and Modi are implementing"
                                  " the agreements reached during the talks on Monday.")) == consolidation_key(talks)
    # agreements of talks not said to be carried out may be the day's ("set out in a joint statement")
    assert consolidation_key(said(dict(talks, trigger={"text": "talks"}), "The agreements reached during the talks"
                                  " with Modi were set out in a joint statement.")) == consolidation_key(talks)


def test_vague_sides_are_nobody_in_particular():
    # an unnamed act between bare countries ("Ukraine -> Russia" sanctions): many a day
    countries = ("Ukraine", "Russia")
    assert consolidation_key(named(event("a", "UKR", "RUS", "163"), *countries)) is None
    assert consolidation_key(named(event("a", "UKRGOV", "RUS", "163"), *countries)) is None
    # ... but a consultation between two countries is one a day, and a sector narrows a side
    assert consolidation_key(named(event("a", "RUS", "IND", "042"), "Russia", "India")) == "04|IND|RUS#|"
    assert consolidation_key(named(event("a", "USAMIL", "IRNMIL", "1823"), "United States", "Iran")) == (
        "18|USA|IRN#|")
    # at home the country as the other side is no one (Zelensky -> "Ukraine"), but a visit's host
    at_home = named(event("a", "UKRGOV", "UKR", "040"), "Volodymyr Zelensky", "Ukraine")
    assert consolidation_key(at_home) is None
    assert consolidation_key({**at_home, "cameo": "042"}) == "04|UKR|UKR#Volodymyr Zelensky|"  # named side first


def spoken(ev, side, words):
    ev[side]["text"] = words
    return ev


def test_a_country_talked_about_is_no_party_to_the_talks():
    # "the President briefed Johnson on the negotiations with Russia": Russia is the topic
    briefing = spoken(named(event("a", "UKRGOV", "RUS", "046"), "Volodymyr Zelensky", "Russia"), "target", "Russia")
    assert consolidation_key(briefing) == "04|RUS|UKR#~|Volodymyr Zelensky"
    # "we discussed the negotiations with Russia": nobody in particular
    we = spoken(named(event("a", "UKRGOV", "RUS", "040"), "Ukraine", "Russia"), "target", "Russia")
    assert consolidation_key(spoken(we, "source", "We")) is None
    # the speaker is a party ("our talks with the Prime Minister"), and so is a named side
    ours = spoken(named(event("a", "RUS", "HUNGOV", "040"), "Russia", "Viktor Orbán"), "source", "Our")
    assert consolidation_key(ours) == "04|HUN|RUS#Viktor Orbán|"
    # rule 10: "The sides discussed …" after the talks, read as each party toward the other, is a party
    # even where the coder knows it only as the country
    sides = spoken(named(event("a", "IGOEEC", "UKR", "040"), "Jane Roe", "Ukraine"), "target", "The sides")
    assert consolidation_key(sides) == "04|IGOEEC|UKR#Jane Roe|"
    assert consolidation_key(spoken(sides, "target", "Ukraine")) == "04|IGOEEC|UKR#Jane Roe|~"
    # two bare countries are still the one consultation of their day, and a visit's host its place
    assert consolidation_key(named(event("a", "RUS", "IND", "040"), "Russia", "India")) == "04|IND|RUS#|"
    visit = spoken(named(event("a", "RUSGOV", "IND", "042"), "Vladimir Putin", "India"), "target", "India")
    assert consolidation_key(visit) == "04|IND|RUS#|Vladimir Putin"


def test_a_visit_at_home_to_the_country_itself_is_a_misread_report():
    # "the President thanked Karis for the visit to Ukraine", coded Zelensky -> Ukraine
    thanks = named(event("a", "UKRGOV", "UKR", "042"), "Volodymyr Zelensky", "Ukraine")
    assert consolidation_key(spoken(thanks, "target", "Ukraine")) is None
    # a visit to a region is a trip at home, and the region is part of its key
    trip = spoken(dict(thanks, target=dict(thanks["target"])), "target", "the Odesa region, President of Ukraine")
    assert consolidation_key(trip) == "04|UKR|UKR#Volodymyr Zelensky|=president@Odesa"  # rule 14: a title's office
    assert consolidate.regions("the Kharkiv and Donetsk regions") == {"Kharkiv", "Donetsk"}
    assert consolidate.regions("the east of Ukraine") == set()


def test_visits_to_regions_that_share_none_are_two_trips():
    day = "2022-06-18"
    zelensky = "04|UKR|UKR#|Volodymyr Zelensky"
    odesa = [("a", day, "042", zelensky + "@Odesa"), ("b", day, "042", zelensky + "@Odesa")]
    mykolaiv = ("c", day, "042", zelensky + "@Mykolaiv")
    east = ("d", day, "042", zelensky)  # "a working trip to the east": which one?
    assert sorted(groups(odesa + [mykolaiv, east])) == [["a", "b"], ["c"], ["d"]]
    # one trip to two regions is the trip to either; a report naming no region then joins it
    both = ("e", day, "042", zelensky + "@Donetsk,Kharkiv")
    assert groups([both, ("f", day, "042", zelensky + "@Kharkiv"), east]) == [["d", "e", "f"]]


def row(key, day, cameo="190", names="Vladimir Putin|Volodymyr Zelensky", root=None):
    return (key, day, cameo, f"{root or cameo[:2]}|RUS|UKR#{names}")


def test_groups_by_date(monkeypatch):
    # by default one day: reports a day apart are two happenings
    assert groups([row("a", "2024-01-01"), row("b", "2024-01-02")]) == [["a"], ["b"]]
    assert groups([row("a", "2024-01-01"), row("b", "2024-01-01", "1823", root="19")]) == [["b", "a"]]
    monkeypatch.setattr(consolidate, "MAX_RUN_DAYS", 3)
    # with a longer window, a run of up to three consecutive days is one happening, represented
    # by the longest code
    assert groups([row("a", "2024-01-01"), row("b", "2024-01-02", "1823", root="19"),
                   row("c", "2024-01-03")]) == [["b", "a", "c"]]
    # a gap of two days: two happenings
    assert groups([row("a", "2024-01-01"), row("b", "2024-01-03")]) == [["a"], ["b"]]
    # a story that goes on day after day: each day its own happening
    five = [row(k, f"2024-01-0{i}") for i, k in enumerate("abcde", 1)]
    assert groups(five) == [["a"], ["b"], ["c"], ["d"], ["e"]]
    # statements: only the same day
    assert groups([row("a", "2024-01-01", "010"), row("b", "2024-01-02", "010")]) == [["a"], ["b"]]
    # a month-only report joins the one happening of its month, not one of two
    assert groups([row("a", "2024-01-10"), row("m", "2024-01")]) == [["a", "m"]]
    # but a statement is one only on the same day: "commended the results of the December summit"
    # is not known to be the day's thanks
    assert groups([row("a", "2024-01-10", "051"), row("m", "2024-01", "051")]) == [["a"], ["m"]]
    assert groups([row("a", "2024-01-10"), row("b", "2024-01-20"), row("m", "2024-01"),
                   row("n", "2024-01")]) == [["a"], ["b"], ["m", "n"]]
    # the grouping is a function of the set, not of the order it is given in
    rows = five + [row("x", "2024-02-01"), row("y", "2024-02-02"), row("m", "2024-02")]
    assert groups(rows) == groups(list(reversed(rows)))


def test_groups_by_names():
    day = "2024-01-01"
    both = row("a", day, "042")
    lavrov = row("b", day, "042", names="Sergei Lavrov|Dmytro Kuleba")
    putin_only = row("c", day, "042", names="Vladimir Putin|")
    unnamed = row("d", day, "042", names="|")
    # one named group: the partly named and the unnamed report join it
    assert groups([both, putin_only, unnamed]) == [["a", "c", "d"]]
    # two people with the same codes are two happenings; the unnamed report belongs to neither
    assert sorted(groups([both, lavrov, putin_only, unnamed])) == [["a", "c"], ["b"], ["d"]]
    # unnamed reports alone are not known to be one happening
    assert groups([unnamed, row("e", day, "042", names="|")]) == [["d"], ["e"]]
    # talks about a country group with talks about it naming the same actor, and nothing joins them
    topic = row("t", day, "040", names="~|Volodymyr Zelensky")
    assert sorted(groups([both, topic, unnamed, row("u", day, "046", names="~|Volodymyr Zelensky")])) == [
        ["a", "d"], ["t", "u"]]
    assert sorted(groups([topic, unnamed])) == [["d"], ["t"]]
    # aid and sanctions, like statements, are grouped only when both actors are named
    for root_code in ("070", "163", "010"):
        aid = [row("a", day, root_code), row("b", day, root_code),
               row("c", day, root_code, names="Vladimir Putin|"), row("d", day, root_code, names="Vladimir Putin|")]
        assert sorted(groups(aid)) == [["a", "b"], ["c"], ["d"]], root_code


def test_a_signing_is_an_act_not_a_statement():
    # rule 9: the thanks voiced at the talks and the declaration signed at them are two acts of root 05
    thanks = named(event("a", "UKRGOV", "HRVGOV", "051", date="2021-12-08"), "Volodymyr Zelensky", "Andrej Plenkovic")
    signing = named(event("b", "UKRGOV", "HRVGOV", "057", date="2021-12-08"), "Volodymyr Zelensky", "Andrej Plenkovic")
    assert consolidation_key(thanks) == "05|UKR|HRV#Volodymyr Zelensky|Andrej Plenkovic"
    assert consolidation_key(signing) == "057|UKR|HRV#Volodymyr Zelensky|Andrej Plenkovic"
    # a signing is one happening of its day, as a meeting is: a report naming one side joins it,
    # where a statement naming one side would stand alone
    day = "2021-12-08"
    sign = lambda key, names: (key, day, "057", f"057|UKR|HRV#{names}")  # noqa: E731
    assert groups([sign("b", "Volodymyr Zelensky|Andrej Plenkovic"), sign("c", "|Andrej Plenkovic")]) == [
        ["b", "c"]]
    say = lambda key, names: (key, day, "051", f"05|UKR|HRV#{names}")  # noqa: E731
    assert groups([say("a", "Volodymyr Zelensky|Andrej Plenkovic"), say("c", "|Andrej Plenkovic")]) == [
        ["a"], ["c"]]


def test_a_statement_in_a_call_is_not_the_message_of_the_day():
    # rule 12: "During the telephone conversation, X congratulated Y" and X's message of greetings
    # that day are two acts; the same words said in the call, told by two documents, are one
    greet = lambda evidence: said(named(event("a", "RUSGOV", "AZEGOV", "051"), "Vladimir Putin", "Ilham Aliyev"),  # noqa: E731
                                  evidence)
    in_call = consolidation_key(greet("During the telephone conversation, Putin congratulated Aliyev on his birthday."))
    message = consolidation_key(greet("Putin congratulated Aliyev on his birthday."))
    assert in_call == message + "%call"
    assert consolidation_key(greet("Putin congratulated Aliyev in a phone call.")) == in_call
    assert consolidation_key(greet("Putin called on Aliyev to keep the ceasefire.")) == message
    day = "2021-12-24"
    assert sorted(groups([("a", day, "051", in_call), ("b", day, "051", message), ("c", day, "051", in_call)])) == [
        ["a", "c"], ["b"]]
    # rule 17: a statement of a call's release is said in the call, though its sentence does not say so ("The
    # presidents exchanged views on the outcome of the council's meeting", after a video meeting that day)
    assert consolidation_key(greet("Putin congratulated Aliyev on his birthday."),
                             "Telephone conversation with President of Azerbaijan Ilham Aliyev") == in_call
    assert consolidation_key(greet("Putin congratulated Aliyev on his birthday."),
                             "Meeting of the Supreme State Council of the Union State") == message
    # the release's title says nothing of a consultation's kind (a call told in a visit's release is the call)
    talks = named(event("a", "RUSGOV", "AZEGOV", "040"), "Vladimir Putin", "Ilham Aliyev")
    assert consolidation_key(talks, "Telephone conversation with President of Azerbaijan") == consolidation_key(talks)


def test_a_vaguer_report_joins_only_the_same_kind_of_contact():
    day = "2024-01-01"
    call = row("a", day, "041")
    visit_named = row("v", day, "042", names="Vladimir Putin|")  # "Putin's recent visit to Kyiv"
    visit_unnamed = row("w", day, "043", names="|")  # "MPs visited Kyiv"
    call_unnamed = row("c", day, "041", names="|")  # "yesterday I spoke with my counterpart"
    talks = row("t", day, "040", names="|")  # talks, a meeting: by phone or in person
    assert groups([call, call_unnamed, visit_unnamed, talks]) == [["a", "c", "t"], ["w"]]
    # the visit naming Putin is a happening of its own, which the unnamed visit joins; the talks
    # could be either and stand alone
    assert sorted(groups([call, visit_named, visit_unnamed, call_unnamed, talks])) == [
        ["a", "c"], ["t"], ["v", "w"]]
    # a visit group takes a vaguer visit, not a vaguer call
    visit = row("b", day, "042")
    assert sorted(groups([visit, visit_named, call_unnamed])) == [["b", "v"], ["c"]]
    # reports naming both sides are not split by the kind of contact (one contact, coded two ways)
    assert groups([call, visit]) == [["a", "b"]]


def unnamed_side(ev, side, text, sectors=None):
    ev[side].update(text=text, name=None)
    if sectors is not None:
        ev[side]["sectors"] = sectors
    return ev


def test_one_contact_told_by_each_side_has_its_actors_on_the_same_sides_of_the_key():
    day = "2022-05-25"

    def grouped(*evs):
        return sorted(sorted(g) for g in groups([(ev["id"], day, ev["cameo"], consolidation_key(ev)) for ev in evs]))

    # a consultation is mutual: who is source and who target does not change the key
    putin = named(event("k", "RUSGOV", "UKRGOV", "041", date=day), "Vladimir Putin", "Volodymyr Zelensky")
    kyiv = named(event("u", "UKRGOV", "RUSGOV", "041", date=day), "Volodymyr Zelensky", "Vladimir Putin")
    assert consolidation_key(putin) == consolidation_key(kyiv)
    # each side tells it naming the other by a title: one call
    kyiv_title = unnamed_side(named(event("t", "UKRGOV", "RUSGOV", "041", date=day), "Volodymyr Zelensky"),
                              "target", "the President of Russia")
    kremlin_title = unnamed_side(named(event("r", "RUSGOV", "UKRGOV", "041", date=day), "Vladimir Putin"),
                                 "target", "the Ukrainian President")
    assert grouped(putin, kyiv, kyiv_title, kremlin_title) == [["k", "r", "t", "u"]]
    # two organisations share no country: their leaders' meeting, told by each, is one meeting (the
    # order of the sides is not their names', which a report may not give)
    eu_nato = named(event("e", "IGOEEC", "IGONAT", "040", date=day), "Ursula von der Leyen", "Jens Stoltenberg")
    by_nato = unnamed_side(named(event("n", "IGONAT", "IGOEEC", "040", date=day), "Jens Stoltenberg"),
                           "target", "the President of the European Commission")
    by_eu = unnamed_side(named(event("f", "IGOEEC", "IGONAT", "040", date=day), "Ursula von der Leyen"),
                         "target", "him")
    assert grouped(eu_nato, by_nato, by_eu) == [["e", "f", "n"]]
    # at home both sides share the country: a side keeps its place whether or not a report names the
    # other ("Putin met our servicemen", "I met our servicemen": the servicemen on one side of both)
    def servicemen(eid, text, name):
        ev = unnamed_side(event(eid, "RUSGOV", "RUSMIL", "040", date=day), "target", "our servicemen", ["MIL"])
        ev["source"].update(text=text, name=name)
        return ev

    named_key, pronoun_key = (consolidation_key(servicemen("a", "Vladimir Putin", "Vladimir Putin")),
                              consolidation_key(servicemen("b", "I", "Vladimir Putin")))
    assert named_key == "04|RUS|RUS#Vladimir Putin|?$RUSGOV,RUSMIL" and pronoun_key == "04|RUS|RUS#|?$RUSGOV,RUSMIL"


def test_at_home_a_report_naming_no_one_joins_the_meeting_of_the_same_sectors():
    day = "2022-05-25"

    def at_home(eid, cameo, source, target, source_name=None, target_name=None, sectors=None):
        ev = event(eid, source[1], target[1], cameo, date=day)
        ev["source"].update(text=source[0], name=source_name)
        ev["target"].update(text=target[0], name=target_name, sectors=sectors or ev["target"]["sectors"])
        return ev

    rows = lambda *evs: [(ev["id"], day, ev["cameo"], consolidation_key(ev)) for ev in evs]  # noqa: E731
    hospital = at_home("a", "041", ("Vladimir Putin", "RUSGOV"), ("members of the Russian Armed Forces", "RUSMIL"),
                       "Vladimir Putin")
    told = at_home("b", "040", ("I", "RUSGOV"), ("our servicemen", "RUSMIL"), "Vladimir Putin")  # the speaker
    # the country tells no one apart at home, the sectors do: the president and the servicemen
    assert sorted(map(sorted, groups(rows(hospital, told)))) == [["a", "b"]]
    # the parliament's leadership met the same day is another meeting, and a call is no meeting in person
    rada = at_home("c", "040", ("I", "RUSGOV"), ("the leadership of the State Duma", "RUSLEG"), "Vladimir Putin")
    call = at_home("d", "041", ("We", "RUSGOV"), ("our military", "RUSMIL"))
    visit = at_home("e", "042", ("Vladimir Putin", "RUSGOV"), ("servicemen", "RUSMIL"), "Vladimir Putin")
    assert sorted(map(sorted, groups(rows(visit, rada, call)))) == [["c"], ["d"], ["e"]]
    # two groups of those sectors that day (named apart): which one "I met them" tells is not known
    general = at_home("f", "040", ("Vladimir Putin", "RUSGOV"), ("Valery Gerasimov", "RUSMIL"), "Vladimir Putin",
                      "Valery Gerasimov")
    them = at_home("i", "040", ("I", "RUSGOV"), ("them", "RUSMIL"), "Vladimir Putin")
    assert sorted(map(sorted, groups(rows(hospital, general, them)))) == [["a"], ["f"], ["i"]]
    # while "our servicemen" are someone of a role, not the general in office named there
    assert sorted(map(sorted, groups(rows(hospital, general, told)))) == [["a", "b"], ["f"]]
    # a place visited says nothing of who was met there: "Today I visited Kharkiv" stays alone
    trip = at_home("g", "042", ("Volodymyr Zelensky", "UKRGOV"), ("the Kharkiv region", "UKR"), "Volodymyr Zelensky")
    kharkiv = at_home("h", "042", ("I", "UKRGOV"), ("Kharkiv", "UKR"))
    assert sorted(map(sorted, groups(rows(trip, kharkiv)))) == [["g"], ["h"]]
    # one code on both sides tells no more than the country: "I met with the ministers" is any of the
    # day's meetings with members of the government, not the one another report names
    cabinet = at_home("j", "040", ("Vladimir Putin", "RUSGOV"), ("members of the Government", "RUSGOV"),
                      "Vladimir Putin")
    ministers = at_home("k", "040", ("I", "RUSGOV"), ("the ministers", "RUSGOV"))
    assert "$" not in consolidation_key(ministers) and "$" not in consolidation_key(cabinet)
    assert sorted(map(sorted, groups(rows(cabinet, ministers)))) == [["j"], ["k"]]
    # the same two reports with the servicemen on the other side are one meeting
    troops = at_home("l", "040", ("I", "RUSGOV"), ("our servicemen", "RUSMIL"))
    assert sorted(map(sorted, groups(rows(hospital, troops)))) == [["a", "l"]]


def test_someone_of_a_role_is_not_the_official_another_report_names():
    day = "2021-11-11"
    blinken = named(event("b", "UKRGOV", "USAGOV", "040", date=day), "Dmytro Kuleba", "Antony Blinken")
    nuland = unnamed_side(named(event("n", "UKRGOV", "USAGOV", "040", date=day), "Dmytro Kuleba"),
                          "target", "the US Under Secretary of State for Political Affairs")
    counterpart = unnamed_side(named(event("c", "UKRGOV", "USAGOV", "040", date=day), "Dmytro Kuleba"),
                               "target", "his American counterpart")
    keys = {ev["id"]: consolidation_key(ev) for ev in (blinken, nuland, counterpart)}
    assert keys["n"] == "04|UKR|USA#Dmytro Kuleba|?" and keys["c"] == "04|UKR|USA#Dmytro Kuleba|"
    rows = [(k, day, "040", ck) for k, ck in keys.items()]
    # the Under Secretary is someone else than the Secretary of State in office that day; "his
    # counterpart" may be him
    assert sorted(groups(rows)) == [["b", "c"], ["n"]]
    # roles are told apart in consultations only: forces or a ministry act for the leader
    assert consolidation_key(unnamed_side(event("x", "USAGOV", "IRNMIL", "190", date=day), "source",
                                          "the US Under Secretary of State")).endswith("#|IRNMIL")
    # a leader's title after "first" is not the leader of the day; a capitalised title of something
    # and people of a sector are someone of a role; a thing of theirs is a topic, not someone
    for text, sectors, role in (("the First President of the Republic of Kazakhstan", [], True),
                                ("The First Lady of Turkey", [], True),
                                ("people from Russia and other interested nations", ["CVL"], True),
                                ("the involvement of Russian companies in operations", ["BUS"], False),
                                ("the President of the Republic of Kazakhstan", [], False)):
        ev = unnamed_side(event("y", "KAZGOV", "RUSGOV", "040", date=day), "source", text, sectors)
        assert consolidate.role_of(ev["source"]) is role, text


def test_an_office_is_not_an_official_holding_another():
    # rule 14: "I met with the Minister of Foreign Affairs of Denmark" is not a meeting with the prime
    # minister (an official of the officials files holding another office that day), but may be one
    # with the foreign minister, or with someone no file knows
    day = "2022-05-02"
    fm = unnamed_side(named(event("m", "UKRGOV", "DNKGOV", "040", date=day), "Volodymyr Zelensky"),
                      "target", "the Minister of Foreign Affairs of Denmark")
    assert consolidation_key(fm) == "04|DNK|UKR#=minister of foreign affairs|Volodymyr Zelensky"
    pm = named(event("p", "UKRGOV", "DNKGOV", "040", date=day), "Volodymyr Zelensky", "Mette Frederiksen")
    other = named(event("o", "UKRGOV", "DNKGOV", "040", date=day), "Volodymyr Zelensky", "Jane Roe")
    rows = [(ev["id"], day, "040", consolidation_key(ev)) for ev in (fm, pm, other)]
    assert sorted(groups(rows)) == [["o", "m"], ["p"]]
    # with the prime minister alone that day, the minister still does not join her
    assert sorted(groups(rows[:2])) == [["m"], ["p"]]
    # a head of government's title may be her
    head = unnamed_side(named(event("h", "UKRGOV", "DNKGOV", "040", date=day), "Volodymyr Zelensky"),
                        "target", "the Prime Minister of Denmark")
    assert sorted(groups(rows[1:2] + [("h", day, "040", consolidation_key(head))])) == [["p", "h"]]


# ---- the store --------------------------------------------------------------------------------

def two_reports():
    kremlin = record("k1", text=text(1), url="http://en.kremlin.ru/k1", published="2022-01-10",
                     events=[named(event("k", "RUSGOV", "UKRGOV", "041", date="2022-01-10"),
                                   "Vladimir Putin", "Volodymyr Zelensky")])
    kyiv = record("u1", text=text(2), url="https://www.president.gov.ua/u1", published="2022-01-11",
                  events=[named(event("u", "UKRGOV", "RUSGOV", "040", date="2022-01-10",
                                      modality="reported"), "Volodymyr Zelensky", "Vladimir Putin"),
                          named(event("v", "UKRGOV", "RUSGOV", "040", date="2022-01-20"),
                                "Volodymyr Zelensky", "Vladimir Putin")])
    return kremlin, kyiv


def test_a_plural_statement_its_speaker_owns_is_many_statements():
    # rule 19: "Sanders's recent attacks on Clinton" are a campaign's attacks, not one of the day that another outlet's
    # "Sanders got very negative attacking Clinton" would be
    attack = lambda evidence, trigger: consolidation_key(said(dict(  # noqa: E731
        named(event("a", "USALEG", "USAELI", "111"), "Bernie Sanders", "Hillary Clinton"),
        trigger={"text": trigger, "start": 0, "end": len(trigger)}), evidence))
    assert attack("Sanders's recent attacks on Clinton have alarmed her supporters.", "attacks") is None
    assert attack("Trump has been the most direct in his attacks on Mr. Clinton.", "attacks") is None
    assert attack("He raised questions about Mr. Sanders's criticisms of the president.", "criticisms") is None
    # one act of the day: a verb, a singular noun; a verb after a possessed noun is not a plural
    assert attack("Sanders attacks Clinton on trade.", "attacks") is not None
    assert attack("Sanders's attack on Clinton drew applause.", "attack") is not None
    assert attack("Sanders's campaign attacks Clinton on trade.", "attacks") is not None
    assert attack("Greenberg's research suggests voters might cross party lines.", "suggests") is not None


def test_at_home_a_person_named_without_a_sector_next_to_someone_unnamed_stands_alone():
    # rule 19: "Mr. Sanders and Mr. Trump are speaking to her with one voice" (her: a voter) and "Trump is set to huddle
    # with key Republican lawmakers" name Trump alone, at home, as a candidate (USA, no sector): he meets many a day
    speaking = unnamed_side(named(event("a", "USA", "USALEG", "041", date="2016-03-21"), "Donald Trump"), "target",
                            "her")
    huddle = unnamed_side(named(event("b", "USA", "USALEG", "046", date="2016-03-21"), "Donald Trump"), "target",
                          "key Republican lawmakers")
    keys = [consolidation_key(ev) for ev in (speaking, huddle)]
    assert keys[0] == "04|USA|USA#Donald Trump|$USA,USALEG"
    rows = [(k, "2016-03-21", ev["cameo"], key) for k, ev, key in zip("ab", (speaking, huddle), keys)]
    assert sorted(groups(rows)) == [["a"], ["b"]]
    # named on both sides, the contact is known: one meeting, told twice
    met = [consolidation_key(named(event(k, "USA", "USALEG", "040", date="2016-05-12"), "Donald Trump", "Paul Ryan"))
           for k in "cd"]
    assert met[0] == "04|USA|USA#Donald Trump|Paul Ryan"
    assert groups([("c", "2016-05-12", "040", met[0]), ("d", "2016-05-12", "040", met[1])]) == [["c", "d"]]
    # a side with a sector still tells whom the named one met (the president and the servicemen, rule 8)
    servicemen = unnamed_side(named(event("e", "RUSGOV", "RUSMIL", "040"), "Vladimir Putin"), "target", "servicemen")
    assert consolidation_key(servicemen) == "04|RUS|RUS#Vladimir Putin|?$RUSGOV,RUSMIL"  # servicemen: a role


def test_one_happening_two_documents(db):
    store_records(list(two_reports()), db)
    with tidings.open(db) as t:
        assert t.stats()["events"] == 2 and t.stats()["event_mentions"] == 3
        call = [e for e in t.events() if e["num_mentions"] == 2]
        assert len(call) == 1
        call = call[0]
        # the most specific report stands for the happening; the other is kept as a report
        assert call["id"] == "k" and call["cameo"] == "041"
        assert (call["num_articles"], call["num_sources"]) == (2, 2)
        assert call["first_reported"] == "2022-01-10"
        assert [(r["key"], r["outlet"], r["modality"]) for r in call["reports"]] == [
            ("k1/0", "en.kremlin.ru", "asserted"), ("u1/0", "www.president.gov.ua", "reported")]
        assert call["disagreements"] == {"cameo": ["040", "041"], "modality": ["asserted", "reported"]}
        # the call ten days later is another happening
        assert [e["id"] for e in t.events() if e["num_mentions"] == 1] == ["v"]
        # every report on request, each with its happening's reports
        mentions = t.events(mentions=True)
        assert sorted(e["id"] for e in mentions) == ["k", "u", "v"]
        assert [len(e["reports"]) for e in sorted(mentions, key=lambda e: e["id"])] == [2, 2, 1]
        assert t.event("u1/0")["reports"] == call["reports"]


def test_same_groups_whatever_the_order_and_after_a_replacement(db, tmp_path):
    kremlin, kyiv = two_reports()
    other = str(tmp_path / "other.db")
    store_records([kyiv, kremlin], other)
    store_records([kremlin, kyiv], db)
    groups_of = lambda path: sorted(sqlite3.connect(path).execute(  # noqa: E731
        "SELECT key, mention_of FROM events ORDER BY key").fetchall())
    assert groups_of(db) == groups_of(other) == [("k1/0", None), ("u1/0", "k1/0"), ("u1/1", None)]
    # Kyiv's release is corrected: its call is now dated later, and leaves the group;
    # the Kremlin's event stands alone again
    fixed = json.loads(json.dumps(kyiv))
    fixed["events"][0]["date"] = "2022-01-20"  # now the day of its second call
    store_records([fixed], db)
    assert groups_of(db) == [("k1/0", None), ("u1/0", None), ("u1/1", "u1/0")]


def test_a_statement_of_a_calls_release_stays_apart_in_a_store(db):
    # rule 17 in a store: the key reads the release's title, on ingest and when a store is regrouped whole
    day = "2021-11-04"
    praise = lambda key: named(event(key, "RUSGOV", "BLRGOV", "051", date=day), "Vladimir Putin", "Alexander Lukashenko")  # noqa: E731
    call = record("c1", text=text(21), published=day, title="Telephone conversation with President of Belarus",
                  events=[praise("a")])
    meeting = record("m1", text=text(22), published=day, title="Meeting of the Supreme State Council",
                     events=[praise("b")])
    other = record("m2", text=text(23), published=day, title="Putin's remarks at the council", events=[praise("c")])
    store_records([call, meeting, other], db)
    groups_of = lambda: dict(sqlite3.connect(db).execute(  # noqa: E731
        "SELECT key, coalesce(mention_of, key) FROM events").fetchall())
    assert groups_of() == {"c1/0": "c1/0", "m1/0": "m1/0", "m2/0": "m1/0"}
    conn = sqlite3.connect(db)
    conn.execute("UPDATE events SET mention_of = NULL, consolidation_key = NULL")
    conn.execute("DELETE FROM consolidation")
    conn.commit()
    with Store.open(db).writer():
        pass
    assert groups_of() == {"c1/0": "c1/0", "m1/0": "m1/0", "m2/0": "m1/0"}


def test_a_store_written_before_consolidation_is_regrouped(db):
    store_records(list(two_reports()), db)
    conn = sqlite3.connect(db)
    # as a version 4 store left it: no keys, no cross-document mentions, no rule recorded
    conn.execute("UPDATE events SET consolidation_key = NULL, mention_of = NULL")
    conn.execute("DELETE FROM consolidation")
    conn.commit()
    with tidings.open(db) as t:
        assert t.stats()["events"] == 3
    with Store.open(db).writer():  # the writer regroups once, under the current rule
        pass
    with tidings.open(db) as t:
        assert t.stats()["events"] == 2
    assert conn.execute("SELECT rule FROM consolidation").fetchall() == [(consolidate.RULE,)]


def test_a_version_4_store_is_migrated_and_consolidated(db):
    store_records(list(two_reports()), db)
    conn = sqlite3.connect(db)
    # take the store back to the layout version 4 wrote: no consolidation columns, table or rule,
    # the full index on mention_of, and no cross-document mentions (nor version 6's full-text map
    # and indexes)
    conn.executescript(UNDO_VERSION_6)
    conn.executescript("""
        DROP INDEX events_consolidation;
        ALTER TABLE events DROP COLUMN consolidation_key;
        ALTER TABLE events DROP COLUMN consolidation_bucket;
        DROP TABLE consolidation;
        DROP INDEX events_mention_of;
        CREATE INDEX events_mention_of ON events (mention_of);
        UPDATE events SET mention_of = NULL;
        DELETE FROM migrations WHERE version = 5;
    """)
    with tidings.open(db) as t:  # a version 4 store still reads, one row per report
        assert t.stats()["events"] == 3
    Store.open(db, create=True).close()  # migrates to version 5, then 6
    with Store.open(db).writer():  # and the writer consolidates it once
        pass
    with tidings.open(db) as t:
        assert t.stats()["events"] == 2
        assert [e["num_articles"] for e in t.events()] == [1, 2]
    assert conn.execute("SELECT max(version) FROM migrations").fetchone() == (LATEST,)


def test_generic_actors_are_not_consolidated(db):
    a = record("a", text=text(3), events=[event("a", "---GOV", "---GOV", "190")])
    b = record("b", text=text(4), events=[event("b", "---GOV", "---GOV", "190")])
    store_records([a, b], db)
    with tidings.open(db) as t:
        assert [e["num_mentions"] for e in t.events()] == [1, 1]


def test_gdelt_export_counts_reports_and_names_the_first(db):
    import io

    from tidings.store import export

    kremlin, kyiv = two_reports()
    kyiv["published"] = "2022-01-09"  # Kyiv told it first; the Kremlin's report stands for it
    store_records([kremlin, kyiv], db)
    out = io.StringIO()
    with tidings.open(db) as t:
        export.write(t, "gdelt", out)
    rows = [line.split("\t") for line in out.getvalue().splitlines()]
    assert len(rows) == 2  # the call both sides reported, and Kyiv's second call
    call = [r for r in rows if r[export.GDELT_COLUMNS.index("NumMentions")] == "2"]
    assert len(call) == 1
    col = lambda name: call[0][export.GDELT_COLUMNS.index(name)]  # noqa: E731
    assert (col("NumSources"), col("NumArticles")) == ("2", "2")
    assert col("SOURCEURL") == "https://www.president.gov.ua/u1"  # the first report, as in GDELT
