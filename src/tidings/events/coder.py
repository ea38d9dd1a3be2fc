"""The event coder: CAMEO events from the dependency parse, with modality, date, place and evidence.

For every sentence the coder looks for triggers from the lexicon (verbs, light-verb constructions,
nominal events), takes the source from the subject (or the passive agent, the possessor of a
nominal event, or the subject of the clause that governs it) and the target from the role the
pattern names, resolves both to the actor mentions the actors stage found, and keeps an event
only when at least one side is an actor. Frames ("threatened to impose sanctions") turn an
embedded event into a code of their own. Nothing here imports spaCy: it reads Doc objects.

The seams: ``syntax`` (dependency helpers), ``context`` (per-document lookups), ``triggers``
(verbs, nouns, frames, user verbs, statements), ``arguments`` (subjects, objects, compound
actors), ``assembly`` (events, dates, ids) and ``calibration`` (confidence).
"""

from __future__ import annotations

from typing import Callable

from tidings.events import cameo
from tidings.events.assembly import events_of, remember_contact, the_two_parties
from tidings.events.candidate import Candidate
from tidings.events.context import DocContext
from tidings.events.lexicon import Lexicon, load as load_lexicon
from tidings.events.syntax import NAME_ENTS
from tidings.events.triggers import Triggers
from tidings.model import Actor, Attribution, Event


class EventCoder:
    """Codes CAMEO events in parsed documents. ``EventCoder.load()`` once, ``code(doc, …)`` per doc."""

    def __init__(self, lexicon: Lexicon, user_verbs=None, builtin: bool = True, wide_verbs=None,
                 model=None, event_filter=None):
        self.lexicon = lexicon
        self.model = model  # learn.model.EventModel: a second opinion on each sentence's main event
        # learn.event_filter.EventFilter: drops the events it takes for wrong; joins with the model
        self.event_filter = event_filter
        self.user_verbs = user_verbs  # PETRARCH-format dictionaries (events.petrarch), optional
        self.builtin = builtin        # False: code only with the user dictionaries
        # wide_verbs: the packaged PETRARCH-derived verbs (events.build_lexicon), kept only with
        # both sides actors
        self.triggers = Triggers(lexicon, user_verbs, wide_verbs)

    @classmethod
    def load(cls, verbs: list[str] | tuple = (), discards: list[str] | tuple = (),
             builtin: bool = True, model: bool | None = None) -> "EventCoder":
        """The coder with the packaged lexicon, plus PETRARCH-format verb dictionaries if given.

        ``builtin=False`` codes with the user dictionaries alone (to reproduce their codes).
        ``model`` (default: ``learn.ENABLED``) adds the learned second opinion; never with user
        dictionaries, whose codes it was not trained on.
        """
        cameo.table()
        user = None
        if verbs:
            from tidings.events import petrarch

            for i, path in enumerate(verbs):
                more = petrarch.read_verbs(path, discards[i] if i < len(discards) else None)
                if user is None:
                    user = more
                else:  # later dictionaries add blocks; the first defining a form wins
                    user.blocks += more.blocks
                    user.discards += more.discards
                    for form, blocks in more.by_form.items():
                        user.by_form.setdefault(form, []).extend(blocks)
        from tidings.events import petrarch

        from tidings import learn

        event_model = event_filter = None
        if (learn.ENABLED if model is None else model) and builtin and user is None:
            from tidings.learn.event_filter import EventFilter
            from tidings.learn.model import EventModel

            event_model, event_filter = EventModel.load(), EventFilter.load()
        return cls(load_lexicon(), user, builtin, petrarch.packaged_verbs() if builtin else None, event_model,
                   event_filter)

    # ------------------------------------------------------------------ public
    def code(self, doc, mentions: list[Actor] | None = None, published: str | None = None,
             attributions: list[Attribution] | None = None, doc_id: str = "",
             quotes: list | None = None, author: Callable[[], Actor | None] | None = None,
             home: str | None = None) -> list[Event]:
        """All events in ``doc``. ``mentions`` are the actors stage's resolved mentions; ``author()``
        gives the one the title says speaks in the first person (``actors.author``; asked only when
        an "I" or "we" needs it); ``home`` is the country of the state press office publishing the page
        (``actors.publishers``), whose own narrative says "our country"."""
        return [ev for ev, _ in self.code_with_constructions(doc, mentions, published, attributions,
                                                              doc_id, quotes, author, home)]

    def code_with_constructions(self, doc, mentions: list[Actor] | None = None, published: str | None = None,
                                attributions: list[Attribution] | None = None, doc_id: str = "",
                                quotes: list | None = None,
                                author: Callable[[], Actor | None] | None = None, home: str | None = None
                                ) -> list[tuple[Event, tuple[str, int]]]:
        """``code``, each event paired with its calibration key (``calibration.construction``)."""
        ctx = DocContext(doc, mentions or [], quotes or [], author, home)
        outlets = {}
        for a in attributions or []:
            if a.kind == "source" and a.sentence is not None:
                outlets.setdefault(a.sentence, a.outlet)
        events: list[tuple[Event, tuple[str, int]]] = []
        skip: set[int] = set()
        if self.user_verbs is not None and self.user_verbs.discards:
            for si, sent in enumerate(ctx.sents):
                s_off, story = self.user_verbs.discarded([t.lower_ for t in sent])
                if story:
                    return []  # a story-level discard (sports, weather): nothing here is political
                if s_off:
                    skip.add(si)
        # no catch here: an exception is a bug in the rules and must show (the pipeline keeps the
        # document's place with the error as its reason)
        coded = [(si, sent, self._code_sentence(ctx, si, sent, published, outlets.get(si), doc_id))
                 for si, sent in enumerate(ctx.sents) if si not in skip]
        if self.model is not None:  # the one place the model changes the rules' output: once a document, batched
            coded = self.model.revise_document(ctx, coded, published, outlets, doc_id)
            if self.event_filter is not None:
                coded = self.event_filter.drop(ctx, coded)
        for _si, _sent, pairs in coded:
            events.extend(pairs)
        return events

    # ------------------------------------------------------------------ sentence
    def _code_sentence(self, ctx, si, sent, published, outlet, doc_id):
        triggers = self.triggers
        cands: list[Candidate] = []
        user_done: set[int] = set()
        if self.user_verbs is not None:
            cands += triggers.user_verbs(ctx, sent, user_done)
        if not self.builtin:
            return self._emit(ctx, si, sent, cands, published, outlet, doc_id)
        for tok in sent:
            if tok.i in user_done or tok.ent_type_ in NAME_ENTS:
                continue  # "The Committee to Protect Journalists" names a group, it does not protect
            if tok.pos_ in ("VERB", "AUX"):
                c = triggers.verb(ctx, tok)
                if c:
                    cands.append(c)
        cands += triggers.wide_verbs(ctx, sent, user_done | {c.trigger.i for c in cands})
        # frames wrap the events of their complements
        by_trigger = {c.trigger.i: c for c in cands}
        for tok in sent:
            if tok.pos_ not in ("VERB", "AUX"):
                continue
            f = triggers.frame(ctx, tok, by_trigger)
            if f:
                cands = [c for c in cands if c.trigger.i not in f.consumed and c.trigger.i != tok.i]
                cands.append(f)
                by_trigger = {c.trigger.i: c for c in cands}
        consumed = set().union(*(c.consumed for c in cands)) if cands else set()
        for tok in sent:
            if tok.pos_ in ("NOUN", "PROPN") and tok.i not in consumed and tok.ent_type_ not in NAME_ENTS:
                c = triggers.noun(ctx, tok)
                if c:
                    cands.append(c)
                    consumed |= c.consumed  # ("the suspension of aid to Egypt": no aid of its own)
        cands.extend(triggers.statements(ctx, sent, cands))
        return self._emit(ctx, si, sent, cands, published, outlet, doc_id)

    def _emit(self, ctx, si, sent, cands, published, outlet, doc_id):
        events = []
        seen = set()
        for c in (one for cand in cands for one in the_two_parties(ctx, si, cand)):
            made = events_of(self.triggers, ctx, si, sent, c, published, outlet, doc_id)
            if made:
                remember_contact(ctx, si, c)
            for ev, how in made:
                key = (ev.cameo, ev.source and (ev.source.start, ev.source.code),
                       ev.target and (ev.target.start, ev.target.code), ev.trigger.start)
                if key not in seen:
                    seen.add(key)
                    events.append((ev, how))
        return events
