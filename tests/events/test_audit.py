"""Issue 13's real-article audits and no-event precision gate, read from ../shared at run time.

The judgements are a careful human CAMEO coder's reading of what the pipeline coded on real articles
(rules, selection and counts in ``data/AUDIT.md``): set 1 (ten articles; rules were later read from
its wrong events, so it is no longer blind), set 2 (ten other articles, judged blind in session 5; its
errors were read in session 6), set 3 (ten more, judged blind in session 6), set 4 (ten more, judged
blind in session 7), set 5 (ten more, judged blind in session 8), set 6 (ten more, judged blind in
session 9), set 7 (ten more, judged blind in session 10), set 8 (ten more, judged blind in session 11),
set 9 (ten more, judged blind in session 12), set 10 (ten more, judged blind in session 13), set 11 (ten more,
judged blind in session 14), set 12 (ten more, judged blind in session 19), set 13 (ten Wikinews articles, judged
blind in session 20), set 14 (ten PolNeAR wire stories of the 2016 US election, judged blind in session 22), set 15
(the next ten PolNeAR wire stories, judged blind in session 23) and set 16 (the ten after those, judged blind in
session 24). All
sets are checked by the same code, each against its own measured shares. The fixtures hold no article text (the
corpora's licences differ): events are matched by article, sentence index, trigger offset, CAMEO root and actor codes;
no-event sentences by article, sentence index and sha1 of the text.
"""

from __future__ import annotations

import csv
import hashlib
import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import shared_path

DATA = Path(__file__).parent / "data"
JUDGEMENTS = DATA / "audit_judgements.jsonl"
JUDGEMENTS2 = DATA / "audit2_judgements.jsonl"
JUDGEMENTS3 = DATA / "audit3_judgements.jsonl"
JUDGEMENTS4 = DATA / "audit4_judgements.jsonl"
JUDGEMENTS5 = DATA / "audit5_judgements.jsonl"
JUDGEMENTS6 = DATA / "audit6_judgements.jsonl"
JUDGEMENTS7 = DATA / "audit7_judgements.jsonl"
JUDGEMENTS8 = DATA / "audit8_judgements.jsonl"
JUDGEMENTS9 = DATA / "audit9_judgements.jsonl"
JUDGEMENTS10 = DATA / "audit10_judgements.jsonl"
JUDGEMENTS11 = DATA / "audit11_judgements.jsonl"
JUDGEMENTS12 = DATA / "audit12_judgements.jsonl"
JUDGEMENTS13 = DATA / "audit13_judgements.jsonl"
JUDGEMENTS14 = DATA / "audit14_judgements.jsonl"
JUDGEMENTS15 = DATA / "audit15_judgements.jsonl"
JUDGEMENTS16 = DATA / "audit16_judgements.jsonl"
JUDGEMENTS17 = DATA / "audit17_judgements.jsonl"
NO_EVENT = DATA / "no_event_sentences.tsv"


def core_ir(row: dict) -> bool:
    return row["meta"].get("topic_core_ir_manual") is True


def not_core_ir(row: dict) -> bool:
    return not core_ir(row)


def any_row(row: dict) -> bool:
    return True


# PolNeAR's news agencies as its metadata spells them (set 14 is their copy, not the outlets' own reporting)
WIRES = {"AP", "AFP", "UPI", "reuters", "Reuters"}
MAX_WIRE_WORDS = 1500  # longer wire copy is a live blog of many stories ("The Latest")


def wire_copy(row: dict) -> bool:
    return row["meta"]["wire"] in WIRES and row["meta"]["words"] <= MAX_WIRE_WORDS


# the selection rules of AUDIT.md: within each corpus (and kind), the articles at these ranks
# (1-based, inclusive) in sha1(id) order
AUDIT_PICKS = (
    ("wikinews_2019_2020", (1, 4), core_ir),
    ("kremlin_ukraine_press_2021_2022", (1, 3), any_row),
    ("globalvoices_html_2009", (1, 3), any_row),
)
# set 2 continues the same order past every article an earlier session read (set 1, the articles
# session 4 read to find errors and its four-article reading: Wikinews core-IR ranks 1-14, the
# others 1-11), so nobody has written a rule from these
AUDIT2_PICKS = (
    ("wikinews_2019_2020", (15, 18), core_ir),
    ("kremlin_ukraine_press_2021_2022", (12, 14), any_row),
    ("globalvoices_html_2009", (12, 14), any_row),
)
# set 2 was judged blind (AUDIT.md, "Set 2"); its errors were read to write rules in session 6, so it is
# tune-like now (set 4 is the blind one); the same 0.05 of drift either way
MEASURED2_RIGHT = 0.525  # 21 right of 40 (session 25, lead: this session's rules merged (datelines, accused targets, titled surnames, campaign senses), filter retrained on 2,052 judged events, drops at >= 0.50); 21 right of 40 (session 24, lead: filter retrained with the readings 24b and 24c (352 more judged tune events), drops at >= 0.45); 22 right of 43 (session 24, h13x: filter retrained on all judged tune events and the ConfliBERT tune split's top events, drops at >= 0.50); 22 right of 50 (session 19, hjudge: new events re-judged); 22 right of 50 (h13y: 'it' standing for a thing is no doer); 22 right of 51 (h13x: a verb of informing codes no act, an operation's purpose); 22 right of 53 (session 17, h13w: a condition in the present is to come); 21 right of 53 events (session 10: the call's two parties); 19 of 51 (session 9; session 7: 19 of 50; session 6: 19 of 51, rules read from it); blind: 8 of 66 at session 5's end
MEASURED2_WRONG = 0.125  # 5 wrong of 40 (session 25, lead: this session's rules merged (datelines, accused targets, titled surnames, campaign senses), filter retrained on 2,052 judged events, drops at >= 0.50); 5 wrong of 40 (session 24, lead: filter retrained with the readings 24b and 24c (352 more judged tune events), drops at >= 0.45); 6 wrong of 43 (session 24, h13x: filter retrained on all judged tune events and the ConfliBERT tune split's top events, drops at >= 0.50); 11 wrong of 50 (session 22, h13p: a person backing a person endorses, 'I support Obama' 051 partly); 12 wrong of 50 (session 19, hjudge: a directory entry's 'claims' judged wrong); 11 wrong of 50 (h13y: 'it' standing for a thing is no doer); 12 wrong of 51 (h13x: a verb of informing codes no act, an operation's purpose); 14 wrong of 53 (session 17, h13w: a condition in the present is to come); 15 wrong of 53 (session 10); 15 of 51 (session 9; 15 of 50 in session 7; session 6: 17 of 51); blind: 34 of 66 at session 5's end
MAX2_UNJUDGED = 3  # events new since set 2 was judged

# set 3 continues the order past set 2, skipping every article an earlier session or a fixture had read
# (Wikinews core-IR 20-21: the lead's fresh reading in session 5; Kremlin / Ukraine 18 and 20: in the
# consolidation pairs); Global Voices has 15 articles, so its shortfall of two is taken from the
# Kremlin / Ukraine order, which has the most unread ones (AUDIT.md, "Set 3")
AUDIT3_PICKS = (
    ("wikinews_2019_2020", (19, 19), core_ir),
    ("wikinews_2019_2020", (22, 24), core_ir),
    ("kremlin_ukraine_press_2021_2022", (15, 17), any_row),
    ("kremlin_ukraine_press_2021_2022", (19, 19), any_row),
    ("kremlin_ukraine_press_2021_2022", (21, 21), any_row),
    ("globalvoices_html_2009", (15, 15), any_row),
)
# set 3 was judged blind (AUDIT.md, "Set 3"); the same 0.05 of drift either way
MEASURED3_RIGHT = 0.522  # 23 right of 44 (session 25, lead: this session's rules merged (datelines, accused targets, titled surnames, campaign senses), filter retrained on 2,052 judged events, drops at >= 0.50); 23 right of 44 (session 24, lead: filter retrained with the readings 24b and 24c (352 more judged tune events), drops at >= 0.45); 24 right of 46 (session 24, h13x: filter retrained on all judged tune events and the ConfliBERT tune split's top events, drops at >= 0.50); 24 right of 52 (h13x: a verb of informing codes no act); 24 right of 54 (session 12: the government of a known leader, headline countries); 22 right of 55 (session 11); 21 right of 53 events (session 10); 19 of 51 (session 9 and session 8; 19 of 52 in session 7, rules read from it); blind: 15 of 55 at session 6's end
MEASURED3_WRONG = 0.091  # 4 wrong of 44 (session 25, lead: this session's rules merged (datelines, accused targets, titled surnames, campaign senses), filter retrained on 2,052 judged events, drops at >= 0.50); 5 wrong of 44 (session 24, lead: filter retrained with the readings 24b and 24c (352 more judged tune events), drops at >= 0.45); 5 wrong of 46 (session 24, h13x: filter retrained on all judged tune events and the ConfliBERT tune split's top events, drops at >= 0.50); 8 wrong of 52 (h13x: a verb of informing codes no act); 9 wrong of 54 (session 12); 10 wrong of 55 (session 11); 10 wrong of 53 (session 10); 10 of 51 (session 9; 11 of 51 in session 8; 11 of 52 in session 7); blind: 18 of 55 at session 6's end, 18 of 57 at its start
MAX3_UNJUDGED = 3  # events new since set 3 was judged

# set 4 continues the order past set 3 (Global Voices is used up: 5 Wikinews core-IR, 5 Kremlin / Ukraine),
# skipping every article a fixture of the repository holds (context and heads-of-state judgements,
# consolidation pairs and slices) or a session read (Kremlin / Ukraine 18); AUDIT.md, "Set 4"
AUDIT4_PICKS = (
    ("wikinews_2019_2020", (26, 26), core_ir),
    ("wikinews_2019_2020", (30, 30), core_ir),
    ("wikinews_2019_2020", (39, 41), core_ir),
    ("kremlin_ukraine_press_2021_2022", (22, 23), any_row),
    ("kremlin_ukraine_press_2021_2022", (25, 27), any_row),
)
# set 4 was judged blind (AUDIT.md, "Set 4"), then read in session 8; the same 0.05 of drift either way
MEASURED4_RIGHT = 0.708  # 34 right of 48 (session 25, lead: this session's rules merged (datelines, accused targets, titled surnames, campaign senses), filter retrained on 2,052 judged events, drops at >= 0.50); 32 right of 46 (session 24, lead: filter retrained with the readings 24b and 24c (352 more judged tune events), drops at >= 0.45); 35 right of 51 (session 24, h13x: filter retrained on all judged tune events and the ConfliBERT tune split's top events, drops at >= 0.50); 35 right of 53 (session 20, h13u: measured so at its start and end, drift from main before it); 34 right of 53 (session 19, h13p: a passive clause's agent holds the meeting it is 'during'); 32 right of 52 (session 19, h13p: Belarus's 2020 opposition candidates dated from May 2020); 29 right of 52 (session 17, h13w: the purpose of talk or joint work, 'aimed at'); 29 right of 54 (session 12: advisers to a country's title, headline countries, a titled one-name person); 19 right of 54 after session 11's title-name rule (Zhovkva named after his title); 17 right of 53 earlier in session 11 (the same right events; one more partly: greetings sent to a congress's participants); 17 right of 52 after session 10 (0.327, within the tolerance: a video conference found, its other party resolved to "European", partly; one right event lost to the paragraph split); 18 right of 48 events after session 9 (the publisher rule); 15 of 47 after session 8's rules, read from it; blind: 15 of 60 at session 7's end (f498531)
MEASURED4_WRONG = 0.084  # 4 wrong of 48 (session 25, lead: this session's rules merged (datelines, accused targets, titled surnames, campaign senses), filter retrained on 2,052 judged events, drops at >= 0.50); 5 wrong of 46 (session 24, lead: filter retrained with the readings 24b and 24c (352 more judged tune events), drops at >= 0.45); 6 wrong of 51 (session 24, h13x: filter retrained on all judged tune events and the ConfliBERT tune split's top events, drops at >= 0.50); 7 wrong of 53 (session 19, h13p); 7 wrong of 52 (session 19, h13p); 8 wrong of 52 (session 17, h13w: the purpose of talk or joint work, 'aimed at'); 10 wrong of 54 after session 11; 10 wrong of 52 after session 10; 10 of 48 after session 9; 10 of 47 after session 8's rules, read from it; blind: 24 of 60 at session 7's end (f498531)
MAX4_UNJUDGED = 3  # events new since set 4 was judged

# set 5 continues the order past set 4, skipping every article a fixture holds (Wikinews core-IR 42-43, Kremlin /
# Ukraine 28-29, 32, 34-36, 38-39, 41-42, 45-47, 49-50) or session 7 read (Wikinews core-IR 46-50, Kremlin /
# Ukraine 31-33; the session note counts them from 0); Wikinews core-IR has 51 articles, so its shortfall of
# two comes from the Kremlin / Ukraine order (AUDIT.md, "Set 5")
AUDIT5_PICKS = (
    ("wikinews_2019_2020", (44, 45), core_ir),
    ("wikinews_2019_2020", (51, 51), core_ir),
    ("kremlin_ukraine_press_2021_2022", (30, 30), any_row),
    ("kremlin_ukraine_press_2021_2022", (37, 37), any_row),
    ("kremlin_ukraine_press_2021_2022", (40, 40), any_row),
    ("kremlin_ukraine_press_2021_2022", (43, 44), any_row),
    ("kremlin_ukraine_press_2021_2022", (48, 48), any_row),
    ("kremlin_ukraine_press_2021_2022", (51, 51), any_row),
)
# set 5 was judged blind (AUDIT.md, "Set 5"), then read in session 9; the same 0.05 of drift either way
# two of its articles (Kremlin/Ukraine ranks 48 and 51) were read by the lead in session 8 before set 5's
# picks were known (the treaty rule came from rank 51); the other eight stay blind: 25 events,
# 7 right, 8 partly, 10 wrong after session 8's changes
MEASURED5_RIGHT = 0.473  # 9 right of 19 (session 25, lead: this session's rules merged (datelines, accused targets, titled surnames, campaign senses), filter retrained on 2,052 judged events, drops at >= 0.50); 11 right of 22 (session 24, lead: filter retrained with the readings 24b and 24c (352 more judged tune events), drops at >= 0.45); 11 right of 24 (session 17, h13w: the purpose of talk or joint work, 'aimed at'); 11 right of 25 after session 11 (greetings sent); 9 right of 23 after session 10; 9 of 24 events after session 9 (set 5 read by the lead); 9 of 29 after session 8's coder changes (main at 9a0c06e merged); 9 of 30 at e871288
MEASURED5_WRONG = 0.106  # 2 wrong of 19 (session 25, lead: this session's rules merged (datelines, accused targets, titled surnames, campaign senses), filter retrained on 2,052 judged events, drops at >= 0.50); 3 wrong of 22 (session 24, lead: filter retrained with the readings 24b and 24c (352 more judged tune events), drops at >= 0.45); 4 wrong of 24 (session 17, h13w: the purpose of talk or joint work, 'aimed at'); 6 wrong of 25 after session 11; 6 wrong of 23 after session 10 (one partly event went); 6 of 24 after session 9 (set 5 read by the lead); 12 of 29 after session 8's coder changes (main at 9a0c06e merged); 13 of 30 at e871288
MAX5_UNJUDGED = 3  # events new since set 5 was judged

# set 6 continues the orders past every article a session read (Kremlin / Ukraine 1-58; Wikinews core-IR is used
# up; Wikinews non-core-IR 101-116, the lead's reading in session 8), skipping every article a fixture holds
# (Kremlin / Ukraine 59, 62, 65-67: consolidation pairs and slices); AUDIT.md, "Set 6"
AUDIT6_PICKS = (
    ("kremlin_ukraine_press_2021_2022", (60, 61), any_row),
    ("kremlin_ukraine_press_2021_2022", (63, 64), any_row),
    ("kremlin_ukraine_press_2021_2022", (68, 68), any_row),
    ("wikinews_2019_2020", (117, 121), not_core_ir),
)
# set 6 was judged blind (AUDIT.md, "Set 6"); the same 0.05 of drift either way
MEASURED6_RIGHT = 0.500  # 14 right of 28 (session 25, lead: this session's rules merged (datelines, accused targets, titled surnames, campaign senses), filter retrained on 2,052 judged events, drops at >= 0.50); 14 right of 28 (session 24, h13x: filter retrained on all judged tune events and the ConfliBERT tune split's top events, drops at >= 0.50); 14 right of 30 (h13x: an operation's purpose is no act); 14 right of 31 (session 12: one more partly event, an attitude's comment); 14 right of 30 after session 11 (two wrong went); 14 right of 32 after session 10 (set 6 read by the lead); 10 right of 47 events after session 9's coder changes (main at 1a155e2 merged); 10 of 55 at d9597c0
MEASURED6_WRONG = 0.072  # 2 wrong of 28 (session 25, lead: this session's rules merged (datelines, accused targets, titled surnames, campaign senses), filter retrained on 2,052 judged events, drops at >= 0.50); 2 wrong of 28 (session 24, h13x: filter retrained on all judged tune events and the ConfliBERT tune split's top events, drops at >= 0.50); 5 wrong of 31 (session 20, h13u: measured so at its start and end; right 14 of 31 = 0.452, within the drift, constant kept); 5 wrong of 30 (h13x: an operation's purpose is no act); 6 wrong of 31 (session 12); 6 wrong of 30 after session 11; 8 wrong of 32 after session 10 (set 6 read by the lead); 24 wrong of 47 after session 9's coder changes (main at 1a155e2 merged); 30 of 55 at d9597c0
MAX6_UNJUDGED = 3  # events new since set 6 was judged

# set 7 continues the orders past every article a session read (Kremlin / Ukraine 1-80; Wikinews non-core-IR
# 1-134), skipping every article a fixture holds (Kremlin / Ukraine 81 and 83: consolidation pairs and slices;
# Wikinews non-core-IR 138: context judgements); AUDIT.md, "Set 7"
AUDIT7_PICKS = (
    ("kremlin_ukraine_press_2021_2022", (82, 82), any_row),
    ("kremlin_ukraine_press_2021_2022", (84, 87), any_row),
    ("wikinews_2019_2020", (135, 137), not_core_ir),
    ("wikinews_2019_2020", (139, 140), not_core_ir),
)
# set 7 was judged blind (AUDIT.md, "Set 7"); the same 0.05 of drift either way
MEASURED7_RIGHT = 0.619  # 13 right of 21 (session 25, lead: this session's rules merged (datelines, accused targets, titled surnames, campaign senses), filter retrained on 2,052 judged events, drops at >= 0.50); 13 right of 21 (session 19, h13p: 'all of you' is a part of 'you'); 12 right of 21 (h13y: a maker's model, an animal, a camera is no doer; 12 of 22 before it); 11 right of 22 (session 12: 'you' in a transcript is the other labelled speaker); 7 right of 21 at session 11's end (the mayor named after his title, two officials of one government); 4 right of 22 after session 11 with h15l merged (the girl of a Russian region is RUS now); 2 right of 22 before that: the mayor's thanks, right by their code when 'I' was taken for Putin, are now the labelled speaker's, uncoded (partly); 3 right of 20 after session 11's first rules, read from this set (no longer blind: set 8 is); 3 right of 34 events after session 10's coder changes (main at 584ed43 merged); 3 of 37 at 7fd4e83
MEASURED7_WRONG = 0.000  # 0 wrong of 21 (session 25, lead: this session's rules merged (datelines, accused targets, titled surnames, campaign senses), filter retrained on 2,052 judged events, drops at >= 0.50); 0 wrong of 21 (h13y: a maker's model, an animal, a camera is no doer); 1 wrong of 22 (session 12); 1 wrong of 21 at session 11's end; 2 wrong of 22 after session 11 (the hub 'we were considering', its speaker now the mayor); 1 wrong of 20 after session 11's first rules, read from this set; 15 wrong of 34 after session 10's coder changes (main at 584ed43 merged); 18 of 37 at 7fd4e83
MAX7_UNJUDGED = 3  # events new since set 7 was judged

# set 8 continues the orders past every article a session read (Kremlin / Ukraine 1-127; Wikinews non-core-IR
# 1-180), skipping every article a fixture holds (Kremlin / Ukraine 129, 130, 133, 135: consolidation pairs and
# slices; Wikinews non-core-IR 181, 185: context judgements); rank 189 was replaced by 190 at the merge, when a
# context judgement drawn after the picks took a mention from it; AUDIT.md, "Set 8"
AUDIT8_PICKS = (
    ("kremlin_ukraine_press_2021_2022", (128, 128), any_row),
    ("kremlin_ukraine_press_2021_2022", (131, 132), any_row),
    ("kremlin_ukraine_press_2021_2022", (134, 134), any_row),
    ("kremlin_ukraine_press_2021_2022", (136, 136), any_row),
    ("wikinews_2019_2020", (182, 184), not_core_ir),
    ("wikinews_2019_2020", (186, 186), not_core_ir),
    ("wikinews_2019_2020", (190, 190), not_core_ir),
)
# set 8 was judged blind (AUDIT.md, "Set 8"); the same 0.05 of drift either way
MEASURED8_RIGHT = 0.575  # 19 right of 33 (session 25, lead: this session's rules merged (datelines, accused targets, titled surnames, campaign senses), filter retrained on 2,052 judged events, drops at >= 0.50); 20 right of 35 (session 24, lead: filter retrained with the readings 24b and 24c (352 more judged tune events), drops at >= 0.45); 20 right of 41 (session 22, h13p: a thing that names an actor gives no aid; 'an area of government work is helping …' partly, gone); 20 right of 42 (session 20, h13n: South Sudan's information minister in the officials, his tribute's dyad right); 19 right of 42 (session 19, h13t: those involved in an act do it, the invasion of Ukraine); 18 right of 41 (session 19, h13p: the chair of a meeting held in the passive holds it, both ways); 16 right of 40 (session 19, h13p: what one appeals to others to do is theirs, 'appeal to the nations to call for peace'); 16 right of 41 (h13x: a denied intent of force is no event); 16 right of 42 (session 17, h13w: an aspiration is an attitude noun); 16 right of 44 (session 17, h13w: the purpose of talk or joint work, 'aimed at'); 16 right of 45 (session 12, set 8 read after its blind audit: gratitude, pledges, beliefs, advisers coded); 6 right of 42 events at session 11's end (main at 9df8e5d; 6 right, 17 partly, 19 wrong, re-judged blind); 5 right of 41 events after session 11's coder changes (main at 0e564b0 merged); 5 of 41 at d89024a
MEASURED8_WRONG = 0.091  # 3 wrong of 33 (session 25, lead: this session's rules merged (datelines, accused targets, titled surnames, campaign senses), filter retrained on 2,052 judged events, drops at >= 0.50); 5 wrong of 35 (session 24, lead: filter retrained with the readings 24b and 24c (352 more judged tune events), drops at >= 0.45); 9 wrong of 41 (session 22, h13p: a thing that names an actor gives no aid); 9 wrong of 42 (session 19, h13t); 9 wrong of 41 (session 19, h13p); 9 wrong of 40 (session 19, h13p); 10 wrong of 41 (h13x: a denied intent of force is no event); 11 wrong of 42 (session 17, h13w: an aspiration is an attitude noun); 13 wrong of 44 (session 17, h13w: the purpose of talk or joint work, 'aimed at'); 14 wrong of 45 (session 12); 19 wrong of 42 at session 11's end (main at 9df8e5d); 19 wrong of 41 after session 11's coder changes (main at 0e564b0 merged); 20 of 41 at d89024a
MAX8_UNJUDGED = 3  # events new since set 8 was judged

# set 9 continues the Kremlin / Ukraine order past every article a session read or a set holds (ranks 1-183; the
# other corpora are used up), skipping every article the repository holds (found by id with `git grep` on every
# branch: ranks 185, 188, 190-193, 196, 198-200, 202-204 are in context judgements, consolidation pairs and slices
# or earlier fixtures); AUDIT.md, "Set 9"
AUDIT9_PICKS = (
    ("kremlin_ukraine_press_2021_2022", (184, 184), any_row),
    ("kremlin_ukraine_press_2021_2022", (186, 187), any_row),
    ("kremlin_ukraine_press_2021_2022", (189, 189), any_row),
    ("kremlin_ukraine_press_2021_2022", (194, 195), any_row),
    ("kremlin_ukraine_press_2021_2022", (197, 197), any_row),
    ("kremlin_ukraine_press_2021_2022", (201, 201), any_row),
    ("kremlin_ukraine_press_2021_2022", (205, 206), any_row),
)
# set 9 was judged blind (AUDIT.md, "Set 9"); the same 0.05 of drift either way
MEASURED9_RIGHT = 0.458  # 11 right of 24 (session 25, lead: this session's rules merged (datelines, accused targets, titled surnames, campaign senses), filter retrained on 2,052 judged events, drops at >= 0.50); 11 right of 25 (session 24, lead: filter retrained with the readings 24b and 24c (352 more judged tune events), drops at >= 0.45); 11 right of 27 (session 19, h13p: the National Police appealed to is the target); 10 right of 27 at session 14's end (h15o: the health minister as UKR); 9 right of 27 at session 13's end (the lead's rules, read from set 9: the agenda of one's own meeting,
#                          "considering that", a discussion's purpose; three wrong events went); 9 right of 30 (session 13, h15n: the president's meeting with the leadership of the security and defence forces kept with both sides Ukraine's, an instruction to the Government coded); 6 right of 29 events after session 12's coder changes (main at 1151f07 merged, the same at f25b8ef); 5 of 28 at f5ff887
MEASURED9_WRONG = 0.042  # 1 wrong of 24 (session 25, lead: this session's rules merged (datelines, accused targets, titled surnames, campaign senses), filter retrained on 2,052 judged events, drops at >= 0.50); 2 wrong of 25 (session 24, lead: filter retrained with the readings 24b and 24c (352 more judged tune events), drops at >= 0.45); 2 wrong of 27 at session 13's end; 5 wrong of 30 (session 13, h15n); 5 wrong of 29 after session 12's coder changes (main at 1151f07 merged, the same at f25b8ef); 6 of 28 at f5ff887
MAX9_UNJUDGED = 3  # events new since set 9 was judged

# set 10 continues the Kremlin / Ukraine order past ranks 1-274 (read by a session or in a set), skipping every
# article the repository holds (found by id with `git grep` on every branch: ranks 277, 278, 280, 282-286 and 292
# are in consolidation pairs and slices); AUDIT.md, "Set 10"
AUDIT10_PICKS = (
    ("kremlin_ukraine_press_2021_2022", (275, 276), any_row),
    ("kremlin_ukraine_press_2021_2022", (279, 279), any_row),
    ("kremlin_ukraine_press_2021_2022", (281, 281), any_row),
    ("kremlin_ukraine_press_2021_2022", (287, 291), any_row),
    ("kremlin_ukraine_press_2021_2022", (293, 293), any_row),
)
# set 10 was judged blind (AUDIT.md, "Set 10"); the same 0.05 of drift either way
MEASURED10_RIGHT = 0.705  # 12 right of 17 (session 25, lead: this session's rules merged (datelines, accused targets, titled surnames, campaign senses), filter retrained on 2,052 judged events, drops at >= 0.50); 12 right of 17 (session 24, h13x: filter retrained on all judged tune events and the ConfliBERT tune split's top events, drops at >= 0.50); 12 right of 21 (session 19, hjudge: new events re-judged, one more partly); 12 right of 21 (session 19, h13p: 'our state' is the speaker's country); 11 right of 21 (session 17, h13w: a condition in the present is to come); 11 right of 22 (session 17, h13w: the purpose of talk or joint work, 'aimed at'); 11 right of 23 at session 14's end (readable since session 14: the readiness rule, h15o's story person); 9 right of 24 events after session 13's coder changes (main at 39f7d46 merged); 9 of 23 at acc3884
MEASURED10_WRONG = 0.059  # 1 wrong of 17 (session 25, lead: this session's rules merged (datelines, accused targets, titled surnames, campaign senses), filter retrained on 2,052 judged events, drops at >= 0.50); 2 wrong of 17 (session 24, h13x: filter retrained on all judged tune events and the ConfliBERT tune split's top events, drops at >= 0.50); 3 wrong of 21 (session 19, hjudge); 3 wrong of 21 (session 17, h13w: a condition in the present is to come); 4 wrong of 22 (session 17, h13w: the purpose of talk or joint work, 'aimed at'); 5 wrong of 23 at session 14's end; 7 wrong of 24 after session 13's coder changes (main at 39f7d46 merged); 7 of 23 at acc3884
MAX10_UNJUDGED = 3  # events new since set 10 was judged

# set 11 continues the Kremlin / Ukraine order past rank 293, skipping ranks 297, 302 and 310 (read by session 13's lead)
# and every article the repository holds (found by id with `git grep` on every branch: ranks 294-296, 298-300, 303-306,
# 308, 309, 311-317, 319-321, 323, 324, 326, 328-331, 334 and 336-338 are in consolidation pairs and slices); AUDIT.md,
# "Set 11"
AUDIT11_PICKS = (
    ("kremlin_ukraine_press_2021_2022", (301, 301), any_row),
    ("kremlin_ukraine_press_2021_2022", (307, 307), any_row),
    ("kremlin_ukraine_press_2021_2022", (318, 318), any_row),
    ("kremlin_ukraine_press_2021_2022", (322, 322), any_row),
    ("kremlin_ukraine_press_2021_2022", (325, 325), any_row),
    ("kremlin_ukraine_press_2021_2022", (327, 327), any_row),
    ("kremlin_ukraine_press_2021_2022", (332, 333), any_row),
    ("kremlin_ukraine_press_2021_2022", (335, 335), any_row),
    ("kremlin_ukraine_press_2021_2022", (339, 339), any_row),
)
# set 11 was judged blind (AUDIT.md, "Set 11"); the same 0.05 of drift either way
MEASURED11_RIGHT = 0.584  # 38 right of 65 (session 25, lead: this session's rules merged (datelines, accused targets, titled surnames, campaign senses), filter retrained on 2,052 judged events, drops at >= 0.50); 38 right of 69 (session 24, lead: filter retrained with the readings 24b and 24c (352 more judged tune events), drops at >= 0.45); 38 right of 76 (session 24, hjudge24: the new KAZGOV-KAZCVL condolence dyad, victims now coded, judged right); 37 right of 76 (session 24, h13x: filter retrained on all judged tune events and the ConfliBERT tune split's top events, drops at >= 0.50); 37 right of 81 (session 24, h13v's filter: events it scores wrong at >= 0.55 dropped); 38 right of 84 (session 19, hjudge: new events re-judged, paying homage and a mutual signing right); 35 right of 83 (session 17: h13hist and h13roles together); 33 of 88 (session 16, h13hist alone: history a speaker remembers is no event of today); 35 right of 90 (session 16, h13roles alone: 'taking into account', 'meet our dawn' are no events); 35 of 93 ( a Kremlin caption glued to its title starts Tokayev's turn, his I and you are his and Putin's); 33 right of 95 events after session 14's coder changes (main at 5ee991b merged); 33 of 98 at c2c8158
MEASURED11_WRONG = 0.139  # 9 wrong of 65 (session 25, lead: this session's rules merged (datelines, accused targets, titled surnames, campaign senses), filter retrained on 2,052 judged events, drops at >= 0.50); 13 wrong of 69 (session 24, lead: filter retrained with the readings 24b and 24c (352 more judged tune events), drops at >= 0.45); 14 wrong of 76 (session 24, h13x: filter retrained on all judged tune events and the ConfliBERT tune split's top events, drops at >= 0.50); 17 wrong of 81 (session 24, h13v's filter: events it scores wrong at >= 0.55 dropped); 20 wrong of 84 (session 19, hjudge); 20 wrong of 83 (session 17: h13hist and h13roles together); 27 of 88 (session 16, h13hist alone); 27 wrong of 90 (session 16, h13roles alone: other senses of take and meet); 30 of 93 ( transcript turns; the partners' suspension is not Russia's); 31 of 93 with turns alone; 34 wrong of 95 after session 14's coder changes (main at 5ee991b merged); 35 of 98 at c2c8158
MAX11_UNJUDGED = 3  # events new since set 11 was judged

# set 12 continues the Kremlin / Ukraine order past rank 339, skipping every article main holds (found by id with
# `git grep -F`: ranks 340, 341, 345, 346, 349, 350, 352-354, 357-359 are in consolidation pairs and slices); none of
# the ten is named in `issues stops`; AUDIT.md, "Set 12"
AUDIT12_PICKS = (
    ("kremlin_ukraine_press_2021_2022", (342, 344), any_row),
    ("kremlin_ukraine_press_2021_2022", (347, 348), any_row),
    ("kremlin_ukraine_press_2021_2022", (351, 351), any_row),
    ("kremlin_ukraine_press_2021_2022", (355, 356), any_row),
    ("kremlin_ukraine_press_2021_2022", (360, 361), any_row),
)
# set 12 was judged blind (AUDIT.md, "Set 12"); the same 0.05 of drift either way
MEASURED12_RIGHT = 0.346  # 9 right of 26 (session 25, lead: this session's rules merged (datelines, accused targets, titled surnames, campaign senses), filter retrained on 2,052 judged events, drops at >= 0.50); 9 right of 28 (session 24, lead: filter retrained with the readings 24b and 24c (352 more judged tune events), drops at >= 0.45); 10 right of 30 (session 24, h13x: filter retrained on all judged tune events and the ConfliBERT tune split's top events, drops at >= 0.50); 10 right of 32 (session 24, h13v's filter: events it scores wrong at >= 0.55 dropped); 10 right of 36 (session 20, hjudge: an event whose actor codes changed re-judged, right); 9 right of 36 (session 19, hjudge: a new event re-judged, partly); 9 right of 36 events at main 49baed0 (session 19, judged blind)
MEASURED12_WRONG = 0.193  # 5 wrong of 26 (session 25, lead: this session's rules merged (datelines, accused targets, titled surnames, campaign senses), filter retrained on 2,052 judged events, drops at >= 0.50); 6 wrong of 28 (session 24, lead: filter retrained with the readings 24b and 24c (352 more judged tune events), drops at >= 0.45); 7 wrong of 30 (session 24, h13x: filter retrained on all judged tune events and the ConfliBERT tune split's top events, drops at >= 0.50); 7 wrong of 32 (session 24, h13v's filter: events it scores wrong at >= 0.55 dropped); 10 wrong of 37 (session 24: h13t's participle-doer rule dropped, its two wrong events gone); 12 wrong of 39 (session 23, hjudge23: two new events judged, the condemnation and the call the First Lady asks the church council to voice, coded as done: wrong; 10 wrong of 37 before them); 9 wrong of 36 (session 19, hjudge); 9 wrong of 36 events at main 49baed0
MAX12_UNJUDGED = 3  # events new since set 12 was judged
# set 13 is Wikinews: core-IR is used up (every id is in the repository), so the non-core-IR order past rank 190 (set
# 8's last), skipping every article the repository holds (found by id with `git grep -F` on every branch) or
# `issues stops` names, keeping the international ones: title and text name places of two or more countries
# (countries.tsv names, adjectives, capitals and cities.tsv, whole words); the first ten; AUDIT.md, "Set 13"
AUDIT13_PICKS = (
    ("wikinews_2019_2020", (198, 199), not_core_ir),
    ("wikinews_2019_2020", (201, 201), not_core_ir),
    ("wikinews_2019_2020", (204, 204), not_core_ir),
    ("wikinews_2019_2020", (208, 208), not_core_ir),
    ("wikinews_2019_2020", (210, 211), not_core_ir),
    ("wikinews_2019_2020", (225, 225), not_core_ir),
    ("wikinews_2019_2020", (229, 230), not_core_ir),
)
# set 13 was judged blind (AUDIT.md, "Set 13"); the same 0.05 of drift either way
MEASURED13_RIGHT = 0.285  # 2 right of 7 (session 25, lead: this session's rules merged (datelines, accused targets, titled surnames, campaign senses), filter retrained on 2,052 judged events, drops at >= 0.50); 1 right of 8 (session 24, lead: filter retrained with the readings 24b and 24c (352 more judged tune events), drops at >= 0.45); 2 right of 9 (session 24, h13x: filter retrained on all judged tune events and the ConfliBERT tune split's top events, drops at >= 0.50); 2 right of 12 (session 24, h13v's filter: events it scores wrong at >= 0.55 dropped); 2 right of 14 events at main 69e7c8e (session 20, judged blind)
MEASURED13_WRONG = 0.286  # 2 wrong of 7 (session 25, lead: this session's rules merged (datelines, accused targets, titled surnames, campaign senses), filter retrained on 2,052 judged events, drops at >= 0.50); 4 wrong of 8 (session 24, lead: filter retrained with the readings 24b and 24c (352 more judged tune events), drops at >= 0.45); 4 wrong of 9 (session 24, h13x: filter retrained on all judged tune events and the ConfliBERT tune split's top events, drops at >= 0.50); 7 wrong of 12 (session 24, h13v's filter: events it scores wrong at >= 0.55 dropped); 9 wrong of 14 events at main 69e7c8e
MAX13_UNJUDGED = 3  # events new since set 13 was judged

# set 14 is PolNeAR wire copy (2016 US election news): the articles whose metadata `wire` is AP, AFP, UPI, reuters or
# Reuters and whose text file exists (75), in sha1(file name) order, skipping any of more than 1,500 words (live
# blogs: rank 3 is one); the first ten (ranks 1-10 of what remains); none of their file names is in the repository
# (`git grep -F` on every branch); AUDIT.md, "Set 14"
AUDIT14_PICKS = (
    ("polnear", (1, 10), wire_copy),
)
# set 14 was judged blind (AUDIT.md, "Set 14"); the same 0.05 of drift either way
MEASURED14_RIGHT = 0.210  # 8 right of 38 (session 25, lead: this session's rules merged (datelines, accused targets, titled surnames, campaign senses), filter retrained on 2,052 judged events, drops at >= 0.50); 8 right of 39 (session 24, lead: filter retrained with the readings 24b and 24c (352 more judged tune events), drops at >= 0.45); 8 right of 45 (session 24, h13x: filter retrained on all judged tune events and the ConfliBERT tune split's top events, drops at >= 0.50); 8 right of 48 (session 24, h13v's filter: events it scores wrong at >= 0.55 dropped); 9 right of 53 events at main 1da83df (session 22, h13a14, judged blind)
MEASURED14_WRONG = 0.343  # 13 wrong of 38 (session 25, lead: this session's rules merged (datelines, accused targets, titled surnames, campaign senses), filter retrained on 2,052 judged events, drops at >= 0.50); 13 wrong of 39 (session 24, lead: filter retrained with the readings 24b and 24c (352 more judged tune events), drops at >= 0.45); 19 wrong of 45 (session 24, h13x: filter retrained on all judged tune events and the ConfliBERT tune split's top events, drops at >= 0.50); 21 wrong of 48 (session 24, h13v's filter: events it scores wrong at >= 0.55 dropped); 26 wrong of 53 events at main 1da83df
MAX14_UNJUDGED = 3  # events new since set 14 was judged
# set 15 continues set 14's order: PolNeAR wire copy, ranks 11-20 of what remains after the >1,500-word skip (rank 16
# of the order, a 2,402-word "The Latest" live blog, is the only one skipped among them); none of their file names is
# in the repository (`git grep -F` on every branch); AUDIT.md, "Set 15"
AUDIT15_PICKS = (
    ("polnear", (11, 20), wire_copy),
)
# set 15 was judged blind (AUDIT.md, "Set 15"); the same 0.05 of drift either way
MEASURED15_RIGHT = 0.107  # 6 right of 56 (session 25, lead: this session's rules merged (datelines, accused targets, titled surnames, campaign senses), filter retrained on 2,052 judged events, drops at >= 0.50); 4 right of 55 (session 24, lead: filter retrained with the readings 24b and 24c (352 more judged tune events), drops at >= 0.45); 5 right of 60 (session 24, h13x: filter retrained on all judged tune events and the ConfliBERT tune split's top events, drops at >= 0.50); 5 right of 67 (session 24, h13v's filter: events it scores wrong at >= 0.55 dropped); 5 right of 76 events at main 71342ad (session 23, hset15, judged blind)
MEASURED15_WRONG = 0.447  # 25 wrong of 56 (session 25, lead: this session's rules merged (datelines, accused targets, titled surnames, campaign senses), filter retrained on 2,052 judged events, drops at >= 0.50); 28 wrong of 55 (session 24, lead: filter retrained with the readings 24b and 24c (352 more judged tune events), drops at >= 0.45); 30 wrong of 60 (session 24, h13x: filter retrained on all judged tune events and the ConfliBERT tune split's top events, drops at >= 0.50); 35 wrong of 67 (session 24, h13v's filter: events it scores wrong at >= 0.55 dropped); 42 wrong of 76 events at main 71342ad
MAX15_UNJUDGED = 3  # events new since set 15 was judged
# set 16 continues the same order: PolNeAR wire copy, ranks 21-30 of what remains after the >1,500-word skip (positions
# 23-28, 30, 31, 33 and 35 of the order; positions 29, 32 and 34, "The Latest" live blogs of 1,920, 1,556 and 2,135
# words, are skipped; rank 27, a 1,331-word "The Latest" on Muhammad Ali's death, is under the bar and kept); none of
# their file names is in the repository (`git grep -F` on every branch); AUDIT.md, "Set 16"
AUDIT16_PICKS = (
    ("polnear", (21, 30), wire_copy),
)
# set 16 was judged blind (AUDIT.md, "Set 16"); the same 0.05 of drift either way
MEASURED16_RIGHT = 0.155  # 7 right of 45 (session 25, lead: this session's rules merged (datelines, accused targets, titled surnames, campaign senses), filter retrained on 2,052 judged events, drops at >= 0.50); 7 right of 55 (session 24, lead: filter retrained with the readings 24b and 24c (352 more judged tune events), drops at >= 0.45); 7 right of 60 (session 24, h13x: filter retrained on all judged tune events and the ConfliBERT tune split's top events, drops at >= 0.50); 7 right of 68 events at main 1d67848 (session 24, hset16, judged blind)
MEASURED16_WRONG = 0.334  # 15 wrong of 45 (session 25, lead: this session's rules merged (datelines, accused targets, titled surnames, campaign senses), filter retrained on 2,052 judged events, drops at >= 0.50); 25 wrong of 55 (session 24, lead: filter retrained with the readings 24b and 24c (352 more judged tune events), drops at >= 0.45); 30 wrong of 60 (session 24, h13x: filter retrained on all judged tune events and the ConfliBERT tune split's top events, drops at >= 0.50); 38 wrong of 68 events at main 1d67848
MAX16_UNJUDGED = 3  # events new since set 16 was judged
# set 17 continues the same order: PolNeAR wire copy, ranks 43-52 of what remains after the >1,500-word skip (positions
# 48-52 and 54-58 of the order; position 53, a 4,479-word "The Latest" live blog, is skipped; ranks 31-42 were read as
# tune material in session 24); none of their file names is in the repository (`git grep -F` on every branch);
# AUDIT.md, "Set 17"
AUDIT17_PICKS = (
    ("polnear", (43, 52), wire_copy),
)
# set 17 was judged blind (AUDIT.md, "Set 17"); the same 0.05 of drift either way
MEASURED17_RIGHT = 0.313  # 16 right of 51 (session 25, lead: this session's rules merged (datelines, accused targets, titled surnames, campaign senses), filter retrained on 2,052 judged events, drops at >= 0.50); 16 right of 52 at main 08e1026 (session 25, hset17, judged blind; filter off: 16/15/35 of 66)
MEASURED17_WRONG = 0.334  # 17 wrong of 51 (session 25, lead: this session's rules merged (datelines, accused targets, titled surnames, campaign senses), filter retrained on 2,052 judged events, drops at >= 0.50); 22 wrong of 52 at main 08e1026 (session 25, hset17, judged blind; filter off: 16/15/35 of 66)
MAX17_UNJUDGED = 3  # events new since set 17 was judged
BLIND_SETS = ("set11", "set12", "set13", "set14", "set15", "set16", "set17")  # the sets nobody writing rules has read

# measured when the audit was judged (AUDIT.md); the gates allow 0.05 of drift either way
MEASURED_RIGHT = 0.541  # 59 right of 109 (session 25, lead: this session's rules merged (datelines, accused targets, titled surnames, campaign senses), filter retrained on 2,052 judged events, drops at >= 0.50); 59 right of 113 (session 24, lead: filter retrained with the readings 24b and 24c (352 more judged tune events), drops at >= 0.45); 59 right of 120 (session 24, h13x: filter retrained on all judged tune events and the ConfliBERT tune split's top events, drops at >= 0.50); 62 right of 132 events (session 19, h15c: the Peru 'they' that stood for a minister is no one, its partly event gone); 62 right of 133 events (session 19, h13t: Turkish soldiers sent to Libya by their own side); 61 right of 133 events (session 19, h13p: the UN rapporteur Callamard in the officials); 59 right of 133 events (h13x: what an act is worth, an attempt that fell short); 59 right of 135 events (session 14: the expelled ambassador, a release from prison); 56 right of 134 events (session 12: thanks said as gratitude in Zelenskyy's addresses, 17 new right events; h15m's actor rules); 39 right of 116 events (session 9; 41 of 122 in session 8; session 7: 41 of 131; session 6: 40 of 137; session 5: 37 of 139, rules read from this set, the title's
#                        author as 'I'; 0.161 = 26 of 161 in session 4, 0.119 = 20 of 167 in session 3, 0.108 = 20 of 186 at the audit)
MEASURED_WRONG = 0.092  # 10 wrong of 109 (session 25, lead: this session's rules merged (datelines, accused targets, titled surnames, campaign senses), filter retrained on 2,052 judged events, drops at >= 0.50); 10 wrong of 113 (session 24, lead: filter retrained with the readings 24b and 24c (352 more judged tune events), drops at >= 0.45); 14 wrong of 120 (session 24, h13x: filter retrained on all judged tune events and the ConfliBERT tune split's top events, drops at >= 0.50); 18 wrong of 132 (session 19, h15c); 18 wrong of 133 (session 19, hjudge and h13t merged: a newspaper's report judged wrong); 17 wrong of 133 (session 19, h13p); 18 wrong of 133 (h13x); 20 wrong of 135 (session 14); 21 wrong of 134 (session 12); 21 wrong of 116 (session 10); 23 of 116 (session 9; 27 of 122 in session 8; 34 of 131 in session 7; 41 of 137 in session 6, 44 of 139 in session 5, 70 of 161 in session 4,
#                         76 of 167 in session 3, 95 of 186 at the audit)
MAX_UNJUDGED = 6  # events new since the audit: judge them into the fixture when there are more
# no-event sentences left empty by the coder, measured at the time of the fixture (rounded down)
NO_EVENT_FLOOR = 0.94  # 160 of 169 left empty (0.947, session 11: named storms); 157 of 169 (0.929, earlier in session 11); 156 of 169 (0.923, session 10; the paragraph split made 165 rows 169); 148 of 165 (0.897; session 3: 147); 144 (0.873) on main at 66dc60f


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def read_corpus(name: str) -> list[dict]:
    if name == "polnear":
        return read_polnear()
    path = shared_path("corpus", name, "articles.jsonl")
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def read_polnear() -> list[dict]:
    """PolNeAR's articles that have a text file, as corpus rows: id `polnear:<file name>`, the text as it stands
    (its first line is the headline), the metadata's title and publication date, no url; `meta` keeps the file
    name (what the selection rule hashes), the wire and the word count."""
    root = shared_path("gold", "quotes", "polnear")
    rows = []
    with (root / "metadata.tsv").open(encoding="utf-8", newline="") as fh:
        for m in csv.DictReader(fh, delimiter="\t"):
            path = next((p for p in (root / split / "text" / f"{m['filename']}.txt" for split in ("train", "dev"))
                         if p.exists()), None)
            if path is None:
                continue
            text = path.read_text(encoding="utf-8")
            rows.append({"id": f"polnear:{m['filename']}", "text": text, "title": m["title"],
                         "published": m["publication_date"], "url": None,
                         "meta": {"filename": m["filename"], "wire": m["wire"], "words": len(text.split())}})
    return rows


def order_name(row: dict) -> str:
    """What the selection rules hash: the corpus id, or for PolNeAR the bare file name."""
    return row.get("meta", {}).get("filename") or row["id"]


@dataclass(frozen=True)
class AuditSet:
    name: str
    picks: tuple
    judgements: Path
    measured_right: float
    measured_wrong: float
    max_unjudged: int


AUDIT_SETS = (
    AuditSet("set1", AUDIT_PICKS, JUDGEMENTS, MEASURED_RIGHT, MEASURED_WRONG, MAX_UNJUDGED),
    AuditSet("set2", AUDIT2_PICKS, JUDGEMENTS2, MEASURED2_RIGHT, MEASURED2_WRONG, MAX2_UNJUDGED),
    AuditSet("set3", AUDIT3_PICKS, JUDGEMENTS3, MEASURED3_RIGHT, MEASURED3_WRONG, MAX3_UNJUDGED),
    AuditSet("set4", AUDIT4_PICKS, JUDGEMENTS4, MEASURED4_RIGHT, MEASURED4_WRONG, MAX4_UNJUDGED),
    AuditSet("set5", AUDIT5_PICKS, JUDGEMENTS5, MEASURED5_RIGHT, MEASURED5_WRONG, MAX5_UNJUDGED),
    AuditSet("set6", AUDIT6_PICKS, JUDGEMENTS6, MEASURED6_RIGHT, MEASURED6_WRONG, MAX6_UNJUDGED),
    AuditSet("set7", AUDIT7_PICKS, JUDGEMENTS7, MEASURED7_RIGHT, MEASURED7_WRONG, MAX7_UNJUDGED),
    AuditSet("set8", AUDIT8_PICKS, JUDGEMENTS8, MEASURED8_RIGHT, MEASURED8_WRONG, MAX8_UNJUDGED),
    AuditSet("set9", AUDIT9_PICKS, JUDGEMENTS9, MEASURED9_RIGHT, MEASURED9_WRONG, MAX9_UNJUDGED),
    AuditSet("set10", AUDIT10_PICKS, JUDGEMENTS10, MEASURED10_RIGHT, MEASURED10_WRONG, MAX10_UNJUDGED),
    AuditSet("set11", AUDIT11_PICKS, JUDGEMENTS11, MEASURED11_RIGHT, MEASURED11_WRONG, MAX11_UNJUDGED),
    AuditSet("set12", AUDIT12_PICKS, JUDGEMENTS12, MEASURED12_RIGHT, MEASURED12_WRONG, MAX12_UNJUDGED),
    AuditSet("set13", AUDIT13_PICKS, JUDGEMENTS13, MEASURED13_RIGHT, MEASURED13_WRONG, MAX13_UNJUDGED),
    AuditSet("set14", AUDIT14_PICKS, JUDGEMENTS14, MEASURED14_RIGHT, MEASURED14_WRONG, MAX14_UNJUDGED),
    AuditSet("set15", AUDIT15_PICKS, JUDGEMENTS15, MEASURED15_RIGHT, MEASURED15_WRONG, MAX15_UNJUDGED),
    AuditSet("set16", AUDIT16_PICKS, JUDGEMENTS16, MEASURED16_RIGHT, MEASURED16_WRONG, MAX16_UNJUDGED),
    AuditSet("set17", AUDIT17_PICKS, JUDGEMENTS17, MEASURED17_RIGHT, MEASURED17_WRONG, MAX17_UNJUDGED),
)


def audit_articles(picks: tuple = AUDIT_PICKS) -> list[tuple[str, dict]]:
    picked = []
    for corpus, (first, last), keep in picks:
        rows = sorted((r for r in read_corpus(corpus) if keep(r)), key=lambda r: sha1(order_name(r)))
        picked += [(corpus, r) for r in rows[first - 1:last]]
    return picked


def raw_document(row: dict):
    """Global Voices pages go in as their HTML (the extractor's job); the others as plain text."""
    from tidings.model import RawDocument

    if row.get("html"):
        return RawDocument(id=row["id"], html=row["html"], url=row["url"], title=row["title"],
                           published=row["published"])
    return RawDocument(id=row["id"], text=row["text"], url=row["url"], title=row.get("title"),
                       published=row["published"])


def code_rows(rows: list[dict]) -> list[tuple[object, object]]:
    """(sentences, CodedDocument) per row, in order; sentences are (index, text) pairs."""
    from tidings import nlp
    from tidings.pipeline import code_parsed

    out = []
    for doc, coded in code_parsed(raw_document(r) for r in rows):
        assert coded.article.error is None, (coded.article.id, coded.article.error)
        out.append(([(i, s.text) for i, s in enumerate(nlp.sentences(doc))], coded))
    return out


def event_key(article_id: str, event) -> tuple:
    return (article_id, event.sentence, event.trigger.start, event.cameo[:2])


def judged_key(j: dict) -> tuple:
    return (j["article"], j["sentence"], j["trigger_start"], j["cameo"][:2])


def verdict_of(candidates: list[dict], event, seen: Counter) -> str | None:
    """The judgement of the line with the event's trigger, root and own actor codes. None when the
    dyad was never judged: a verdict given to other codes on that trigger is stale (an event whose
    actors changed is another event for a reader), so it counts as unjudged until read again. Events
    that share all of these (one trigger, two targets left uncoded) take the lines in order; ``seen``
    counts the ones already matched."""
    dyad = (event.source and event.source.code, event.target and event.target.code)
    same = [j for j in candidates if (j["source"], j["target"]) == dyad]
    if not same:
        return None
    key = (judged_key(same[0]), dyad)
    seen[key] += 1
    return same[min(seen[key], len(same)) - 1]["judgement"]


# a line's judgement: one of these for a coded event; "missed" for an event a coder would code and tidings
# did not; "empty" for an article read whole with no event coded and none missed (it is still in the set)
EVENT_VERDICTS = ("right", "partly", "wrong")


def read_judgements(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.gold
def test_audit_sets_are_disjoint():
    """A blind set stays blind only if none of its articles is in another set."""
    sets = [{r["id"] for _c, r in audit_articles(s.picks)} for s in AUDIT_SETS]
    assert [len(ids) for ids in sets] == [10] * len(AUDIT_SETS)
    assert len(set().union(*sets)) == sum(len(ids) for ids in sets)
    for audit, ids in zip(AUDIT_SETS[1:], sets[1:]):
        assert {j["article"] for j in read_judgements(audit.judgements)} == ids, audit.name
    # the blind set's articles are in no other fixture either (a fixture's article has been read by someone;
    # older sets were drawn into the actors' samples after they were read, so only the blind ones are checked);
    # the benchmarks' samples and the package's data files count as fixtures too
    root = Path(__file__).parents[2]
    fixtures = [p for d in ("tests", "benchmarks", "src/tidings/data") for p in (root / d).rglob("*")
                if p.is_file() and p.suffix in {".jsonl", ".json", ".tsv", ".txt", ".py", ".csv", ".yaml", ".md"}
                and p.name not in {a.judgements.name for a in AUDIT_SETS} and p.name != "AUDIT.md"]
    text = "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in fixtures)
    by_name = dict(zip((a.name for a in AUDIT_SETS), sets))
    for name in BLIND_SETS:
        assert not [i for i in by_name[name] if i in text], name


@pytest.mark.gold
@pytest.mark.parametrize("audit", AUDIT_SETS, ids=lambda a: a.name)
def test_real_article_audit_holds(audit: AuditSet):
    picked = audit_articles(audit.picks)
    coded = code_rows([r for _c, r in picked])
    judgements = read_judgements(audit.judgements)
    judged: dict[tuple, list[dict]] = {}
    for j in judgements:
        if j["judgement"] in EVENT_VERDICTS:
            judged.setdefault(judged_key(j), []).append(j)
    assert {j["article"] for j in judgements} == {r["id"] for _c, r in picked}
    assert {j["judgement"] for j in judgements} <= {*EVENT_VERDICTS, "missed", "empty"}

    counts, unjudged, seen = Counter(), [], Counter()
    per_corpus: dict[str, Counter] = {}  # AUDIT.md's table rows
    for (corpus, _row), (_sents, doc) in zip(picked, coded):
        for e in doc.events:
            verdict = verdict_of(judged.get(event_key(doc.article.id, e), []), e, seen)
            if verdict is None:
                unjudged.append((doc.article.id, e.sentence, e.trigger.text, e.cameo))
            else:
                counts[verdict] += 1
            per_corpus.setdefault(corpus, Counter())[verdict or "unjudged"] += 1
    total = sum(counts.values()) + len(unjudged)
    right, wrong = counts["right"] / total, counts["wrong"] / total
    missed = sum(j["judgement"] == "missed" for j in judgements)
    print(f"\naudit {audit.name}: {total} events, right {counts['right']}, partly {counts['partly']}, "
          f"wrong {counts['wrong']}, unjudged {len(unjudged)}; share right {right:.3f}, "
          f"wrong {wrong:.3f}; missed at audit time {missed}")
    for corpus, c in per_corpus.items():
        print(f"  {corpus}: {sum(c.values())} events, right {c['right']}, partly {c['partly']}, "
              f"wrong {c['wrong']}, unjudged {c['unjudged']}")
    for u in unjudged:
        print("  unjudged:", u)
    assert right >= audit.measured_right - 0.05
    assert wrong <= audit.measured_wrong + 0.05
    assert len(unjudged) <= audit.max_unjudged


def read_no_event() -> list[tuple[str, int, str]]:
    rows = []
    for line in NO_EVENT.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            article, index, digest = line.split("\t")
            rows.append((article, int(index), digest))
    return rows


@pytest.mark.gold
def test_sentences_without_events_stay_empty():
    fixture = read_no_event()
    wanted = {a for a, _i, _h in fixture}
    rows = [r for r in read_corpus("wikinews_2019_2020") if r["id"] in wanted]
    assert {r["id"] for r in rows} == wanted
    coded = {doc.article.id: (dict(sents), doc) for sents, doc in code_rows(rows)}

    empty, fired = 0, []
    for article, index, digest in fixture:
        sents, doc = coded[article]
        # the parse must still split the article as it did when the sentences were judged
        assert sha1(sents[index]) == digest, (article, index)
        events = [e for e in doc.events if e.sentence == index]
        empty += not events
        fired += [(article, index, e.trigger.text, e.cameo) for e in events]
    precision = empty / len(fixture)
    print(f"\nno-event sentences: {len(fixture)}, left empty {empty}, precision {precision:.3f}")
    for f in fired:
        print("  false event:", f)
    assert precision >= NO_EVENT_FLOOR
