"""Direct, mixed and indirect quotes with their cue and speaker, from a parsed document.

Direct quotes come from the quotation marks (``marks.find_quoted``); their cue is a speech verb
next to them outside any quote (`,” he said`, `said: “`, `” — Name`), a verb whose clause holds
them (mixed quotes: `said the US would “act”`), or a colon; a quote with no cue of its own takes
the speaker of the quote next to it in the same or the previous paragraph. Indirect speech is a
speech or belief verb governing a clause (`emphasized that …`, `X told reporters …`) or an
"according to X" phrase. Speakers are resolved to actors through the actor mentions.
"""

from __future__ import annotations

import bisect
import logging
import re
from dataclasses import dataclass, field

from tidings import nlp
from tidings.actors.datelines import after_dateline, covering, datelines
from tidings.model import Actor, Quote, Span
from tidings.quotes.lexicon import (CLAUSE_ONLY, FINDING_VERBS, NAMING_VERBS, OBJECT_VERBS, SPEECH_VERBS,
                                    XCOMP_VERBS,
                                    claim_nouns, prepositional_cues, speaker_nouns, stance_adjectives)
from tidings.nlp.marks import DASHES, Quoted, find_quoted

log = logging.getLogger(__name__)

_SUBJECTS = ("nsubj", "nsubjpass")
_PERSONAL = ("he", "she", "they", "i", "we", "you")
_CONTENT = ("ccomp", "xcomp", "dobj", "attr", "oprd", "acomp", "parataxis")
_TRAIL = " \t\n,;:.-" + DASHES
# what may close a quote, the wrong curly glyph included (`“Apparently not,“ he said`), and spaces
_CLOSING = "”“\"»«’‘' "
_DOUBLE_MARK_TOKENS = frozenset(("“", "”", '"', "''", "``", "«", "»", "„"))  # (’ is mostly an apostrophe)
_MIN_UNCUED_WORDS = 6  # a quote with no cue shorter than this is a title or scare quote


@dataclass
class _Ctx:
    doc: object
    text: str
    quoted: list[Quoted]
    mentions: object
    starts: list[int] = field(default_factory=list)  # token start offsets
    inside: list[bool] = field(default_factory=list)  # token lies inside a quote
    paragraph_starts: list[int] = field(default_factory=list)

    def token_at(self, char: int) -> int:
        """Index of the token covering (or first after) ``char``."""
        i = bisect.bisect_right(self.starts, char) - 1
        return max(0, i)

    def paragraph(self, char: int) -> int:
        return bisect.bisect_right(self.paragraph_starts, char)


def _context(doc, quoted: list[Quoted], mentions) -> _Ctx:
    text = nlp.text(doc)
    ctx = _Ctx(doc, text, quoted, mentions)
    ctx.starts = [t.idx for t in doc]
    qs = [q.start for q in quoted]
    for t in doc:
        k = bisect.bisect_right(qs, t.idx) - 1
        ctx.inside.append(k >= 0 and quoted[k].start <= t.idx < quoted[k].end)
    # one paragraph per line break or run of them ("\n\n" between paragraphs is one break)
    ctx.paragraph_starts = [m.end() for m in re.finditer(r"\n+", text)]
    return ctx


# ----------------------------------------------------------------------------- speakers

def _verb_lemma(tok) -> str:
    """The token's lemma, mended where the lemmatizer cuts a speech verb's silent e ("hopes",
    "hoping" → "hop"): the word then is the listed verb, not the other one."""
    lemma = tok.lemma_.lower()
    if lemma not in _CUE_VERBS and lemma + "e" in _CUE_VERBS and tok.lower_ in (
            lemma + "es", lemma + "ed", lemma + "ing"):
        return lemma + "e"
    return lemma


# every verb some rule reads as a cue: a lemma the lemmatizer cut is mended against all of them
# ("hopes" → "hop" is "hope", a verb whose infinitive is its content)
_CUE_VERBS = SPEECH_VERBS | OBJECT_VERBS | XCOMP_VERBS


def _is_speech(tok, clause_only_ok: bool = True) -> bool:
    lemma = _verb_lemma(tok)
    if tok.pos_ not in ("VERB", "AUX") and tok.tag_ not in ("VBD", "VBZ", "VBP", "VBG", "VBN", "VB"):
        return False
    if lemma == "point":  # "point out"
        return any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children)
    if lemma == "make":  # "make (it) clear"
        return any(c.lower_ == "clear" and 0 < c.i - tok.i <= 2 for c in tok.children)
    if lemma not in SPEECH_VERBS:
        return False
    return clause_only_ok or lemma not in CLAUSE_ONLY


def _noun_phrase(tok) -> tuple[int, int]:
    """Char span of the noun phrase headed by ``tok``: its left modifiers and a trailing name."""
    doc = tok.doc
    first = tok.left_edge.i
    last = tok.i
    while last + 1 < len(doc) and doc[last + 1].pos_ == "PROPN" and doc[last + 1].head.i == tok.i \
            and doc[last + 1].dep_ in ("flat", "compound", "appos"):
        last += 1
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == last + 1), None)
    whose = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if whose is not None and (_names_people(tok) or _names_people(whose)) and not any(
            t.is_punct or t.is_space for t in doc[of.i:of.right_edge.i + 1]):
        # `the Communications Workers of America`, `half of GOP voters`, `the city of Nice`; but
        # not `the use of an image`: what a thing is of does not make it somebody
        last = of.right_edge.i
    for j in range(tok.i - 1, first - 1, -1):
        if doc[j].text in _DOUBLE_MARK_TOKENS or doc[j].text in (",", ";", ":"):
            first = j + 1  # (a parse that runs the phrase into a quote: `hunky-dory,” Gene Sperling`)
            break
    while first < tok.i and (doc[first].is_punct or doc[first].is_space):
        first += 1
    return doc[first].idx, doc[last].idx + len(doc[last].text)


def _subject(verb, inside=None):
    """The subject of a speech verb, looking through conjoined and auxiliary verbs.

    ``inside``: per token, whether it lies inside a quote. Quotes break the parse, which often
    gives the verb a second subject inside the quoted words (`“…: Michigan, Ohio,” Mr. Trump
    said`); the nearest subject outside quotes is the speaker.
    """
    inherits = verb.dep_ in ("conj", "xcomp", "advcl") and not (verb.tag_ == "VBN" and verb.dep_ == "advcl")
    if verb.dep_ == "xcomp" and _verb_lemma(verb.head) not in _CUE_VERBS and not any(
            c.dep_ in _SUBJECTS for c in verb.children):
        # `led some allies to worry`, `leaving many to wonder`: people the verb an infinitive
        # hangs from acts on are its subject (not a thing: `used the speech to call for`; and a
        # cue verb's own attribution holds its object's words: `urged voters to reject`)
        told = next((c for c in verb.head.children if c.dep_ == "dobj" and verb.head.i < c.i < verb.i
                     and not (inside is not None and inside[c.i])), None)
        if told is not None and _names_people(told):
            return told
    # ("when asked whether …": the one asked is not the subject of the main verb)
    # (`voters are more likely to say …`: through the adjective to the clause's subject)
    above = verb.head.head if inherits and verb.head.dep_ == "acomp" and verb.head.pos_ == "ADJ" else None
    for cand in (verb, verb.head if inherits else None, above):
        if cand is None:
            continue
        subjects = [c for c in cand.children if c.dep_ in _SUBJECTS and (not c.is_punct or c.text == "%")
                    and not (inside is not None and inside[c.i]) and not _opens_clause(c, verb)
                    and not (c.ent_type_ in _NOT_ACTORS and c.pos_ == "PROPN")]  # (`Saturday`)
        # a dateline is never the speaker: the parse makes it the subject and hangs the one after its dash
        # on it (`CLEVELAND — Former Attorney General Michael Mukasey told`)
        subjects = list(dict.fromkeys(a for c in subjects if (a := after_dateline(c)) is not None))
        if subjects:
            # a subject before the verb first (`Humphrey, for example, said he …`: the parse may
            # give the verb the reported clause's subject too); after a comma or quote mark, the
            # one after the verb (`…, said Alan Abramowitz`: an inversion)
            inverted = verb.i > 0 and (verb.doc[verb.i - 1].text == "," or verb.doc[verb.i - 1].is_quote)
            return min(subjects, key=lambda c: ((c.i > verb.i) != inverted, abs(c.i - verb.i)))
    doc = verb.doc
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.i < verb.i \
            and _names_people(verb.head) and verb.head.dep_ != "dobj":
        # `a group backing Bush`, `ledgers showing he was paid`: the noun acts; but the object
        # of a verb (`issued a statement describing …`) is what its subject made
        return verb.head
    sent_start = verb.sent.start
    named = _name_before_aside(verb, sent_start, inside)
    if named is not None:
        return named
    # The parse often misses the subject around appositions and quotes ("Durbin (D-Ill.), noting
    # …, said"): the nearest name or personal pronoun before the verb in its sentence.
    j = verb.i
    while j > max(sent_start, verb.i - 14):
        j -= 1
        tok = doc[j]
        if tok.text == ")":  # `Sen. Elizabeth Warren (D-Mass.) said`: the affiliation is no speaker
            while j > sent_start and doc[j].text != "(":
                j -= 1
            continue
        if tok.is_quote or tok.text in (";", ".", "“", "”"):
            break
        if tok.pos_ == "VERB" and tok.dep_ not in ("advcl", "acl", "relcl", "amod"):
            break
        if tok.ent_type_ in _NOT_ACTORS:
            continue  # `endorsed the plan Saturday, saying …`: a day is never the speaker
        if tok.pos_ == "PROPN" or (tok.pos_ == "PRON" and tok.lower_ in _PERSONAL) or (
                tok.pos_ == "NOUN" and tok.text[:1].isupper()) or _share_of_people(tok, verb):
            # (a name tagged as a noun: `Trump predicts`; a poll's share the parse left without a
            # subject: `About 4 in 10 say`, `Less than a third agreed`)
            while tok.dep_ in ("compound", "flat") and tok.head.i > tok.i and tok.head.i < verb.i:
                tok = tok.head
            if tok.dep_ in _SUBJECTS or tok.dep_ in ("ROOT", "appos", "npadvmod", "dep", "nmod") \
                    or tok.head.i == verb.i:
                return tok
    # "said Blinken": inverted subject after the verb
    # ("added another New Hampshire Republican"); after "told"/"asked" a noun is the addressee.
    if _verb_lemma(verb) in _ADDRESSEE:
        return None
    for j in range(verb.i + 1, min(len(doc), verb.i + 7)):
        tok = doc[j]
        if tok.pos_ in ("DET", "ADJ", "NUM") or tok.dep_ in ("compound", "amod", "det", "nummod") \
                or tok.tag_ == "HYPH":
            continue  # `added another New Hampshire Democrat`, `said the 46-year-old`
        if tok.pos_ not in ("PROPN", "NOUN", "PRON") and not (tok.is_alpha and tok.text[:1].isupper()):
            return None  # (`said Skelly`: a name the tagger took for an adverb is still a name)
        head = tok
        while head.head.i != head.i and verb.i < head.head.i <= verb.i + 8 \
                and head.head.pos_ in ("PROPN", "NOUN") and head.dep_ in ("compound", "flat", "amod"):
            head = head.head
        return None if _opens_clause(head, verb) else head
    return None


def _share_of_people(tok, verb) -> bool:
    """`4 in 10` (as in `About 4 in 10 say`) or a share noun (`a third`) hanging from ``verb``
    itself: the people a poll counts, which the parse gives no subject label."""
    if tok.head.i != verb.i:
        return False
    if tok.pos_ == "NUM":
        doc = tok.doc
        return tok.i >= 2 and doc[tok.i - 1].lower_ in ("in", "of") and doc[tok.i - 2].like_num
    return tok.pos_ == "NOUN" and tok.dep_ == "npadvmod" and tok.lemma_.lower() in speaker_nouns()


def _name_before_aside(verb, sent_start: int, inside):
    """`Gene Sperling, a top Clinton adviser, said`, `Levine, who has given money to Rubio, said`,
    `Bill Eastland, wearing a cowboy hat, said`: the name before a comma-set aside (an apposition,
    a relative or participle clause) that ends just before the verb, which the parse often hangs
    elsewhere. None when the verb follows no such aside."""
    doc = verb.doc
    if verb.i < 3 or doc[verb.i - 1].text != "," or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None  # (a participle after an aside is the aside's: `Sherman, who was …, outlining`)
    k = verb.i - 2
    while k > sent_start and doc[k].text not in (",", ".", ";", ":", "(", ")"):
        k -= 1
    if doc[k].text != "," or k - 1 < sent_start or k + 1 >= verb.i - 1:
        return None
    name, first = doc[k - 1], doc[k + 1]
    if name.pos_ != "PROPN" or name.ent_type_ in _NOT_ACTORS or (inside is not None and inside[name.i]):
        return None
    aside = first.lower_ in ("who", "whose", "whom") or first.pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM") \
        or first.tag_ in ("VBG", "VBN")  # (not a finite verb: `Paradata, uses big data, said`)
    return name if aside else None


# entity types that name no actor: `Saturday`, `50 percent`
_NOT_ACTORS = frozenset(("DATE", "TIME"))
_YEAR = re.compile(r"1[89]\d\d|20\d\d")


def _opens_clause(noun, verb) -> bool:
    """Whether ``noun``, after ``verb``, is the subject of the clause the verb reports (`said he
    would`, `say they’re`, `told the AP her group never worked`), not the verb's own inverted
    subject: a verb follows the phrase, past adverbs."""
    if noun.i < verb.i:
        return False
    doc = noun.doc
    j = noun.i + 1  # past the phrase's own words, up to a punctuation mark
    while j < len(doc) and noun.is_ancestor(doc[j]) and not doc[j].is_punct:
        j += 1
    while j < len(doc) and doc[j].pos_ in ("ADV", "PART") and doc[j].lower_ != "to":
        j += 1
    return j < len(doc) and doc[j].pos_ in ("VERB", "AUX") and doc[j].tag_ not in ("VBG", "VBN")


_NON_FINITE = frozenset(("VB", "VBG", "VBN"))
_ADDRESSEE = frozenset("tell ask urge inform advise warn call remind assure thank".split())


def _actor(ctx: _Ctx, head, start: int, end: int) -> Actor:
    """The speaker span, resolved to a mention at the head first (names beat titles and countries)."""
    text = ctx.text[start:end]
    mention = None
    if ctx.mentions is not None:
        mention = ctx.mentions.at(start, end, head.idx if head is not None else None)
    if mention is None:
        return Actor(text=text, start=start, end=end)
    return Actor(text=text, start=start, end=end, code=mention.code, country=mention.country,
                 sectors=list(mention.sectors), name=mention.name, label=mention.label,
                 why=mention.why)


def _speaker_of(ctx: _Ctx, verb) -> Actor | None:
    subj = _subject(verb, ctx.inside)
    if subj is not None and subj.i > verb.i and subj.dep_ not in _SUBJECTS and verb.tag_ in _NON_FINITE:
        subj = None  # `to endorse Chris Collins`, `touting the endorsement`: a non-finite verb's
        # noun is its object; only a finite verb inverts its subject (`said Blinken`)
    speaker = _speaker_at(ctx, verb, subj)
    if speaker is not None or verb.dep_ not in ("conj", "advcl", "xcomp"):
        return speaker
    # `he looked up, furrowed his brow and said, “…”`, `Trump argued that a database would …,
    # saying …`: the subject of the clause the verb hangs from, when the nearer one cannot speak
    head, hops = verb, 0
    while head.dep_ in ("conj", "advcl", "xcomp", "ccomp") and head.head.i != head.i and hops < 4:
        head, hops = head.head, hops + 1
        subj = next((c for c in head.children if c.dep_ in _SUBJECTS and not ctx.inside[c.i]), None)
        if subj is not None:
            speaker = _speaker_at(ctx, verb, subj)
            if speaker is not None:
                return speaker
    return None


def _speaker_at(ctx: _Ctx, verb, subj) -> Actor | None:
    """The speaker named by ``subj`` (the subject found for ``verb``), or None."""
    if subj is not None and ctx.inside[subj.i]:
        subj = None
    if subj is None and verb.tag_ == "VBG":
        # `Blinken said in an interview, adding that …`: the participle shares the speaker of the
        # speech verb before it, which the parse may not link to it (quotes break the tree).
        for j in range(verb.i - 1, verb.sent.start - 1, -1):
            tok = verb.doc[j]
            if not ctx.inside[j] and _is_speech(tok) and tok.tag_ != "VBG":
                return _speaker_of(ctx, tok)
        subj = _after_fronted_phrase(verb)
        # `Trump tried to laugh it off by interjecting, “…”`: the subject of a governing verb
        head, hops = verb, 0
        while head.head.i != head.i and hops < 4 and subj is None:
            head, hops = head.head, hops + 1
            subj = next((c for c in head.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        if subj is None or ctx.inside[subj.i]:
            return None
    if subj is None or ctx.paragraph(subj.idx) != ctx.paragraph(verb.idx):
        return None  # (a subject across a paragraph break is the parse running two paragraphs together)
    if subj.dep_ == "nsubjpass" and subj.lower_ == "it":
        return None  # "it was reported that…": no speaker named here
    if subj.dep_ == "nsubjpass" and _verb_lemma(verb) in _ADDRESSEE:
        return None  # "the senator was asked about …": the one asked is not the speaker
    if subj.lower_ in ("that", "which") and subj.head.dep_ == "relcl" and subj.head.head.i < subj.i:
        subj = subj.head.head  # "a headline that said": the antecedent speaks
    subj = _after_according(subj)
    if subj.pos_ == "NOUN":
        # `The head of the Super PAC backing Bush, Mike Murphy, praised …`: the name the title
        # phrase is set beside is who speaks
        subj = next((c for c in subj.children if c.dep_ == "appos" and c.i > subj.i and c.pos_ == "PROPN"
                     and c.ent_type_ == "PERSON" and not ctx.inside[c.i]), subj)
    subj = after_dateline(subj)
    if subj is None:
        return None  # a dateline with no one after it: the place the story was filed from does not speak
    start, end = _noun_phrase(subj)
    start = _past_dateline(ctx, start, subj)
    if not _can_speak(ctx, subj, start, end):
        return None  # "the ban followed": a thing is never the speaker; better none than wrong
    return _actor(ctx, subj, start, end)


def _after_fronted_phrase(verb):
    """`After blasting the Drudge Report, Glenn Beck doubled down`, `Despite challenging …, Cruz
    said`, `In rejecting …, the commission recognized`: a participle in a phrase that opens the
    clause shares the subject right after the phrase (past a comma). None otherwise."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.dep_ != "prep" or prep.i > verb.i or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    main, doc = prep.head, verb.doc
    after = prep.right_edge.i + 1
    if after < len(doc) and doc[after].text == ",":
        after += 1
    return next((c for c in main.children if c.dep_ == "nsubj" and c.left_edge.i == after and c.i < main.i), None)


def _past_dateline(ctx: _Ctx, start: int, subj) -> int:
    """A speaker's phrase starts after the dateline it follows (`WASHINGTON (Reuters) - Bernie Sanders
    said`, parsed with the place as a modifier of the name): actors.datelines."""
    line = covering(datelines(ctx.doc), ctx.token_at(start))
    if line is None or subj.i < line[1]:
        return start
    after = next((t for t in ctx.doc[line[1]:subj.i + 1] if not (t.is_space or t.is_punct)), subj)
    return max(start, after.idx)


def _after_according(subj):
    """`According to the news agency ISNA, the prosecutor general of Tehran said …`, parsed with the
    agency as the subject and the speaker as its apposition: the one after the comma speaks."""
    sent = subj.sent
    first = next((t for t in sent if not (t.is_punct or t.is_space)), None)
    if first is None or first.lower_ != "according" or first.i + 1 >= len(sent.doc) or \
            sent.doc[first.i + 1].lower_ != "to":
        return subj
    comma = next((t.i for t in sent if t.i > first.i and t.text == ","), None)
    if comma is None or subj.i > comma:
        return subj
    return next((c for c in subj.children if c.dep_ == "appos" and c.i > comma), subj)


def _names_people(head) -> bool:
    """Whether a noun names a person or group, by itself: a name, or a noun for people."""
    if head.ent_type_ in _NOT_ACTORS:
        return False
    if head.pos_ == "PROPN" or head.ent_type_ in ("PERSON", "ORG", "NORP"):
        return True
    lemma = head.lemma_.lower()
    return head.pos_ == "NOUN" and (lemma in speaker_nouns() or head.lower_ in speaker_nouns()
                                    or len(lemma) > 4 and head.lower_.endswith(_PERSON_ENDINGS))


_PERSON_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "man", "woman", "ee", "ers", "ors", "ists",
                   "ians", "ants", "ents", "men", "women", "ees")


def _can_speak(ctx: _Ctx, head, start: int, end: int) -> bool:
    """Whether the phrase headed by ``head`` can be a speaker: a person, group, organisation, or a
    document or medium credited as a source. Names, pronouns for people and resolved actors can;
    a common noun only when listed or a noun for a person by its ending."""
    if head.lower_ == "old" and head.i >= 2 and head.doc[head.i - 1].text == "-" \
            and head.doc[head.i - 2].lower_ == "year":
        return True  # `said the 46-year-old`: a person by their age (tagged as a date)
    if head.ent_type_ in _NOT_ACTORS and not (head.pos_ == "NUM" and head.dep_ in _SUBJECTS
                                              and not _YEAR.fullmatch(head.text)):
        return False  # `Saturday`; but a count is people (`43 said the same`, tagged as a date)
    if head.pos_ == "PROPN" or head.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or (
            head.pos_ == "NOUN" and head.text[:1].isupper()) or (
            head.pos_ == "ADV" and head.text[:1].isupper() and head.i != head.sent.start):
        return True  # a name, even one the tagger took for a noun or adverb ("Mills then writes back",
        # "said Skelly")
    if head.pos_ in ("PRON", "NUM", "ADJ", "DET") or head.lower_ in _SPEAKER_PRONOUNS:
        return head.lower_ in _SPEAKER_PRONOUNS or head.like_num or head.lower_ in speaker_nouns()
    if ctx.mentions is not None and ctx.mentions.at(start, end, head.idx) is not None:
        return True
    lemma = head.lemma_.lower()
    return lemma in speaker_nouns() or head.lower_ in speaker_nouns() or (
        head.pos_ == "NOUN" and len(lemma) > 4 and head.lower_.endswith(_PERSON_ENDINGS))


# Pronouns that can stand for a speaker: people, and "it" for an organisation or a document.
# Relative "that"/"which" and "this"/"what" stand for things.
_SPEAKER_PRONOUNS = frozenset("he she they i we you it who his her their its our my your those another "
                              "someone somebody everyone anyone one "
                              "none many some both several others all each few most".split())


def _cue(tok) -> Span:
    return Span(tok.text, tok.idx, tok.idx + len(tok.text))


# ----------------------------------------------------------------------------- direct quotes

@dataclass
class _Found:
    quote: Quote
    cue_tok: object = None
    inherited: bool = False
    keep: bool = False  # kept even when no speaker is found for it (a verb held it, elsewhere)
    subject: tuple | None = None  # (cue, speaker) of the sentence around an uncued quote


def _after(ctx: _Ctx, q: Quoted, label: bool = False):
    """`,” he said` / `,” said Blinken` / `” — Blinken`: a cue just after the closing mark."""
    doc, text = ctx.doc, ctx.text
    dash = _DASH_AFTER.match(text, q.end)
    if dash:
        i = ctx.token_at(dash.end())
        while i < len(doc) and (doc[i].idx < dash.end() or doc[i].is_punct or doc[i].is_space):
            i += 1
        if i < len(doc) and doc[i].pos_ == "PROPN":
            j = i
            while j + 1 < len(doc) and doc[j + 1].pos_ == "PROPN" and doc[j + 1].idx < q.end + 80:
                j += 1
            mark = dash.group("same")
            return (Span(mark, dash.end() - len(mark), dash.end()),
                    _actor(ctx, doc[j], doc[i].idx, doc[j].idx + len(doc[j].text)), None)
    signed = _SIGNATURE_LINE.match(text, q.end)
    if signed and not label:
        # a quote closing its paragraph, signed on the next line (`"…."⏎⏎- Bernie Sanders`, as
        # fact-checks and roundups print them): the name is the speaker, the dash the cue
        s = signed.start("name")
        e = s + len(signed.group("name").rstrip("."))
        head = doc[min(ctx.token_at(e - 1), len(doc) - 1)]
        if head.pos_ == "PROPN" and head.ent_type_ not in ("ORG", *_NOT_ACTORS) and not ctx.inside[head.i]:
            # (a person signs; `- Reuters` under a paragraph credits the wire, not the words)
            signer = _actor(ctx, head, s, e)
            if "MED" not in (signer.sectors or []):
                mark = signed.group("mark")
                return Span(mark, signed.start("mark"), signed.end("mark")), signer, None
    i = ctx.token_at(q.end)
    if i < len(doc) and doc[i].idx < q.end:
        i += 1
    according = _ACCORDING_AFTER.match(text, q.end)
    if according and not label:
        # `“…,” according to a senior official`: the phrase credits the words
        k = ctx.token_at(according.end(1) - 1)
        if doc[k].lower_ == "according" and k + 1 < len(doc) and doc[k + 1].lower_ == "to":
            cue, speaker = _according_to(ctx, doc[k])
            return cue, speaker, None
    inner = text[q.start:q.end].rstrip(_CLOSING)
    if inner[-1:] not in ",.!?-…:;" + DASHES and text[q.end:q.end + 2].lstrip()[:1] not in (",", *DASHES):
        return None  # `“Avatar” star posted`: a title, not words followed by their speaker
    if inner[-1:] in ".!?" and i < len(doc) and doc[i].text[:1].isupper() and doc[i].pos_ != "PROPN":
        return None  # the quote closed its sentence and a new one starts ("He adds, …")
    seen = 0
    names: list = []  # the nouns passed: what describes them is no new clause
    while i < len(doc) and seen < 16:
        tok = doc[i]
        if ctx.inside[i] or "\n" in text[q.end:tok.idx] or tok.idx - q.end > 200:
            break  # another quote, or the next paragraph: not this quote's cue
        if tok.text in (".", "!", "?", ";") and seen > 0:
            break
        if any(n.is_ancestor(tok) for n in names):
            i += 1  # `” Mr. Daniloff, now 81 and retired in Cambridge, Mass., said`: an apposition
            continue
        if tok.pos_ in ("PROPN", "NOUN") and tok.dep_ in _SUBJECTS + ("appos", "compound", "flat"):
            names.append(tok)
        if tok.pos_ in ("CCONJ", "SCONJ") and tok.lower_ != "as":
            break  # `“…,” but he also warned …`: a new clause, with its own words
        if _is_speech(tok, clause_only_ok=inner[-1:] == "," and seen <= 3) or (
                not label and inner[-1:] in ",?!" and seen <= 3 and tok.pos_ == "VERB" and tok.tag_ in ("VBD", "VBZ")
                and any(c.dep_ in _SUBJECTS and q.end <= c.idx < tok.idx for c in tok.children)):
            # `“Go back,” Trump barked`: after a quote closed by a comma, the verb is the cue
            if label and any(c.dep_ == "ccomp" and c.i > tok.i and not ctx.inside[c.i]
                             for c in tok.children):
                return None  # `“sociopath,” said he doesn’t believe …`: it reports other words
            if inner[-1:] == "." and any(c.dep_ in ("ccomp", "dobj", "xcomp", "oprd") and c.i > tok.i
                                         and not ctx.inside[c.i] for c in tok.children):
                return None  # `“caused death.” Bernie Sanders called Trump a “liar.”`: a new sentence
            return _cue(tok), _speaker_of(ctx, tok), tok
        if tok.pos_ == "VERB" and tok.dep_ not in ("amod", "acl", "relcl"):
            break  # another verb first: the quote is not this verb's
        if not tok.is_punct:
            seen += 1
        i += 1
    return None


# `” — Blinken` on the quote's line
_DASH_AFTER = re.compile(rf"[ \t\xa0]*(?P<same>[{DASHES}]|--)")
# `"…."⏎⏎- Bernie Sanders` / `― Hillary Clinton.`: a line of its own, a dash and a name, nothing else
_SIGNATURE_LINE = re.compile(rf"[.,]?[ \t]*\n\s*(?P<mark>--|-|[{DASHES}])[ \t]*"
                             r"(?P<name>[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,4})[ \t]*\.?[ \t]*(?=\n|$)")
_ACCORDING_AFTER = re.compile(r"[ \t]*,?[ \t]*(according)\b", re.IGNORECASE)


def _before(ctx: _Ctx, q: Quoted):
    """`Blinken said: “`, `said on Friday, “`, `said that “`: a cue just before the opening mark."""
    doc = ctx.doc
    i = ctx.token_at(q.start)
    if doc[i].idx >= q.start:
        i -= 1
    gap = 0  # words between the cue and the mark, other than "that" and adverbs
    while i >= 0 and gap <= 5:
        tok = doc[i]
        if ctx.inside[i] or tok.text in (".", "!", "?", ";") or "\n" in ctx.text[tok.idx:q.start]:
            break
        if _is_speech(tok, clause_only_ok=False):
            return _cue(tok), _speaker_of(ctx, tok), tok, gap
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            cue, speaker = _according_to(ctx, tok)
            return cue, speaker, None, 0
        if not (tok.is_punct or tok.lower_ == "that" or tok.pos_ == "ADV"):
            gap += 1
        i -= 1
    return None


# Words before a quoted name or title: `the play called “Brokers”`, `on “Morning Joe”`.
_NAMING = frozenset("called titled entitled named dubbed so-called nicknamed".split())


def _is_title(ctx: _Ctx, q: Quoted, body: str) -> bool:
    """A short quoted name after a preposition, article or naming word: not somebody's words."""
    if _words(body) > 8:
        return False
    i = ctx.token_at(q.start)
    if ctx.doc[i].idx >= q.start:
        i -= 1
    if i < 0 or "\n" in ctx.text[ctx.doc[i].idx:q.start]:
        return False
    prev = ctx.doc[i]
    if _words(body) <= 5 and prev.lower_ in _NAMING and (
            prev.tag_ == "VBN" and not any(c.dep_ == "auxpass" for c in prev.children)
            or prev.lower_ in ("titled", "entitled", "so-called")):
        # `a play called “Brokers”`, but not `what Gilbert called “a problem.”` nor the passive
        # `has been called “strategic ambiguity”`
        return True
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", body)]
    title_case = bool(words) and words[0][0].isupper() and all(
        w[0].isupper() or w.lower() in _SMALL_WORDS for w in words)
    # `on “Morning Joe”`, `the “Jane The Virgin” star`; but `a “phony attack.”` is somebody's words
    if title_case and (prev.pos_ in ("ADP", "DET") or prev.tag_ == "POS"):
        return True
    # `the TV show “Shark Tank.”`, `her memoir, “Tough Choices.”`: the name of the thing before
    if prev.text == "," and i > 0:
        prev = ctx.doc[i - 1]
    return title_case and prev.pos_ == "NOUN"


_SMALL_WORDS = frozenset("a an and the of in on to for at by with or de la el".split())


def _governor(ctx: _Ctx, q: Quoted):
    """A speech verb outside the quote whose clause holds it: `said the US would “act”`."""
    doc = ctx.doc
    i = ctx.token_at(q.start + 1)
    while i + 1 < len(doc) and doc[i].is_punct and doc[i + 1].idx < q.end:
        i += 1  # past the mark (`''` is one token, which the parse may hang on the sentence before)
    if i >= len(doc):
        return None
    tok = doc[i]
    seen = set()
    chain = []
    while tok.head.i != tok.i and tok.i not in seen:
        seen.add(tok.i)
        tok = tok.head
        if not ctx.inside[tok.i] and _is_speech(tok):
            chain.append(tok)
    if not chain:
        # `Hollande denounced the remarks as “hurtful and humiliating”`: a stance verb whose
        # subject is named holds the words too, when no speech verb does
        tok, seen = doc[i], set()
        while tok.head.i != tok.i and tok.i not in seen:
            seen.add(tok.i)
            tok = tok.head
            if not ctx.inside[tok.i] and tok.pos_ == "VERB" and _subject(tok) is not None and \
                    _verb_lemma(tok) in OBJECT_VERBS | XCOMP_VERBS:
                return tok
        return None
    # The outermost speech verb with a subject: in "Carter said that critics had been predicting
    # “…”" and "said allies wanted to know if “…”" the words are reported by the outer speaker.
    for tok in reversed(chain):
        if _subject(tok) is not None and _verb_lemma(tok) not in CLAUSE_ONLY:
            return tok
    for tok in reversed(chain):
        if _subject(tok) is not None:
            return tok
    return chain[0]


def _content_of(verb, q: Quoted, ctx: _Ctx) -> tuple[int, int] | None:
    """The clause of ``verb`` that holds the quote, as a char span covering the quote."""
    qi = ctx.token_at(q.start + 1)
    for c in verb.children:
        if c.dep_ not in _CONTENT:
            continue  # `said on ABC’s “This Week”`: a venue or circumstance, not the words
        if c.left_edge.i <= qi <= c.right_edge.i:
            start = c.left_edge.idx
            end = c.right_edge.idx + len(c.right_edge.text)
            if ctx.text[q.start:q.end].rstrip(_CLOSING).endswith(","):
                end = q.end  # `things “should be wrapped up,” referring to …`: the writer's words
            return min(start, q.start), max(end, q.end)
    return None


def _continues(text: str, q: Quoted, span: tuple[int, int]) -> bool:
    """Whether the clause ``span`` holding quote ``q`` has words of its own after the closing mark."""
    return span[1] > q.end and re.search(r"\w", text[q.end:span[1]]) is not None


def _colon(ctx: _Ctx, q: Quoted):
    """`His message was blunt: “…”`: the colon is the cue, the clause subject the speaker."""
    before = ctx.text[:q.start].rstrip()
    if not before.endswith(":"):
        return None
    colon = len(before) - 1
    doc = ctx.doc
    i = ctx.token_at(colon)
    speaker = None
    # the nearest verb before the colon, in its paragraph and outside quotes, names the speaker
    # (the parse often merges the quoted sentence with this one, so its root may be quoted)
    verbs = []
    for j in range(i - 1, max(-1, i - 25), -1):
        tok = doc[j]
        if ctx.inside[j] or tok.text in (".", "!", "?") or "\n" in ctx.text[tok.idx:colon]:
            break
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("amod", "acl", "relcl"):
            verbs.append(tok)  # (`the following statement:`: a participle describing a noun)
    # a speech verb names the speaker before any other verb does (`as Pollak observed, the victor
    # was the stage itself:`); a copula's "it" is nobody
    verbs.sort(key=lambda v: not _is_speech(v))
    for tok in verbs:
        if tok.lemma_ == "be" and not _is_speech(tok):
            continue
        speaker = _speaker_of(ctx, tok)
        if speaker is not None:
            break
    if speaker is None and i < len(doc):
        people = [e for e in doc.ents if e.label_ in ("PERSON", "ORG", "NORP", "GPE")
                  and e.end_char <= colon and e.start_char >= (doc[i].sent.start_char if i < len(doc) else 0)]
        if people:
            e = people[-1]
            speaker = _actor(ctx, e.root, e.start_char, e.end_char)
    return Span(":", colon, colon + 1), speaker


def _words(text: str) -> int:
    return len(text.split())


def _direct(ctx: _Ctx, q: Quoted) -> _Found | None:
    found = _direct_cue(ctx, q)
    if found is not None and found.cue_tok is not None:
        outer = _reporter(ctx, found.cue_tok, found.quote.speaker)
        if outer is not None:
            found.quote.cue, found.quote.speaker = outer
    return found


# the dependencies through which a clause hangs from the verb that reports it
_REPORTED = frozenset(("ccomp", "xcomp", "advcl", "conj", "relcl", "pcomp", "pobj", "prep", "acomp"))


def _reporter(ctx: _Ctx, verb, speaker: Actor | None):
    """`Kasich says he’d sit Putin down and tell him “no more nonsense”`, `Trump insisted that
    he has “expanded the party”`: a cue verb inside the clause of an outer speech verb speaks
    for the outer speaker, whose words the whole clause is (`Stevens says …, but she cautions
    that …` is her own attribution: a coordinated clause is not a reported one). A named inner
    speaker is reported by the outer one (`Yepez said Perez was right to urge leaders “to stand
    up”`: the words reach us through Yepez, as PolNeAR credits them); a pronoun only when it can
    be the outer speaker (same pronoun, or a name that coreference did not give to somebody else).
    (cue, speaker) or None."""
    inner = speaker.text.lower() if speaker is not None else None
    named = inner is not None and inner not in _PERSONAL  # `Yepez said Perez was right to urge …`
    tok, hops, para = verb, 0, ctx.paragraph(verb.idx)
    reported = inner is None  # a pronoun speaks for the outer speaker only inside what it reports
    while tok.dep_ in _REPORTED and tok.head.i != tok.i and hops < 6:
        reported = reported or tok.dep_ in ("ccomp", "xcomp")
        tok, hops = tok.head, hops + 1
        if ctx.inside[tok.i] or ctx.paragraph(tok.idx) != para:
            return None
        if not _is_speech(tok) or _verb_lemma(tok) in _ADDRESSEE and tok.dep_ != "ROOT":
            continue
        outer = _speaker_of(ctx, tok) if reported else None
        if outer is None:
            continue
        if (outer.start, outer.end) == ((speaker.start, speaker.end) if speaker else None):
            return None
        low = outer.text.lower()
        if named:
            return _cue(tok), outer  # the outer speaker reports the inner one's words
        if low in _PERSONAL:
            if inner is not None and low != inner:
                return None
        elif inner is not None and (inner in ("they", "we") or (speaker.name and outer.name
                                                                 and speaker.name != outer.name)):
            return None
        return _cue(tok), outer
    return None


def _mixed(ctx, quote, verb, span, naming: bool = False) -> "_Found":
    """The quote as a mixed one: the verb's words around the marks (``span``), its cue and speaker.
    ``naming``: the verb names its object, so in the passive (`has been called “…” by X`) the
    speaker is the agent, never the thing named."""
    passive = naming and any(c.dep_ == "auxpass" for c in verb.children)
    speaker = _namer(ctx, verb) if passive else _speaker_of(ctx, verb)
    if naming and speaker is not None and span[0] <= speaker.start < quote.start:
        speaker = None  # `portraying immigrants as “…”`: the one named is never the namer
    quote.cue, quote.speaker = _cue(verb), speaker
    quote.start, quote.end = span
    quote.text, quote.kind = ctx.text[span[0]:span[1]], "mixed"
    return _Found(quote, verb)


def _direct_cue(ctx: _Ctx, q: Quoted) -> _Found | None:
    text = ctx.text
    body = text[q.start:q.end]
    if not body.strip("“”\"„«» \n"):
        return None
    quote = Quote(text=body, start=q.start, end=q.end, kind="direct", cue=None, speaker=None)
    if _is_title(ctx, q, body):
        named = _naming(ctx, q, as_only=True)
        return _mixed(ctx, quote, *named, naming=True) if named is not None else None
    # `calls it “the pearl”` is a label; `said it was “intolerable.”` ends the reported words.
    label = _words(body) < 3 and body.rstrip(_CLOSING)[-1:] not in ".!?"
    hit = _before(ctx, q)
    if hit and hit[3] == 0 and hit[2] is not None and hit[2].dep_ == "relcl" \
            and body.rstrip(_CLOSING)[-1:] == ",":
        # `Nothing the president said “will assuage fears,” the senator said`: the relative
        # clause's verb names what is judged; the cue after the quote speaks
        after = _after(ctx, q, False)
        if after:
            quote.cue, quote.speaker, tok = after
            return _Found(quote, tok)
    if hit and hit[3] == 0:  # `said: “`, `said that “`
        quote.cue, quote.speaker, tok, _ = hit
        if tok is not None and _verb_lemma(tok) in NAMING_VERBS and \
                any(c.dep_ == "auxpass" for c in tok.children):
            quote.speaker = _namer(ctx, tok)  # `has been called “…” by X`: X, never the thing named
        span = _content_of(tok, q, ctx) if tok is not None else None
        if span is not None and _continues(text, q, span):
            # `Weaver says that “there’s no path forward” for the former governor`: the reported
            # clause goes on past the closing mark, so the words are the clause, quote and all
            quote.start, quote.end = span
            quote.text, quote.kind = text[span[0]:span[1]], "mixed"
        return _Found(quote, tok)
    after = _after(ctx, q, label)
    if after:
        quote.cue, quote.speaker, tok = after
        return _Found(quote, tok)
    named = _naming(ctx, q)
    if named is not None:
        return _mixed(ctx, quote, *named, naming=True)
    if label:
        return None
    if hit:
        cue, speaker, tok, gap = hit
        span = _content_of(tok, q, ctx) if tok is not None else None
        if span is None and tok is not None and speaker is not None and tok.dep_ == "parataxis" \
                and tok.head.left_edge.idx < q.start:
            # `Cost estimates, he added, were “based on a prototype.”`: the parenthesis speaks
            # the clause around it
            head = tok.head
            start, end = _strip(text, head.left_edge.idx, head.right_edge.idx + len(head.right_edge.text))
            if start <= q.start and q.end <= end + 1 and start < tok.idx:
                span = (start, max(end, q.end))
        if span:  # words between the verb and the mark: the quote is part of the content
            quote.cue, quote.speaker = cue, speaker
            if span != (q.start, q.end):
                quote.start, quote.end = span
                quote.text, quote.kind = text[span[0]:span[1]], "mixed"
            return _Found(quote, tok)
        if speaker is not None and text[cue.end:q.start].rstrip().endswith((",", ":")):
            # `As one employee told Palo Alto Weekly, “…”`: the words follow the cue's clause
            quote.cue, quote.speaker = cue, speaker
            return _Found(quote, tok)
    paren = _parenthetical(ctx, q)
    if paren is not None:
        return _mixed(ctx, quote, *paren)
    verb = _governor(ctx, q)
    crossed = verb is not None and ctx.paragraph(verb.idx) not in (ctx.paragraph(q.start),
                                                                   ctx.paragraph(q.end - 1))
    if crossed:
        verb = None  # the parse ran a headline into the next paragraph: not this quote's verb
    if verb is not None:
        quote.cue, quote.speaker = _cue(verb), _speaker_of(ctx, verb)
        span = _content_of(verb, q, ctx)
        if span and span != (q.start, q.end):
            quote.start, quote.end = span
            quote.text, quote.kind = text[span[0]:span[1]], "mixed"
        return _Found(quote, verb)
    hit = _colon(ctx, q)
    if hit:
        quote.cue, quote.speaker = hit
        return _Found(quote)
    claim = _claim_noun(ctx, q)
    if claim is not None and claim.speaker is not None:
        quote.cue, quote.speaker = claim.cue, claim.speaker  # `her remark that “…”`
        return _Found(quote)
    return _Found(quote, inherited=True, keep=crossed, subject=_clause_subject(ctx, q))


def _clause_subject(ctx: _Ctx, q: Quoted):
    """`Sanders credited Clinton's victory to “a closed primary …”`: words quoted inside a sentence
    whose verb is no speech verb are the words of the one the sentence is about, its subject, when
    that is a person or group named before the quote. (cue, speaker) or None."""
    doc = ctx.doc
    i = ctx.token_at(q.start)
    if doc[i].idx < q.start:
        i = min(i + 1, len(doc) - 1)
    sent = doc[i].sent
    if sent.start >= i or all(t.is_punct or t.is_space for t in doc[sent.start:i]):
        return None  # the quote opens its sentence: a neighbour's words, decided later
    root = sent.root
    if ctx.inside[root.i] or root.i > i or root.pos_ not in ("VERB", "AUX") \
            or ctx.paragraph(root.idx) != ctx.paragraph(q.start):
        return None
    subj = next((c for c in root.children if c.dep_ == "nsubj" and not ctx.inside[c.i]
                 and ctx.paragraph(c.idx) == ctx.paragraph(q.start)), None)
    if subj is None or subj.pos_ not in ("PROPN", "PRON") or subj.lower_ in ("it", "that", "this", "what", "which"):
        return None
    return _cue(root), _speaker_at(ctx, root, subj)


# how the quoted words hang from a naming verb: its object complement, `as …`, or the object itself
_NAMED = frozenset(("oprd", "xcomp", "dobj", "pobj", "prep", "attr", "acomp", "amod", "compound", "appos"))


def _naming(ctx: _Ctx, q: Quoted, as_only: bool = False):
    """`Graham called both Trump and Clinton “crazy”`, `referred to Rubio as “a bright leader”`:
    a naming verb (data/vocab/speech_verbs.tsv, use ``name``) with a speaker holds the quote; the
    content runs from its object to the quote's end. Quoted words a verb gives its object *as*
    (`portraying immigrants as “rapists”`, `a probe often labeled as a “witch hunt”`) and a naming
    verb in the passive (`has been called “strategic ambiguity”`) are somebody's characterisation
    too, whoever the text names for it, if anyone. ``as_only``: only the `as` form (a quoted
    label that would otherwise pass for a title: `refers to the governor as “Chris.”`).
    (verb, span) or None."""
    doc = ctx.doc
    i = ctx.token_at(q.start + 1)
    while i + 1 < len(doc) and doc[i].is_punct and doc[i + 1].idx < q.end:
        i += 1
    tok, para = doc[i], ctx.paragraph(q.start)
    for _ in range(4):
        if tok.head.i == tok.i or tok.dep_ not in _NAMED and not ctx.inside[tok.i]:
            return None
        below, tok = tok, tok.head
        if ctx.inside[tok.i]:
            continue
        if tok.pos_ in ("VERB", "AUX"):
            break
    else:
        return None
    verb = tok
    given_as = below.lower_ == "as" and below.dep_ == "prep" and not ctx.inside[below.i] \
        and not any(c.lower_ == "such" for c in below.children)
    if verb.idx > q.start or ctx.paragraph(verb.idx) != para or as_only and not given_as:
        return None
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    if not given_as:
        if _verb_lemma(verb) not in NAMING_VERBS:
            return None
        if verb.dep_ == "acl":
            return None  # `a group called “…”`: a name, nobody's claim
        if not passive and _speaker_of(ctx, verb) is None:
            return None
    after = [c for c in verb.children if c.i > verb.i and c.dep_ in _NAMED and not c.is_punct]
    if not after or any(c.dep_ == "prep" and c.lower_ == "for" for c in after):
        return None  # `calls for a “…”` is a demand, held by the other rules
    start = min(c.left_edge.idx for c in after)
    if start > q.start or "\n" in ctx.text[start:q.start]:
        return None
    return verb, (start, q.end)


def _parenthetical(ctx: _Ctx, q: Quoted):
    """`Even at best, they write, the change has “produced nothing of value.”`: a speech verb set
    off inside the clause that holds the quote speaks that clause. (verb, clause span) or None."""
    doc = ctx.doc
    tok = doc[min(ctx.token_at(q.start + 1), len(doc) - 1)]
    para = ctx.paragraph(q.start)
    for _ in range(5):
        if tok.head.i == tok.i:
            break
        tok = tok.head
        for c in tok.children:
            if c.dep_ == "parataxis" and c.idx < q.start and not ctx.inside[c.i] \
                    and ctx.paragraph(c.idx) == para and _is_speech(c) and _speaker_of(ctx, c) is not None:
                start, end = _strip(ctx.text, tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text))
                if start < c.idx and ctx.paragraph(start) == para and q.end <= end + 1:
                    return c, (start, max(end, q.end))
    return None


def _claim_noun(ctx: _Ctx, q: Quoted) -> Quote | None:
    """The noun attribution (`his claim that “…”`) whose clause holds the quote, if any."""
    tok, hops = ctx.doc[min(ctx.token_at(q.start + 1), len(ctx.doc) - 1)], 0
    while tok.head.i != tok.i and hops < 4:
        tok, hops = tok.head, hops + 1
        if not ctx.inside[tok.i] and tok.pos_ == "NOUN" and tok.lemma_.lower() in claim_nouns()["claim"]:
            return _noun_clause(ctx, tok)
        if not ctx.inside[tok.i]:
            return None
    return None  # speaker from a neighbouring quote, decided later


def _inherit(ctx: _Ctx, found: list[_Found], reported: list[Quote]) -> list[_Found]:
    """Quotes with no cue take the speaker last introduced before them: the nearest earlier quote
    or reported speech with a speaker in the same paragraph (`Clinton touted her record. “We need
    …”`), else the next cued quote of the paragraph (`“A.” “B,” she said.`), else the last one of
    the previous paragraph. A short one with no speaker is dropped."""
    kept: list[_Found] = []
    speakers = sorted((q for q in reported if q.speaker is not None), key=lambda q: q.end)
    for k, f in enumerate(found):
        if not f.inherited:
            kept.append(f)
            continue
        para = ctx.paragraph(f.quote.start)
        earlier = [g.quote for g in kept if g.quote.speaker is not None and g.quote.end <= f.quote.start]
        earlier += [q for q in speakers if q.end <= f.quote.start]
        last = max(earlier, key=lambda q: q.end, default=None)
        donor = last.speaker if last is not None and ctx.paragraph(last.end) == para else None
        if donor is None:
            for g in found[k + 1:]:
                if ctx.paragraph(g.quote.start) != para:
                    break
                if not g.inherited and g.quote.speaker is not None:
                    donor = g.quote.speaker
                    break
        if donor is None and last is not None and para - ctx.paragraph(last.end) == 1:
            donor = last.speaker
        headline = donor is None and para == 0
        if headline:  # headlines quote without a full stop
            donor = _headline_speaker(ctx, f.quote, found[k + 1:])
        words = _words(f.quote.text)
        statement = f.quote.text.rstrip(_CLOSING)[-1:] in ".?!,…-:;" + DASHES or (headline and donor is not None)
        if donor is not None and words >= 3 and statement or words >= _MIN_UNCUED_WORDS or f.keep:
            # a quoted statement, whose speaker is the one its sentence is about (`Sanders credited
            # the victory to “a closed primary …”`), else the last one introduced, else implicit
            if f.subject is not None and f.subject[1] is not None:
                f.quote.cue, f.quote.speaker = f.subject
            elif donor is not None and (words >= 3 and statement or words >= _MIN_UNCUED_WORDS):
                f.quote.speaker = donor
            kept.append(f)
    return kept


def _words_of(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _headline_speaker(ctx: _Ctx, quote: Quote, later: list[_Found]) -> Actor | None:
    """A quote in the headline speaks with the voice of the body quote that repeats its words."""
    words = _words_of(quote.text)
    if len(words) < 2:
        return None
    for g in later:
        if g.quote.speaker is None or g.inherited:
            continue
        body = _words_of(g.quote.text)
        if any(body[i:i + len(words)] == words for i in range(len(body) - len(words) + 1)):
            return g.quote.speaker
    return None


# ----------------------------------------------------------------------------- indirect speech

def _overlaps(a: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(a[0] < e and s < a[1] for s, e in spans)


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in _TRAIL:
        end -= 1
    while start < end and text[start] in " \t\n,":
        start += 1
    return start, end


def _indirect(ctx: _Ctx, taken: list[tuple[int, int]]) -> list[Quote]:
    doc = ctx.doc
    out: list[Quote] = []
    for tok in doc:
        if ctx.inside[tok.i]:
            continue
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            found = [_according(ctx, tok)]
        elif tok.lower_ in _MAKE_OR_STANCE and (  # (one look for most tokens: this loop is the hot path)
                tok.pos_ == "VERB" if tok.lower_ in _MAKE else tok.dep_ == "acomp" and tok.pos_ == "ADJ"):
            found = [_made_clear(ctx, tok) if tok.lower_ in _MAKE else _stance_adjective(ctx, tok)]
        elif _is_speech(tok) or _verb_lemma(tok) in OBJECT_VERBS or _verb_lemma(tok) in XCOMP_VERBS \
                or _verb_lemma(tok) in prepositional_cues():
            # one content per clause the verb governs (a second one is usually a quote the parse
            # ran into this sentence; kept when no direct quote holds it)
            found = [_clause(ctx, tok, nth) for nth in range(max(1, _ccomps(tok)))]
        elif tok.pos_ == "NOUN" and tok.lemma_.lower() in claim_nouns()["claim"]:
            found = [_noun_clause(ctx, tok)]
        elif tok.pos_ == "NOUN" and tok.lemma_.lower() in claim_nouns()["stance"]:
            found = [_noun_object(ctx, tok)]
        elif tok.lower_ in _HEARSAY and tok.dep_ == "advmod" and not ctx.inside[tok.head.i] \
                and not _is_speech(tok.head):  # (`Trump reportedly said, “…”`: the verb's own words)
            found = [_hearsay(ctx, tok)]
        elif tok.pos_ in ("VERB", "AUX") and _verb_lemma(tok) in _SEEMING:
            found = [_seeming(ctx, tok)]
        elif tok.lower_ == "in" and tok.dep_ == "prep" and tok.head.pos_ in ("VERB", "AUX"):
            found = [_in_document(ctx, tok)]

        else:
            continue
        for q in found:
            if q is None:
                continue
            if not _overlaps((q.start, q.end), taken):
                out.append(q)
            elif tok.lower_ == "according" and q.speaker is not None and all(
                    q.start <= s and e <= q.end for s, e in taken if s < q.end and q.start < e):
                # `“…,” Walker said, according to an AP account`: the account reports the quote
                # and its speaker whole, an attribution around the quote's own
                out.append(q)
            else:
                out.extend(_outside_quotes(ctx, q, taken))
    return out


def _outside_quotes(ctx: _Ctx, q: Quote, taken: list[tuple[int, int]]) -> list[Quote]:
    """The parts of a reported clause that lie outside the direct quotes it overlaps, in the cue's
    paragraph: `He says he respects Clinton and calls her “an extremely intelligent woman”` keeps
    `he respects Clinton and calls her` beside the quote (which carries its own attribution); a
    clause the parse ran across a quote into the next paragraph keeps only the cue's side."""
    para = ctx.paragraph(q.cue.start) if q.cue is not None else None
    pieces, at = [], q.start
    for s, e in sorted(taken):
        if e <= at or s >= q.end:
            continue
        pieces.append((at, s))
        at = max(at, e)
    pieces.append((at, q.end))
    out = []
    for s, e in pieces:
        s, e = _strip(ctx.text, s, e)
        if e <= s or _words(ctx.text[s:e]) < _MIN_PIECE_WORDS or ctx.paragraph(s) != ctx.paragraph(e - 1) \
                or (para is not None and ctx.paragraph(s) != para):
            continue
        out.append(Quote(text=ctx.text[s:e], start=s, end=e, kind="indirect", cue=q.cue, speaker=q.speaker))
    return out


_MIN_PIECE_WORDS = 3  # shorter leftovers beside a quote are glue (`calls it`, `he said`)


# adverbs that credit a clause to unnamed others: `Google reportedly looked at Twitter`
_HEARSAY = frozenset("reportedly allegedly purportedly supposedly".split())


# verbs of appearance: `Christie appeared to end his bid owing …`, `It appears that the game …`
_SEEMING = frozenset(("seem", "appear"))


def _in_document(ctx: _Ctx, prep) -> Quote | None:
    """`In a Des Moines Register poll last month, Mr. Cruz had a 10-point lead`: a finding credited
    to the poll (survey, study, report …) named at the start of its clause; the rest of the clause
    is the content, the document the speaker."""
    text, doc = ctx.text, ctx.doc
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    head = prep.head
    if obj is None or obj.lemma_.lower() not in claim_nouns()["document"] or prep.i > head.i \
            or ctx.inside[head.i] or ctx.inside[obj.i]:
        return None
    first = prep.right_edge.i + 1
    comma = next((t.i for t in doc[first:head.i] if t.text == ","), None)
    if comma is not None:
        first = comma + 1  # `In a CNN poll last week, Sanders led`: the clause starts after the comma
    while first < len(doc) and doc[first].is_punct:
        first += 1
    last = head.right_edge
    if first >= last.i or first > head.i:
        return None  # (`In the poll released Monday` ends right before the verb it attributes)
    start, end = _strip(text, doc[first].idx, last.idx + len(last.text))
    if end - start < 3 or ctx.paragraph(start) != ctx.paragraph(end - 1):
        return None
    s, e = _noun_phrase(obj)
    e = max(e, obj.right_edge.idx + len(obj.right_edge.text))
    s, e = _strip(text, s, e)
    body = text[start:end]
    kind = "mixed" if any(m in body for m in "“”\"") else "indirect"
    return Quote(text=body, start=start, end=end, kind=kind, cue=_cue(prep), speaker=_actor(ctx, obj, s, e))


def _seeming(ctx: _Ctx, verb) -> Quote | None:
    """A judgement that something seems so: the clause, cue the verb, speaker the one it seems to
    (`To professor Harrison, his stare seemed to reflect sadness`), else the person who seems to
    say or believe it (`Rubio seemed hopeful that …`), else nobody named. Only with a complement that says how it
    seems (`appeared on TV` says nothing)."""
    text = ctx.text
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    how = [c for c in verb.children if c.i > verb.i and c.dep_ in ("xcomp", "acomp", "attr", "oprd", "ccomp")]
    if subj is None or not how or ctx.inside[subj.i]:
        return None
    if subj.lower_ == "it":  # `It appears, though, that …`: the clause is what seems so
        clause = next((c for c in how if c.dep_ == "ccomp"), None)
        if clause is None:
            return None
        first, last = clause.left_edge, clause.right_edge
    else:
        first, last = subj.left_edge, max(how, key=lambda c: c.i).right_edge
    start, end = _strip(text, first.idx, last.idx + len(last.text))
    if last.i - first.i < 2 or ctx.paragraph(start) != ctx.paragraph(end - 1):
        return None
    speaker = None
    to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if obj is not None and not ctx.inside[obj.i]:
        s, e = _noun_phrase(obj)
        if _can_speak(ctx, obj, s, e):
            speaker = _actor(ctx, obj, s, e)
    elif (subj.lower_ in _PERSONAL or _names_people(subj)) and any(
            _verb_lemma(c) in _CUE_VERBS or any(g.dep_ == "ccomp" for g in c.children) for c in how):
        # `Rubio seemed hopeful that …`, `he seemed to indicate …`: a person seems to say or
        # believe so; how a person or thing seems otherwise (`the politician seemed to be
        # shrinking`, `the forecast appeared accurate`) is the writer's view, nobody named
        s, e = _noun_phrase(subj)
        speaker = _actor(ctx, subj, s, e)
    body = text[start:end]
    kind = "mixed" if any(m in body for m in "“”\"") else "indirect"
    return Quote(text=body, start=start, end=end, kind=kind, cue=_cue(verb), speaker=speaker)


def _made_clear(ctx: _Ctx, verb) -> Quote | None:
    """`Sanders has made clear that he expects …`, `he made it clear that he felt …`: "make
    (it) clear" is a speech verb; its that-clause (hung from "made" or from "clear") the content,
    the cue "made … clear", the subject of "made" the speaker. Nothing without the clause."""
    clear = next((c for c in verb.children if c.lower_ == "clear" and c.i > verb.i and not ctx.inside[c.i]), None)
    if clear is None or clear.i - verb.i > 2:
        return None
    clause = next((c for c in (*clear.children, *verb.children) if c.i > clear.i and c.pos_ in ("VERB", "AUX")
                   and c.dep_ in ("ccomp", "advcl") and any(s.dep_ in _SUBJECTS for s in c.children)), None)
    if clause is None or ctx.inside[clause.i] or ctx.paragraph(clause.idx) != ctx.paragraph(verb.idx):
        return None
    first = next((c for c in clause.children if c.dep_ in ("mark", "advmod") and c.lower_ == "that"), clause.left_edge)
    start, end = _strip(ctx.text, first.idx, clause.right_edge.idx + len(clause.right_edge.text))
    if clause.right_edge.i - first.i < 2:
        return None
    body = ctx.text[start:end]
    kind = "mixed" if any(m in body for m in "“”\"") else "indirect"
    cue = Span(ctx.text[verb.idx:clear.idx + len(clear.text)], verb.idx, clear.idx + len(clear.text))
    return Quote(text=body, start=start, end=end, kind=kind, cue=cue, speaker=_speaker_of(ctx, verb))


_ABOUT = frozenset(("about", "of", "with", "over"))
_MAKE = frozenset(("make", "makes", "made", "making"))
_MAKE_OR_STANCE = _MAKE | stance_adjectives()


def _stance_adjective(ctx: _Ctx, adj) -> Quote | None:
    """`Viguerie is upbeat about Cruz's chances`, `voters are worried that …`: a stance adjective
    after a copula whose subject is a person or group; its that-clause or the object of
    about/of/with/over the content, the adjective the cue, the subject the speaker."""
    verb = adj.head
    if verb.lemma_ != "be" or ctx.inside[verb.i]:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < adj.i), None)
    if subj is None or ctx.inside[subj.i] or not (subj.lower_ in _PERSONAL or _names_people(subj)):
        return None
    clause = next((c for c in adj.children if c.dep_ == "ccomp" and c.i > adj.i), None)
    if clause is None:
        prep = next((c for c in adj.children if c.dep_ == "prep" and c.lower_ in _ABOUT and c.i > adj.i), None)
        clause = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
    if clause is None or ctx.inside[clause.i] or ctx.paragraph(clause.idx) != ctx.paragraph(adj.idx):
        return None
    start, end = _strip(ctx.text, clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge.text))
    if end - start < 3:
        return None
    speaker = _speaker_at(ctx, verb, subj)
    body = ctx.text[start:end]
    kind = "mixed" if any(m in body for m in "“”\"") else "indirect"
    return Quote(text=body, start=start, end=end, kind=kind, cue=_cue(adj), speaker=speaker)


def _hearsay(ctx: _Ctx, adverb) -> Quote | None:
    """The clause a hearsay adverb modifies, cue the adverb, speaker unnamed."""
    head = adverb.head
    start, end = _strip(ctx.text, head.left_edge.idx, head.right_edge.idx + len(head.right_edge.text))
    if head.right_edge.i - head.left_edge.i < 2 or end <= adverb.idx + len(adverb.text) \
            or ctx.paragraph(start) != ctx.paragraph(end - 1):
        return None
    body = ctx.text[start:end]
    kind = "mixed" if any(m in body for m in "“”\"") else "indirect"
    return Quote(text=body, start=start, end=end, kind=kind, cue=_cue(adverb), speaker=None)


def _ccomps(verb) -> int:
    return sum(1 for c in verb.children if c.dep_ == "ccomp")


def _clause(ctx: _Ctx, verb, nth: int = 0) -> Quote | None:
    """The clause (or for stance verbs the object) a speech verb attributes to its subject;
    ``nth``: which of its clauses, its own (outside quotes, in its paragraph) first."""
    text = ctx.text
    lemma = _verb_lemma(verb)
    # Quotes break the parse: a quote closing one paragraph is often run into the next sentence,
    # giving its speech verb a second clause (`“Why should I be surprised?” ⏎ The administration
    # said it was …`). The verb's own clause lies outside quotes and in its paragraph.
    para = ctx.paragraph(verb.idx)
    def run_in(c) -> bool:
        return ctx.inside[c.i] or ctx.paragraph(c.idx) != para

    def cut_off(c) -> bool:  # `the group polled members: 1,409 teachers said they …`: the clause
        # before a colon or semicolon is not what the verb after it says
        return c.i < verb.i and any(t.text in (":", ";") for t in verb.doc[c.i:verb.i])

    comp = sorted((c for c in verb.children if c.dep_ == "ccomp"), key=lambda c: (run_in(c), cut_off(c)))[nth:]
    if nth and not run_in(comp[0]):
        return None  # a second clause of its own is the parse's error, not more content
    if not comp and verb.dep_ == "advcl" and verb.i < verb.head.i and not ctx.inside[verb.head.i] \
            and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        # `as Comey noted, people involved … could be subject to sanctions`: the clause it hangs from
        first = verb.right_edge.i + 1
        last = verb.head.right_edge
        if first <= last.i and ctx.paragraph(last.idx) == para:
            start, end = _strip(text, verb.doc[first].idx, last.idx + len(last.text))
            agent = _agent(ctx, verb) if _subject(verb) is None else None
            if end - start >= 3 and (_subject(verb) is not None or agent is not None):
                body = text[start:end]
                kind = "mixed" if any(m in body for m in "“”\"") else "indirect"
                return Quote(text=body, start=start, end=end, kind=kind, cue=_cue(verb),
                             speaker=agent or _speaker_of(ctx, verb))
    if not comp and verb.dep_ in ("ccomp", "advcl", "parataxis", "conj") and verb.head.i < verb.i \
            and not ctx.inside[verb.head.i]:
        # `He said …, The Post reported.`, `Ailes met with Mr. Trump, as The New York Times
        # reported`: a reporting clause closing the sentence, which the parse hung from the verb
        # before it, reports everything before its comma
        found = _closing_report(ctx, verb, para)
        if found is not None:
            return found
    if not comp and verb.dep_ == "parataxis" and not ctx.inside[verb.head.i] \
            and _subject(verb) is not None:
        # `Unless countries act, the experts say, the world could suffer`: the cue is a parenthesis
        # inside the clause it attributes; the content is that clause, cue included.
        head = verb.head
        start, end = _strip(text, head.left_edge.idx, head.right_edge.idx + len(head.right_edge.text))
        if end - start < 3 or (start <= verb.idx < end) is False:
            return None
        body = text[start:end]
        kind = "mixed" if any(m in body for m in "“”\"") else "indirect"
        return Quote(text=body, start=start, end=end, kind=kind, cue=_cue(verb),
                     speaker=_speaker_of(ctx, verb))
    if not comp and lemma in XCOMP_VERBS:
        comp = [c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i]
    if not comp and lemma in OBJECT_VERBS and _subject(verb) is not None:
        # the object, or a gerund standing for it (`reported raising $9 million`, `denied having …`)
        comp = [c for c in verb.children if c.i > verb.i and (c.dep_ == "dobj" or c.dep_ == "xcomp" and c.tag_ == "VBG")]
        if comp and _has_that_clause(comp[0]):
            return None  # `expressed concern that …`: the noun's clause is the content (``_noun_clause``)
    if not comp and lemma in FINDING_VERBS:
        # `A Wall Street Journal/NBC News poll showed a slimmer lead`: a document's finding
        subj = _subject(verb, ctx.inside)
        if subj is not None and subj.lemma_.lower() in claim_nouns()["document"]:
            comp = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    if not comp and _attributing_prep(verb) is not None and _subject(verb, ctx.inside) is not None:
        comp = [c for c in _attributing_prep(verb).children if c.dep_ in ("pobj", "pcomp")]
    if not comp:
        return None
    c = comp[0]
    last = c.right_edge
    if c.dep_ in ("dobj", "xcomp"):
        # `accused the agency of covering up the hack`, `described golf courses as wasted space`:
        # the object with what the verb says of it
        for sib in verb.children:
            if sib.i > c.i and sib.dep_ in _OBJECT_TAIL and sib.right_edge.i > last.i \
                    and ctx.paragraph(sib.right_edge.idx) == para:
                last = sib.right_edge
    start, end = _strip(text, c.left_edge.idx, last.idx + len(last.text))
    one_word_object = c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and last.i == c.i and not (
        c.pos_ == "PROPN" and verb.i > 0 and verb.doc[verb.i - 1].text == ",")  # `…, reported CNN`: the speaker
    if end - start < 3 or last.i - c.left_edge.i < 1 and not one_word_object:
        return None  # (`endorsed Clinton`, `admitted wrongdoing`: one named thing is content)
    if verb.i > c.right_edge.i and verb.dep_ == "ROOT" and ctx.inside[c.i]:
        return None  # `“…,” he said`: the direct quote already holds it
    body = text[start:end]
    kind = "mixed" if any(m in body for m in "“”\"") else "indirect"
    return Quote(text=body, start=start, end=end, kind=kind, cue=_cue(verb),
                 speaker=_reported_speaker(ctx, verb, _speaker_of(ctx, verb)))


def _closing_report(ctx: _Ctx, verb, para: int) -> Quote | None:
    """The attribution of a reporting clause that closes its sentence after a comma (`…, The Post
    reported.`, `…, as the Times reported on Tuesday`): its subject the speaker, the words before
    the comma its content. None when the clause has words of its own or does not close the
    sentence."""
    doc = verb.doc
    finite = verb.tag_ in ("VBD", "VBZ", "VBP") or verb.tag_ == "VBN" and any(c.dep_ == "aux" for c in verb.children)
    if not finite or not _is_speech(verb):
        return None  # (`to counter`, `as she campaigns`: no report)
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is None or any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "oprd", "acomp") for c in verb.children) \
            or _attributing_prep(verb) is not None:
        return None  # (words of its own: `as he called for greater ethics`)
    first = subj.left_edge.i
    if first > 0 and doc[first - 1].lower_ == "as" and verb.dep_ == "advcl":
        first -= 1
    k = first - 1
    while k > 0 and (doc[k].is_quote or doc[k].is_space):
        k -= 1
    if k <= verb.sent.start or doc[k].text != ",":
        return None
    tail = verb.right_edge.i + 1
    if tail < len(doc) and not (doc[tail].is_punct and doc[tail].text in (".", "!", "?", ";")) and not doc[tail].is_space:
        return None  # (the sentence goes on: not a closing report)
    start_tok = verb.head.left_edge
    if start_tok.i >= k or ctx.paragraph(start_tok.idx) != para:
        return None
    start, end = _strip(ctx.text, start_tok.idx, doc[k - 1].idx + len(doc[k - 1].text))
    if end - start < 3 or k - start_tok.i < 3:
        return None
    speaker = _speaker_at(ctx, verb, subj)
    if speaker is None:
        return None
    body = ctx.text[start:end]
    kind = "mixed" if any(m in body for m in "“”\"") else "indirect"
    return Quote(text=body, start=start, end=end, kind=kind, cue=_cue(verb), speaker=speaker)


def _reported_speaker(ctx: _Ctx, verb, speaker: Actor | None) -> Actor | None:
    """`Trump insisted that he has expanded the party, claiming that he is responsible`: a pronoun
    the verb takes from a clause inside what an outer speech verb reports stands for the outer
    speaker (``_reporter`` says when), whose attribution this is; the verb stays the cue."""
    if speaker is None or speaker.text.lower() not in _PERSONAL or any(c.dep_ in _SUBJECTS for c in verb.children):
        return speaker  # (a pronoun subject of the verb's own is its speaker: `he railed against …`)
    outer = _reporter(ctx, verb, speaker)
    return outer[1] if outer is not None else speaker


def _agent(ctx: _Ctx, verb) -> Actor | None:
    """The one a passive speech verb credits (`as reported by Western Journalism`), if it can speak."""
    by = next((c for c in verb.children if c.dep_ == "agent"), None)
    obj = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
    if obj is None or ctx.inside[obj.i]:
        return None
    s, e = _noun_phrase(obj)
    return _actor(ctx, obj, s, e) if _can_speak(ctx, obj, s, e) else None


def _namer(ctx: _Ctx, verb) -> Actor | None:
    """The agent of a passive naming verb, which the parse may hang on the name itself
    (`has been called “strategic ambiguity” by Joshua Hendrick`)."""
    agent = _agent(ctx, verb)
    if agent is not None:
        return agent
    for named in (c for c in verb.children if c.i > verb.i and c.dep_ in ("oprd", "prep")):
        by = next((c for c in named.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"), None)
        obj = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
        if obj is not None and not ctx.inside[obj.i]:
            start, end = _noun_phrase(obj)
            return _actor(ctx, obj, start, end) if _can_speak(ctx, obj, start, end) else None
    return None


def _attributing_prep(verb):
    """`called for …`, `pointed to …`: the preposition through which ``verb`` attributes, if any."""
    preps = prepositional_cues().get(_verb_lemma(verb))
    if not preps:
        return None
    return next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in preps and c.i > verb.i), None)


# what follows a verb's object and belongs to the content: `of …`, `as …`, `to be …`, `because …`
_OBJECT_TAIL = frozenset(("prep", "oprd", "xcomp", "dative", "acomp"))


def _has_that_clause(noun) -> bool:
    """Whether ``noun`` is a claim noun with a that-clause of its own (`concern that …`)."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in claim_nouns()["claim"] and any(
        c.dep_ in ("acl", "ccomp", "appos") and c.i > noun.i
        and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for c in noun.children)


def _noun_clause(ctx: _Ctx, noun) -> Quote | None:
    """`his claim that …`, `Trump’s remark that …`: the noun is the cue, its that-clause the
    content, its possessor (or `by X`) the speaker; no clause, no attribution."""
    text = ctx.text
    clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp", "appos") and c.i > noun.i
                   and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    if clause is None:
        return None
    start, end = _strip(text, clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge.text))
    if end - start < 3 or clause.right_edge.i - clause.left_edge.i < 2:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"), None)
        owner = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
    return _noun_cued(ctx, noun, owner, start, end)


def _noun_cued(ctx: _Ctx, noun, owner, start: int, end: int) -> Quote:
    """The attribution a cue noun introduces, its words ``text[start:end]``: the speaker is the noun's
    owner (possessor, `by X`), else the subject of the verb it is the object of (`Republicans
    expressed concern that …`)."""
    text = ctx.text
    speaker = None
    if owner is not None and owner.lower_ in _OWNER_NUMBER and noun.dep_ == "dobj" \
            and noun.head.pos_ == "VERB" and not ctx.inside[noun.head.i]:
        # `Sanders reiterated his belief that …`, `Trump laid out his concerns that …`: the one
        # who voices his own stance is the verb's subject, when it agrees with the pronoun
        subj = _subject(noun.head, ctx.inside)
        if subj is not None and subj.dep_ == "nsubj" and subj.i < noun.head.i \
                and (subj.lower_ in _PERSONAL or _names_people(subj)) \
                and _number(subj) == _OWNER_NUMBER[owner.lower_]:
            speaker = _speaker_of(ctx, noun.head)
    if speaker is not None:
        pass
    elif owner is not None and not ctx.inside[owner.i]:
        s, e = _noun_phrase(owner)
        if text[s:e].endswith(("’s", "'s")):
            e -= 2
        if e > s and _can_speak(ctx, owner, s, e):
            speaker = _actor(ctx, owner, s, e)
    elif noun.dep_ == "dobj" and noun.head.pos_ in ("VERB", "AUX") and not ctx.inside[noun.head.i]:
        speaker = _speaker_of(ctx, noun.head)
    body = text[start:end]
    kind = "mixed" if any(m in body for m in "“”\"") else "indirect"
    return Quote(text=body, start=start, end=end, kind=kind, cue=_cue(noun), speaker=speaker)


_OWNER_NUMBER = {"his": "one", "her": "one", "their": "many"}  # possessive pronouns for people


def _number(subj) -> str | None:
    """"one" or "many" for a subject phrase that names people, None when it cannot tell."""
    if subj.lower_ in ("he", "she"):
        return "one"
    if subj.lower_ == "they":
        return "many"
    if subj.pos_ not in ("PROPN", "NOUN") or any(c.dep_ == "conj" for c in subj.children):
        return "many" if subj.pos_ in ("PROPN", "NOUN") else None
    if subj.ent_type_ == "PERSON":
        return "one"  # (`Sanders`, `Woods` are tagged as plurals)
    return "many" if subj.tag_ in ("NNS", "NNPS") else "one"


_STANCE_PREPS = frozenset(("of", "for", "against", "to", "about", "on"))


def _noun_object(ctx: _Ctx, noun) -> Quote | None:
    """`his criticism of the deal`, `praise for the plan`: the noun is the cue, its prepositional
    object the content, its possessor (or the subject of the verb it is the object of:
    `Republicans voiced criticism of …`) the speaker."""
    text = ctx.text
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in _STANCE_PREPS and c.i > noun.i), None)
    obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
    if obj is None or ctx.inside[obj.i]:
        return None
    start, end = _strip(text, obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge.text))
    if end - start < 3 or ctx.paragraph(start) != ctx.paragraph(end - 1):
        return None
    return _noun_cued(ctx, noun, next((c for c in noun.children if c.dep_ == "poss"), None), start, end)


def _according(ctx: _Ctx, tok) -> Quote | None:
    """`According to officials, …` / `…, according to CNN.`: the rest of the sentence."""
    doc, text = ctx.doc, ctx.text
    sent = tok.sent
    to = doc[tok.i + 1]
    objs = [c for c in to.children if c.dep_ == "pobj"]
    phrase_end = tok.right_edge.i
    if objs:
        phrase_end = max(phrase_end, objs[0].right_edge.i)
    left = (sent.start_char, tok.idx)
    right = (doc[phrase_end].idx + len(doc[phrase_end].text), sent.end_char)
    left = _strip(text, *left)
    right = _strip(text, *right)
    start, end = max((left, right), key=lambda s: s[1] - s[0])
    if end - start < 3:
        return None
    cue, speaker = _according_to(ctx, tok)
    body = text[start:end]
    kind = "mixed" if any(m in body for m in "“”\"") else "indirect"
    return Quote(text=body, start=start, end=end, kind=kind, cue=cue, speaker=speaker)


def _according_to(ctx: _Ctx, tok) -> tuple[Span, Actor | None]:
    """Cue and speaker of "according to X"."""
    doc, text = ctx.doc, ctx.text
    to = doc[tok.i + 1]
    objs = [c for c in to.children if c.dep_ == "pobj"]
    speaker = None
    if objs:
        s, e = _noun_phrase(objs[0])
        e = max(e, objs[0].right_edge.idx + len(objs[0].right_edge.text))
        s, e = _strip(text, s, e)
        speaker = _actor(ctx, objs[0], s, e)
    cue_end = to.idx + len(to.text)
    return Span(text[tok.idx:cue_end], tok.idx, cue_end), speaker


# ----------------------------------------------------------------------------- entry point

class _Mentions:
    """Mention lookup by position: the actors stage's MentionIndex when present, else overlap."""

    def __init__(self, mentions):
        self._index = None
        try:
            from tidings.actors import MentionIndex

            self._index = MentionIndex(list(mentions))
        except Exception:  # the actors stage may be absent or older: fall back to overlap
            log.debug("MentionIndex unavailable; resolving speakers by overlap", exc_info=True)
        self._mentions = sorted(mentions, key=lambda m: (m.start, m.end))

    def at(self, start: int, end: int, head: int | None = None):
        """The mention at the speaker span, preferring the one that holds its head word."""
        if self._index is not None:
            try:
                return self._index.at(start, end, head=head)
            except Exception:
                log.debug("MentionIndex.at failed", exc_info=True)
        best, best_key = None, None
        for m in self._mentions:
            overlap = min(end, m.end) - max(start, m.start)
            if overlap <= 0:
                continue
            key = (head is not None and m.start <= head < m.end, overlap)
            if best_key is None or key > best_key:
                best, best_key = m, key
        return best


# A headline or transcript line `Source: what they said` (`Paul Ryan: FBI Decision ‘Defies
# Explanation’`, `Poll: Sanders Leads`); the source is capitalised words, the words after the colon
# its content. Labels that open a line the same way are not sources.
_COLON_LINE = re.compile(rf"^(?:[A-Z][A-Z]+ [-{DASHES}] )?" r"(?P<src>[A-Z][\w.’'&-]*(?: [\w.’'&-]+){0,6}): (?P<said>\S.*)$")
_LINE_LABELS = frozenset("""update updated watch exclusive breaking video photo photos note related read listen
image credit correction clarification disclosure tags topics subscribe q a editor's editor’s getty
warning caption sign""".split())
_SMALL_TITLE_WORDS = frozenset("of the at to for in on and de".split())


def _colon_lines(ctx: _Ctx, taken: list[tuple[int, int]]) -> list[Quote]:
    out = []
    for m in re.finditer(r"[^\n]+", ctx.text):
        line = m.group().strip()
        hit = _COLON_LINE.match(line)
        if not hit or len(line) > 300 or line[:1] in "“\"'‘«":
            continue
        words = hit.group("src").split()
        if any(w.lower().rstrip(".") in _LINE_LABELS for w in words) or not all(
                w[:1].isupper() or w.lower() in _SMALL_TITLE_WORDS for w in words):
            continue
        offset = m.start() + (len(m.group()) - len(m.group().lstrip()))
        s, e = offset + hit.start("src"), offset + hit.end("src")
        told = ctx.text.find(" to ", s, e)
        if told > s:
            e = told  # `Clinton to Planned Parenthood: …`: Clinton speaks, to them
        start, end = _strip(ctx.text, offset + hit.start("said"), offset + hit.end("said"))
        if _words(ctx.text[start:end]) < 3 or any(s_ < end and start < e_ and not (start <= s_ and e_ <= end)
                                                  for s_, e_ in taken):
            continue  # (quotes inside the words are part of them: `Ryan: ‘Images’ Have ‘No Place’`)
        head = ctx.doc[ctx.token_at(e - 1)]
        if ctx.inside[head.i] or not _can_speak(ctx, head, s, e):
            continue
        body = ctx.text[start:end]
        kind = "mixed" if any(c in body for c in "“”\"") else "indirect"
        colon = e
        out.append(Quote(text=body, start=start, end=end, kind=kind, cue=Span(":", colon, colon + 1),
                         speaker=_actor(ctx, head, s, e)))
    return out


def find_quotes(doc, mentions=()) -> list[Quote]:
    """Direct, mixed and indirect quotes of a parsed document, in text order."""
    text = nlp.text(doc)
    if not text or not text.strip() or len(doc) == 0:
        return []
    quoted = find_quoted(text)
    ctx = _context(doc, quoted, _Mentions(mentions or []))
    found = [f for f in (_direct(ctx, q) for q in quoted) if f is not None]
    taken = [(f.quote.start, f.quote.end) for f in found]
    lines = _colon_lines(ctx, taken)  # a `Source: words` line is one attribution, not a parse's guess
    found = [f for f in found if not _overlaps((f.quote.start, f.quote.end), [(c.start, c.end) for c in lines])]
    reported = [q for q in _indirect(ctx, taken)
                if not _overlaps((q.start, q.end), [(c.start, c.end) for c in lines])] + lines
    found = _inherit(ctx, found, reported)
    quotes = [f.quote for f in found] + reported
    quotes.sort(key=lambda q: (q.start, q.end))
    return quotes
