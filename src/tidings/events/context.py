"""Per-document lookups of the event coder: sentences, token → actor mention, argument phrases."""

from __future__ import annotations

import bisect
from importlib import resources
from dataclasses import replace

from tidings import dates, nlp, vocab
from tidings.actors.codes import prefix_of
from tidings.actors.context import HOSTILE_NOUNS
from tidings.actors.mentions import (HOMELAND_CIVILIANS, HOMELAND_DEFENDERS, HOMELAND_NOUNS, HOMELAND_PLACES,
                                     POSTS_ABROAD)
from tidings.actors.coreference import PRONOUNS, first_person, in_quote, pronoun_antecedent, turn_at
from tidings.events.candidate import Arg
from tidings.events.location import PLACE_PREPS, locate
from tidings.events.syntax import PHRASE_STOP, QUANTITIES, VENUE_PREPS, of_head, phrase
from tidings.model import Actor

# heads that can name someone who acts even when no actor code resolves ("the troops", "protesters")
AGENT_NOUNS = frozenset(line.strip() for line in resources.files("tidings.data.events").joinpath(
    "agent_nouns.txt").read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#"))
# prepositions behind which a thing names whom it is aimed at or where it is ("talks with X",
# "a ceasefire in X", "aid to X", "the extradition of X"); not "by" or "from" (the doer or the
# origin: "an offer from the government" is the government's, kept whole as a possessor's is)
PARTY_PREPS = {"in", "to", "with", "on", "against", "for", "about", "over", "at", "into", "inside", "across", "of"}
ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP", "COUNTRY", "IGO", "SECTOR", "NORP", "FAC"}
# things named after the city where they were made or held: "the Minsk agreements" are no party of Minsk's
NAMED_AFTER_VENUE = {"agreement", "agreements", "accord", "accords", "treaty", "protocol", "protocols", "format",
                     "process", "declaration", "memorandum", "convention", "charter", "communique", "talks", "summit"}
# words of talking and meeting: an act in their topic ("talks on strengthening sanctions on
# Russia", "a meeting on assistance to Ukraine") is what was discussed, not something done; a city
# where they are held is their venue, no party ("agreed to a meeting in Athens", "to meet again on Crete")
TALK = {"talk", "talks", "discuss", "discussion", "discussions", "meeting", "meet", "conversation",
        "call", "speak", "negotiation", "negotiations", "negotiate", "consultation", "consultations",
        "dialogue", "debate", "conference", "summit", "session", "briefing", "exchange", "focus",
        "brief", "inform", "update"}  # "briefed Johnson on the negotiations with Russia"
# nouns of a relation to someone: their possessor is the one related, not the doer ("Russia's partners
# decided", "our partners' suspension" are the partners' acts, whoever they are)
RELATION_NOUNS = {"partner", "ally", "neighbour", "neighbor", "supplier", "counterpart", "interlocutor", "customer",
                  "creditor", "friend", "rival", "competitor"}
# what the speaker's "our" makes his country's: the country ("our state"; not "our countries", more than his), its
# land ("our cities"), its people ("our people") and its defenders ("our defenders"), by sector (data/actors/cues.tsv)
HOMELAND_SECTORS = {**{w: "" for w in HOMELAND_PLACES}, **{w: "CVL" for w in HOMELAND_CIVILIANS},
                    **{w: "MIL" for w in HOMELAND_DEFENDERS}}
CITY_LABELS = {"CITY", "CAPITAL"}  # (a country named so is a party: "the Iran deal")
# nouns of a topic: who the topic is about is no party of what is done to the topic ("the key question on
# the United States' plans was ignored" ignores no one)
TOPIC_NOUNS = {"question", "questions", "issue", "issues", "matter", "matters", "topic", "topics", "subject"}
TOPIC_OF = {"on", "about", "of", "over", "regarding", "concerning"}
# nouns of a place: a country reached through one inside a topic or a thing is where the topic or the thing
# is, not a party ("said he will not approve a budget for a wall along the border with Mexico" says nothing
# to Mexico); the place noun itself keeps its party when it is what is acted on ("closed its border with
# Mexico", "massed troops on the border with Ukraine")
PLACE_NOUNS = {"border", "borders", "frontier", "frontiers", "coast", "coasts", "coastline", "shore", "shores",
               "boundary", "boundaries", "borderline", "territory", "territories", "waters"}
# words of a contact between two (a call, a meeting, talks): a readout names it once, with its two parties ("Putin had
# a telephone conversation with Macron"), and then writes "the leaders", "the parties" for them (``talk_contact``);
# TALK's words of discussing or briefing name no contact of their own
CONTACT_WORDS = TALK - {"discuss", "discussion", "discussions", "debate", "focus", "brief", "inform", "update",
                        "briefing", "exchange", "session", "dialogue"}
# the place nouns two countries share: a country named as their adjective or possessor is one side of where
# something is ("a wall along the Mexican border", "Iran's threat along the Syrian border"), not the party
# that a country's own land is ("a ceasefire in all Libyan territories")
SHARED_PLACES = {"border", "borders", "frontier", "frontiers", "boundary", "boundaries", "borderline"}


class DocContext:
    """Per-document lookups: sentences, token → mention, argument phrases (a pronoun the actors
    stage left unresolved is asked of it again, with the quotes: ``pronoun_antecedent``)."""

    def __init__(self, doc, mentions: list[Actor], quotes: list, author=None, home: str | None = None):
        self.doc = doc
        self.author = author  # () -> who the title says speaks in the first person (actors.author), or None
        self.home = home  # the country of the state press office publishing the page (actors.publishers), or None
        self.text = nlp.text(doc)
        self.sents = nlp.sentences(doc)
        self._sent_starts = [s.start for s in self.sents]
        self.mentions = sorted(mentions, key=lambda m: (m.start, -m.end))
        self.quotes = quotes
        self.tok_mention: dict[int, Actor] = {}
        if self.mentions:
            for m in self.mentions:
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is None:
                    continue
                for t in span:
                    # the longest mention wins over a nested one ("US Secretary of State Antony Blinken")
                    cur = self.tok_mention.get(t.i)
                    if cur is None or (m.end - m.start) > (cur.end - cur.start):
                        self.tok_mention[t.i] = m
        self._args: dict[int, Arg] = {}
        self.contact: tuple | None = None  # (sentence, source, target) of the last two-party contact
        # sentence-level facts, computed once per sentence however many triggers it holds
        # (recomputing them per event made long sentences quadratic)
        self._places: dict[int, dict | None] = {}
        self._times: dict[tuple, list] = {}
        self._named_kinds: dict[int, dict[str, int]] = {}

    def first_named(self, kinds) -> dict[str, int]:
        """{name: where it first follows a word of ``kinds`` as its compound} ("Typhoon Phanfone": the
        storm's name, told later alone), computed once per document."""
        if id(kinds) not in self._named_kinds:
            first: dict[str, int] = {}
            for c in self.doc:
                if c.dep_ == "compound" and c.lemma_.lower() in kinds:
                    first[c.head.text] = min(first.get(c.head.text, c.head.i), c.head.i)
            self._named_kinds[id(kinds)] = first
        return self._named_kinds[id(kinds)]

    def place(self, sent) -> dict | None:
        if sent.start not in self._places:
            self._places[sent.start] = locate(sent)
        return self._places[sent.start]

    def times(self, sent, published, future: bool) -> list:
        key = (sent.start, published, future)
        if key not in self._times:
            self._times[key] = dates.expressions(sent.text, published, future=future)
        return self._times[key]

    def sent_index(self, tok) -> int:
        """Index of the token's sentence (``Token.sent`` rescans the document on every call)."""
        return bisect.bisect_right(self._sent_starts, tok.i) - 1

    def sent_of(self, tok):
        return self.sents[self.sent_index(tok)]

    def mention_at(self, i: int) -> Actor | None:
        return self.tok_mention.get(i)

    def is_actor_token(self, tok) -> bool:
        m = self.tok_mention.get(tok.i)
        return bool(m and m.code) or tok.ent_type_ in ("GPE", "NORP")

    def head_acts(self, tok) -> bool:
        """The phrase's head itself names someone who can act ("the police", "Austria"), not a
        thing that only mentions one ("Austria's participation")."""
        return self.tok_mention.get(tok.i) is not None or tok.ent_type_ in ACTOR_LABELS or self._agent_noun(tok)

    def _agent_noun(self, tok) -> bool:
        """``tok`` is a noun that names who acts; a side is someone's only when it is not the side of
        a thing ("the Ukrainian side", but "the side of the tunnel")."""
        if tok.lemma_.lower() not in AGENT_NOUNS and tok.lower_ not in AGENT_NOUNS:
            return False
        return tok.lemma_.lower() != "side" or not any(
            p.dep_ == "prep" and p.lower_ == "of" and not any(self.is_actor_token(g) or g.lower_ in PRONOUNS
                                                            for g in p.children if g.dep_ == "pobj")
            for p in tok.children)

    def speaker_at(self, tok) -> Actor | None:
        """Who says the words at ``tok`` in the first person (``first_person``)."""
        return first_person(tok, self.mentions, self.tok_mention, self.sent_of(tok), self.quotes, self.author)

    def arg(self, i: int) -> Arg:
        if i in self._args:
            return self._args[i]
        tok = self.doc[i]
        start, end = phrase(tok)
        inner = of_head(tok) if tok.lower_ in QUANTITIES and i not in self.tok_mention else tok
        if inner is not tok and inner.lower_ in PRONOUNS:
            # "congratulate all of you", "each of them said": a part of the ones a pronoun stands for is theirs
            whole = self.arg(inner.i)
            if whole.resolved:
                s_char, e_char = self.doc[start:end].start_char, self.doc[start:end].end_char
                a = Arg(replace(whole.actor, text=self.text[s_char:e_char], start=s_char, end=e_char,
                                why=f"{whole.actor.why}; '{tok.text} of {inner.text}'"), i, True, True)
                self._args[i] = a
                return a
        m = self._head_mention(tok)
        end = self._without_whereabouts(tok, m, start, end)
        text_span = self.doc[start:end]
        actorlike = (bool(m) or tok.ent_type_ in ACTOR_LABELS or self._agent_noun(tok)
                     or any(t.ent_type_ in ACTOR_LABELS for t in text_span))
        # (an interrogative "who" stands for no one yet: "to ascertain who is to blame")
        if tok.lower_ in PRONOUNS and m is None and not (
                tok.tag_ in ("WP", "WDT") and not any(a.dep_ == "relcl" for a in tok.ancestors)):
            ante = pronoun_antecedent(tok, self.mentions, self.tok_mention, self.sent_of(tok), self.quotes,
                                      self.author)
            sayer = _sayer_of(tok)
            said = self.arg(sayer.i) if sayer is not None else None
            if said is not None and said.actorlike and (
                    ante is None or ante.code == said.actor.code):
                # "the federation said it is skeptical", "Russia said it would respond": the one who says it
                a = Arg(replace(said.actor, why=f"pronoun → {said.actor.text} (who says it)"), i, True, said.resolved)
                self._args[i] = a
                return a
            if ante is not None:
                actor = replace(ante, text=tok.text, start=tok.idx, end=tok.idx + len(tok.text),
                                why=f"pronoun → {ante.text}")
                a = Arg(actor, i, True, bool(ante.code))
                self._args[i] = a
                return a
        if m is not None:
            # the phrase carries the mention's code; keep the mention's own span if it is wider
            s_char = min(text_span.start_char, m.start)
            e_char = max(text_span.end_char, m.end)
            actor = replace(m, text=self.text[s_char:e_char], start=s_char, end=e_char)
            if m.person is not None and self.tok_mention.get(tok.i) is not m:
                # "the Deputy Head of the Office of the President": the president's side, not the president
                actor = replace(actor, name=None, person=None)
            if m.code and not m.country and m.code.startswith("---"):
                actor = self._with_country(tok, actor)
            if actor.code and actor.code.startswith("---"):
                actor = self._speakers_own(tok, actor)
        else:
            actor = Actor(text=text_span.text, start=text_span.start_char, end=text_span.end_char,
                          label=tok.ent_type_ or None)
            sector = homeland_sector(inner)  # (and "each of our defenders")
            if sector is not None:
                own = self._speakers_own(inner, replace(actor, code="---" + sector))
                if own.country:
                    # "the readiness of our state to provide assistance", "fired at our cities": the speaker's own
                    # country (its civilians, its military)
                    a = Arg(replace(own, code=own.country + sector, label="NOMINAL" if sector else "COUNTRY",
                                    sectors=[sector] if sector else []), i, True, True)
                    self._args[i] = a
                    return a
        a = Arg(actor, i, actorlike, bool(m and m.code))
        self._args[i] = a
        return a

    def _without_whereabouts(self, tok, m, start: int, end: int) -> int:
        """Where one person is is not who he is: "summoned the Chinese ambassador in Berlin", "will
        meet Donald Trump in Washington" name the envoy and the president, and the place closing the
        phrase is where they serve or meet. (A group, a post or a thing keeps its place: "demonstrators
        in Yerevan", "the Iraqi embassy in Kabul", "a military base in Borno state" are those in it.)"""
        one_person = tok.ent_type_ == "PERSON" or (m is not None and self.tok_mention.get(tok.i) is m and (
            m.label == "PERSON" or (m.label == "NOMINAL" and tok.tag_ == "NN" and tok.lemma_.lower() not in POSTS_ABROAD)))
        if not one_person:
            return end
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in PLACE_PREPS and c.i > tok.i and c.right_edge.i + 1 >= end and any(
                    g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC", "FAC") for g in c.children):
                return c.i
        return end

    def _with_country(self, tok, actor: Actor) -> Actor:
        """A sector without a country takes the country its phrase names: "soldiers from Gondor"
        (---MIL + GON → GONMIL), "activists in Arnor". (Not an international body's code: "the
        NATO-led force in Afghanistan" stays NATO's, not "AFGIGONAT"; nor the place hostile forces or a
        state's post abroad are in: "the occupiers in Mariupol", "the embassy in Brazil" are not theirs.)"""
        if tok.lemma_.lower() in HOSTILE_NOUNS | POSTS_ABROAD:
            return actor
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("from", "in", "of"):
                for g in c.children:
                    m = self.tok_mention.get(g.i) if g.dep_ == "pobj" else None
                    if m is not None and m.country:
                        code = m.country + (actor.code or "").lstrip("-")
                        end = max(actor.end, g.right_edge.idx + len(g.right_edge.text))
                        return replace(actor, code=code, country=m.country, end=end,
                                       text=self.text[actor.start:end],
                                       sectors=list(actor.sectors), why=f"{actor.why or ''} + {m.text}".strip())
        return actor

    def _speakers_own(self, tok, actor: Actor) -> Actor:
        """"Our citizens, police and reporters have been injured," Lam said: a role its speaker owns
        ("our", "my") is the speaker's country's, once the quotes say who speaks (the actors stage
        leaves "our" open: it does not know the speaker)."""
        own = [c for c in tok.children if c.dep_ == "poss" and c.lower_ in ("our", "my")]
        if not own and tok.dep_ == "conj":  # "Our citizens, police and reporters"
            first = tok
            while first.dep_ == "conj":
                first = first.head
            own = [c for c in first.children if c.dep_ == "poss" and c.lower_ in ("our", "my")]
        if not own:
            return actor
        speaker = pronoun_antecedent(own[0], self.mentions, self.tok_mention, self.sent_of(tok), self.quotes,
                                     self.author)
        if speaker is None and own[0].lower_ == "our" and self.home and not in_quote(own[0], self.quotes) and \
                turn_at(own[0], self.mentions) is None:
            # "The Polish delegation arrived in our country" in a release of Ukraine's presidential office, which
            # names no speaker: the office's own "our" is its state's
            return replace(actor, code=self.home + actor.code[3:], country=self.home, sectors=list(actor.sectors),
                           why=f"{actor.why or ''}; 'our' on the pages of a press office of {self.home}")
        if speaker is None or not speaker.country or not speaker.code or prefix_of(speaker.code):
            return actor
        return replace(actor, code=speaker.country + actor.code[3:], country=speaker.country,
                       sectors=list(actor.sectors), why=f"{actor.why or ''}; '{own[0].text}' -> {speaker.text}")

    def anchor(self, tok):
        """The head token of the coded mention an argument phrase resolves to, if not the head."""
        m = self._head_mention(tok)
        if m is None or self.tok_mention.get(tok.i) is m:
            return None
        toks = [t for t in tok.subtree if self.tok_mention.get(t.i) is m]
        if not toks:
            return None
        ids = {t.i for t in toks}
        return next((t for t in toks if t.head.i not in ids), toks[-1])

    def party_in_thing(self, arg: Arg) -> Arg:
        """The party a thing is aimed at or placed at, when the argument's head is a thing and its
        code comes from a phrase behind one of its prepositions: "a ceasefire in eastern Ukraine"
        → "eastern Ukraine", "the extradition of the former president" → "the former president". A
        possessor or a modifier of the head keeps the whole phrase ("the Afghan government's
        efforts", "an Afghan army base"), and so does a head that acts ("troops from Iraq"). Only
        the span narrows; the code is the argument's own."""
        tok = self.doc[arg.token]
        m = self._head_mention(tok)
        if m is None or not m.code or self.tok_mention.get(tok.i) is m or self.head_acts(tok):
            return arg
        cur = self.anchor(tok)
        while cur is not None and cur.i != tok.i:
            if cur.dep_ == "pobj" and cur.head.dep_ == "prep":
                if cur.head.lower_ in PARTY_PREPS:
                    break
                return arg
            cur = cur.head if cur.head.i != cur.i else None
        else:
            return arg
        start, end = phrase(cur)
        span = self.doc[start:end]
        s_char, e_char = min(span.start_char, m.start), max(span.end_char, m.end)
        if s_char <= arg.actor.start and e_char >= arg.actor.end:
            return arg
        return replace(arg, actor=replace(arg.actor, text=self.text[s_char:e_char], start=s_char, end=e_char,
                                          sectors=list(arg.actor.sectors)))


    def _head_mention(self, tok) -> Actor | None:
        """The mention at the head, else the nearest coded mention inside its phrase (breadth first)."""
        m = self.tok_mention.get(tok.i)
        if m is not None and m.code:
            return m
        queue = [c for c in tok.children if (c.dep_ not in PHRASE_STOP or c.dep_ == "prep")
                 and not (c.dep_ == "compound" and tok.lower_ in NAMED_AFTER_VENUE and self._city(c))
                 and not _related_possessor(c)
                 and not (c.dep_ == "prep" and tok.lemma_.lower() in TOPIC_NOUNS and c.lower_ in TOPIC_OF)
                 and not self.venue_city(c)]
        queue += [a for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN" for a in c.children if a.dep_ == "agent"]
        depth = 0
        placed = not self.head_acts(tok)  # (people are the country's of the place they serve at)
        while queue and depth < 4:
            nxt = []
            for c in queue:
                m = self.tok_mention.get(c.i)
                if m is not None and m.code and c.dep_ not in ("relcl", "acl") and not (
                        placed and through_a_place(c, tok)):
                    return m
                nxt += [g for g in c.children if g.dep_ not in ("relcl", "acl", "appos", "ccomp", "advcl")
                        and not _related_possessor(g)]
            # "the proposal sent by Israel" is Israel's proposal: the participle's agent owns the thing
            nxt += [p for c in queue if c.dep_ == "agent" and c.head.dep_ == "acl" and c.head.tag_ == "VBN"
                    for p in c.children if p.dep_ == "pobj"]
            queue, depth = nxt, depth + 1
        return self.tok_mention.get(tok.i)

    def talk_contact(self, si: int, before: int, reach: int) -> tuple | None:
        """The nearest contact the text names with two parties or more in sentences ``si - reach`` to ``si`` (in ``si``
        itself only before token ``before``, the pair noun): (its sentence, its parties, one per country or body, in
        the order named; None for one no code names), or None. A contact is a word of contact (``_contact_word``) and
        its parties are who has it or does it and with or between whom ("Zelenskyy had a telephone talk with President
        of Azerbaijan Ilham Aliyev", "During their telephone conversation, Putin and Berdimuhamedov exchanged
        greetings"), not whoever else the sentence names ("on the sidelines of the UN conference"): readouts name the
        call once, then write "the two presidents", "the parties" for its two. One that names a single party is the
        same contact told again or one whose other side the text leaves implied ("During a meeting with X, ways to
        strengthen cooperation were discussed", "recent talks with the Prime Minister of Denmark"): no contact here;
        nor is a pronoun no one resolves a party ("This is what our President spoke about during the conversation").
        (Found in the text for the contacts that coded no event of their own; the caller leaves "the parties" open
        unless there are exactly two, both coded: "met Aliyev and Pashinyan" names three.)"""
        for j in range(si, max(-1, si - reach - 1), -1):
            for tok in reversed([t for t in self.sents[j] if (j < si or t.i < before) and _contact_word(t)]):
                parties: dict[str, Arg | None] = {}
                for t in _contact_parties(tok):
                    if j == si and t.i >= before:
                        continue  # the pair itself: "In follow-up to their previous conversation, the leaders …"
                    a = self.arg(t.i)
                    if a.resolved and a.actor.code and not a.actor.code.startswith("---"):
                        parties.setdefault(party_key(a.actor.code), a)
                    elif t.pos_ != "PRON":
                        parties[f"?{t.i}"] = None  # a party no code names
                if len(parties) > 1:
                    return (j, *parties.values())
        return None

    def venue_city(self, prep) -> bool:
        """``prep`` on a word of talk or meeting puts it in a city: "a meeting in Athens", "meet again on Crete"."""
        return prep.dep_ == "prep" and prep.lower_ in VENUE_PREPS | {"on"} and prep.head.lemma_.lower() in TALK and \
            any(g.dep_ == "pobj" and self._city(g) for g in prep.children)

    def _city(self, tok) -> bool:
        m = self.tok_mention.get(tok.i)
        return m is not None and m.label in CITY_LABELS

    def other_party(self, trigger, sources: list[Arg], before: bool = True) -> Arg | None:
        """The nearest coded actor of a country none of the ``sources`` is from, in this sentence then
        (``before``) the one before ("Europe, the United States and Japan are planning to launch": a
        co-doer is no addressee)."""
        own = {s.actor.country for s in sources}
        doers = {x.i for s in sources for x in (self.doc[s.token], *self.doc[s.token].conjuncts)}
        idx = self.sent_index(trigger)
        sent = self.sents[idx]
        for s in (sent, self.sents[idx - 1] if idx > 0 and before else None):
            if s is None:
                continue
            # (never the news outlet the story cites: "… told TASS. The governor promised …")
            cands = [t for t in s if t.i not in doers and (m := self.tok_mention.get(t.i)) is not None and m.code
                     and m.country and m.country not in own and "MED" not in (m.sectors or ())
                     and not through_a_place(t, s.root)  # ("vowed to build a wall along the border with Mexico")
                     # (nor a city where someone spoke or arrived: "arrived at the Munich Conference. He called
                     # on partners to …" calls on no one in Munich)
                     and not (m.label in CITY_LABELS and in_venue(t, s.root)) and not self.venue_city(t.head)
                     # (nor a city that names a thing: "refused to implement the Minsk agreements")
                     and not (m.label in CITY_LABELS and t.dep_ == "compound" and t.head.pos_ == "NOUN"
                              and self.tok_mention.get(t.head.i) is None)]
            if cands:
                best = min(cands, key=lambda t: abs(t.i - trigger.i))
                return self.arg(best.i)
        return None


THIRD_PERSON_SUBJECTS = {"it", "they", "he", "she"}


def homeland_sector(tok) -> str | None:
    """The sector a speaker's "our" before ``tok`` would make his country's ("" the country itself), or None
    when ``tok`` is no noun of a country, its land, people or defenders (``HOMELAND_SECTORS``)."""
    lemma = tok.lemma_.lower()
    if lemma in HOMELAND_NOUNS:
        return "" if tok.tag_ != "NNS" else None  # ("our countries" are more than the speaker's)
    return HOMELAND_SECTORS.get(lemma)


def _sayer_of(tok):
    """The subject of the saying verb whose clause the pronoun is the subject of ("X said it would")."""
    if tok.lower_ not in THIRD_PERSON_SUBJECTS or tok.dep_ != "nsubj":  # ("it was destroyed": a thing)
        return None
    clause = tok.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in vocab.reporting_verbs():
        return None
    subj = [c for c in clause.head.children if c.dep_ == "nsubj" and c.lower_ not in PRONOUNS]
    if not subj or (tok.lower_ == "it" and subj[0].tag_ == "NNS"):
        return None  # "Officials said it killed nine people": "it" is not the officials
    return subj[0]


def _contact_word(tok) -> bool:
    """``tok`` names a contact with someone: a word of contact with "with" or "between" ("a telephone talk with",
    "talks between"), a "their" ("their telephone conversation") or, a verb, an object ("met Macron"), unless it is
    a topic."""
    if tok.lemma_.lower() not in CONTACT_WORDS or tok.pos_ not in ("NOUN", "VERB"):
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ in TOPIC_OF:
        # what is talked about: "provided an update on the talks between Russian and Ukrainian representatives"
        return False
    return any((c.dep_ == "prep" and c.lower_ in ("with", "between")) or (c.dep_ == "poss" and c.lower_ == "their")
               or (tok.pos_ == "VERB" and c.dep_ == "dobj") for c in tok.children)


def party_key(code: str) -> str:
    """Which party of a contact a code is: its country, or for an international body the body ("IGOEEC", "IGONAT")."""
    return code[:6] if code.startswith("IGO") else code[:3]


def _contact_parties(tok) -> list:
    """The heads of who has the contact ``tok`` and with or between whom, in text order: the pobj of its "with" or
    "between", a verb's subject and object, or for a noun the subject of the verb it is had or held by or is the
    circumstance of ("had a conversation with", "During their conversation, Putin and Aliyev exchanged")."""
    heads = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("with", "between")
             for g in c.children if g.dep_ == "pobj"]
    verb, path = tok, {tok.i}
    while verb.pos_ != "VERB" and verb.dep_ in ("dobj", "pobj", "prep", "compound", "nsubj") and verb.head.i != verb.i:
        verb = verb.head
        path.add(verb.i)
    if verb.pos_ == "VERB":
        # (the object of a verb the contact noun hangs on is what they do: "exchanged greetings"; the contact itself
        # is no party: "The talks between Putin and Macron lasted an hour")
        heads += [c for c in verb.children
                  if c.i not in path and (c.dep_ == "nsubj" or (c.dep_ == "dobj" and verb is tok))]
        heads += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" and c.i > tok.i
                  for g in c.children if g.dep_ == "pobj"]  # ("held talks in Kyiv with")
    return sorted({x.i: x for h in heads for x in (h, *h.conjuncts)}.values(), key=lambda x: x.i)


def in_venue(tok, clause) -> bool:
    """``tok`` sits in a phrase of where something happens ("in the French territory") inside ``clause``."""
    cur = tok
    while cur.i != clause.i and cur.head.i != cur.i:
        if cur.dep_ == "pobj" and cur.head.lower_ in VENUE_PREPS:
            return True
        cur = cur.head
    return False


def through_a_place(tok, top) -> bool:
    """``tok`` is reached from ``top`` only through the preposition of a place noun below ``top`` that
    says where something is ("a wall along the border with Mexico": Mexico is where the wall is), or is the
    adjective or possessor of a shared place noun there ("along the Mexican border"); a place
    that is the thing itself keeps its country ("the defenders of the state border of Ukraine", "the
    territory of Ukraine is large")."""
    cur = tok
    while cur.i != top.i and cur.head.i != cur.i:
        if cur.dep_ == "prep" and (place := _place_of_prep(cur)) is not None and place.i != top.i and \
                place.dep_ == "pobj" and place.head.lower_ != "of":
            return True
        if cur.dep_ in ("amod", "compound", "poss", "nmod") and cur.head.lemma_.lower() in SHARED_PLACES and \
                cur.head.i != top.i and cur.head.dep_ == "pobj" and cur.head.head.lower_ != "of":
            return True  # "a wall along the Mexican border"
        cur = cur.head
    return False


def _place_of_prep(prep):
    """The place noun ``prep`` hangs on: its head, or the place noun right before it when the parser hung
    it higher ("a wall along the border with Mexico" parsed as "a wall … with Mexico", "build … with Chile")."""
    if prep.head.lemma_.lower() in PLACE_NOUNS:
        return prep.head
    for sib in prep.head.children:
        if sib.i < prep.i:
            for g in sib.subtree:
                if g.dep_ == "pobj" and g.lemma_.lower() in PLACE_NOUNS and g.right_edge.i + 1 == prep.i:
                    return g
    return None


def _related_possessor(tok) -> bool:
    """``tok`` owns a relation noun ("Russia's partners", "the car industry's suppliers"): the one related."""
    return tok.dep_ == "poss" and tok.head.lemma_.lower() in RELATION_NOUNS
