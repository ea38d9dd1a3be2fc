"""Wire datelines (actors.datelines), on constructed text: where a story was filed, found once for the
stages that read it (the story's country, the speakers, the sides of events)."""

from __future__ import annotations

import pytest

from tidings.actors.datelines import after_dateline, datelines

from .conftest import find


@pytest.mark.parametrize("text, line", [
    ("NEW YORK (AP) — Donald Trump criticized Hillary Clinton on Monday.", "NEW YORK (AP) —"),
    ("PHILADELPHIA, July 29 (UPI) — Fans of the team complained.", "PHILADELPHIA, July 29 (UPI) —"),
    ("WASHINGTON (Reuters) - Bernie Sanders accused the party of bias.", "WASHINGTON (Reuters) -"),
    ("CLEVELAND — Former Attorney General Michael Mukasey told reporters.", "CLEVELAND —"),
    ("New York (AFP) – Actress Susan Sarandon is not sure.", "New York (AFP) –"),
    ("BUENA PARK, Calif. — The mayor said it.", "BUENA PARK, Calif. —"),
    ("WASHINGTON, Jan. 5 — The Senate voted.", "WASHINGTON, Jan. 5 —"),
    ("LONDON, England (CNN) -- Police said.", "LONDON, England (CNN) --"),
    # at the head of any paragraph
    ("The talks ended.\nKABUL, Afghanistan (AP) — Police said two men were arrested.", "KABUL, Afghanistan (AP) —"),
])
def test_a_dateline_is_found(parse, text, line):
    doc = parse(text)
    assert [doc[a:b].text for a, b in datelines(doc)] == [line]


@pytest.mark.parametrize("text", [
    "Trump — who said he would win — told reporters the race was over.",  # a name and an aside
    "Russia — which had vetoed it — said no.",
    "Trump, Clinton — Both said no.",  # names, not a place
    "Donald Trump (R) — The candidate said no.",
    "The Luxembourg-based court ruled.",  # a word, not a dash
    "He said NEW YORK (AP) — was wrong.",  # not at the head of a paragraph
])
def test_no_dateline(parse, text):
    assert datelines(parse(text)) == []


@pytest.mark.parametrize("text, subject, real", [
    # the parse makes the dateline the subject and hangs the real one on it
    ("CLEVELAND — Former Attorney General Michael Mukasey told reporters.", "CLEVELAND", "Mukasey"),
    ("New York (AFP) – Actress Susan Sarandon is not sure.", "York", "Sarandon"),
])
def test_the_subject_after_the_dateline(parse, text, subject, real):
    doc = parse(text)
    tok = next(t for t in doc if t.text == subject)
    assert after_dateline(tok).text == real
    other = next(t for t in doc if t.text == real)
    assert after_dateline(other) is other  # a token outside a dateline is itself


@pytest.mark.parametrize("text, mention, code", [
    # a dateline with a date still says whose story it is
    ("PHILADELPHIA, July 29 (UPI) — Police said two men were arrested. They were charged on Friday. "
     "France and Germany offered help.", "Police", "USACOP"),
])
def test_a_dated_dateline_gives_the_story_country(mentions_of, text, mention, code):
    m = find(mentions_of(text), mention)
    assert m.code == code and "dateline" in m.why, m.why


def test_a_dateline_with_a_region_we_do_not_know_gives_no_country(mentions_of):
    # Manchester, New Hampshire: a city of that name in England says nothing of this story
    ms = mentions_of("MANCHESTER, N.H. - Police said two men were arrested. They were charged on Friday. "
                     "France and Germany offered help.")
    assert "dateline" not in (find(ms, "Police").why or "")


@pytest.mark.parametrize("text, mention, code", [
    ("The Democratic National Committee said it would appeal.", "Democratic National Committee", "USAPTY"),
    ("The DNC and the RNC both raised money.", "DNC", "USAPTY"),
    ("The DNC and the RNC both raised money.", "RNC", "USAPTY"),
    ("The IRS audited the foundation.", "IRS", "USAGOV"),
    ("The Internal Revenue Service audited the foundation.", "Internal Revenue Service", "USAGOV"),
    ("The Secret Service arrested a man.", "Secret Service", "USACOP"),
    ("The FBI arrested a man.", "FBI", "USACOP"),
    # another country's body of that name
    ("The Ukrainian Secret Service arrested a man.", "Ukrainian Secret Service", "UKRCOP"),
])
def test_us_organisations(mentions_of, text, mention, code):
    assert find(mentions_of(text), mention).code == code
