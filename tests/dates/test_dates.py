from datetime import date, timedelta

from hypothesis import given, settings, strategies as st

from tidings import dates

PUB = "2024-04-26"  # a Friday


def test_weekdays_point_back_from_publication():
    assert dates.resolve("made the comments on Friday", PUB) == "2024-04-26"
    assert dates.resolve("met on Wednesday", PUB) == "2024-04-24"
    assert dates.resolve("last Friday", PUB) == "2024-04-19"
    assert dates.resolve("will meet next Monday", PUB) == "2024-04-29"
    assert dates.resolve("will meet on Monday", PUB, future=True) == "2024-04-29"


def test_months_years_and_relative_expressions():
    assert dates.resolve("their summit in San Francisco last November", PUB) == "2023-11"
    assert dates.resolve("In September, a car bomb", PUB) == "2023-09"
    assert dates.resolve("on October 31 suggested", PUB) == "2023-10-31"
    assert dates.resolve("April 25, 2024", PUB) == "2024-04-25"
    assert dates.resolve("3 March 2022", PUB) == "2022-03-03"
    assert dates.resolve("yesterday", PUB) == "2024-04-25"
    assert dates.resolve("three days ago", PUB) == "2024-04-23"
    assert dates.resolve("last week", PUB) == "2024-04-19"
    assert dates.resolve("last month", PUB) == "2024-03"
    assert dates.resolve("since 2019", PUB) == "2019"


def test_no_expression_and_modal_may():
    assert dates.resolve("the talks may resume", PUB) is None
    assert dates.resolve("nothing here", PUB) is None
    # relative expressions mean nothing without a publication date; absolute ones still do
    assert dates.resolve("on Friday", None) is None
    assert dates.resolve("on 2024-01-02", None) == "2024-01-02"


def test_expressions_lists_offsets():
    text = "Xi met Biden last November and spoke on Friday."
    found = dates.expressions(text, PUB)
    assert [text[s:e] for s, e, _ in found] == ["last November", "on Friday"]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80), st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31)))
def test_resolve_never_crashes(text, pub):
    dates.resolve(text, pub.isoformat())


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]),
       st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 12, 31)))
def test_bare_weekday_is_within_the_week_before(day, pub):
    got = date.fromisoformat(dates.resolve(f"on {day.title()}", pub.isoformat()))
    assert pub - timedelta(days=6) <= got <= pub
    assert got.strftime("%A").lower() == day


def test_explicit_month_and_day_beat_the_weekday():
    # issue 18.8: a 2009 story; counting back to "Tuesday" before publication gave 2009-06-09
    assert dates.resolve("On Tuesday, March 17th, the Parliament voted.", "2009-06-10") == "2009-03-17"
    assert dates.resolve("On Tuesday the 17 March, they met.", "2009-06-10") == "2009-03-17"
    assert dates.resolve("Tuesday, June 2, 2009: talks began", "2009-06-10") == "2009-06-02"
    # a weekday not joined to a calendar day still counts back
    assert dates.resolve("On Tuesday, officials said March 17 was chosen.", "2009-06-10") == "2009-06-09"


def test_events_in_an_infinitival_complement_take_the_governing_verbs_date():
    # issue 18.8: "Yesterday" dates the vote, and with it the expulsion it voted for
    from tidings.model import RawDocument
    from tidings.pipeline import code

    (doc,) = code([RawDocument(id="vote", text="Yesterday, the Parliament voted to expel US troops from Iraq.",
                               published="2020-01-06")])
    assert doc.events, "the vote to expel is an event"
    assert {e.date for e in doc.events} == {"2020-01-05"}
    (doc,) = code([RawDocument(id="arrest", published="2009-06-10",
                               text="On Tuesday, March 17th, North Korean soldiers arrested two American journalists.")])
    assert [e.date for e in doc.events] == ["2009-03-17"]


def test_events_dated_to_a_month_or_a_year_pass_the_output_contract(tmp_path):
    # `tidings code` dates "In 2019" as "2019"; the contract's date pattern refused it, so
    # `tidings ingest --coded` of that very output lost the document
    import jsonschema

    from tidings.model import RawDocument
    from tidings.pipeline import code
    from tidings.schema import output_schema
    from tidings.jobs import store_records

    (doc,) = code([RawDocument(id="partial", published="2020-01-06",
                               text="In 2019, Iran attacked Saudi oil facilities, Washington said. "
                                    "Last November, Russia sanctioned Ukraine.")])
    record = doc.to_dict()
    assert {e["date"] for e in record["events"]} == {"2019", "2019-11"}
    jsonschema.validate(record, output_schema())
    summary = store_records([record], str(tmp_path / "p.db"))
    assert summary.coded == 1 and summary.events == 2, summary.errors


def test_history_long_ago_and_eras():
    assert dates.resolve("eighty years ago", PUB) == "1944"
    assert dates.resolve("eighty-one years ago", PUB) == "1943"
    assert dates.resolve("twenty days ago", PUB) == "2024-04-06"
    assert dates.resolve("decades ago", PUB) == "2004"
    assert dates.resolve("a century ago", PUB) == "1924"
    assert dates.resolve("three decades ago", PUB) == "1994"
    assert dates.resolve("during the Second World War", PUB) == "1939"
    assert dates.resolve("throughout the Great Patriotic War", None) == "1941"
    assert dates.resolve("during World War I", PUB) == "1914"
    assert dates.resolve("the victory in the Great Patriotic War", PUB) is None  # a name, no time of the clause

