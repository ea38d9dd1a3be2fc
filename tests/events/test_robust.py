"""The coder never stops a batch: odd text, empty documents, no mentions, unknown dates."""

from hypothesis import HealthCheck, given, settings, strategies as st

from tidings import nlp

WORDS = st.sampled_from(["Russia", "Ukraine", "attacked", "met", "with", "the", "and", "not", "will",
                         "sanctions", "on", "if", "said", "…", ",", "\n", "“", "”", "Friday", "in",
                         "Aleppo", "his", "visit", "to", "China", "threatened", "to", "impose", "."])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(WORDS, max_size=30), st.sampled_from([None, "2024-04-26", "not a date"]))
def test_any_word_salad_codes_without_error_and_offsets_hold(code_text, words, published):
    """Through the pipeline's stages; with no catch left in the coder, any rule bug fails here."""
    text = " ".join(words)
    _, events = code_text(text, published=published)
    for e in events:
        for span in (e.source, e.target, e.trigger):
            if span is not None:
                assert text[span.start:span.end] == span.text


def test_empty_document(coder):
    assert coder.code(nlp.parse_one(""), []) == []
    assert coder.code(nlp.parse_one("   \n\n "), None) == []
