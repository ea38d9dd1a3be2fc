"""The learned second opinion on event coding (tidings.learn): shipped, deterministic, switchable,
and changing only what its documentation says it changes."""

from __future__ import annotations

import hashlib
import json
import re
from importlib import resources

import numpy as np
import pytest
from click.testing import CliRunner

from tests.conftest import shared_path
from tidings import learn, nlp
from tidings.events import EventCoder, cameo
from tidings.events.gold import conflibert_class, read_penta, read_spans, score_penta, score_spans
from tidings.learn.features import sentence_features
from tidings.learn.model import MODEL_FILE, EventModel, _linked_actors
from tidings.settings import Settings

# the rules code a demand (100); the model reads an appeal (ConfliBERT class 0: asking for consular access) and recodes it
RECODED = "The British embassy asked the Iranian government for consular access to the detained journalist."  # 100; 020
TEXTS = [
    RECODED,
    "Russia attacked Ukraine on Monday.",
    "The foreign minister of France praised Germany for its aid to Greece and met the Italian envoy.",
    "Iran rejected the demands of the United States and threatened to close the strait.",
    "The Japanese minister saw the Chinese delegation at the airport.",
]


@pytest.fixture(scope="module")
def coders():
    return EventCoder.load(model=True), EventCoder.load(model=False)


@pytest.fixture(scope="module")
def resolver():
    from tidings.actors import ActorResolver

    return ActorResolver.load()


def _code(coder, resolver, text):
    doc = nlp.parse_one(text)
    return doc, coder.code_with_constructions(doc, resolver.find(doc, "2024-04-26"), published="2024-04-26")


def test_the_model_loads_from_the_installed_package_and_its_card_names_its_hash():
    model = EventModel.load()
    assert model.weights.shape == (len(model.index), 5) and model.bias.shape == (5,)
    assert 0.2 < model.threshold <= 1.01 and 0.2 < model.fill_threshold <= 1.01
    for cls, code in enumerate(model.default_codes):  # each class's default code is of that class
        assert cameo.is_code(code) and conflibert_class(code) == cls
    data = resources.files("tidings.data.model")
    digest = hashlib.sha256(data.joinpath(MODEL_FILE).read_bytes()).hexdigest()
    card = data.joinpath("MODEL_CARD.md").read_text(encoding="utf-8")
    assert digest in card, "MODEL_CARD.md must name the shipped file's SHA-256 (retrained without updating it?)"
    assert re.search(r"penta macro-F1.*0\.8\d", card)


def test_same_input_same_output(coders, resolver):
    on, _ = coders
    again = EventCoder(on.lexicon, on.user_verbs, on.builtin, None, EventModel.load())
    again.triggers = on.triggers
    for text in TEXTS:
        first = [e.to_dict() for e, _ in _code(on, resolver, text)[1]]
        second = [e.to_dict() for e, _ in _code(again, resolver, text)[1]]
        assert first == second


def test_the_model_changes_only_the_main_event_of_a_sentence(coders, resolver):
    on, off = coders
    model = EventModel.load()
    changed = 0
    for text in TEXTS:
        doc, with_model = _code(on, resolver, text)
        _, rules = _code(off, resolver, text)
        assert len(with_model) == len(rules)  # no fill: the shipped model adds no event
        diffs = [i for i, ((a, _), (b, _)) in enumerate(zip(with_model, rules)) if a.to_dict() != b.to_dict()]
        assert len(diffs) <= 1
        for i in diffs:
            ev, how = with_model[i]
            before = rules[i][0]
            changed += 1
            assert how[0] == "model"
            # same event mention: id, trigger, sides and evidence kept; only code and confidence move
            assert (ev.id, ev.trigger, ev.source, ev.target, ev.evidence) == \
                   (before.id, before.trigger, before.source, before.target, before.evidence)
            sent = nlp.sentences(doc)[ev.sentence]
            p = model.proba([sentence_features(sent, [pair for pair in rules if pair[0].sentence == ev.sentence])])[0]
            assert conflibert_class(ev.cameo) == int(np.argmax(p))
            assert ev.confidence == max(e.confidence for e, _ in with_model if e.sentence == ev.sentence)
    assert changed >= 1, "the model changed nothing on sentences where it disagrees with the rules"


def test_recoded_sentence(coders, resolver):
    on, off = coders
    assert [e.cameo for e, _ in _code(off, resolver, RECODED)[1]] == ["100"]
    assert [e.cameo for e, _ in _code(on, resolver, RECODED)[1]] == ["020"]


def test_settings_and_flags_turn_the_model_off(monkeypatch):
    from tidings.cli import main

    monkeypatch.setattr(learn, "ENABLED", learn.ENABLED)  # the CLI sets it for the process
    assert Settings.load({}).model is True
    assert Settings.load({"TIDINGS_MODEL": "0"}).model is False

    def events(args, env=None):
        result = CliRunner().invoke(main, ["code", *args, "-"], input=json.dumps({"id": "x", "text": RECODED}) + "\n",
                                    env=env or {})
        assert result.exit_code == 0, result.output
        return [e["cameo"] for e in json.loads(result.output.splitlines()[0])["events"]]

    assert events([], {"TIDINGS_MODEL": "1"}) == ["020"]
    assert events(["--no-model"], {"TIDINGS_MODEL": "1"}) == ["100"]
    assert events([], {"TIDINGS_MODEL": "0"}) == ["100"]


def test_with_the_model_off_or_abstaining_the_output_is_the_rules_byte_for_byte(coders, resolver):
    on, off = coders
    assert off.model is None and on.model is not None
    shipped = EventModel.load()
    abstaining = EventModel(list(shipped.index), shipped.weights, shipped.bias, 1.01, shipped.default_codes, 1.01)
    seam = EventCoder(on.lexicon, on.user_verbs, on.builtin, None, abstaining)
    seam.triggers = on.triggers  # the same rules, the same wide verbs
    for text in TEXTS:
        rules = json.dumps([(e.to_dict(), how) for e, how in _code(off, resolver, text)[1]])
        through_seam = json.dumps([(e.to_dict(), how) for e, how in _code(seam, resolver, text)[1]])
        assert through_seam == rules


def test_training_is_deterministic_and_refuses_the_check_split():
    from tidings.learn.train import fit, main as train_main

    rng = np.random.default_rng(0)
    x = (rng.random((40, 12)) > 0.6).astype(np.float32)
    y = np.arange(40) % 5
    w1, b1 = fit(x, y, 1e-4, steps=30)
    w2, b2 = fit(x, y, 1e-4, steps=30)
    assert np.array_equal(w1, w2) and np.array_equal(b1, b2)
    with pytest.raises(SystemExit, match="check"):
        train_main(["--gold", "cameo_class_check.tsv"])


@pytest.mark.gold
def test_check_split_model_on_beats_rules_and_spans_hold(resolver):
    base = ("gold", "events", "conflibert_train")
    penta = read_penta(shared_path(*base, "cameo_class_check.tsv"))
    spans = read_spans(shared_path(*base, "cameo_spans_check.txt"))
    on, off = EventCoder.load(model=True), EventCoder.load(model=False)
    p_on, p_off = score_penta(penta, on, resolver), score_penta(penta, off, resolver)
    assert p_on.extra["macro_f1"] >= 0.894  # measured 0.8954 (rules alone 0.8841, session 13); 0.8888 (rules alone 0.8774, session 12); 0.8638 (rules alone 0.8344, session 7); session 6: 0.8546; session 5: 0.8515, session 4: 0.845, session 3: 0.837
    # the model still adds to the rules; its margin shrank (0.029 -> 0.011) as the rules took over the
    # recodings it learned most ("expressed concern" 012, "welcomed" 051): not retrained in session 12; in session
    # 13 retraining on tune with that session's rules gave 0.8922 on check, under the shipped model's 0.8954: not kept
    assert p_on.extra["macro_f1"] >= p_off.extra["macro_f1"] + 0.01
    s_on, s_off = score_spans(spans, on, resolver), score_spans(spans, off, resolver)
    for side in ("source tokens", "target tokens"):  # measured 0.774 / 0.587 (rules 0.772 / 0.582)
        assert s_on.metrics[side].f1 >= s_off.metrics[side].f1
    # confidence reads as a chance of the class being right (top events against gold): measured
    # ECE 0.080 with the model, under-confident on this split (see MODEL_CARD.md, "Confidence")
    from tidings.events.gold import reliability

    rel = reliability(penta, on, resolver)
    assert rel["events"] >= 290 and rel["ece"] <= 0.10
    bins = [b for b in rel["bins"] if b["events"] >= 30]
    assert len(bins) >= 2 and bins[-1]["right"] > bins[0]["right"]  # surer events are right more often


def test_worker_processes_follow_the_callers_choice(monkeypatch):
    from tidings.model import RawDocument
    from tidings.pipeline import code_parallel

    def codes(enabled):
        monkeypatch.setattr(learn, "ENABLED", enabled)
        out = list(code_parallel([RawDocument(id="a", text=RECODED)], workers=2))
        return [e.cameo for e in out[0].events]

    assert codes(False) == ["100"]
    assert codes(True) == ["020"]


def test_fill_when_enabled_codes_the_verb_linking_two_actors_at_a_lower_confidence(coders, resolver):
    """Off in the shipped model (no negatives to learn silence from); a retrained ``--fill`` model
    adds one event where the rules found none: subject acts on object, on the verb linking them."""
    from tidings.learn.model import FILL_DISCOUNT

    on, off = coders
    text = "The Japanese minister saw the Chinese delegation at the airport."
    assert _code(off, resolver, text)[1] == []
    shipped = EventModel.load()
    filling = EventModel(list(shipped.index), shipped.weights, shipped.bias, shipped.threshold,
                         shipped.default_codes, 0.0)
    coder = EventCoder(on.lexicon, on.user_verbs, on.builtin, None, filling)
    coder.triggers = on.triggers
    doc, scored = _code(coder, resolver, text)
    assert len(scored) == 1
    ev, how = scored[0]
    assert how == ("model-fill", 2) and ev.trigger.text == "saw"
    assert "Japanese" in ev.source.text and "Chinese" in ev.target.text
    p = filling.proba([sentence_features(nlp.sentences(doc)[0], [])])[0]
    assert ev.cameo == shipped.default_codes[int(np.argmax(p))]
    assert ev.confidence == round(float(p.max()) * FILL_DISCOUNT, 3)
    # a place the act happened in is no party to it
    assert _code(coder, resolver, "Soldiers from Russia died in Syria.")[1] == []


def test_one_batch_per_document_gives_what_sentence_by_sentence_gives(coders, resolver):
    """The coder hands the model a whole document: the sentences it can read (the rules coded an
    event there; with the fill, two linked actors) go through in one batch, with the same result
    as one sentence at a time, and the model is not asked about the others."""
    from tidings.events.context import DocContext

    on, off = coders
    shipped = EventModel.load()
    filling = EventModel(list(shipped.index), shipped.weights, shipped.bias, shipped.threshold,
                         shipped.default_codes, 0.0)
    text = " ".join(TEXTS) + " The weather was fine. Officials said nothing."
    doc = nlp.parse_one(text)
    mentions = resolver.find(doc, "2024-04-26")
    ctx = DocContext(doc, mentions, [])
    coded = [(si, sent, [pair for pair in off.code_with_constructions(doc, mentions, published="2024-04-26")
                         if pair[0].sentence == si]) for si, sent in enumerate(ctx.sents)]
    assert any(not scored for _, _, scored in coded) and sum(1 for _, _, s in coded if s) >= 4
    for model in (shipped, filling):
        asked = []
        proba = model.proba
        model.proba = lambda feats: (asked.append(len(feats)), proba(feats))[1]
        try:
            batched = model.revise_document(ctx, coded, "2024-04-26", {}, "d")
            assert len(asked) == 1  # one call for the document
            readable = sum(1 for _, sent, s in coded if s) + (
                sum(1 for _, sent, s in coded if not s and _linked_actors(ctx, sent)) if model is filling else 0)
            assert asked == [readable]
            one_by_one = [(si, sent, model.revise(ctx, si, sent, scored, "2024-04-26", None, "d"))
                          for si, sent, scored in coded]
        finally:
            del model.proba
        assert [(si, [(e.to_dict(), how) for e, how in pairs]) for si, _, pairs in batched] == \
               [(si, [(e.to_dict(), how) for e, how in pairs]) for si, _, pairs in one_by_one]
    # the coder's own path is the batched one: same events as revising each sentence
    events = on.code_with_constructions(doc, mentions, published="2024-04-26")
    revised = [pair for si, sent, scored in coded
               for pair in shipped.revise(ctx, si, sent, scored, "2024-04-26", None, "")]
    assert [e.to_dict() for e, _ in events] == [e.to_dict() for e, _ in revised]


def test_a_recoded_event_carries_the_plover_type_of_its_new_code(coders, resolver):
    """PLOVER comes from the one CAMEO→PLOVER table (data/events/cameo.tsv) for the model's code too."""
    on, _ = coders
    for text in TEXTS:
        for ev, how in _code(on, resolver, text)[1]:
            info = cameo.describe(ev.cameo)
            assert (ev.root, ev.plover, ev.plover_mode, ev.quad_class) == \
                   (info.root, info.plover, info.plover_mode, info.quad_class), (text, ev.cameo, how)


def test_plover_type_of_a_gold_code_comes_from_the_cameo_table():
    from tidings.events.gold import _plover

    assert _plover("042") == cameo.describe("042").plover == "CONSULT"
    assert _plover("0879") == cameo.describe("087").plover  # a code the table lacks: its nearest parent
    assert _plover("010") is None and _plover("") is None  # statements have no PLOVER type


@pytest.mark.gold
def test_plover_type_on_the_petrarch_check_split():
    from tidings.events import gold

    rep = gold.evaluate(shared_path("gold", "events", "petrarch_unittest", "petr2_unittest_check.jsonl"))
    assert rep.metrics["PLOVER type"].f1 >= 0.78  # measured 0.805 (tune 0.836)
    assert rep.metrics["PLOVER type"].precision >= 0.95  # measured 1.0


def test_a_side_remark_keeps_its_words_sense(coders, resolver):
    # the model hears the sentence's attack; the visit in the relative clause stays a visit
    on, _ = coders
    text = "Wiranto, who was visiting the town of Pandeglang in the province of Banten, survived the attack."
    assert [e.cameo for e, _ in _code(on, resolver, text)[1]] == ["042"]
