import collections
from importlib import resources

import pytest
import yaml

from tidings.events import cameo, lexicon


def test_packaged_lexicon_covers_all_roots_with_valid_codes():
    lex = lexicon.load()
    codes = {p.code for pats in list(lex.verbs.values()) + list(lex.nouns.values()) for p in pats}
    assert all(cameo.is_code(c) for c in codes)
    assert {c[:2] for c in codes} == {f"{r:02d}" for r in range(1, 21)}
    assert len(lex.verbs) > 300 and len(lex.nouns) > 50


def test_pattern_syntax():
    lex = lexicon.from_dict({"verbs": {"046": ["hold talk|talks ~with +recip"], "175": ["crack_down ~on"]}})
    p = lex.verbs["hold"][0]
    assert p.objects == {"talk", "talks"} and p.preps == ("with",) and p.recip and not p.dobj
    q = lex.verbs["crack"][0]
    assert q.particle == "down" and q.preps == ("on",)


def test_frames_map_embedded_codes_by_longest_prefix():
    lex = lexicon.load()
    threaten = next(f for f in lex.frames if f.name == "threaten")
    assert threaten.code_for("163") == "1312"
    assert threaten.code_for("190") == "1384"
    assert threaten.code_for("042") == threaten.default


def test_unknown_code_in_user_lexicon_is_rejected():
    with pytest.raises(lexicon.LexiconError):
        lexicon.from_dict({"verbs": {"999": ["frobnicate"]}})


def test_a_pattern_may_name_a_list_of_the_file_and_an_unknown_one_is_rejected():
    lex = lexicon.from_dict({"verbs": {"072": ["send &weapons ~to"]}, "weapons": ["tank", "tanks"],
                             "other_senses": {"release": ["statement"]}})
    assert lex.verbs["send"][0].objects == {"tank", "tanks"}
    assert lex.other_senses == {"release": frozenset({"statement"})}
    with pytest.raises(lexicon.LexiconError, match="names no list 'arms'"):
        lexicon.from_dict({"verbs": {"072": ["send &arms ~to"]}})


def test_several_head_words_make_one_pattern_each():
    lex = lexicon.from_dict({"verbs": {"073": ["give|donate food ~to"]}})
    assert [(p.lemma, p.objects, p.preps) for w in ("give", "donate") for p in lex.verbs[w]] == [
        ("give", frozenset({"food"}), ("to",)), ("donate", frozenset({"food"}), ("to",))]


def test_a_pattern_mixes_words_and_named_lists():
    lex = lexicon.from_dict({"verbs": {"073": ["send aid|&relief ~to"]}, "relief": ["food", "tents"]})
    assert lex.verbs["send"][0].objects == frozenset({"aid", "food", "tents"})
    with pytest.raises(lexicon.LexiconError, match="names no list 'goods'"):
        lexicon.from_dict({"verbs": {"073": ["send aid|&goods ~to"]}})


def test_a_received_pattern_says_so():
    lex = lexicon.from_dict({"verbs": {"073": ["receive food ~from _ +received"]}})
    assert lex.verbs["receive"][0].received and not lexicon.from_dict(
        {"verbs": {"073": ["send food ~to"]}}).verbs["send"][0].received


def test_a_light_verb_may_need_its_party():
    lex = lexicon.from_dict({"verbs": {"190": ["launch operation ~against +party"]}})
    assert lex.verbs["launch"][0].needs_party and not lexicon.from_dict(
        {"verbs": {"190": ["launch operation ~against"]}}).verbs["launch"][0].needs_party


def test_nominalisations_name_their_verb():
    lex = lexicon.from_dict({"verbs": {"162": ["suspend aid ~to"]}, "nominalisations": {"suspension": "suspend"}})
    assert lex.nominalisations == {"suspension": "suspend"}


def test_the_lexicon_file_names_each_key_once():
    # YAML keeps the last of two equal keys silently: a second "083" entry once hid "accede ~to"
    repeated = []

    class Loader(yaml.SafeLoader):
        pass

    def mapping(loader, node, deep=False):
        keys = [loader.construct_object(k, deep=deep) for k, _ in node.value]
        repeated.extend(k for k, n in collections.Counter(keys).items() if n > 1)
        return yaml.SafeLoader.construct_mapping(loader, node, deep)

    Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping)
    yaml.load(resources.files("tidings.data.events").joinpath("lexicon.yaml").read_text(encoding="utf-8"), Loader=Loader)
    assert repeated == []
