"""The CAMEO lexicon (``data/events/lexicon.yaml``) compiled into lookup tables.

See the YAML header for the pattern syntax. A pattern says which lemma triggers a code and which
dependency role carries the target, so the coder never takes "every object" as the target.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import yaml

from tidings import vocab
from tidings.errors import TidingsError
from tidings.events import cameo


class LexiconError(TidingsError, ValueError):
    pass


@dataclass(frozen=True)
class Pattern:
    code: str
    lemma: str                      # trigger lemma (verb or noun)
    particle: str | None = None     # "crack_down": particle or preposition attached to the verb
    objects: frozenset = frozenset()  # light verb: the direct object must be one of these lemmas;
    #                                   noun: a modifier must be ("military support")
    preps: tuple = ()               # prepositions whose object is the target
    dobj: bool = True               # the direct object may be the target
    optional: bool = False          # the event stands without a target
    recip: bool = False             # A met B → both directions
    dobj_named: bool = False        # "+dobj": the direct object is the party, never the particle's object
    needs_party: bool = False       # "+party": a light verb that is no event without its party
    kind: str = "verb"              # verb | noun
    text: str = ""
    object_party: bool = False      # "+object": the light object is the party ("train &armed": the trained)
    transitive: bool = False        # "+transitive": only with something done to ("returned the prisoners to")
    received: bool = False          # "+received": the subject gets it from the prepositions' object (PETRARCH's ":071")

    @property
    def specificity(self) -> int:
        return 2 * bool(self.objects) + bool(self.particle)


@dataclass(frozen=True)
class Frame:
    name: str
    lemmas: frozenset
    default: str
    mapping: dict = field(hash=False, compare=False, default_factory=dict)

    def code_for(self, embedded: str) -> str:
        """The frame's code for an embedded event code: longest matching prefix, else default."""
        for n in range(len(embedded), 1, -1):
            if embedded[:n] in self.mapping:
                return self.mapping[embedded[:n]]
        return self.default


def _parse(code: str, spec: str, kind: str, lists: dict | None = None) -> Pattern:
    words = spec.split()
    if not words:
        raise LexiconError(f"empty pattern for {code}")
    head, rest = words[0], words[1:]
    particle = None
    if "_" in head and kind == "verb":
        head, particle = head.split("_", 1)
    objects: set[str] = set()
    preps: tuple = ()
    dobj_extra = optional = recip = no_target = needs_party = object_party = transitive = received = False
    for w in rest:
        if w.startswith("~"):
            preps = tuple(p for p in w[1:].split("|") if p)
        elif w == "_":
            optional = True
        elif w == "+recip":
            recip = True
        elif w == "+dobj":
            dobj_extra = True
        elif w == "+party":
            needs_party = True
        elif w == "+object":
            object_party = dobj_extra = True
        elif w == "+transitive":
            transitive = True
        elif w == "+received":
            received = True
        elif w == "-target":
            no_target = True
        else:
            for o in w.split("|"):  # "aid|&relief": words and named lists mix
                if o.startswith("&"):
                    if not (lists or {}).get(o[1:]):
                        raise LexiconError(f"pattern {spec!r} for {code} names no list {o[1:]!r}")
                    objects.update(lists[o[1:]])
                else:
                    objects.add(o.replace("_", " "))
    # The direct object is the target unless the pattern names prepositions or a light object.
    dobj = not no_target and (dobj_extra or (not preps and not objects))
    return Pattern(code, head.lower(), particle, frozenset(objects), preps, dobj, optional or no_target,
                   recip, dobj_extra, needs_party, kind, spec, object_party=object_party, transitive=transitive,
                   received=received)


@dataclass
class Lexicon:
    verbs: dict[str, list[Pattern]]
    nouns: dict[str, list[Pattern]]
    frames: list[Frame]
    reporting: frozenset
    non_agents: frozenset = frozenset()  # doers that cannot act (storms, diseases, vehicles)
    abstractions: frozenset = frozenset()  # ideas that violence verbs attack only in words
    characterisations: dict = field(default_factory=dict)  # predicate word → 111 or 051
    harms: frozenset = frozenset()  # what one is blamed for ("was behind the attack")
    victim_verbs: frozenset = frozenset()  # "30,000 soldiers killed": a bare participle's subject is the victim
    other_senses: dict = field(default_factory=dict)  # verb lemma → objects that make it another sense
    weapons: frozenset = frozenset()  # the "&weapons" list: means one sends or uses, never the party
    performatives: frozenset = frozenset()  # acts done by saying them: "I want to thank you" thanks
    hazards: frozenset = frozenset()  # dangers no one is behind: fought or warned of, no one is attacked or threatened
    nominalisations: dict = field(default_factory=dict)  # noun → the verb whose light patterns it takes ("suspension")
    arrangements: frozenset = frozenset()  # what a "regime" of these is: rules in force, no government ("ceasefire regime")
    verbal_blows: frozenset = frozenset()  # violence verbs a politician aims at another only in words ("hit Sanders on guns")
    contest_verbs: frozenset = frozenset()  # fighting verbs election rivals do by running ("battled in Ohio")
    contestants: frozenset = frozenset()  # who runs in an election ("the candidates", "the front-runner")
    contest_wins: frozenset = frozenset()  # verbs of winning: at the polls when an election is near ("beat Trump by 10 points")
    arenas: frozenset = frozenset()  # what an election is run in or won by ("primary", "poll", "points", "campaign trail")


def _index(section: dict, kind: str, lists: dict) -> dict[str, list[Pattern]]:
    index: dict[str, list[Pattern]] = {}
    for code, specs in (section or {}).items():
        code = str(code)
        if not cameo.is_code(code):
            raise LexiconError(f"lexicon names unknown CAMEO code {code!r}")
        for spec in specs:
            head, _, rest = spec.partition(" ")
            for one in head.split("|"):  # "give|donate supplies ~to": one pattern per head word
                p = _parse(code, f"{one} {rest}".strip(), kind, lists)
                index.setdefault(p.lemma, []).append(p)
    for pats in index.values():
        pats.sort(key=lambda p: -p.specificity)  # stable: among equals, file order decides
    return index


def from_dict(data: dict) -> Lexicon:
    frames = []
    for name, f in (data.get("frames") or {}).items():
        for c in [f["default"], *f.get("map", {}).values()]:
            if not cameo.is_code(str(c)):
                raise LexiconError(f"frame {name} names unknown CAMEO code {c!r}")
        frames.append(Frame(name, frozenset(f["lemmas"]), str(f["default"]),
                            {str(k): str(v) for k, v in f.get("map", {}).items()}))
    return Lexicon(_index(data.get("verbs"), "verb", data), _index(data.get("nouns"), "noun", data), frames,
                   frozenset(data.get("reporting") or vocab.reporting_verbs()),
                   frozenset(data.get("non_agents") or []), frozenset(data.get("abstractions") or []),
                   {word: str(code) for code, words in (data.get("characterisations") or {}).items()
                    for word in words},
                   frozenset(data.get("harms") or []), frozenset(data.get("victim_verbs") or []),
                   # (a list may name another by its anchor inside it: "fire: [*officials, [attack, …]]")
                   {verb: frozenset(w for word in words for w in (word if isinstance(word, list) else [word]))
                    for verb, words in (data.get("other_senses") or {}).items()},
                   frozenset(data.get("weapons") or []), frozenset(data.get("performatives") or []),
                   frozenset(data.get("hazards") or []), dict(data.get("nominalisations") or {}),
                   frozenset(data.get("arrangements") or []), frozenset(data.get("verbal_blows") or []),
                   frozenset((data.get("contests") or {}).get("verbs") or []),
                   frozenset((data.get("contests") or {}).get("contestants") or []),
                   frozenset((data.get("contests") or {}).get("wins") or []),
                   frozenset((data.get("contests") or {}).get("arenas") or []))


@lru_cache(maxsize=1)
def load() -> Lexicon:
    text = resources.files("tidings.data.events").joinpath("lexicon.yaml").read_text(encoding="utf-8")
    # libyaml's safe loader where built (same tables, 35 ms less start-up); the pure-Python one otherwise
    return from_dict(yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)))
