"""The fast path (issue 8) against spaCy's stock pipeline, on the same texts in the same run."""

from __future__ import annotations

import pickle

import pytest

from tidings import nlp
from tidings.nlp.entities import may_name_actor

ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}  # the entity labels tidings reads

# every kind of rule in the model's attribute ruler: tag map, (TAG, LOWER) exceptions, DEP tests,
# two-token rules, regexes, whitespace tokens
ODD_TEXTS = [
    "I'm gonna tell y'all: there's nothing I ain't done. Let's go, c'mon! We gotta win.",
    "It was him, not me, that they'd seen; you could've asked her yourself.\n\n  She did it.",
    "Somethin' 'bout doin' it, ol' man, nothin' doin'. Ya'll 'em'll see 'nuff.",
    "But there are those who say that anyone can; these and that will be done once, then well.",
    "He gets what he got . . . and  \t it is what it is ,  isn't it?  Whether or not, because why.",
]


@pytest.fixture(scope="module")
def pipelines():
    return nlp.load(fast=False), nlp.load(fast=True)


def token_rows(doc):
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in doc]


def actor_entities(doc):
    return sorted((e.start, e.end, e.label_) for e in doc.ents if e.label_ in ACTOR_LABELS)


def test_fast_path_replaces_three_components(pipelines):
    stock, fast = pipelines
    assert fast.pipe_names == stock.pipe_names
    kinds = {name: type(c).__name__ for name, c in fast.pipeline}
    assert kinds["attribute_ruler"] == "RuleAttributes" and kinds["ner"] == "SentenceEntities"
    assert fast.get_pipe("lemmatizer").lemmatize != fast.get_pipe("lemmatizer").rule_lemmatize


def test_tokens_are_identical_to_the_stock_pipeline(pipelines, seed_text):
    stock, fast = pipelines
    texts = [seed_text, *ODD_TEXTS, "", "   ", "Hi."]
    for ours, theirs in zip(fast.pipe(texts), stock.pipe(texts)):
        assert token_rows(ours) == token_rows(theirs)


def test_seed_article_has_the_stock_entities(pipelines, seed_text):
    stock, fast = pipelines
    assert actor_entities(fast(seed_text)) == actor_entities(stock(seed_text))
    assert len(actor_entities(fast(seed_text))) > 40


def test_entities_outside_candidate_sentences_are_marked_outside(pipelines):
    _, fast = pipelines
    doc = fast("the talks were long and nothing was agreed. Russia and China met in Beijing.")
    first, second = nlp.sentences(doc)
    assert all(t.ent_iob_ == "O" for t in first)
    assert {e.text for e in doc.ents} >= {"Russia", "China", "Beijing"}


@pytest.mark.parametrize("text, expected", [
    ("the talks were long.", False),
    ("The talks were long.", False),  # a capitalised stop word starting the sentence
    ("In the end nothing was agreed.", False),
    ("Russia attacked.", True),
    ("The talks in Moscow were long.", True),
    ("US sanctions followed.", True),  # "us" is a stop word, "US" is not one
    ("It was said by part:\"All of them\".", True),  # a capital inside a token
    ("I think I agree with him.", False),  # the pronoun I names nobody
])
def test_which_sentences_may_name_an_actor(pipelines, text, expected):
    _, fast = pipelines
    assert may_name_actor(fast(text)[:]) is expected


def test_sentences_match_doc_sents_and_docs_still_pickle(pipelines, seed_text):
    _, fast = pipelines
    doc = fast(seed_text)
    assert [(s.start, s.end) for s in nlp.sentences(doc)] == [(s.start, s.end) for s in doc.sents]
    assert nlp.sentences(fast("")) == []
    copy = pickle.loads(pickle.dumps(doc))
    assert [s.text for s in nlp.sentences(copy)] == [s.text for s in doc.sents]
    assert doc.copy().to_bytes()


def test_stock_pipeline_can_be_chosen(monkeypatch, pipelines):
    stock, _ = pipelines
    monkeypatch.setattr(nlp, "FAST_PATH", False)
    assert nlp.load() is stock


@pytest.mark.parametrize("fast", [False, True])
def test_a_paragraph_starts_a_sentence(fast):
    # the parser alone runs the first paragraph into the second when it ends on an abbreviation
    text = ("He worked for Vice President Joseph R. Biden Jr.\n\n"
            "Mrs. Clinton often says she is not running for a third term.")
    doc = nlp.load(fast=fast)(text)
    starts = [s[0].text for s in nlp.sentences(doc)]
    assert starts == ["He", "Mrs."]
    says = next(t for t in doc if t.text == "says")
    assert [c.text for c in says.children if c.dep_ == "nsubj"] == ["Clinton"]


def test_a_hard_wrapped_line_goes_on_in_the_same_sentence(pipelines):
    _, fast = pipelines
    doc = fast("The minister said the talks\nwould resume on Monday in Geneva.")
    assert len(nlp.sentences(doc)) == 1
