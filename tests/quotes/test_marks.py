from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tidings.quotes.marks import find_quoted


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
