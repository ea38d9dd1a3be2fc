from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tidings.nlp.marks import find_quoted


def spans(text, **kw):
    return [text[q.start:q.end] for q in find_quoted(text, **kw)]


def test_straight_and_curly_marks():
    assert spans('He said "hi there" and “bye.”') == ['"hi there"', "“bye.”"]


def test_nested_quote_stays_inside_the_outer_one():
    assert spans("“He told me ‘never’ and “again” twice,” she said.") == [
        "“He told me ‘never’ and “again” twice,”"]


def test_reopening_at_each_paragraph_makes_one_quote():
    text = "“First paragraph.\n\n“Second paragraph.\n\n“Third,” he said."
    assert spans(text) == ["“First paragraph.\n\n“Second paragraph.\n\n“Third,”"]


def test_unbalanced_open_mark_closes_at_paragraph_end():
    text = "She said “this never closes\n\nNext paragraph."
    found = find_quoted(text)
    assert [text[q.start:q.end] for q in found] == ["“this never closes"]
    assert found[0].closed is False
    assert found[0].inner(text) == (10, 27)


def test_stray_closing_mark_is_ignored():
    assert spans("to not do so.” Then “a real one” here") == ["“a real one”"]


def test_wrong_curly_glyph_used_as_closer():
    assert spans("the word “guaranteed“ twice") == ["“guaranteed“"]


def test_apostrophes_are_not_quotes():
    assert spans("Biden’s team didn’t say", single=True) == []
    assert spans("She said ‘no way’ to them.") == ["‘no way’"]  # no double marks: British style


def test_empty_and_blank_text():
    assert find_quoted("") == []
    assert find_quoted("   \n ") == []


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('ab .,\n"“”‘’\'—')), max_size=60))
def test_never_crashes_and_spans_are_ordered_and_inside(text):
    found = find_quoted(text)
    last = -1
    for q in found:
        assert 0 <= q.start < q.end <= len(text)
        assert q.start >= last
        last = q.end


def test_typewriter_double_marks():
    text = "''On espère,'' he said, or ``One hopes.''\n\n''Yes,'' she said."
    assert spans(text) == ["''On espère,''", "``One hopes.''", "''Yes,''"]


# ----------------------------------------------------------------------------- every quotation style

def test_single_curly_quotes_beside_double_ones():
    # headlines and British copy quote with ‘…’ even when the body uses “…”
    text = "Pope calls for ‘peace in our time’ in Easter address\n\n“We pray,” he said."
    assert spans(text) == ["‘peace in our time’", "“We pray,”"]


def test_apostrophes_beside_double_quotes_are_not_quotes():
    text = "Trump’s aides said the voters’ mood in ‘16 was “sour.”"
    assert spans(text) == ["“sour.”"]
    assert spans("It’s the ’90s again, rock ’n’ roll.") == []


def test_doubled_apostrophes_as_wire_archives_write_them():
    text = "The golf industry is ''doing much better,'' she said. ''It's a perfect example.''"
    assert spans(text) == ["''doing much better,''", "''It's a perfect example.''"]


def test_guillemets_both_ways_and_single():
    assert spans("Il a dit « non » hier.") == ["« non »"]
    assert spans("He called it »a farce« twice.") == ["»a farce«"]
    assert spans("Sie sagte ‹nein› dazu.") == ["‹nein›"]


def test_german_low_high_quotes():
    assert spans("Scholz sagte: „Wir handeln jetzt.“ Dann ging er.") == ["„Wir handeln jetzt.“"]
    assert spans("Er nannte es ‚absurd‘ und ging.") == ["‚absurd‘"]


def test_quote_over_paragraphs_with_straight_marks():
    text = '"First paragraph of the statement.\n\n"Second one ends it," the spokesman said.'
    assert spans(text) == ['"First paragraph of the statement.\n\n"Second one ends it,"']


def test_nested_single_quote_in_straight_double():
    text = '"He told me \'never again\' and left," she said.'
    assert spans(text) == ['"He told me \'never again\' and left,"']


def test_attribute_values_of_markup_in_the_text_are_no_quotes():
    text = ('<tweet tweet-author="@SkyNews" tweet-date="February 10, 2016">Sanders vows “to fight on.”'
            '<tweet/>. He said “a < b” is “fine.”')
    assert [text[q.start:q.end] for q in find_quoted(text)] == ["“to fight on.”", "“a < b”", "“fine.”"]
