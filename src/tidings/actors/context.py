"""Country from context for generic actors ("the police", "the governor", "protesters", "the
ministry") that name no country themselves, as ICEWS-style coders read them:

1. *noun phrase*: a place inside the actor's own phrase ("the police in Kabul");
2. *clause*: a place where the actor's verb happens ("In Kabul, police arrested ...",
   "police arrested protesters in Kabul"): a locative place attached to the same verb;
3. *story*: the dateline's country ("KABUL, Afghanistan (AP) —"), else the story's dominant
   country when the story is about one country (see ``dominant``);
4. *same role*: in a story about several countries, the same role named with its own country a
   few sentences before ("the troops" after "the United States troops"); a state's legislature or
   armed forces under another word of the same sector ("the senate" after "the Argentine congress");

"The rebels" are the one armed group of that kind the story has named ("Houthi rebels"). A person we do
not know described by a country word in his own phrase ("US singer X") is of that country (``nationality``).

Anything else stays open (``---``): a wrong country is worse than none. ``why`` says which rule
gave the country. Pronouns and nominals that refer back to a generic actor follow it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace

from tidings.actors.ambiguity import CUES
from tidings.actors.codes import prefix_of
from tidings.actors.datelines import dateline_at, place_words
from tidings.actors.document import DocWords
from tidings.actors.lexicon import norm
from tidings.actors.mentions import HOSTILE_NOUNS, NOT_OWNER, POSTS_ABROAD, Mention
from tidings.actors.publishers import NATIONAL_BODIES, STATE_BODY_WORDS, STATE_ROLE_NAMES, Publisher, holder

# prepositions that place something where it happens (not motion: "fled to Austria" says
# nothing about who acted there)
WHERE = {"in", "at", "near", "outside", "inside", "within", "across", "throughout", "around"}
# prepositions of motion: where someone goes or comes from ("fled to Austria", "travel from China")
MOTION = {"from", "to", "into", "toward", "towards"}
PLACE_LABELS = {"COUNTRY", "CAPITAL", "CITY"}
DOER_DEPS = {"nsubj", "nsubjpass", "poss"}  # a place in these roles is an actor, not where things happen
# a story is about one country when that country has at least this share of its country words
# and this many of them (or is the only country it names)
DOMINANT_SHARE = 0.6
DOMINANT_MIN = 3
# a story is at least this many sentences: a lone sentence naming one country says nothing about
# the country of the other actors in it ("The US Ambassador visited the President of Senate")
STORY_MIN_SENTENCES = 3
# not a story's country: the Holy See stands for a worldwide church ("church authorities")
NOT_STORY_COUNTRIES = {"VAT"}
# determiners of a generic or outside actor: "a company", "no company", "our correspondent"
GENERIC_DETERMINERS = {"a", "an", "no", "any", "every", "each", "such", "certain", "some", "which", "whichever",
                       "what", "our", "my", "your"}
INDEFINITE = {"a", "an"}
# modifiers of an actor from elsewhere: "foreign security forces"
OUTSIDE_MODIFIERS = {"foreign", "international", "overseas", "outside", "external", "western", "global",
                     "multinational", "european", "african", "asian", "arab", "world"}
# sectors of a state's own institutions: named at the end of a longer name ("the Emergency Situations Ministry"),
# still its (not the police: "Thames Valley Police" of a story read as about the USA, "Defund the Police" a slogan,
# 3 of 13 wrong on Wikinews)
STATE_BODY_SECTORS = {"GOV", "JUD", "LEG"}
# "hundreds of people": a crowd the story counts
COUNTED = {"hundreds", "thousands", "millions", "dozens", "scores", "tens"}
OPEN_BY_MENTION = ": country open"  # what mention finding said of a titled person context now places
# sectors of armed groups outside the state: "the rebels" in a story that has named one such group
# are that group ("Houthi rebels ... the rebels are backed by Iran")
ARMED_GROUP_SECTORS = {"REB", "INS", "SEP", "UAF"}
AGGRESSION_WORDS = CUES["aggression_words"]
# a country's words that say it does an attack: its adjective or possessor ("Russian aggression", "Russia's
# invasion"), its doer ("Russia attacked", "fired at our cities by Russia")
AGGRESSOR_DEPS = {"amod", "poss", "compound", "nmod", "nsubj"}
TITLE_WHY = ", the one country its title names"
# a capitalised title and "of (the)" right before a body: "Head of the", "Deputy Director of"
TITLE_OF = re.compile(r"\b[A-Z][a-z]+ of (?:the )?$")
# how mentions.py's `why` says a role's country came from a place name in its own phrase
NAMED_PLACE_WHY = re.compile(r"(?:^|; )(?:country|capital|city) '")
# how many "of" a place may sit behind in an actor's phrase ("the Ministry of Economy of Ukraine")
PHRASE_DEPTH = 2
# roots of force (assault, fight, mass violence): a party we do not know is as often from abroad
FORCE_ROOTS = {"18", "19", "20"}
# how far back a role named with its country still says whose the same bare role is
SAME_ROLE_SENTENCES = 4
# "this country", "that state": the country named last before it (a visit's host: "a visit to Romania ... the
# Ministry of Foreign Affairs of this country")
THIS_COUNTRY = {"country", "state"}
DEMONSTRATIVES = {"this", "that"}
# sectors of a state's own bodies: whose the offices inside them are ("the Senate of the Czech Parliament")
BODY_OF_STATE = {"GOV", "LEG", "JUD", "MIL"}
# a state's one government, legislature or president, named once with its country in a story about several
# countries, is that country's when named bare (singular) anywhere later ("the Iranian government ... the
# government", "the Parliament of Iraq ... the Parliament's decision"), as long as the story names that body of no
# other country; not a plural ("authorities in the United Kingdom ... Authorities seized the site", of several
# countries in a joint case), nor other bodies ("the hospital in Omsk ... The hospital", the Berlin one by then)
STATE_BODY_STORY_SECTORS = {"GOV", "LEG"}
# a state's one legislature or armed forces, named bare (singular: "the senate", "the army") in a story about several
# countries, is that of the one country whose body of the same sector the story has named before, under any of its
# words ("the Argentine congress ... dismissed by the senate", "the Iranian military ... The army said", "the Air
# Force"), when no other country's legislature or armed forces (any mention of that sector: "US troops", "Senator X
# of Vermont") came before it. The one named is a role or a person with its country ("the Iranian military", "US
# Senator X"), not an organisation our dictionaries name, whose name may be any country's (Hungary's "Ministry of
# Defence" read as Britain's, Puerto Rico's "House of Representatives" as the US Congress: 8 of 14 wrong on Wikinews)
SAME_SECTOR_BODIES = {"LEG", "MIL"}
QUOTE_MARKS = {'"', "“", "”", "'", "‘"}


# titles that name a state's leaders: a president or foreign minister we do not know may be any
# country's, so they keep '---' unless a country word is attached (issue 15 item 3)
STATE_LEADER_CLASSES = {"head", "foreign", "defence"}
CONTEXT_MARK = "country from "  # how a `why` says a country came from context (as benchmarks/bench_context.py reads it)


def open_country(m: Mention) -> bool:
    """A generic actor whose country is open: a role with no name ("the police", "officials"), or
    a person we do not know under a title below the state's leaders ("Mayor Adamowicz", "police
    spokesman Jan Nowak")."""
    code = m.actor.code
    if not code or not code.startswith("---"):
        return False
    if m.actor.label == "NOMINAL":
        return True
    return m.actor.label == "PERSON" and m.actor.person is None and bool(m.role_class) and \
        m.role_class not in STATE_LEADER_CLASSES and "apposition" not in (m.actor.why or "")


# places that say whose a person is when they describe him: not cities ("Liverpool striker Mohamed Salah")
NATIONALITY_LABELS = {"COUNTRY", "DEMONYM"}
# how a country word hangs on the descriptor of a person ("US singer", "a Georgian tennis player")
DESCRIPTOR_DEPS = {"compound", "amod", "nmod", "poss"}
# what a person is "of" when it is where he comes from, not a body he serves ("Mike Lee of Utah")
PLACE_OF_ORIGIN = {"COUNTRY", "CITY", "CAPITAL", "REGION", "DEMONYM"}

ATTITUDE = (["pro", "-"], ["anti", "-"], ["pro-"], ["anti-"])  # "pro-Russian": not who they are


def _country(m: Mention, words: DocWords) -> str | None:
    """The country a mention names (not an international body, not a pronoun or back-reference,
    not an attitude: "pro-Russian separatists" are not Russia's)."""
    a = m.actor
    # a role counts with a place name of its own ("Hong Kong people", "the Hong Kong authorities"), not
    # with an adjective ("the Chinese community" in Melbourne) nor a country taken from an earlier
    # mention; a news outlet cited says where the news is read, not where it happens
    if not a.country or a.label in ("PRON", "MEDIA") or (a.why or "").startswith("coref") or \
            (a.label == "NOMINAL" and (m.antecedent is not None or not NAMED_PLACE_WHY.search(a.why or ""))):
        return None
    if a.code and prefix_of(a.code):
        return None
    t, end = words.tok(a.start), words.tok(a.end - 1) + 1
    if words.keys[max(0, t - 2):t] in ATTITUDE[:2] or words.keys[max(0, t - 1):t] in ATTITUDE[2:]:
        return None
    after = words.keys[end:end + 2]
    if after[:1] == ["-"] and after[1:] and after[1] in NOT_OWNER:
        return None  # "Russian-backed separatists", "the Luxembourg-based court"
    return a.country


class CountryContext:
    """Fills the country of generic actors from their phrase, clause, story or sentence."""

    def __init__(self, words: DocWords, mentions: list[Mention], publisher: Publisher | None = None,
                 officials=None, title_country: Callable[[], str | None] | None = None):
        self.w = words
        self.mentions = mentions
        self.publisher = publisher  # the head of state's press office whose page this is
        self.officials = officials
        self.title_country = title_country  # () -> the one country the story's headline names, or None
        self.by_token: dict[int, Mention] = {}
        for m in mentions:
            for t in range(self.w.tok(m.actor.start), self.w.tok(m.actor.end - 1) + 1):
                self.by_token[t] = m
        # the places of the Phoenix country file say where things happen, not whose story it is
        # ("Navalny fell ill in Omsk" in a story about what Germany says; "Alabama, Arkansas, ... and
        # Utah" in an international one)
        self.counts = Counter(c for m in mentions if not m.where_only and (c := _country(m, words)))
        if not self.counts:  # a story that names no place but its outlet ("officials told NDTV")
            self.counts = Counter(m.actor.country for m in mentions if m.actor.label == "MEDIA" and m.actor.country)
        # international bodies share the story too: a story about the European Court of Justice
        # and an Austrian case is not about Austria
        self.international = sum(1 for m in mentions if m.actor.code and prefix_of(m.actor.code)
                                 and m.actor.label not in ("PRON", "NOMINAL"))
        self.dateline_abroad = ""  # why a dateline's country is not the story's
        self.story, self.story_why = self._story()
        self.towns = self._towns()
        # roles that name their own country ("the U.S. Navy", "Japanese Navy"), before context fills others
        self.own_country = {id(m) for m in mentions if m.actor.label == "NOMINAL" and m.antecedent is None
                            and m.actor.country and m.actor.code and not m.actor.code.startswith("---")
                            and not prefix_of(m.actor.code)}

    # ------------------------------------------------------------------ the story
    def dateline(self) -> str | None:
        """The country of a wire dateline opening the text ("KABUL, Afghanistan (AP) —", actors.datelines)
        whose place and region words are all places our dictionaries know, of one country."""
        doc = self.w.doc
        first = next((t.i for t in doc if not t.is_space), None)
        if first is None:
            return None
        end = dateline_at(doc, first, place=lambda k: (m := self.by_token.get(k)) is not None
                          and m.actor.label in PLACE_LABELS)
        if end is None:
            return None
        # every word of its place and region one we know, of one country ("KABUL, Afghanistan"); not
        # "MANCHESTER, N.H." (the state no place we know: not Manchester in England)
        words = [self.by_token.get(k) for k in place_words(doc, first, end)]
        if not words or any(m is None or m.actor.label not in PLACE_LABELS for m in words):
            return None
        places = {m.actor.country for m in words if m.actor.country}
        return places.pop() if len(places) == 1 else None

    def dominant(self) -> tuple[str | None, int, int]:
        """(country, its count, all country words) when one country dominates the story."""
        total = sum(self.counts.values()) + self.international
        if not self.counts or len(self.w.sent_start) < STORY_MIN_SENTENCES:
            return None, 0, total
        top, n = self.counts.most_common(1)[0]
        if top in NOT_STORY_COUNTRIES:
            return None, n, total
        if (n >= DOMINANT_MIN and n / total >= DOMINANT_SHARE) or (len(self.counts) == 1 and not self.international):
            return top, n, total  # the only country a story names is the one it is about
        return None, n, total

    def _story(self) -> tuple[str | None, str]:
        line = self.dateline()
        if line:
            other, n = next(((c, k) for c, k in self.counts.most_common() if c != line), (None, 0))
            if n > self.counts[line] <= 1:
                # "MEXICO CITY (AFP) —" over a story about a US candidate: where the wire filed from is not what
                # the story is about when the text names that country nowhere but the dateline and another country
                # more (issue 15 item 4). (Any other country with more mentions, tried first, also opened a London
                # story of US-British relations: 2 right events fewer on audit set 17)
                self.dateline_abroad = f"dateline {line}, but {other} has more mentions ({n} to {self.counts[line]})"
                return None, ""
            return line, f"dateline -> {line}"
        top, n, total = self.dominant()
        if top:
            return top, f"story about {top} ({n} of {total} country words)"
        # (not on a press office's pages: "Telephone conversation with President of Syria …" names the guest)
        if self.title_country is not None and self.publisher is None and n and \
                len(self.w.sent_start) >= STORY_MIN_SENTENCES and \
                any(m.actor.code and m.actor.code.startswith("---") for m in self.mentions):
            # a story of several countries whose headline names one of them, the one it names most
            # ("Samoan government ends state of emergency", then Australia, Fiji, New Zealand helping)
            c = self.title_country()
            if c and self.counts[c] == n:
                return c, f"story about {c} ({n} of {total} country words){TITLE_WHY}"
        return None, ""

    # ------------------------------------------------------------------ one actor
    def _town_name(self, tok) -> str:
        words = [tok, *(c for c in tok.children if c.dep_ == "compound")]
        return " ".join(t.text for t in sorted(words, key=lambda t: t.i))

    def _towns(self) -> dict[str, str]:
        """{name: country} of the places we do not know that the story places once by a known one in apposition ("the
        border city of El Paso, Texas"): the same name is that town wherever else the story names it ("El Paso's
        police chief"). A name placed in two countries is left out."""
        found: dict[str, set[str]] = {}
        for tok in self.w.doc:
            if tok.pos_ != "PROPN" or ((x := self.by_token.get(tok.i)) is not None and x.actor.code):
                continue
            c = next((m.actor.country for k in tok.children if k.dep_ == "appos" and (m := self.by_token.get(k.i))
                      is not None and m.actor.label in PLACE_LABELS and m.actor.country), None)
            if c:
                found.setdefault(self._town_name(tok), set()).add(c)
        return {name: cs.pop() for name, cs in found.items() if len(cs) == 1}

    def _place_country(self, tok) -> str | None:
        """The country of a place mention headed by ``tok`` (Kabul, Afghanistan), or of a place we do not know
        followed by one we do ("Antioch, Illinois": the state in apposition to the town), there or elsewhere in the
        story (``_towns``)."""
        m = self.by_token.get(tok.i)
        if m is None and (c := self._this_country(tok)):
            return c
        if (m is None or not m.actor.code) and tok.pos_ == "PROPN":
            m = next((self.by_token.get(c.i) for c in tok.children if c.dep_ == "appos"), None)
            if m is None and self.towns:
                return self.towns.get(self._town_name(tok))
        if m is None or m.actor.label not in PLACE_LABELS:
            return None
        return m.actor.country

    def _body_country(self, tok) -> str | None:
        """The country of a state's body that ``tok`` heads, named with its own country word: "the Senate of the
        Czech Parliament", "a department of the Romanian Ministry of Defence" are that state's (a body is its
        state's; not an international one: "the head of the UN in Iraq", nor one placed by context or coreference)."""
        x = self.by_token.get(tok.i)
        if x is None or x.antecedent is not None or not x.actor.country or not x.actor.code or \
                prefix_of(x.actor.code) or not set(x.actor.sectors) & BODY_OF_STATE or \
                (x.actor.why or "").startswith("coref") or CONTEXT_MARK in (x.actor.why or ""):
            return None
        return x.actor.country

    def _this_country(self, tok) -> str | None:
        """"(the Ministry of Foreign Affairs) of this country" after "a visit to Romania": the country named last
        before it (``THIS_COUNTRY``), within the sentences a role's country is read back (``SAME_ROLE_SENTENCES``)."""
        if tok.lower_ not in THIS_COUNTRY or not any(c.dep_ == "det" and c.lower_ in DEMONSTRATIVES
                                                      for c in tok.children):
            return None
        for k in range(tok.i - 1, -1, -1):
            if self.w.sent_of[k] < self.w.sent_of[tok.i] - SAME_ROLE_SENTENCES:
                break
            x = self.by_token.get(k)
            if x is not None and x.actor.label == "COUNTRY" and x.actor.country:
                return x.actor.country
        return None

    def in_phrase(self, m: Mention) -> tuple[str | None, str]:
        """A place inside the actor's phrase: "the police in Kabul", "the governor of Kandahar", also at the
        end of a chain of "of" ("the Ministry of Economy of Ukraine")."""
        doc = self.w.doc
        for t in range(self.w.tok(m.actor.start), self.w.tok(m.actor.end - 1) + 1) if self.towns else ():
            for poss in doc[t].children:  # a town we know from the story owning it: "El Paso's police chief X"
                if poss.dep_ == "poss" and poss.pos_ == "PROPN" and not (
                        (x := self.by_token.get(poss.i)) is not None and x.actor.code):
                    town = self._town_name(poss)
                    c = self.towns.get(town)
                    if c:
                        return c, f"country from its phrase '{town}'s' (a town the story places) -> {c}"
        heads = [doc[m.head]]
        if heads[0].dep_ == "conj" and not any(c.dep_ in ("det", "poss") for c in heads[0].children):
            # "the Government and Parliament of this country": a bare second conjunct shares the first's determiner
            # and its "of"
            heads.append(heads[0].head)
        for _ in range(PHRASE_DEPTH):
            nested = []
            for head in heads:
                for prep in head.children:
                    if prep.dep_ != "prep" or norm(prep.text) not in WHERE | {"of"}:
                        continue
                    for obj in prep.children:
                        if obj.dep_ == "pobj":
                            c = self._place_country(obj) or (self._body_country(obj) if norm(prep.text) == "of"
                                                             else None)
                            if c:
                                return c, f"country from its phrase '{prep.text} {obj.text}' -> {c}"
                            if norm(prep.text) == "of" and self.by_token.get(obj.i, m) is m:
                                nested.append(obj)  # (its own words, not another actor: "the head of the UN in Iraq")
            heads = nested
        head = doc[m.head]
        if head.dep_ == "pobj" and norm(head.head.text) == "of" and head.head.head.pos_ in ("NOUN", "PROPN"):
            # "State Secretary of the Ministry of Foreign Affairs of this country": the parser hangs the last "of"
            # on the title the body is "of"; the place is the whole chain's
            for prep in head.head.head.children:
                if prep.dep_ == "prep" and prep.i > head.i and norm(prep.text) == "of":
                    for obj in prep.children:
                        c = self._place_country(obj) if obj.dep_ == "pobj" else None
                        if c:
                            return c, f"country from its phrase '{prep.text} {obj.text}' -> {c}"
        return None, ""

    def in_clause(self, m: Mention) -> tuple[str | None, str]:
        """A place where the actor's verb happens: "In Kabul, police arrested ..."."""
        head = self.w.doc[m.head]
        if head.dep_ not in ("nsubj", "nsubjpass", "dobj", "agent", "pobj"):
            return None, ""
        verb = head.head
        if head.dep_ == "pobj":  # "by police": the preposition's verb
            verb = verb.head if verb.dep_ in ("agent", "prep") else verb
        if verb.pos_ not in ("VERB", "AUX"):
            return None, ""
        found = set()
        words = []
        for prep in verb.children:
            if prep.dep_ != "prep" or norm(prep.text) not in WHERE:
                continue
            for obj in prep.children:
                c = self._place_country(obj) if obj.dep_ == "pobj" else None
                if c:
                    found.add(c)
                    words.append(f"{prep.text} {obj.text}")
        if len(found) == 1:
            c = found.pop()
            return c, f"country from its clause '{words[0]}' -> {c}"
        return None, ""

    def sentence_places(self, m: Mention) -> set[str]:
        """The countries of the places named in the mention's sentence as places, not as doers: "the
        rebels are backed by Iran", "Iran said" name an actor, not where the sentence happens; nor a place
        that names a thing ("after the Munich Security Conference", "the Minsk agreements")."""
        lo, hi = self.w.sentence_range(m.head)
        return {x.actor.country for t in range(lo, hi) if (x := self.by_token.get(t)) is not None
                and t == x.head and x.actor.label in PLACE_LABELS and x.actor.country and not self._doer(t)
                and not self._names_a_thing(t) and not self._motion(t)}

    def _motion(self, t: int) -> bool:
        """A place a motion starts from or goes to ("a ban on travel from China", "the man fled to Austria"): not
        where the sentence happens (see ``WHERE``)."""
        tok = self.w.doc[t]
        return tok.dep_ == "pobj" and norm(tok.head.text) in MOTION

    def _names_a_thing(self, t: int) -> bool:
        """A place word inside the longer name of something that is no actor: "the Munich Security Conference"
        (not "a U.S. vessel", whose country says whose it is, nor "United States District Judge X")."""
        tok = self.w.doc[t]
        if tok.dep_ != "compound" or tok.head.pos_ != "PROPN" or tok.head.i in self.by_token or not tok.ent_type_:
            return False
        ent = next((e for e in self.w.doc.ents if e.start <= t < e.end), None)
        return ent is not None and ent.start <= tok.head.i < ent.end

    def _doer(self, t: int) -> bool:
        tok = self.w.doc[t]
        return tok.dep_ in DOER_DEPS or (tok.dep_ == "pobj" and tok.head.dep_ == "agent")

    def same_role_earlier(self, m: Mention, roles: dict[str, dict[str, Mention]]) -> tuple[str | None, str]:
        """In a story about several countries, "the troops" a few sentences after "the United States
        troops": the role named shortly before with a country of its own, when all such mentions
        name one (the story's own country, when it has one, wins: "the government" of a story about
        Hong Kong is not "the Chinese government" named before it). A state's one government or legislature
        (``STATE_BODY_STORY_SECTORS``, singular) is so anywhere later in the story."""
        named = roles.get(m.title_word) if m.title_word and m.actor.label == "NOMINAL" else None
        if not named or len(named) != 1:
            return None, ""
        c, ante = next(iter(named.items()))
        # (not on a press office's pages: its own state's government needs no naming, "the British government"
        # thanked early on is not "the government" that agreed to buy fuel later)
        if m.sent - ante.sent > SAME_ROLE_SENTENCES and (m.plural or not m.actor.sectors or self.publisher is not None
                                                          or not set(m.actor.sectors) <= STATE_BODY_STORY_SECTORS):
            return None, ""
        return c, f"country from the same role earlier, '{ante.actor.text}' -> {c}"

    def state_body(self, m: Mention) -> str | None:
        """The sector of ``SAME_SECTOR_BODIES`` a bare singular body ("the senate", "the army") is of, else None."""
        a = m.actor
        if a.label != "NOMINAL" or m.is_person or m.title or m.plural or len(a.sectors) != 1 or \
                a.sectors[0] not in SAME_SECTOR_BODIES or m.antecedent is not None:
            return None
        return a.sectors[0]

    def same_sector_earlier(self, m: Mention) -> tuple[str | None, str]:
        """"dismissed by the senate" after "the Argentine congress": see ``SAME_SECTOR_BODIES``. Not on a press
        office's pages (its own state's bodies need no naming)."""
        sector = self.state_body(m)
        if sector is None or self.publisher is not None:
            return None, ""
        named = {}
        for x in self.mentions:
            a = x.actor
            if x.actor.start >= m.actor.start or sector not in a.sectors or not a.country or not a.code or \
                    a.code.startswith("---") or prefix_of(a.code) or a.label == "PRON" or x.antecedent is not None \
                    or (a.why or "").startswith("coref") or CONTEXT_MARK in (a.why or "") or x.where_only:
                continue
            named.setdefault(a.country, []).append(x)
        if len(named) != 1:
            return None, ""
        c, xs = next(iter(named.items()))
        x = next((x for x in reversed(xs) if x.actor.label in ("NOMINAL", "PERSON")), None)
        if x is None:
            return None, ""
        return c, f"country from the same state body earlier, '{x.actor.text}' -> {c}"

    def country_of(self, m: Mention, roles: dict[str, dict[str, Mention]] | None = None) -> tuple[str | None, str]:
        for rule in (self.in_phrase, self.in_clause):
            c, why = rule(m)
            if c:
                return c, why
        places = self.sentence_places(m)
        if self.story and (not places or self.story in places) and \
                not (self.story_why.endswith(TITLE_WHY) and m.actor.label == "PERSON"):
            # (a named official's country is his own, not the headline's: "Greek prime minister … and
            # energy minister Georgios Lakkotrypis" of Cyprus)
            return self.story, f"country from the {self.story_why}"
        if not self.story:  # a story about several countries ("the government" may be any of them)
            c, why = self.same_role_earlier(m, roles or {})
            if c:
                return c, why
            c, why = self.same_sector_earlier(m)
            if c:
                return c, why
        # the sentence is elsewhere ("hospitalized in Singapore ... died at Gleneagles Hospital"):
        # open, as in a story about several countries
        return None, ""

    def placed_one(self, m: Mention) -> bool:
        """"A resident of Antioch, Illinois", "a student in Kabul": one of a kind, indefinite, that its own phrase
        places (``in_phrase``) is of that place's country, not anyone at all; generic for no other reason than
        its "a"."""
        return self.generic(m, indefinite=True) is False and bool(self.in_phrase(m)[0])

    def generic(self, m: Mention, indefinite: bool = False) -> bool:
        """A word that is no actor of this story: an adjective read as a role ("not so firm"), a
        generic or outside one ("a company", "no company", "our correspondent", "foreign security
        forces"), part of a longer unknown name, a nickname, a stance. ``indefinite``: "a", "an" are
        no sign of a generic one (see ``placed_one``)."""
        doc = self.w.doc
        head = doc[m.head]
        if head.pos_ not in ("NOUN", "PROPN"):
            return True
        # (its name is the words before it: "the Green Party"; so is a state's institution's, which in a story
        # about one country is that country's: "the Emergency Situations Ministry", "the Superior
        # Court", not one from abroad: "the International Criminal Court")
        party = "PTY" in m.actor.sectors or self._named_institution(m)
        if head.ent_type_ and head.ent_type_ != "PERSON":
            ent = next((e for e in doc.ents if e.start <= head.i < e.end), None)
            if ent is not None and (ent.start_char < m.actor.start or ent.end_char > m.actor.end) and \
                    not self.in_phrase(m)[0] and not party:
                # part of a longer name we do not know: "the Parliamentarians for Global Action" (a name
                # that says its country is that country's body: "the Ministry of Economy of Ukraine"; a
                # party's name is one the story's country has: "the Libertarian Party")
                return True
        for t in range(self.w.tok(m.actor.start), self.w.tok(m.actor.end - 1) + 1):
            for c in doc[t].children:
                # "leader of the villainous faction The Dark Order", "Wikinews accredited reporter":
                # the actor belongs to an organisation we do not know, not to the story's country (not the
                # words of a party's own name: "Green Party presidential nominee Howie Hawkins", "Green" the
                # parser's compound or nmod of "Party")
                owner = [g for g in _phrase(c) if g.ent_type_ in ("ORG", "NORP", "FAC", "WORK_OF_ART")] \
                    if c.dep_ in ("prep", "compound", "nmod", "poss") and not (m.actor.start <= c.idx < m.actor.end) \
                    and not (party and c.dep_ in ("compound", "nmod")) else []
                if owner and not any((x := self.by_token.get(g.i)) is not None and x.actor.code for g in owner):
                    return True
        first, last = self.w.tok(m.actor.start), self.w.tok(m.actor.end - 1)
        if first > 0 and doc[first - 1].text in QUOTE_MARKS and last + 1 < len(doc) and \
                doc[last + 1].text in QUOTE_MARKS:
            return True  # a nickname: the "king of coal" (not a quote that opens with the actor)
        if head.lower_ == "opposition" and any(c.dep_ == "prep" and c.lower_ == "to" for c in head.children):
            return True  # a stance, not a party: "opposition to abortion"
        generic = GENERIC_DETERMINERS - INDEFINITE if indefinite else GENERIC_DETERMINERS
        return any(norm(c.text) in generic for c in head.children if c.dep_ in ("det", "poss")) or \
            any(c.dep_ in ("amod", "compound") and c.lower_ in OUTSIDE_MODIFIERS for c in head.children)  # "world leaders"

    def _named_institution(self, m: Mention) -> bool:
        """A body of a state's institutions (``STATE_BODY_SECTORS``) at the end of a longer name: "the Federal
        Aviation Administration", "the Court of Appeals"; not a title ("the Office of President") nor one whose
        name opens with a word of elsewhere ("the International Criminal Court", "European Court of Human Rights")."""
        a, doc = m.actor, self.w.doc
        if a.label != "NOMINAL" or m.is_person or m.title or not a.sectors or not set(a.sectors) <= STATE_BODY_SECTORS:
            return False
        ent = next((e for e in doc.ents if e.start <= m.head < e.end), None)
        return ent is not None and ent.label_ in ("ORG", "FAC") and \
            not any(t.lower_ in OUTSIDE_MODIFIERS for t in ent)

    def counted(self, m: Mention) -> bool:
        """"people" the story counts: "twenty people were arrested", "several thousand people
        rallied", "hundreds of people": a crowd of the story's, not people in general ("people tend
        to think", "many of the people that helped", "people like me")."""
        head = self.w.doc[m.head]
        if any(c.dep_ == "nummod" for c in head.children):
            return True
        return head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lower_ in COUNTED

    # ------------------------------------------------------------------ all of them
    @staticmethod
    def titled_surname(m: Mention, earlier: dict[str, Mention]) -> bool:
        """"Prime Minister Johnson" after "Boris Johnson": a title and a surname we do not know by
        itself take the earlier person's code. True when it did."""
        a = m.actor
        if a.label != "PERSON" or a.person is not None or len(m.name_tokens) != 1:
            return False
        ante = earlier.get(m.name_tokens[0])
        if ante is None or ante is m:
            return False
        a.code, a.country, a.sectors, a.name = ante.actor.code, ante.actor.country, list(ante.actor.sectors), \
            ante.actor.name
        a.why = (a.why or "") + f"; surname of '{ante.actor.text}' earlier -> {a.code}"
        return True

    def enemy(self, m: Mention) -> None:
        """"The invaders shelled Kharkiv": the country of the one foreign military the story names ("Russian
        troops"), foreign to the page's publisher or else to the story's own country; never that own country
        nor the place in its phrase ("the occupiers in Mariupol" are not Ukraine's). A story that names no
        foreign military may still name the one that attacks: "Russian aggression", "the war Russia started"
        (``attackers``); "the enemy" is then that country. Else left open."""
        a = m.actor
        own = self.publisher.country if self.publisher is not None else self.story
        foreign = {x.actor.country for x in self.mentions if x is not m and x.actor.country and x.actor.country != own
                   and "MIL" in x.actor.sectors and x.antecedent is None}
        how = "the one foreign military it names"
        if own is not None and not foreign:
            foreign, how = self.attackers(own), "the one foreign country it names as attacking"
        if own is None or len(foreign) != 1:
            a.why = (a.why or "") + "; a hostile noun: country left open (" + \
                ("no country of the story's own" if own is None else f"{len(foreign)} foreign militaries named") + ")"
            return
        c = foreign.pop()
        a.code, a.country = c + a.code[3:], c
        a.why = (a.why or "") + f"; a hostile noun in a story of {own}: {how} -> {c}"

    def attackers(self, own: str) -> set[str]:
        """The countries other than ``own`` the story names as doing an armed attack: a country word that is
        the adjective, possessor or subject of a word of attack ("Russian aggression", "Russia's invasion",
        "Russia attacked"), or the agent of one ("missiles fired at our cities by Russia")."""
        doc, out = self.w.doc, set()
        for x in self.mentions:
            c = x.actor.country
            if not c or c == own or x.actor.label not in ("COUNTRY", "DEMONYM", "CAPITAL") or x.antecedent is not None:
                continue
            tok = doc[x.head]
            head = tok.head
            if tok.dep_ == "pobj" and head.lower_ == "by" and head.dep_ == "agent":
                head = head.head  # "fired ... by Russia"
            elif tok.dep_ not in AGGRESSOR_DEPS:
                continue
            if head.i != tok.i and head.lemma_.lower() in AGGRESSION_WORDS:
                out.add(c)
        return out

    def named_group(self, m: Mention, groups: dict[str, Mention]) -> bool:
        """"the rebels" after "Houthi rebels": a definite plural armed group with no country of its
        own is the one such group the story has named before it (two or more: left to context).
        True when it took the group's code."""
        a = m.actor
        sector = a.code[3:]
        if a.label != "NOMINAL" or not m.plural or sector not in ARMED_GROUP_SECTORS:
            return False
        head = self.w.doc[m.head]
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            return False
        named = {code: g for code, g in groups.items() if sector in g.actor.sectors}
        if len(named) != 1:
            return False
        g = next(iter(named.values()))
        a.code, a.country, a.sectors, a.name = g.actor.code, g.actor.country, list(g.actor.sectors), g.actor.name
        a.why = (a.why or "") + f"; the one such group the story names: '{g.actor.text}' -> {a.code}"
        return True

    def publishing_office(self, m: Mention) -> bool:
        """"The President" on kremlin.ru: a bare title of the office whose page this is names its holder
        on the publication date. True when it did."""
        a, office = m.actor, self.publisher
        if office is None or a.label != "NOMINAL" or m.plural:
            return False
        if _bare(a.text) not in office.titles:
            return False  # the title alone ("the Deputy Head of the Office of the President" is another)
        a.code, a.country, a.sectors = office.country + a.code[3:], office.country, list(a.sectors)
        person = holder(self.officials, office, self.w.date) if self.officials is not None else None
        if person is not None:
            a.name, a.person = str(person.name), person
        before = (a.why or "").split("coref:")[0].rstrip("; ")  # the office wins over an earlier president
        a.why = before + f"; the office publishing the page ({office.domain}, publishers.tsv:{office.line})" + \
            (f": {a.name} on {self.w.date}" if person is not None else "")
        return True

    def office_aide(self, m: Mention) -> bool:
        """"Economic Adviser to the President Oleg Ustenko", "the Deputy Head of the Office of the President" on
        president.gov.ua: a title held under the office whose page this is, named bare ("to"/"of" the office's
        title, no country after it), is of the office's state, as the bare title itself is (``publishing_office``);
        the story's dominant country may be the enemy the adviser speaks of. True when so."""
        a, office = m.actor, self.publisher
        if office is None or m.plural or a.label not in ("PERSON", "NOMINAL") or a.person is not None or \
                not a.code or not a.code.startswith("---"):
            return False
        text = norm(a.text)
        if not any(re.search(rf"\b(?:to|of) the {re.escape(t)}\b(?! of\b)", text) for t in office.titles):
            return False
        a.code, a.country = office.country + a.code[3:], office.country
        a.why = (a.why or "").replace(OPEN_BY_MENTION, "") + \
            f"; under the office publishing the page ({office.domain}, publishers.tsv:{office.line}) -> {a.code}"
        return True

    def head_of_body(self, m: Mention, body: Mention | None) -> bool:
        """"Head of the Federal Customs Service Vladimir Bulavin" on kremlin.ru: an uncoded person named right
        after a title of a state body the page's office names bare is that body's (its code). True when so."""
        a = m.actor
        if body is None or a.code or a.label != "PERSON" or self.w.text[body.actor.end:a.start].strip():
            return False
        before = self.w.text[max(0, body.actor.start - 40):body.actor.start]
        if not TITLE_OF.search(before):
            return False
        a.code, a.country, a.sectors = body.actor.code, body.actor.country, list(body.actor.sectors)
        a.why = (a.why or "") + f"; named after the title of '{body.actor.text}' -> {a.code}"
        return True

    def national_body(self, m: Mention) -> bool:
        """"the Security Council" on kremlin.ru is Russia's, not the UN's (``NATIONAL_BODIES``)."""
        a, office = m.actor, self.publisher
        if office is None or a.label == "PERSON":
            return False
        body = _bare(a.text)
        before = self.w.text[max(0, a.start - 16):a.start].split()
        if body not in NATIONAL_BODIES:
            if a.code or a.label != "ORG" or not body.startswith(STATE_BODY_WORDS):
                return False
            sector = "GOV"  # "the Federal Taxation Service" on kremlin.ru
        elif before and before[-1].strip("'’s") in ("UN", "U.N.", "Nations"):
            return False  # "the UN Security Council", "the United Nations' Security Council"
        else:
            sector = NATIONAL_BODIES[body]
        a.code, a.country, a.sectors, a.name, a.label = office.country + sector, office.country, [sector], None, "NOMINAL"
        a.why = (a.why or "") + f"; a bare '{a.text}' on {office.domain}'s pages is its state's (publishers.py)"
        return True

    def own_state_leader(self, m: Mention) -> bool:
        """"Deputy Prime Minister Marat Khusnullin" on a kremlin.ru page about Russia: a leader we do not know,
        under a title of the state's leaders, on a press office's page whose story is its own state's, is that
        state's (elsewhere such a title may be any country's: ``open_country``)."""
        a = m.actor
        return self.publisher is not None and self.story == self.publisher.country and a.label == "PERSON" and \
            a.person is None and bool(a.code) and a.code.startswith("---") and m.role_class in STATE_LEADER_CLASSES \
            and "apposition" not in (a.why or "")

    def state_role_name(self, m: Mention) -> bool:
        """"the National Police" on president.gov.ua: an open role inside a longer name of a state body (opening
        with "National", "Federal", "State", "Ministry") that names no country is the page's state's. True
        when so."""
        a, office, doc = m.actor, self.publisher, self.w.doc
        if office is None or a.label != "NOMINAL" or m.antecedent is not None or not a.code.startswith("---"):
            return False
        ent = next((e for e in doc.ents if e.start <= m.head < e.end), None)
        if ent is None or (ent.start_char >= a.start and ent.end_char <= a.end) or \
                not _bare(ent.text).startswith(STATE_ROLE_NAMES) or self.in_phrase(m)[0] or \
                any((x := self.by_token.get(t)) is not None and x is not m and x.actor.country for t in range(ent.start, ent.end)):
            return False
        a.code, a.country = office.country + a.code[3:], office.country
        a.why = (a.why or "") + f"; in the name '{ent.text}' of a state body on {office.domain}'s pages: its state's"
        return True

    def fill(self) -> None:
        """Give every open generic actor its country (in reading order, so that a pronoun or
        nominal referring back to one follows it)."""
        earlier: dict[str, Mention] = {}  # last name -> the latest coded person with a full name
        groups: dict[str, Mention] = {}  # code -> the latest named armed group with that code
        roles: dict[str, dict[str, Mention]] = {}  # role word -> country -> the latest mention with its own country
        self.roles = roles
        body: Mention | None = None  # the last state body the page's office names bare ("the Federal … Service")
        for m in sorted(self.mentions, key=lambda m: m.actor.start):
            a = m.actor
            if id(m) in self.own_country and m.title_word:
                roles.setdefault(m.title_word, {})[a.country] = m
            if a.label == "PERSON" and len(m.name_tokens) > 1 and a.code and not a.code.startswith("---"):
                earlier[m.name_tokens[-1]] = m
            if a.label == "GROUP" and a.code and not a.code.startswith("---") and \
                    ARMED_GROUP_SECTORS & set(a.sectors):
                groups[a.code] = m
            # (on its own office's pages a bare "the President" is the holder even after another
            # president was named: kremlin.ru calls a guest "the President of Belarus" or by name)
            if self.national_body(m):
                body = m
                continue
            if self.head_of_body(m, body):
                continue
            if self.publishing_office(m) or not a.code or \
                    not a.code.startswith("---") or self.titled_surname(m, earlier) or self.office_aide(m):
                continue
            if m.antecedent is None and self.named_group(m, groups):
                continue
            ante = m.antecedent
            if ante is not None:
                if ante.actor.code and not ante.actor.code.startswith("---") and ante.actor.country \
                        and ante.actor.code[3:] == a.code[3:]:
                    a.code, a.country, a.sectors = ante.actor.code, ante.actor.country, list(ante.actor.sectors)
                    a.why = (a.why or "") + f"; {ante.actor.text} -> {a.country} from context"
                continue
            if m.title_word in HOSTILE_NOUNS or any(
                    c.dep_ in ("amod", "compound") and c.lemma_.lower() in HOSTILE_NOUNS
                    for c in self.w.doc[m.head].children):  # (and "enemy soldiers")
                self.enemy(m)
                continue
            if self.state_role_name(m):
                continue
            if m.title_word in POSTS_ABROAD:
                a.why = (a.why or "") + "; an embassy or consulate: not the country it sits in, country left open"
                continue
            if not (open_country(m) or self.own_state_leader(m)) or (self.generic(m) and not self.placed_one(m)):
                continue
            c, why = self.country_of(m, roles)
            if c:
                a.code = c + a.code[3:]
                a.country = c
                a.why = (a.why or "").replace(OPEN_BY_MENTION, "") + "; " + why
            else:
                reason = self.dateline_abroad or (
                    "several countries in the story" if len(self.counts) > 1 else "no country in the story")
                a.why = (a.why or "") + f"; country left open: {reason}"

    def nationality(self) -> None:
        """"Nikoloz Basilashvili, a Georgian tennis player", "US singer and lyricist Robert Hunter": a person we
        do not know, described in his own noun phrase by a country or its demonym, is of that country (a bare
        country code: the descriptor is no role; a title's sector is kept, "United States District Judge X"
        USAJUD). The descriptor is a noun of no other actor ("Tanzanian-born" says where one was born, see
        ``_described_by``); two countries leave it open. With no such descriptor, a full name followed by "of" a
        coded body or place is that body's or place's (``_member_of``: "Kristen Welker of NBC News"). Run after
        ``fill`` (pronouns of a titled person it left open follow here) and before ``same_person``, whose surnames
        and pronouns then follow."""
        placed: set[int] = set()
        for m in self.mentions:
            a = m.actor
            if a.label != "PERSON" or a.person is not None or not m.name_tokens or m.antecedent is not None or \
                    (a.code and not a.code.startswith("---")):
                continue
            found: dict[str, str] = {}
            for x in self.mentions:
                if x is m or x.actor.label not in NATIONALITY_LABELS or not x.actor.country or \
                        x.sent != m.sent or _country(x, self.w) is None:
                    continue
                if self._described_by(m, x):
                    found[x.actor.country] = x.actor.text
            if len(found) != 1:
                member = self._member_of(m) if len(m.name_tokens) > 1 else None  # a full name ("Dean of the House": a title)
                if member is not None:
                    # "Kristen Welker of NBC News", "Sheldon Yett of UNICEF": the body's; "Mike Lee of Utah": the place's
                    # country, bare
                    own = member.actor.label not in PLACE_OF_ORIGIN
                    a.code = member.actor.code if own else member.actor.country
                    a.country, a.sectors = member.actor.country, list(member.actor.sectors) if own else []
                    a.why = f"of '{member.actor.text}' -> {a.code}"
                    placed.add(id(m))
                continue
            c, word = next(iter(found.items()))
            a.code = c + (a.code[3:] if a.code else "")
            a.country = c
            a.sectors = list(a.sectors) if a.code != c else []
            kept = a.why if a.why and "no code" not in a.why else ""
            a.why = (kept.replace(OPEN_BY_MENTION, "") + "; " if kept else "") + \
                f"country from its description '{word}' -> {c}"
            placed.add(id(m))
        for m in sorted(self.mentions, key=lambda m: m.actor.start):  # "he", "his" of a titled one left open
            ante, a = m.antecedent, m.actor
            if ante is not None and id(ante) in placed and a.code and a.code.startswith("---") and \
                    a.code[3:] == ante.actor.code[3:]:
                a.code, a.country = ante.actor.code, ante.actor.country
                a.why = (a.why or "") + f"; {ante.actor.text} -> {a.code}"
                placed.add(id(m))

    def _member_of(self, m: Mention) -> Mention | None:
        """The coded body or place a person's name is followed by with "of" ("Lucy Fischer of The Times", "Steve
        Scalise of Louisiana"), the object of that "of" itself; None if there is none."""
        doc = self.w.doc
        for p in doc[m.head].children:
            if p.dep_ == "prep" and p.lower_ == "of" and p.i == self.w.tok(m.actor.end - 1) + 1:
                obj = next((c for c in p.children if c.dep_ == "pobj"), None)
                x = self.by_token.get(obj.i) if obj is not None else None
                if x is None or not x.actor.code or x.actor.code.startswith("---") or x.actor.label == "PERSON" or \
                        not (x.actor.country or x.actor.label == "IGO"):
                    continue
                lo, hi = self.w.tok(x.actor.start), self.w.tok(x.actor.end - 1)
                # the mention is the whole name, not a word of a longer one ("Doug Miller of Milltech Marine", "of
                # Reporters Without Borders")
                after = doc[hi + 1] if hi + 1 < len(doc) else None
                if lo == obj.left_edge.i and not any(c.dep_ == "prep" and c.i > hi for c in obj.children) and \
                        not (after is not None and after.text[:1].isupper() and not after.is_sent_start):
                    return x
        return None

    def _described_by(self, m: Mention, x: Mention) -> bool:
        """The place ``x`` modifies a descriptor of the person ``m``: a singular noun that belongs to no other
        mention, in apposition to the name ("Basilashvili, a Georgian tennis player") or with the name in
        apposition to it ("US singer and lyricist Robert Hunter"). Not a place inside a longer descriptor
        ("an Iraq War veteran"), nor one the person only owns ("Grauman's Egyptian Theatre"), nor a plural
        ("Ethiopians Dejene Debela", "US fursuiters")."""
        doc = self.w.doc
        lo, hi = self.w.tok(m.actor.start), self.w.tok(m.actor.end - 1) + 1
        place, head = doc[x.head], doc[m.head]
        if place.dep_ not in DESCRIPTOR_DEPS:
            return False
        d = place.head
        if lo <= d.i < hi:
            return True
        if d.pos_ not in ("NOUN", "PROPN") or d.tag_ in ("NNS", "NNPS") or d.i in self.by_token:
            return False
        return (d.dep_ == "appos" and d.head.i == head.i) or (head.dep_ in ("appos", "compound") and head.head.i == d.i)

    def same_person(self) -> None:
        """"Pedro Pierluisi ... former governor Pierluisi": a person we do not know, named without a
        title, is the person a titled mention of the same surname in this story is, and takes the
        code that mention got (from its title and the story, or an apposition), when every such
        mention names one country and the full names do not name two people ("David and Louise
        Turpin"). Pronouns and surnames that referred to the untitled mention follow it. Run after
        ``fill``."""
        people: dict[str, list[Mention]] = {}
        for m in self.mentions:
            if m.actor.label == "PERSON" and m.actor.person is None and m.name_tokens:
                people.setdefault(m.name_tokens[-1], []).append(m)
        placed: set[int] = set()
        for ms in people.values():
            coded = [m for m in ms if m.actor.code and not m.actor.code.startswith("---") and m.actor.country]
            unplaced = [m for m in ms if not m.actor.code]
            if not coded or not unplaced or len({m.actor.country for m in coded}) != 1 or \
                    len({m.name_tokens[0] for m in ms if len(m.name_tokens) > 1}) > 1:
                continue
            for m in unplaced:
                src = min(coded, key=lambda c: abs(c.actor.start - m.actor.start))
                a = m.actor
                a.code, a.country, a.sectors = src.actor.code, src.actor.country, list(src.actor.sectors)
                a.why = (a.why or "") + f"; the same person as '{src.actor.text}' (sent {src.sent}) -> {a.code}"
                placed.add(id(m))
        for m in sorted(self.mentions, key=lambda m: m.actor.start):
            ante = m.antecedent
            if ante is not None and id(ante) in placed and not m.actor.code:
                a = m.actor
                a.code, a.country, a.sectors = ante.actor.code, ante.actor.country, list(ante.actor.sectors)
                a.why = (a.why or "") + f"; {ante.actor.text} -> {a.code}"
                placed.add(id(m))

    def unknown_people(self) -> None:
        """A person we do not know, in a story about one country (its dateline or its dominant country, not
        only its headline's: "the Australian gunman" of a story titled after New Zealand), keeps the story's country aside (``Actor.story``) rather than taking it: a name
        alone may be anyone's (a photo credit, a foreign guest), and ``story_person`` gives it him only where
        he deals with a party of that country. So does an organisation we do not know by a name of its own ("Ford
        is cooperating with the government"). Run last."""
        if not self.story or self.story_why.endswith(TITLE_WHY):
            return
        surnames = set()
        for m in self.mentions:
            a = m.actor
            # (a titled one left open too, "Green Party nominee Howie Hawkins", but not a state's leader: a president
            # we do not know may be any country's)
            if a.label == "PERSON" and (not a.code or (a.code.startswith("---") and m.role_class not in
                                                       STATE_LEADER_CLASSES)) and a.person is None and m.name_tokens:
                a.story = self.story
                surnames |= {m.name_tokens[k:] for k in range(1, len(m.name_tokens))}
        for m in self.mentions:
            a = m.actor
            # "Gloria La Riva ... La Riva said": a surname the parser took for an organisation; and an organisation we
            # do not know by a name of its own ("Ford", "PG&E", "the Commission on Presidential Debates"), not a
            # common noun the parser took for one ("Reports said", "an Order")
            if a.label == "ORG" and not a.code and (tuple(a.text.split()) in surnames or self._proper_name(m)):
                a.story = self.story

    def _proper_name(self, m: Mention) -> bool:
        head = self.w.doc[m.head]
        return head.pos_ == "PROPN" and head.tag_ != "NNPS" and not any(
            norm(c.text) in GENERIC_DETERMINERS for c in head.children if c.dep_ in ("det", "poss"))

    def place_crowds(self, crowds: list[Mention]) -> list[Mention]:
        """"people", "the public" with no country word that context places: by a place in their
        own phrase, or, for a crowd the story counts, by its clause or the story's one country; the
        others are no actor (a crowd of no country is nobody's side). Run after ``fill``."""
        placed = []
        if len(self.w.sent_start) < STORY_MIN_SENTENCES:
            # a lone sentence is no story to read a crowd's country from (coding "people" there
            # cost the ConfliBERT check split 2 source / 1 target tokens)
            return placed
        for m in crowds:
            if self.generic(m):
                continue
            c, why = self.in_phrase(m)  # "the people of Melbourne", "people in Kabul"
            if not c and self.counted(m):
                c, why = self.country_of(m, self.roles)
            if c:
                a = m.actor
                a.code, a.country = c + a.code[3:], c
                a.why = (a.why or "") + "; " + why
                placed.append(m)
        return placed


CLAUSE_DEPS = {"relcl", "acl", "advcl", "ccomp", "xcomp"}


def story_person(side, other, root: str):
    """A person we do not know (``unknown_people``) who deals with a party of the story's own country is of
    that country, as a coder reading the story takes him ("Judge X sentenced Y", "Trump pardoned Y", "Y told
    the Senate" in a story about the United States): a bare country code, or the open title's sector with it
    ("Green Party nominee Howie Hawkins" ---PTY -> USAPTY). Not in acts of force
    (``FORCE_ROOTS``) nor with armed forces, whose other side is often from abroad ("Osama was killed by US
    special forces"). ``side`` and ``other`` are the event's arguments (``events.context.Arg``)."""
    if side is None or other is None or root in FORCE_ROOTS:
        return side
    a, o = side.actor, other.actor
    if (a.code and not a.code.startswith("---")) or not a.story or o.country != a.story or not o.code or \
            prefix_of(o.code) or "MIL" in (o.sectors or ()):
        return side
    who = "an organisation" if a.label == "ORG" else "a person"
    return replace(side, actor=replace(a, code=a.story + (a.code or "---")[3:], country=a.story, why=(
        (a.why + "; ") if a.why else "") + f"{who} we do not know dealing with {o.text} in the story about {a.story}"))


def _phrase(tok) -> list:
    """The tokens of ``tok``'s phrase without the clauses inside it: in "the leadership of the forces, which
    met at Boryspil International Airport" the airport is where they met, not whose they are."""
    out, todo = [], [tok]
    while todo:
        t = todo.pop()
        out.append(t)
        todo.extend(c for c in t.children if c.dep_ not in CLAUSE_DEPS)
    return out


def _bare(text: str) -> str:
    """A title or body as a press office writes it bare: lower case, without "the" or "Mr"."""
    words = norm(text).split()
    return " ".join(words[1:] if words[:1] in (["the"], ["mr"]) else words)
