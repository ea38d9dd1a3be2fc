"""In-document coreference, in reading order: surnames ("Blinken"), definite nominals ("the top
American diplomat", "Mr President") and pronouns (he/she with gender, they, its) take the code and
name of an earlier mention; ``why`` keeps the chain. The one owner of the question "whom does this
word refer back to" (the event coder asks it here)."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Callable

from tidings.actors.document import DocWords
from tidings.actors.mentions import AIDE_TITLES, Mention
from tidings.model import Actor
from tidings import nlp
from tidings.nlp.marks import find_quoted

# which offices a definite title may refer back to
_HOS = {"HOS", "HOSG", "LDR"}
_HOG = {"HOG", "HOSG"}
TITLE_OFFICES = {**{w: _HOS for w in ("president", "head of state", "king", "queen", "emir", "amir", "sultan",
                                    "monarch", "supreme leader")},
                 **{w: _HOG for w in ("prime minister", "premier", "chancellor", "head of government",
                                    "taoiseach")},
                 **{w: {"VP"} for w in ("vice president", "vice-president", "deputy prime minister",
                                        "vice premier")},
                 **{w: {"FM"} for w in ("foreign minister", "secretary of state", "foreign secretary",
                                        "minister of foreign affairs", "top diplomat", "chief diplomat")},
                 **{w: {"DM"} for w in ("defence minister", "defense minister", "defence secretary",
                                        "defense secretary", "secretary of defense", "minister of defence")}}
# the offices those titles name: an aide ("adviser", "envoy": AIDE_TITLES) holds none of them
NAMED_OFFICES = set().union(*TITLE_OFFICES.values())
HONORIFICS = {"mr", "mrs", "ms", "dr", "mister", "madam"}  # "Mr. Cameron" is referred back to as "Cameron"
HE_SHE = {"he", "him", "his", "himself", "she", "her", "hers", "herself"}
THEY = {"they", "them", "their", "theirs", "themselves"}
PLACES = ("CITY", "REGION")  # where things happen, never whom "they" stands for (nor a capital as a place)
# labels of mentions that are no one "he" or "she" can stand for, whatever name and sector they carry
NOT_PEOPLE = {"NOMINAL", "COUNTRY", "CAPITAL", "CITY", "REGION", "DEMONYM", "IGO"}
ROMAN = {"II", "III", "IV", "V", "VI", "XIV", "XVI", "Jr", "Sr"}
NAME_PARTICLES = {"al", "al-", "el", "bin", "ibn", "van", "von", "de", "da", "del", "der", "la", "le",
                  "di", "du", "mr", "mrs", "ms", "jr", "sr", "jr.", "sr."}
# the particles that begin a surname of several words ("La Riva", "von der Leyen", "de Gaulle")
SURNAME_PARTICLES = {"al", "el", "van", "von", "de", "da", "del", "della", "der", "la", "le", "di", "du", "dos", "das"}


class Coreference:
    """Pass 3 of ``ActorResolver.find``: links later mentions to earlier ones."""

    def __init__(self, words: DocWords, officials: dict):
        self.w = words
        self.officials = officials

    def corefer(self, mentions: list[Mention]) -> list[Mention]:
        """Resolve surnames, definite nominals and pronouns against earlier mentions, in order."""
        doc = self.w.doc
        covered = set()
        for m in mentions:
            covered.update(range(self.w.tok(m.actor.start), self.w.tok(m.actor.end - 1) + 1))
        # the items to walk in reading order: existing mentions and bare candidate tokens
        items: list[tuple[int, object]] = [(self.w.tok(m.actor.start), m) for m in mentions]
        for t in doc:
            if t.i in covered:
                continue
            low = t.lower_
            if (low in HE_SHE or low in THEY or low == "its") and t.tag_ in ("PRP", "PRP$"):
                items.append((t.i, t))
            elif t.tag_ == "NNP" and t.text[:1].isupper() and len(t.text) > 1:
                items.append((t.i, t))
        items.sort(key=lambda x: x[0])
        done: list[Mention] = []
        surnames: dict[str, Mention] = {}
        officials: dict[str, Mention] = {}  # one-word name -> the latest mention of a known official by it
        for _, item in items:
            if isinstance(item, Mention):
                m = item
                single = self.w.tok(m.actor.end - 1) == self.w.tok(m.actor.start)
                key = m.actor.text.replace("’s", "").replace("'s", "")
                honorific, _, rest = key.partition(" ")
                if m.actor.code is None and rest and honorific.lower().rstrip(".") in HONORIFICS:
                    key, single = rest, " " not in rest  # "Mr. Cameron": "Cameron" (a bare "Dr." stays itself)
                # (a name of several words is a surname only as a particle's: "La Riva", see _surnames)
                ante = surnames.get(key) if (single or " " in key) and key in surnames else None
                if ante is not None and m.alias and not ante.actor.code and key in officials:
                    # "Joe Biden ... Hunter Biden ... Biden said": a known official's own name is the
                    # official named in the story, not a relative we do not know (news names those in full)
                    ante = officials[key]
                placeword = m.actor.label in ("COUNTRY", "CAPITAL", "CITY") and m.actor.code is not None
                if ante is not None and (m.actor.code is None or m.alias or placeword):
                    # "Jim Jordan ... Jordan said": after a person of that name, the name is the person
                    m = self._link(m, ante, "surname")
                elif m.nominal:
                    ante = self._nominal_antecedent(m, done)
                    if ante is not None:
                        m = self._link(m, ante, "nominal")
                elif m.actor.code and m.actor.code.startswith("---") and done and \
                        done[-1].actor.label == "PRON" and done[-1].actor.country and \
                        done[-1].head == self.w.tok(m.actor.start) - 1 and self.w.doc[done[-1].head].tag_ == "PRP$":
                    # "her ministry", "its army": the owner's country
                    owner = done[-1]
                    m.actor.code = owner.actor.country + m.actor.code[3:]
                    m.actor.country = owner.actor.country
                    m.actor.why += f"; of '{owner.actor.text}' -> {owner.actor.country}"
                done.append(m)
                first = m.actor.text.split()[0].replace("’s", "").replace("'s", "") if m.actor.text else ""
                if first in surnames and m.actor.country and not (m.actor.why or "").startswith("coref") \
                        and first not in m.name_tokens:
                    del surnames[first]  # "Jordan's King Abdullah": the word is a place again
                if m.is_person and not m.plural and m.name_tokens and m.actor.label not in ("PRON", "NOMINAL"):
                    for w in self._surnames(m):
                        surnames[w] = m
                        if m.actor.code and self.officials.get(m.actor.name or "") is not None:
                            officials[w] = m
                continue
            tok = item
            low = tok.lower_
            if low == "its":
                ante = self._its_antecedent(tok, done)
                if ante is not None:
                    actor = Actor(text=tok.text, start=tok.idx, end=tok.idx + len(tok.text), label="PRON")
                    done.append(self._link(Mention(actor, self.w.sent_of[tok.i], tok.i), ante, "pronoun"))
            elif low in HE_SHE or low in THEY:
                ante = self._pronoun_antecedent(tok, done, plural=low in THEY)
                if ante is None:
                    continue
                actor = Actor(text=tok.text, start=tok.idx, end=tok.idx + len(tok.text), label="PRON")
                m = Mention(actor, self.w.sent_of[tok.i], tok.i, is_person=not low in THEY,
                            plural=low in THEY)
                done.append(self._link(m, ante, "pronoun"))
            elif tok.text in surnames:
                ante = surnames[tok.text]
                actor = Actor(text=tok.text, start=tok.idx, end=tok.idx + len(tok.text), label="PERSON")
                m = self._link(Mention(actor, self.w.sent_of[tok.i], tok.i, is_person=True), ante, "surname")
                done.append(m)
        return done

    def _surnames(self, m: Mention) -> list[str]:
        """The one-word names a person may be referred back by: the last name (a titled person's only
        name), plus the listed one-word aliases of a known official ("Xi" for Xi Jinping)."""
        words = [w for w in m.name_tokens if len(w) > 1 and w.lower() not in NAME_PARTICLES
                 and w.strip(".") not in ROMAN]
        out = words[-1:] if len(words) > 1 else []
        names = list(m.name_tokens)
        particle = next((k for k in range(1, len(names) - 1) if names[k].lower() in SURNAME_PARTICLES), None)
        if particle is not None and names[-1].strip(".") not in ROMAN and len(names[-1]) > 1:
            # "Gloria La Riva ... La Riva said", "Ursula von der Leyen ... von der Leyen": the surname
            # keeps its particle (spaCy often reads it alone as an organisation)
            out.append(" ".join(names[particle:]))
        if len(words) == 1 and m.title_word and m.actor.code and words[0][:1].isupper():
            out = words  # one name after a title ("Indonesia's security minister Wiranto"): he is named so again
        person = self.officials.get(m.actor.name or "")
        if person is not None:
            out += [a for a in person.aliases if " " not in a]
        return out

    def _link(self, m: Mention, ante: Mention, how: str) -> Mention:
        a = ante.actor
        m.antecedent = ante
        m.actor.code, m.actor.country, m.actor.sectors, m.actor.name = a.code, a.country, list(a.sectors), a.name
        # the chain shows the direct antecedent and, when different, the first full mention
        m.chain = (f"{a.text} (sent {ante.sent})",) + ante.chain[-1:]
        if ante.conj:
            names = " + ".join(c.actor.name or c.actor.text for c in ante.conj)
            codes = {c.actor.code for c in ante.conj}
            m.chain = (f"{names} (sent {ante.sent})",)
            m.actor.name = None
            if len(codes) != 1:  # "Biden and Xi": no single code for "they"
                m.actor.code, m.actor.country, m.actor.sectors = None, None, []
        why = f"coref: {m.actor.text} -> " + " -> ".join(m.chain)
        if m.actor.name and m.actor.name not in m.chain[-1]:
            why += f" = {m.actor.name}"
        m.actor.why = why + f" [{how}]"
        if how == "surname":
            m.actor.label = "PERSON"
        m.is_person = ante.is_person or m.is_person
        m.role_class = ante.role_class or m.role_class
        m.gender = ante.gender or m.gender
        if ante.office:
            m.office = ante.office
        if not m.title_word or m.actor.label == "PRON":
            m.title_word = ante.title_word
        m.name_tokens = ante.name_tokens
        return m

    def _nominal_antecedent(self, m: Mention, done: list[Mention]) -> Mention | None:
        """The latest named person compatible with "the top American diplomat"."""
        best, best_score = None, 0
        for cand in reversed(done[-300:]):  # bounded: long documents stay linear
            if not cand.is_person or cand.plural or not cand.actor.name or cand.actor.code is None \
                    or cand.actor.label == "PRON":
                continue
            if m.actor.country and cand.actor.country != m.actor.country:
                continue
            if m.city and cand.city != m.city and not (cand.name_tokens and not cand.city):
                continue  # "the Omsk mayor" is not "the Tyumen regional governor" named before it
            offices = TITLE_OFFICES.get(m.title_word)
            if offices and cand.office and cand.office not in offices:
                continue  # "the President" is not an earlier prime minister
            if offices and not cand.office and cand.title_word and \
                    TITLE_OFFICES.get(cand.title_word, offices) != offices:
                continue
            if not self._same_rank(m, cand):
                continue  # "the President's adviser" is not the President, nor "the German Minister" before him
            own = [x for x in m.actor.sectors if x != "ELI"]
            if own and cand.actor.sectors and own[0] not in cand.actor.sectors and \
                    not (own[0] == "GOV" and "ELI" in cand.actor.sectors):
                continue  # "the defence ministry spokesman" is not an earlier police officer
            score = 1
            if m.role_class and m.role_class == cand.role_class:
                score = 3
            elif m.role_class in ("gov", "foreign", "head") and "GOV" in cand.actor.sectors:
                score = 2
            elif m.role_class == "mil" and "MIL" in cand.actor.sectors:
                score = 2
            if score > best_score:
                best, best_score = cand, score
        return best if best_score >= 2 else None

    @staticmethod
    def _same_rank(m: Mention, cand: Mention) -> bool:
        """Whether a nominal and an earlier person may be one by their titles: a nominal's title is its
        head noun's ("the President's adviser", "the Adviser to the President": an adviser), and one who
        serves another title holder (an aide, a spokesman) is neither that holder nor a minister: an aide
        refers back to an aide or to a person named with no title, and a title that names an office
        ("the President") to no aide."""
        aide = _aide(m.title_word)
        if cand.title_word:
            return aide == _aide(cand.title_word) or not (aide or m.title_word in TITLE_OFFICES)
        return not (aide and cand.office in NAMED_OFFICES)

    def _pronoun_antecedent(self, tok, done: list[Mention], plural: bool) -> Mention | None:
        """he/she: the latest person named before it in its own sentence (a subject first), else the
        latest person who was a subject in the two previous sentences, else the latest person;
        they/them: the latest plural mention, else the latest country or organisation."""
        here = self.w.sent_of[tok.i]
        recent = self._recent(done, here - 2)
        window = [m for m in recent if m.actor.code is not None]
        if not plural:
            want = "F" if tok.lower_ in ("she", "her", "hers", "herself") else "M"
            # a person we cannot code counts too, and wins as he would: "he" then stays unresolved
            # rather than jumping back to the last coded person ("Ihor Zhovkva thanked … He commended")
            # (not a person named inside a quotation when the pronoun is outside it: '"Putin earns $1
            # billion a day," he said' is the adviser quoted, not Putin)
            outside = quoted_at(self.w.doc, tok.idx) is None
            people = [m for m in recent if m.is_person and not m.plural and m.actor.name
                      and (m.actor.code is not None or m.actor.label == "PERSON")
                      and m.gender in ("", want) and not self._other_speaker_since(m, tok, window)
                      and not (outside and quoted_at(self.w.doc, m.actor.start) is not None)]
            subjects = [m for m in people if self.w.doc[m.head].dep_ in ("nsubj", "nsubjpass")]
            # a person named earlier in the pronoun's own sentence comes first ("The press asked
            # Trump about it, but he declined"), its subject before its objects
            own = [m for m in people if m.sent == here]
            own_subjects = [m for m in own if m in subjects]
            best = (own_subjects or own or subjects or people or [None])[-1]
            return best if best is not None and best.actor.code is not None else None
        near = [m for m in window if here - 1 <= m.sent]
        groups = [m for m in near if m.plural or self._coordinated(m)]
        if groups:
            # a group named earlier in the pronoun's own sentence first ("withdrew its reporters
            # after one of them was injured"), else one that was a subject ("The presidents
            # continued their discussion of the border between Belarus and the EU. They expressed …")
            own = [m for m in groups if m.sent == here]
            subjects = [m for m in groups if self.w.doc[m.head].dep_ in ("nsubj", "nsubjpass")]
            best = (own or subjects or groups)[-1]
            if one_person(best):
                conj = self._conjuncts(best, near)
                if len(conj) > 1:
                    return Mention(best.actor, best.sent, best.head, plural=True, conj=tuple(conj))
                # "Trump and his supporters claimed … they", "a doctor or a nurse … they": the group,
                # not the one person of it we can code
                return None
            return best
        # (a city or region is where things happen, not who does them: "met Erdogan in Sochi, they
        # discussed", "the situation in the Middle East. They …")
        orgs = [m for m in near if not m.is_person and m.actor.label not in ("PRON", "MEDIA", "DEMONYM", *PLACES)
                and self.w.doc[m.head].dep_ not in ("compound", "amod", "nmod")]
        return orgs[-1] if orgs else None

    def _other_speaker_since(self, m: Mention, tok, window: list[Mention]) -> bool:
        """Whether ``m`` lies in an earlier paragraph than ``tok`` and the pronoun's paragraph
        names another actor as a subject before it: "he" then is no longer the earlier person
        (a new speaker, even one the tagger took for an organisation). When in doubt, unresolved."""
        para = self.w.text.rfind("\n", 0, tok.idx) + 1
        if m.actor.start >= para:
            return False
        return any(o is not m and para <= o.actor.start < tok.idx and o.actor.label != "PRON"
                   and o.actor.code != m.actor.code and self.w.doc[o.head].dep_ in ("nsubj", "nsubjpass")
                   for o in window)

    @staticmethod
    def _recent(done: list[Mention], first_sent: int) -> list[Mention]:
        """The mentions from sentence ``first_sent`` on (``done`` is in reading order)."""
        k = len(done)
        while k > 0 and done[k - 1].sent >= first_sent:
            k -= 1
        return done[k:]

    def _its_antecedent(self, tok, done: list[Mention]) -> Mention | None:
        """"its": the latest country or organisation in this sentence, else the previous sentence's
        subject if it is one ("Russia ... allowing it to sustain its military operations")."""
        here = self.w.sent_of[tok.i]
        def thing(m):
            # a full noun phrase, not a modifier ("Calenardhon crowds burned down its embassy")
            return m.actor.code and not m.is_person and not m.plural and \
                m.actor.label not in ("PRON", "MEDIA", "DEMONYM") and \
                self.w.doc[m.head].dep_ not in ("compound", "amod", "nmod")
        recent = self._recent(done, here - 1)
        same = [m for m in recent if m.sent == here and thing(m)]
        if same:
            return same[-1]
        prev = [m for m in recent if m.sent == here - 1 and thing(m) and
                self.w.doc[m.head].dep_ in ("nsubj", "nsubjpass")]
        return prev[-1] if prev else None

    def _conjuncts(self, m: Mention, near: list[Mention]) -> list[Mention]:
        """The person mentions coordinated with m ("Wang Yi and President Xi Jinping")."""
        root = self.w.doc[m.head]
        while root.dep_ == "conj" and root.head.i != root.i:
            root = root.head
        heads = {root.i} | {c.i for c in root.subtree if c.dep_ == "conj" and c.head.i in
                             ({root.i} | {x.i for x in root.subtree if x.dep_ == "conj"})}
        return [x for x in near if x.is_person and x.actor.label != "PRON" and
                any(x.actor.start <= self.w.doc[h].idx < x.actor.end for h in heads)]

    def _coordinated(self, m: Mention) -> bool:
        t = self.w.doc[m.head]
        return t.dep_ == "conj" or any(c.dep_ == "conj" for c in t.children)


def _aide(title: str) -> bool:
    """A title headed by one of AIDE_TITLES ("adviser", "national security adviser", "foreign ministry spokeswoman")."""
    return any(title == a or title.endswith(" " + a) for a in AIDE_TITLES)


def one_person(m: Mention) -> bool:
    """One person: a name, or a singular title ("a police constable", "the doctor"), which a plural
    pronoun never stands for alone ("the government", a country: a body, which it may)."""
    return (m.is_person or m.title) and not m.plural and not m.conj


# pronouns an event side may be headed by ("it", "who" and "we" too, which mention finding leaves)
PRONOUNS = {"he", "she", "it", "they", "we", "i", "him", "her", "them", "us", "me", "his", "its",
            "their", "our", "my", "who", "which", "you"}
FIRST_PERSON = {"i", "we", "me", "us", "my", "our"}
THING_PRONOUN_REACH = 2  # sentences back that "they"/"it" may reach for the actor they stand for
SAYING = ("say", "add", "tell", "stress", "emphasize")


def first_person(tok, mentions: list[Actor], mention_at: dict[int, Actor], sentence, quotes: list = (),
                 author: Callable[[], Actor | None] | None = None) -> Actor | None:
    """Who "I"/"we" at ``tok`` is (also the unsaid "I" of "Thank you for …"): the speaker of the quote around it,
    else the coded subject of a saying verb in its sentence, else the speaker of its transcript turn, else the
    author the title names outside a quote. An address or a readout with no author named leaves it unresolved
    (not the last actor named)."""
    said = _speaker(tok, mentions, mention_at, sentence, quotes)
    if said is not None:
        return said
    turn = turn_at(tok, mentions)
    if turn is not None:
        return turn.speaker  # "I" in a turn is its speaker's; in an unnamed one, unknown
    return author() if author is not None and not in_quote(tok, quotes) else None


def pronoun_antecedent(tok, mentions: list[Actor], mention_at: dict[int, Actor], sentence,
                       quotes: list = (), author: Callable[[], Actor | None] | None = None) -> Actor | None:
    """The actor a pronoun that heads an event side stands for, when mention finding (``corefer``)
    left it unresolved: the question the event coder asks, answered here with what is known
    after quotes are found.

    you: in a transcript, the other party of the dialogue (``_addressee``), else nobody.
    I/we/my/our: the speaker of the quote around it, else the coded subject of a saying verb in
    its ``sentence``, else the speaker labelled last in a transcript, else the author the title names
    (``author()``, asked only then: it parses the title; ``actors.author``), else nobody (an unnamed author). Others: the latest coded mention before
    it; for he/she/him/her/his the latest person, left unresolved when the dictionaries do not know
    them (not an older known one: "For her part, Sandra McCardell noted … She assured" is not Putin's).
    ``mentions`` are sorted by start; ``mention_at`` maps token index → mention.
    """
    low = tok.lower_
    if low == "you":
        return _addressee(tok, mentions)
    if low in FIRST_PERSON:
        return first_person(tok, mentions, mention_at, sentence, quotes, author)
    wants_person = low in ("he", "she", "him", "her", "his")
    outside = wants_person and quoted_at(tok.doc, tok.idx) is None
    best, people = None, []
    for m in mentions:
        if m.end > tok.idx:
            break
        if wants_person:
            if (m.label == "PERSON" or (m.name and m.sectors and m.label not in NOT_PEOPLE and m.text.lower() not in THEY)) \
                    and not (outside and quoted_at(tok.doc, m.start) is not None):
                # the nearest person, coded or not: never one further back past her (nor "they", "Beijing"),
                # nor one named inside a quotation the pronoun is outside of ('"Putin earns …," he said')
                best = m
        elif m.code and not (low in THEY and (m.label in PLACES or (m.label == "CAPITAL" and not m.sectors))) and \
                not (low in ("it", "its") and m.code.startswith("---") and _plural(tok.doc, m)):
            # ("Officials said it killed nine people": "it" is not "officials"; "Russian officials said it
            # would respond" is their country's)
            best = m
        if m.label == "PERSON" and m.code:
            people.append(m)
    if best is not None and not wants_person and _sentences_back(tok, best) > THING_PRONOUN_REACH:
        # "they", "it" point at something just named; an actor last named pages ago is not it
        # ("the community leadership … [130 sentences] … They can submit their own changes")
        return None
    if low in THEY and best is not None and best.one and best.label != "PERSON":
        # the latest actor named is one person by a title ("A police officer arrested him. They accused
        # him", "if the doctor was available, they would discuss"): "they" are others the text does not
        # name (a named person stays his side: "I spoke with President Duda. They help us")
        return None
    if low in THEY and best is not None and best.label == "PERSON" and any(
            p.code != best.code and p.start >= _sentence_start(tok.doc, best) for p in people):
        # "Putin had a call with President Rahmon. They discussed …": the two of them, neither alone
        # ("I spoke with President Duda. They help us": his country)
        return None
    return best if best is not None and best.code else None


def _plural(doc, actor) -> bool:
    """The mention is headed by a common plural noun ("officials", "the police forces")."""
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    return span is not None and span.root.tag_ == "NNS"


def _sentences_back(tok, actor) -> int:
    """How many sentence boundaries lie between ``actor`` and the pronoun ``tok``."""
    span = tok.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None:
        return 0
    return sum(1 for t in tok.doc[span.end:tok.i + 1] if t.is_sent_start)


def _sentence_start(doc, actor) -> int:
    """The character offset where the sentence holding ``actor`` starts."""
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    return span.sent.start_char if span is not None else actor.start


def in_quote(tok, quotes) -> bool:
    return any(q.start <= tok.idx < q.end for q in quotes)


def quoted_at(doc, char: int):
    """The quoted stretch of the Doc's text (between quotation marks, ``nlp.marks``) holding
    character ``char``, else None. The marks are paired once per Doc: the actors stage runs before
    quotes are found, and a pronoun outside a quotation does not stand for a person named inside it
    ('"Putin earns $1 billion a day," he said')."""
    cached = doc.user_data.get(_QUOTED)
    if cached is None:
        spans = find_quoted(nlp.text(doc))
        cached = doc.user_data[_QUOTED] = (spans, [q.start for q in spans])
    spans, starts = cached
    k = bisect_right(starts, char) - 1
    return spans[k] if k >= 0 and char < spans[k].end else None


def _speaker(tok, mentions, mention_at, sentence, quotes) -> Actor | None:
    for q in quotes:
        if q.start <= tok.idx < q.end and getattr(q, "speaker", None) and q.speaker.code:
            return q.speaker
    # no quote around it: the subject of a saying verb of the same sentence
    for t in sentence:
        if t.lemma_ in SAYING and t.i != tok.i:
            subj = [c for c in t.children if c.dep_ == "nsubj" and c.lower_ not in FIRST_PERSON]
            if subj:
                m = mention_at.get(subj[0].i)
                if m is None and subj[0].lower_ in PRONOUNS:
                    m = pronoun_antecedent(subj[0], mentions, mention_at, sentence, quotes)
                if m is not None and m.code:
                    return m
    return None


_QUOTED = "tidings.quoted"
_TURNS = "tidings.turns"


@dataclass(frozen=True)
class Turn:
    """One turn of a transcript: its label starts at ``start``, its words at ``said``; ``speaker`` is the
    person the label names (coded or not), None for an unnamed turn ("Question: …", an uncaptioned name)."""
    start: int
    said: int
    speaker: Actor | None


# the end of a transcript label: an optional note on the translation ("(retranslated)") and the colon
# before a capitalised word ("… Vladimir Putin: Friends", "… Xi Jinping(retranslated): Thank you")
_LABEL_END = re.compile(r" ?(?:\([a-z][a-z ]{1,30}\))? ?: (?=[A-Z])")
# Kremlin captions glue the name, surname first, to the title ("Tokayev Kassym-JomartPresident of the
# Republic of Kazakhstan:", "Savelyev VitalyMinister of Transport :"): a capitalised word ending in a small
# letter runs into a title of capitalised words
_GLUED_TITLE = re.compile(r"\b[A-Z][\w'’-]*[a-z](?=[A-Z][a-z]+(?: (?:[A-Z][\w'’-]*|of|the|and|for|on|in|&))+$)")
# a turn whose label names no person ("Question", "Remark", "Reply"): a capitalised word or three
_UNNAMED_LABEL = re.compile(r"[A-Z][\w'’-]*(?: [\w'’-]+){0,2}")
# a caption of capitalised words ("Member of the Presidency of Bosnia and Herzegovina Milorad Dodik"): a turn
# once a transcript has begun, even when the parser found no person in it (a name glued to its "(retranslated)")
_CAPTION_LABEL = re.compile(r"[A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|of|the|and|for|on|in|&))+")
_TURN_BREAK = re.compile(r"[.!?*] |\n")
_LABEL_REACH = 200  # characters a label may span back from its colon


def transcript_labels(text: str, mentions: list[Actor]) -> list[Turn]:
    """The turns of a transcript, in order: the one home of "who speaks here" in "President of Russia
    Vladimir Putin: …", glued captions and unnamed turns ("Question(retranslated): …"). ``mentions``
    are sorted by start. Empty for a text that is no transcript."""
    ends = {m.end: m for m in mentions if _is_person(m)}
    turns = []
    for colon in _LABEL_END.finditer(text):
        end = colon.start()
        breaks = [b.end() for b in _TURN_BREAK.finditer(text, max(0, end - _LABEL_REACH), end)]
        begin = breaks[-1] if breaks else 0 if end <= _LABEL_REACH else None
        if begin is None:
            continue
        label = text[begin:end]
        if end in ends:
            turns.append(Turn(ends[end].start, colon.end(), ends[end]))
            continue
        glued = _GLUED_TITLE.search(label)
        if glued is not None:
            # the speaker is the person named just before the caption (the surname the caption repeats)
            before = [m for m in mentions if _is_person(m) and begin <= m.start and m.end <= begin + glued.start()]
            turns.append(Turn(begin, colon.end(), before[-1] if before else None))
        elif turns and _UNNAMED_LABEL.fullmatch(label):
            # (only once a transcript has begun: "Note: …" in a statement is no turn of talk)
            turns.append(Turn(begin, colon.end(), None))
        elif turns and _CAPTION_LABEL.fullmatch(label):
            # the speaker is the coded body the caption names him by ("the Presidency of Bosnia and Herzegovina")
            inside = [m for m in mentions if m.code and begin <= m.start and m.end <= end]
            turns.append(Turn(begin, colon.end(), inside[-1] if inside else None))
    return turns


def _is_person(m: Actor) -> bool:
    return m.label == "PERSON" or bool(m.name and m.sectors)


def _turns(doc, mentions) -> list[Turn]:
    """``transcript_labels`` of the Doc, found once per Doc and mention list (asked per pronoun)."""
    cached = doc.user_data.get(_TURNS)
    if cached is None or cached[0] is not mentions:
        cached = doc.user_data[_TURNS] = (mentions, transcript_labels(nlp.text(doc), mentions))
    return cached[1]



def turn_at(tok, mentions) -> Turn | None:
    """The transcript turn the token is said in, if any."""
    before = [t for t in _turns(tok.doc, mentions) if t.said <= tok.idx]
    return before[-1] if before else None


def _addressee(tok, mentions) -> Actor | None:
    """"you" in a transcript of a dialogue: the party of the turn before (else the turn after) that is
    not the one speaking ("Vladimir Putin: … I congratulate you" after "Sergei Sobyanin: …" is Sobyanin),
    when that party is coded and the turn is a named one (a "Question: …" may address anyone). A speech
    with one labelled speaker, or a "you" outside a transcript, is left unresolved: the audience is not named."""
    turns = _turns(tok.doc, mentions)
    here = turn_at(tok, mentions)
    if here is None or here.speaker is None:
        return None
    who = lambda m: m.name or m.text  # noqa: E731
    named = [t.speaker for t in turns if t.speaker is not None and who(t.speaker) != who(here.speaker)]
    others = [m for m in reversed(named) if m.start < here.start] + [m for m in named if m.start > here.start]
    party = others[0] if others else None
    return party if party is not None and party.code else None
