"""Words that introduce speech or attributed thought, and the names of news outlets."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from tidings import vocab

# Verbs (lemmas) that attribute words or a stance to a speaker (data/vocab/speech_verbs.tsv). Broad on
# purpose: news attributes claims with many verbs, and a verb only counts when it governs a clause or
# sits next to a quote.
SPEECH_VERBS = frozenset(vocab.speech_verbs())

# Verbs that only attribute when they govern a clause ("X believes that …"), never next to a quote
# on their own: keeps "X showed" or "X continued" from taking a quote they merely sit next to.
CLAUSE_ONLY = frozenset(v for v, uses in vocab.speech_verbs().items() if "clause" in uses)
# Verbs that name their object with the quoted words ("called Trump “crazy”", "referred to Rubio as
# “a leader”"): a short quote they hold is the speaker's words about the object, not a title.
NAMING_VERBS = frozenset(v for v, uses in vocab.speech_verbs().items() if "name" in uses)

# Outlets credited with claims: the MEDIA rows of data/actors/orgs.tsv.
OUTLETS = vocab.outlets()

# Verbs whose direct object is the attributed content ("The company reported its smallest profit",
# "Pataki is endorsing John Kasich", "accused Clinton of …"): stances as well as speech.
OBJECT_VERBS = frozenset("""
report announce cite acknowledge criticize criticise blame accuse endorse support oppose want
see mention deny reject dismiss praise welcome condemn question propose recommend demand describe
highlight reveal confirm predict consider call urge promise pledge vow threaten defend slam blast
attack tout applaud back favor favour like love hate fear expect estimate forecast project claim
dispute challenge deplore decry denounce disclose admit concede recall remember emphasize stress
say ask offer
express voice mock chide bemoan assail rebuke rebut portray liken credit list outline detail
discuss reference quote recite articulate allude clarify remind prefer order congratulate
envision attribute invoke email disavow document distance
""".split())

# Verbs whose infinitive complement is the content ("urged Congress to act", "wants to win").
XCOMP_VERBS = frozenset("""
urge ask call want expect promise pledge vow threaten plan hope warn tell encourage demand
intend seek vote agree refuse decline offer propose
""".split())


@lru_cache(maxsize=1)
def speaker_nouns() -> frozenset[str]:
    """Common nouns that can head a speaker (``data/vocab/speaker_nouns.txt``)."""
    text = resources.files("tidings.data.vocab").joinpath("speaker_nouns.txt").read_text(encoding="utf-8")
    return frozenset(w.lower() for line in text.splitlines() for w in line.split("#", 1)[0].split())


@lru_cache(maxsize=1)
def stance_adjectives() -> frozenset[str]:
    """Adjectives that report a person's stance (``data/vocab/stance_adjectives.txt``)."""
    text = resources.files("tidings.data.vocab").joinpath("stance_adjectives.txt").read_text(encoding="utf-8")
    return frozenset(w.lower() for line in text.splitlines() for w in line.split("#", 1)[0].split())


@lru_cache(maxsize=1)
def claim_nouns() -> dict[str, frozenset[str]]:
    """{"claim": nouns carrying a that-clause of content, "document": documents that find things}
    (``data/vocab/claim_nouns.txt``)."""
    text = resources.files("tidings.data.vocab").joinpath("claim_nouns.txt").read_text(encoding="utf-8")
    out: dict[str, set[str]] = {}
    section = None
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line.startswith("[") and line.endswith("]"):
            section = out.setdefault(line[1:-1], set())
        elif line and section is not None:
            section.update(w.lower() for w in line.split())
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def prepositional_cues() -> dict[str, frozenset[str]]:
    """{verb lemma: prepositions whose object it attributes} (``data/vocab/prepositional_cues.txt``)."""
    text = resources.files("tidings.data.vocab").joinpath("prepositional_cues.txt").read_text(encoding="utf-8")
    out: dict[str, set[str]] = {}
    for line in text.splitlines():
        words = line.split("#", 1)[0].split()
        if len(words) == 2:
            out.setdefault(words[0].lower(), set()).add(words[1].lower())
    return {k: frozenset(v) for k, v in out.items()}


# Verbs by which a document credits a finding to itself ("the poll showed a slimmer lead").
FINDING_VERBS = frozenset("show find suggest indicate reveal conclude estimate predict project".split())
