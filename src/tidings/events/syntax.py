"""Dependency-parse helpers of the event coder: what a token's phrase, objects and governing
subject are. Pure functions over spaCy tokens; nothing here knows about actors or events."""

from __future__ import annotations

SUBJ = {"nsubj", "nsubjpass", "csubj"}
REFLEXIVE = {"itself", "themselves", "himself", "herself", "ourselves", "myself", "yourself", "yourselves", "oneself"}
# Argument phrases stop at clauses and appositions (the gold spans and the contract's "text" do).
PHRASE_PREPS = {"of", "in", "from", "at", "near", "for"}  # "police in Minsk", "students at a university", "inspectors for the UN"
PHRASE_STOP = {"relcl", "acl", "appos", "advcl", "punct", "cc", "conj", "parataxis", "ccomp",
               "prep", "dep", "mark"}
NAME_ENTS = {"ORG", "WORK_OF_ART", "LAW", "EVENT", "FAC", "PRODUCT"}
NON_ACTOR_ENTS = {"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"}

# verbs whose object does the act of their complement: "urged Iran to stop" (to-infinitive) and
# "accused Beijing of supporting" (of/for/with + gerund)
OBJECT_CONTROL_VERBS = {"urge", "ask", "force", "order", "call", "allow", "help", "enable", "encourage",
                        "invite", "persuade", "tell", "press", "push", "appeal", "plead"}
# the preposition behind which these verbs name the one who is to act ("called on partners to increase",
# "appealed to the police to prevent", "pleaded with Iran to release"); the others: "on"/"upon"
CONTROL_PREPS = {"appeal": ("to",), "plead": ("with",)}
OBJECT_CONTROL_PREP_VERBS = {"accuse", "suspect", "convict", "acquit", "charge", "blame", "criticize",
                             "criticise", "condemn", "praise", "thank", "punish", "fine", "commend",
                             "congratulate", "reward", "rebuke", "fault", "sanction", "sentence", "jail",
                             "imprison", "prosecute", "indict", "arrest", "detain"}

def verb_forms(lemmas) -> dict[str, str]:
    """Regular inflected forms → lemma, for verbs the lemmatizer misreads ("hopes" as a form of
    "hop"): a lookup by lemma falls back to the token's own form."""
    forms = {}
    for v in lemmas:
        stem = v[:-1] if v.endswith("e") else v
        for f in (v, v + ("es" if v.endswith(("s", "sh", "ch", "x")) else "s"), stem + "ed", stem + "ing"):
            forms.setdefault(f, v)
    return forms


def verb_lemma(tok, forms: dict[str, str]) -> str:
    """The token's lemma, or the lemma its form belongs to in ``forms`` when the lemma is not there."""
    lemma = tok.lemma_.lower()
    return lemma if lemma in forms.values() else forms.get(tok.lower_, lemma)


# prepositions of time and circumstance: "imposed sanctions after drone strikes on Ukrainian cities"
# does not say who struck, so the clause's subject is not the nominal event's source
ADJUNCT_PREPS = {"after", "following", "amid", "despite", "since"}


def is_passive(tok) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children) or _shared_passive(tok) is not None \
        or perceived_participle(tok) or stative_participle(tok)


LINKING_VERBS = {"look", "seem", "appear", "sound", "become", "remain", "feel", "be"}

# participles that also serve as prepositions: "barring a nominee they could not support" means "unless", "excluding
# fees" means "without"; used so (no subject of their own, no "from" of what is barred) they report no act
PREPOSITIONAL_PARTICIPLES = {"barring", "excluding", "including", "regarding", "concerning", "considering", "pending",
                             "failing", "notwithstanding"}


def prepositional_participle(tok) -> bool:
    """"… will return to the party, barring a nominee they cannot support": the participle is a preposition, no
    ban ("a decree barring foreigners from entering" still bars: its "from" names what is barred)."""
    return tok.lower_ in PREPOSITIONAL_PARTICIPLES and tok.dep_ in ("advcl", "prep") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") or (c.dep_ == "prep" and c.lower_ == "from")
        for c in tok.children)


def stative_participle(tok) -> bool:
    """"Crimea remains occupied", "Odesa was half-destroyed": a participle that a linking verb predicates of its
    subject tells the state the subject is left in; the subject suffered the act (the parser makes the
    participle a complement, so the subject looked like the doer)."""
    return tok.tag_ == "VBN" and tok.dep_ == "acomp" and tok.head.lemma_.lower() in LINKING_VERBS


PERCEIVING = {"see", "watch", "witness", "hear", "notice", "observe"}


def perceived_participle(tok) -> bool:
    """"They saw Popasna destroyed": a participle with no object under a verb of perception is a passive
    small clause (its subject suffered the act, the perceiver did nothing); the parser takes it for a
    past tense with a subject."""
    return tok.dep_ == "ccomp" and tok.tag_ in ("VBD", "VBN") and tok.head.lemma_.lower() in PERCEIVING \
        and not any(c.dep_ in ("dobj", "mark", "aux", "prt") for c in tok.children) \
        and any(c.dep_ == "nsubj" for c in tok.children)


# prepositions of time and manner whose gerund has the clause's subject ("injured after being attacked")
CONTROLLED_PREPS = {"after", "before", "upon", "on", "since", "despite", "without", "following", "until", "while",
                    "when", "by", "for", "through"}


def passive_subjects(tok) -> list:
    """The passive verb's subjects: its own, or those of the passive verb it is conjoined to; a passive
    with no subject in an adverbial phrase ("were injured after being attacked by protesters") has the
    subject of the clause it modifies."""
    shared = _shared_passive(tok)
    own = [c for c in (tok if shared is None else shared).children
           if c.dep_ == "nsubjpass" or (c.dep_ == "nsubj" and perceived_participle(tok))]
    if stative_participle(tok):
        own += [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if own or shared is not None or tok.dep_ not in ("pcomp", "advcl") or not any(
            c.dep_ == "auxpass" for c in tok.children) or any(c.dep_ in ("nsubj", "mark") for c in tok.children):
        return own
    if tok.dep_ == "pcomp" and tok.head.lower_ not in CONTROLLED_PREPS:
        return own  # "From being described as a leader to questioning his venue, blogs react": no one's
    head = tok.head.head if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" else tok.head
    return [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")] if head.pos_ in ("VERB", "AUX") else []


def _shared_passive(tok):
    """The passive verb a bare participle is conjoined to, sharing its subject and auxiliary:
    "was arrested and banned", "have been destroyed or damaged" (``None`` otherwise)."""
    if tok.dep_ != "conj" or tok.tag_ not in ("VBN", "VBD") or any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children):
        return None
    if tok.tag_ == "VBD" and any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in tok.children):
        return None  # a past tense of its own ("was arrested and accused the police"); without an
        #              object the tagger's VBD is the participle ("was elected and admitted to")
    head = tok.head
    while head.pos_ not in ("VERB", "AUX") and head.dep_ in ("oprd", "acomp") and head.head.i != head.i:
        head = head.head  # "was rescued alive and flown to Moscow": parsed as a conjunct of the predicate
    return head if any(c.dep_ in ("nsubjpass", "auxpass") for c in head.children) else None


def bare_participle(tok) -> bool:
    """A main verb in the past with a subject and nothing else a clause of the active voice has
    (object, auxiliary, agent, complement): "30,000 soldiers killed." reads as a passive."""
    return tok.tag_ in ("VBD", "VBN") and tok.dep_ in ("ROOT", "conj") and \
        any(c.dep_ == "nsubj" for c in tok.children) and \
        not any(c.dep_ in ("dobj", "aux", "auxpass", "agent", "ccomp", "xcomp", "prt", "dative") for c in tok.children)


def participle_adjective(tok) -> bool:
    """A past participle the parser made a verb over the bare noun right after it, with no auxiliary or subject of
    its own: "report missing persons, captured civilians and soldiers", "helped wounded soldiers" describe people, no
    one's act ("having surrounded and captured the town" and "captured the city" keep theirs)."""
    if tok.tag_ != "VBN" or tok.dep_ not in ("conj", "xcomp") or \
            any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "agent") for c in tok.children):
        return False
    if tok.dep_ == "conj" and (tok.head.tag_ == "VBN" or any(c.dep_ in ("aux", "auxpass") for c in tok.head.children)
                               or tok.i == 0 or tok.nbor(-1).lower_ != ","):
        return False  # (a list's item after a comma: "missing persons, captured civilians")
    return any(o.dep_ == "dobj" and o.left_edge.i == tok.i + 1 and o.tag_ in ("NNS", "NNPS") for o in tok.children)


def own_clause(verb) -> set[int]:
    """The token indices of the verb's own phrase and of its subject's, inherited along a chain of conjuncts or
    complements ("Germany has large oil reserves and will continue to import oil": "reserves", the first verb's
    object, is outside the clause of "continue")."""
    own = {t.i for t in verb.subtree}
    cur = verb
    while True:
        subs = [k for k in cur.children if k.dep_ in ("nsubj", "nsubjpass", "expl")]
        if subs or cur.dep_ not in ("conj", "xcomp", "ccomp", "advcl") or cur.head is cur:
            break
        cur = cur.head
    return own | {t.i for k in subs for t in k.subtree}


def which_antecedent(rel, noun, acts):
    """The noun a relative pronoun stands for. "Which" stands for a thing: when the parser hangs its
    clause on a noun that names who can act ("a program to support displaced persons, which provides
    for …"), it is the nearest noun above that does not (``acts``: the phrase head names an actor)."""
    if rel.lower_ != "which" or not acts(noun):
        return noun
    cur = noun
    for _ in range(6):
        if cur.head.i == cur.i:
            break
        cur = cur.head
        if cur.pos_ in ("NOUN", "PROPN") and not acts(cur):
            return cur
    return noun


def to_blame(tok) -> bool:
    """"X is to blame (for Y)": an idiom that says X is at fault, X blames no one."""
    return tok.lemma_.lower() == "blame" and tok.dep_ == "xcomp" and tok.head.lemma_ == "be" and \
        any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def reported_participle(tok) -> bool:
    """A participle completing a passive report of its subject's fate: "twenty people have been
    confirmed killed", "two were reported wounded", "five soldiers are believed captured": the subject
    of the report is who suffered the act."""
    return tok.tag_ == "VBN" and tok.dep_ in ("xcomp", "oprd") and any(c.dep_ == "nsubjpass" for c in tok.head.children) \
        and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)  # "was reported to have killed": the doer


def objects(tok, passive: bool, depth: int = 0):
    """The verb's objects in the order PETRARCH looks for a target: direct object, passive
    subject, prepositional objects left to right (on the verb, then on its object), then the
    same inside an infinitival complement ("vowed to wage war on the Rohans")."""
    kids = sorted(tok.children, key=lambda c: c.i)
    for c in kids:
        if c.dep_ in ("dobj", "dative", "attr", "oprd"):
            yield c
    if passive:
        yield from passive_subjects(tok)
    for holder in [tok] + [c for c in kids if c.dep_ in ("dobj", "attr")]:
        for c in sorted(holder.children, key=lambda c: c.i):
            if c.dep_ in ("prep", "agent") and c.i > tok.i and c.lower_ != "by":
                yield from (g for g in c.children if g.dep_ == "pobj")
    if depth < 2:
        for c in kids:
            if c.dep_ == "xcomp":  # not ccomp: "…, a senior official said" says nothing to Gondor
                yield from objects(c, False, depth + 1)


# prepositions of where something happens: their object is a venue, not a party
VENUE_PREPS = {"in", "inside", "at", "near"}

QUANTITIES = {"some", "all", "many", "most", "one", "part", "parts", "much", "several", "each", "any", "dozen",
              "dozens", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "scores", "number",
              "group", "groups", "handful", "majority", "rest", "none", "two", "three", "four", "five",
              "round", "rounds", "series", "wave", "waves", "spate", "string"}  # "a new round of talks"


# words that carry what they are "of": "a message of condolences" says condolences
CARRIERS = {"message", "messages", "letter", "letters", "telegram", "telegrams", "words", "expression", "expressions",
            "act", "acts"}  # "an act of genocide" is genocide


QUOTES = {'"', "“", "”", "'", "‘", "’", "«", "»"}


def direct_objects(verb) -> list:
    """The verb's direct objects: the first, and one right after it (its apposition: "his counterpart
    Italian President Mattarella"). A later "dobj" past a prepositional phrase of the verb, or opened by a
    quotation mark, is a misparse ("invaded Kuwait under the slogans 'one people'", "commends the position
    … of the principle 'nothing about Ukraine without Ukraine'")."""
    dobjs = [c for c in verb.children if c.dep_ == "dobj"]
    if len(dobjs) < 2:
        return dobjs
    first, preps = dobjs[0], [c.i for c in verb.children if c.dep_ == "prep"]
    return [first] + [d for d in dobjs[1:] if not any(first.i < q < d.i for q in preps)
                      and d.left_edge.text not in QUOTES
                      and (d.left_edge.i == 0 or d.doc[d.left_edge.i - 1].text not in QUOTES)]


def of_head(tok):
    """What a quantity or a carrier means: "some of the stances" → stances, "dozens of activists" →
    activists, "a message of condolences" → condolences; any other phrase is its own head."""
    if tok.lower_ in QUANTITIES or tok.lower_ in CARRIERS or tok.like_num or tok.ent_type_ in ("CARDINAL", "QUANTITY"):
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        if obj is not None:
            return obj
    return tok


def is_idiom(tok) -> bool:
    """Prepositional objects that are part of an idiom, not a party: "on top of", "in addition to"."""
    return tok.lower_ in ("top", "addition", "response", "order", "line", "behalf", "light", "view", "spite", "terms", "part")


# verbs whose subject does not carry out a nominal event in their clause: one condemns, denies,
# discusses or distances oneself from a killing, one does not do it; one who feels or receives
# support is not the one who gives it
NOT_DOING = {"distance", "deny", "condemn", "criticize", "criticise", "denounce", "blame", "accuse",
             "investigate", "probe", "mourn", "regret", "discuss", "debate", "report", "describe", "recall",
             "remember", "commemorate", "mark", "witness", "survive", "suffer", "escape", "fear", "oppose",
             "protest", "welcome", "reject", "dismiss", "question", "doubt", "study", "review", "examine",
             "document", "cite", "mention", "stress", "emphasize", "emphasise", "highlight", "say", "tell",
             "explain", "speak", "talk", "ask", "demand", "seek", "request", "need", "expect", "hope", "want",
             "point", "refer", "note", "justify", "feel", "sense", "appreciate", "enjoy", "receive", "deserve",
             "lack", "be", "die", "perish", "flee", "hide"}
# (not "see": "we have seen evidence of attempts to interfere" accuses; one who died, fled or hid
# in or from an attack is its victim: "a boy died as a result of a missile attack on Odesa")


CHARACTERISING = {"call", "brand", "label", "dub", "term", "describe", "portray", "characterize",
                  "characterise", "denounce_as", "consider", "deem"} | {"recognize", "recognise"}
# verbs that characterise only with a word of judgement ("recognized the war an act of genocide");
# otherwise their own sense stands ("recognized Kosovo as an independent state")
JUDGING_ONLY = {"recognize", "recognise"}


def characterised(tok):
    """(object, predicate) when the verb says what its object is: "called the strike a violation"
    (object predicate), "described the deal as a success" (as-phrase), "considers NATO a threat"
    (a small clause), 'called the Saudis "free riders"' (a predicate in quotation marks)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in CHARACTERISING:
        return None
    return _characterised(tok) or _quoted_predicate(tok)


QUOTE_TOKENS = QUOTES | {"''", "``"}  # (some outlets' plain-text quotation marks are two apostrophes)


def _quoted_predicate(tok):
    """(object, predicate) when what a naming verb calls its object follows it in quotation marks: 'called the
    Saudis "free riders"', "called Trump's remarks ''racist''": the parser hangs the quoted words anywhere (an
    object of the verb, an apposition of the last noun), so the words are read by their order: the object
    (the verb's own object before the quotation mark, else the noun right before it), then the quoted words'
    head. Only when nothing else stands between the verb and its object ("called on X to stop 'the
    aggression'" asks; "called it 'absurd'" is read as parsed)."""
    doc, end = tok.doc, tok.sent.end
    opening = next((i for i in range(tok.i + 2, min(end, tok.i + 12)) if doc[i].text in QUOTE_TOKENS), None)
    if opening is None:
        return None
    between = doc[tok.i + 1:opening]
    if any(t.pos_ in ("VERB", "AUX") or t.lower_ in ("on", "for", "as", "upon") or t.is_punct for t in between):
        return None
    before = doc[opening - 1]
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "oprd") and c.i < opening), None) or before
    if before.pos_ not in ("NOUN", "PROPN") or not (tok.left_edge.i <= obj.i <= tok.right_edge.i):
        return None
    closing = next((i for i in range(opening + 2, min(end, opening + 10)) if doc[i].text in QUOTE_TOKENS), None)
    if closing is None:
        return None
    words = [w for w in doc[opening + 1:closing] if not w.is_punct]
    heads = [w for w in words if not opening < w.head.i < closing]
    pred = heads[0] if heads else None
    return (obj, pred) if pred is not None and pred.pos_ in ("NOUN", "ADJ", "PROPN") else None


def _characterised(tok):
    to_be = next((c for c in tok.children if c.dep_ in ("ccomp", "xcomp") and c.lemma_ == "be"), None)
    if to_be is not None:
        # "considers NATO to be a threat", "considered her best performance to be her portrayal of …"
        subj = next((c for c in to_be.children if c.dep_ == "nsubj"), None) or \
            next((c for c in tok.children if c.dep_ == "dobj"), None)
        pred = next((c for c in to_be.children if c.dep_ in ("attr", "acomp")), None)
        if subj is not None and pred is not None:
            return subj, pred
    small = next((c for c in tok.children if c.dep_ == "ccomp" and c.pos_ in ("NOUN", "ADJ")), None)
    if small is not None:
        subj = next((c for c in small.children if c.dep_ == "nsubj"), None)
        return (subj, small) if subj is not None else None
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None and is_passive(tok):
        obj = next(iter(passive_subjects(tok)), None)  # "was considered the founding father"
    if obj is None:
        return _object_on_predicate(tok)
    subj = next((c for c in obj.children if c.dep_ == "nsubj" and c.i < obj.i), None)
    if subj is not None and obj.pos_ == "NOUN":
        # "consider the gender wars a helpful point of comparison", parsed with the small clause's subject on the
        # predicate noun: the subject is what is characterised
        return subj, obj
    pred = next((c for c in tok.children if c.dep_ in ("oprd", "attr") or (c.dep_ == "xcomp" and c.pos_ in ("NOUN", "ADJ"))), None)
    if pred is not None and pred.pos_ == "VERB":
        # "called the US strike a serious violation", parsed with "strike" as a verb: its
        # object is the predicate
        pred = next((c for c in pred.children if c.dep_ == "dobj"), None)
    if pred is None:
        # "recognized the war an act of genocide", parsed as a second object
        pred = next((c for c in tok.children if c.dep_ == "dobj" and c.i > obj.i), None)
    if pred is None:
        # "called the warrants issued by Iran a propaganda stunt", parsed with the predicate as an
        # apposition of the object: one with no comma before it
        pred = next((c for c in obj.children if c.dep_ == "appos" and not c.doc[c.left_edge.i - 1].is_punct), None)
    if pred is None:
        # "called Yanukovych, a former director, an outstanding leader": the apposition of an apposition is
        # what the object is called (the last one after a comma within the first: "… a former director who was
        # convicted as a young man, an outstanding leader")
        first = next((c for c in obj.children if c.dep_ == "appos"), None)
        pred = next((t for t in reversed(list(first.subtree)) if t.dep_ == "appos" and t.i > first.i
                     and t.doc[t.left_edge.i - 1].text == ","), None) if first is not None else None
    if pred is None:
        # "called the deal “lousy”": an adjective after its noun is a predicate, not an attribute
        pred = next((c for c in obj.children if c.dep_ == "amod" and c.i > obj.i), None)
    if pred is not None and pred.pos_ not in ("NOUN", "ADJ", "PROPN"):
        pred = None
    if pred is None:
        as_phrase = next((c for c in list(tok.children) + list(obj.children)
                          if c.dep_ == "prep" and c.lower_ == "as"), None)
        pred = next((g for g in as_phrase.children if g.dep_ in ("pobj", "amod", "acomp")), None) \
            if as_phrase is not None else None
    return (obj, pred) if pred is not None else None


def _object_on_predicate(tok):
    """"called Trump a charlatan", parsed with the name as a modifier of the predicate noun ("Trump a charlatan"
    as one phrase): a name before the predicate's own determiner is the object it characterises."""
    pred = next((c for c in tok.children if c.dep_ in ("oprd", "dobj") and c.pos_ == "NOUN"), None)
    if pred is None:
        return None
    det = next((c for c in pred.children if c.dep_ == "det"), None)
    obj = next((c for c in pred.children if c.dep_ in ("nmod", "compound") and c.pos_ in ("PROPN", "PRON")
                and det is not None and c.i < det.i), None)
    return (obj, pred) if obj is not None else None


def in_characterisation(tok, verb) -> bool:
    """``tok`` is a word of what ``verb`` calls its object ("called the death the senseless killing
    of a journalist"): the one who names it does not do it."""
    described = characterised(verb)
    return described is not None and described[1].left_edge.i <= tok.i <= described[1].right_edge.i


def asked_infinitive(clause) -> bool:
    """An infinitive the parser hung as a purpose on a verb that asks someone behind a preposition
    ("appealed to Russia to release the prisoners", "pleaded with Britain to release the tanker"):
    it is what the one asked is to do, as an xcomp would be."""
    return clause.dep_ == "advcl" and clause.head.lemma_.lower() in CONTROL_PREPS and \
        any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


QUESTION_VERBS = {"ask", "press"}  # they appeal or demand only with what is asked for; alone they put a question
WH_WORDS = {"who", "whom", "what", "which", "why", "how", "when", "where", "whether"}


def _quoted_before(clause, verb) -> bool:
    """``clause`` is a quotation before its verb ('"The ones who have been here 20 years," Trump asked.'): the
    words asked, whatever mark ends them."""
    doc, first = verb.doc, clause.left_edge.i
    return clause.i < verb.i and (doc[first].text in QUOTE_TOKENS or (first > 0 and doc[first - 1].text in QUOTE_TOKENS))


def only_a_question(verb) -> bool:
    """"Mrs. Clinton asked.", "'Mistake?' he asked", "Mr. Sanders was asked", "Pressed by the host, Trump said",
    "I ask, for who exactly?": a verb of asking with nothing asked for (no object but a quoted question, no
    clause, no infinitive, no "for" something) puts a question; it appeals to no one. ("asked Obama", "pressed
    China" keep their object; "asked for help", "pressed China to act" say what is wanted.)"""
    if verb.lemma_.lower() not in QUESTION_VERBS or verb.pos_ != "VERB":
        return False
    for c in verb.children:
        if c.dep_ in ("dobj", "dative", "iobj", "ccomp", "xcomp", "oprd") and not any(t.text == "?" for t in c.subtree) \
                and not _quoted_before(c, verb):
            return False
        if c.dep_ == "prep" and c.lower_ == "for" and not any(
                g.dep_ == "pobj" and g.lower_ in WH_WORDS for g in c.children):
            return False
        if c.dep_ == "advcl" and any(k.dep_ == "aux" and k.lower_ == "to" for k in c.children):
            return False  # "pressed for the United States to carry out airstrikes": what is asked for
        if (c.dep_ == "prep" and c.lower_ in ("on", "over") and c.i > verb.i and c.i + 1 < len(c.doc)
                and c.nbor().lower_ not in WH_WORDS) or asked_infinitive(c):
            # "pressed Beijing on human rights": the matter pressed ("pressed on why …" asks; "On the topic of
            # Putin, Trump was pressed …" sets the scene)
            return False
    return True


def controlled_object(verb):
    """The object of an object-control verb, which does its complement's act: "urged Iran to
    stop", "called on partners to increase assistance"."""
    if verb.lemma_.lower() not in OBJECT_CONTROL_VERBS:
        return None
    dobj = [c for c in verb.children if c.dep_ == "dobj"]
    if dobj:
        return dobj[0]
    # (the particle follows the verb: "On Nov. 2, Tillerson called Lavrov to discuss" is a date)
    preps = CONTROL_PREPS.get(verb.lemma_.lower(), ("on", "upon"))
    return next((g for c in verb.children if c.dep_ == "prep" and c.lower_ in preps and c.i > verb.i
                 for g in c.children if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")), None)


TAKING_PART = {"involve", "engage"}  # passives of taking part: "were involved / engaged in the attack"


def governing_subject(tok):
    """The doer of the clause a noun sits in ("US has carried out strikes on …" → US), or None
    when that clause does not do it ("condemned the killing", "distanced himself from …")."""
    cur = tok
    if tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.pos_ == "VERB":
        # "thanked Alar Karis for the visit", "blamed Moscow for the attack": the one thanked or
        # blamed did it, not the thanker
        obj = next((c for c in tok.head.head.children if c.dep_ == "dobj"
                    and (c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or c.tag_ == "PRP")), None)
        if obj is not None:
            return obj.i
    for _ in range(8):
        if cur.dep_ == "pobj" and cur.head.dep_ == "prep" and cur.head.lower_ in ADJUNCT_PREPS:
            return None
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            if cur.lemma_.lower() in NOT_DOING or in_characterisation(tok, cur):
                return None
            subj = [c for c in cur.children if c.dep_ in ("nsubj",)]
            if subj:
                return subj[0].i
            if cur.lemma_.lower() in TAKING_PART and tok.dep_ == "pobj" and tok.head.head.i == cur.i:
                # "Russian troops were involved in the invasion of Georgia": who is involved in an act does it
                subj = [c for c in cur.children if c.dep_ == "nsubjpass"]
                if subj:
                    return subj[0].i
            # "this was stated by Zelenskyy during a meeting with students": a passive clause's doer is its agent
            agent = next((g for a in cur.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"), None)
            if agent is not None:
                return agent.i
            if cur.dep_ == "xcomp" or asked_infinitive(cur):
                controller = controlled_object(cur.head)
                if controller is not None:
                    return controller.i
        if cur.head.i == cur.i:
            break
    return None


def _keeps(c) -> bool:
    """Modifiers of the head that belong to the phrase: "of/in/from" phrases, appositions
    ("his counterpart, Michel Aoun"), participles ("a bus carrying employees")."""
    if c.dep_ == "prep":
        # (a time is when, not who: "accepted 1,141 Iraqi refugees in May")
        return c.lower_ in PHRASE_PREPS and not any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME")
                                                    for g in c.children)
    if c.dep_ == "appos":
        return True
    if c.dep_ == "acl":
        # (not one that says something: "expelled the inspectors, charging that they spied" is why)
        return c.tag_ in ("VBN", "VBG") and not any(g.dep_ in ("aux", "ccomp") for g in c.children)
    return False


BRACKETS = {")": "(", "]": "["}


def _closes(doc, lo: int, hi: int) -> bool:
    """The token at ``hi`` closes a bracket the phrase opened: "the Lesotho Defence Force (LDF)"
    keeps its ")"."""
    opening = BRACKETS.get(doc[hi].text)
    if opening is None:
        return False
    depth = 0
    for t in doc[lo:hi]:
        depth += (t.text == opening) - (t.text == doc[hi].text)
    return depth > 0


def phrase(tok) -> tuple[int, int]:
    """Token range of the noun phrase headed by ``tok``: its modifiers, "of/in/from" phrases,
    appositions and participles; no relative clauses or conjuncts (each conjunct is a party)."""
    lo = hi = tok.i
    stack = [tok]
    while stack:
        t = stack.pop()
        for c in t.children:
            if c.dep_ in PHRASE_STOP and not (t is tok and _keeps(c)):
                continue
            if c.dep_ == "prep" and t is not tok:
                continue
            lo, hi = min(lo, c.left_edge.i if c.dep_ != "prep" else c.i), max(hi, c.right_edge.i if c.dep_ != "prep" else c.right_edge.i)
            stack.append(c)
    # trim edge punctuation and conjunctions
    doc = tok.doc
    while lo < tok.i and doc[lo].is_punct:
        lo += 1
    end = hi
    while hi > tok.i and (doc[hi].is_punct or doc[hi].dep_ == "cc"):
        hi -= 1
    if hi - lo > 11:  # a runaway phrase: keep the head and what precedes it
        hi = tok.i
    elif hi + 1 < len(doc) and (hi < end or lo <= doc[hi + 1].head.i <= hi) and _closes(doc, lo, hi + 1):
        hi += 1
    return lo, hi + 1


def verb_objects(verb) -> list:
    """The verb's objects, with the noun a relative clause hangs on when the clause has a subject
    of its own ("the questions the paper had asked the government")."""
    objs = [o for o in verb.children if o.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in verb.children):
        objs.append(verb.head)
    return objs


def _question_as_condition(verb, clause) -> bool:
    """A verb of asking's "if" clause the parser hung as a condition is the question asked: "asked Clinton if
    Trump benefits from the attacks". Not when something else is asked for ("will ask China for help if the talks
    fail", "asked them to leave if …": a condition)."""
    return clause.dep_ == "advcl" and verb.lemma_.lower() in QUESTION_VERBS and clause.i > verb.i \
        and clause.doc[clause.left_edge.i].lower_ in ("if", "whether") and not any(
            k.dep_ == "xcomp" or (k.dep_ == "prep" and k.lower_ == "for") for k in verb.children)


def other_sense(trigger, other_senses: dict) -> bool:
    """The trigger verb's object (or "preposition object", "preposition *" for any) says the verb is
    used in its other sense (lexicon ``other_senses``: "meets the requirements", "released a
    statement", "demonstrated courage", "asked him about it")."""
    senses = other_senses.get(trigger.lemma_.lower())
    if not senses:
        return False
    objects = {of_head(o).lemma_.lower() for o in verb_objects(trigger)}
    objects |= {"@person" for o in verb_objects(trigger) if o.ent_type_ == "PERSON"}  # "fired Comey"
    # a bare noun, adverb or predicate on the verb: "declined 40%", "pressing forward", "pled guilty"
    objects |= {o.lemma_.lower() for o in trigger.children if o.dep_ in ("npadvmod", "advmod", "prt", "oprd", "acomp")}
    objects |= {f"{p.lower_} {lemma}" for p in trigger.children if p.dep_ == "prep"
                for o in p.children if o.dep_ in ("pobj", "pcomp") for lemma in (o.lemma_.lower(), "*")}
    # (the word right after the preposition too: "taking into account current realities" parses
    # "account" as a modifier of "realities")
    objects |= {f"{p.lower_} {p.nbor().lemma_.lower()}" for p in trigger.children
                if p.dep_ == "prep" and p.i + 1 < len(p.doc) and any(o.dep_ in ("pobj", "pcomp") for o in p.children)}
    # a clause by its first word: "asked him if he had any ideas", "asked how it is linked" ("wh *")
    for c in trigger.children:
        if c.dep_ == "ccomp" or _question_as_condition(trigger, c):
            first = c.doc[c.left_edge.i]
            objects.add("wh *" if first.tag_ in ("WDT", "WP", "WRB") else f"{first.lower_} *")
    # ("*": any object, a passive's subject or a clause too: "unity was demonstrated by 15 million
    # citizens", "we demonstrate who the Ukrainians are")
    return bool(objects & senses) or ("*" in senses and any(o.dep_ in ("dobj", "nsubjpass", "ccomp")
                                                           for o in trigger.children))
