"""Event triggers: the lexicon's verbs (with light-verb objects and particles), nominal events,
frames that wrap an embedded event ("threatened to impose …"), verbs of the user's PETRARCH
dictionaries, and statements (01x) about or to another actor."""

from __future__ import annotations

from tidings.actors.coreference import PRONOUNS
from tidings.events import cameo, modality as modality_mod
from tidings.events.arguments import OBJECT_PREPS, expand, subjects
from tidings.events.candidate import Candidate
from tidings.events.context import ACTOR_LABELS, TALK, in_venue, through_a_place
from tidings.events.lexicon import Lexicon, Pattern
from tidings.events.syntax import (CONTROL_PREPS, JUDGING_ONLY, LINKING_VERBS, NAME_ENTS, NON_ACTOR_ENTS, REFLEXIVE, SUBJ,
                                   asked_infinitive, characterised, controlled_object, direct_objects, governing_subject,
                                   is_idiom, is_passive, objects, of_head, other_sense, own_clause, passive_subjects, prepositional_participle,
                                   verb_forms, verb_lemma)

# intent verbs that commit the subject by themselves ("agreed to establish …"); "want", "hope"
# and the like only count when their complement codes an event
STRONG_INTENT = {"pledge", "promise", "vow", "agree", "offer", "commit", "undertake", "plan", "intend", "propose", "decide",
                 "be_ready", "be_willing", "be_prepared"}  # an intent even when its act codes nothing
PROPOSING = {"suggest", "propose"}  # "I suggest that we discuss …": the that-clause is what is proposed
OFFERING = {"offer", "promise", "pledge", "guarantee"}  # commissives made to someone: "was offered to" names him
COMMISSIVES = {"pledge", "promise", "vow", "agree", "commit", "undertake", "swear", "guarantee", "assure"}
DESIRES = {"want", "hope", "seek", "aim", "wish", "expect", "desire"}  # intent verbs that only wish
DECISIONS = {"decide"}  # an intent verb whose coded complement is done: "decided to grant asylum"
# intent verbs that commit to no one: a plan whose act codes nothing and names no other party is one's own
# affair ("planned to hold its convention online", "intends to appeal"), no intent to cooperate
OWN_PLANS = {"plan", "intend"}
# a readiness said in a relative clause, whose act codes nothing and names no actor, describes its holder's
# disposition ("the Western elites, who are ready to sacrifice the rest of the world"): no one is offered anything.
# (Said as a main clause it is an offer: "we are ready to take more steps towards those taking a step towards us";
# "willing to send more resources to Colombia". A decision is not one of them: "decided to ease curfew hours"
# yields, though the lexicon has no code for easing.)
READINESS = {"be_ready", "be_willing", "be_prepared"}
ASKING_FRAMES = ("appeal", "demand")  # frames whose complement is asked of someone, not done
# cooperation needs a partner: "received 192 votes", "the group was visiting" are not events
NEEDS_PARTNER = {"04", "05", "06", "07"}
# verbs of giving that take two objects ("gave Ukraine military aid"): the parser often makes the
# first, a country, a modifier of the second
GIVING_TWO_OBJECTS = {"give", "grant", "offer", "lend", "sell", "hand", "promise", "pledge"}


OBLIGATION = {"must", "should", "ought"}
NEED_VERBS = {"need", "have"}  # "needs to withdraw", "has to withdraw": must


def obliged(clause) -> bool:
    """A clause stating an obligation: "Russia must withdraw", "should release", "needs to leave"; a
    conjunct with no subject or auxiliary of its own shares its first verb's ("must win and return")."""
    while clause.dep_ == "conj" and clause.head.i != clause.i and not any(
            c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in clause.children):
        clause = clause.head
    return any(c.dep_ == "aux" and c.lower_ in OBLIGATION for c in clause.children) or (
        clause.dep_ == "xcomp" and clause.head.lemma_.lower() in NEED_VERBS
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children))


# verbs of informing: what they pass on is information, so the PETRARCH-derived patterns code no act other than
# sharing it from their object ("informed Erdogan on the progress of the operation" is no intent to cooperate, "cited the repression as
# his motivation" no intent to help)
INFORMING = {"inform", "brief", "notify", "apprise", "update", "explain", "describe", "outline", "detail", "clarify",
             "mention", "cite", "recount", "narrate"}
SHARE_INFORMATION = "064"  # what a verb of informing does code ("briefed Scholz": 064)

ACCUSE = "112"
AGREEMENT = "057"  # sign a formal agreement
BLAME = {"responsible": "for", "guilty": "of", "culpable": "for"}


def culprit(clause, harms):
    """The subject a clause blames for a harm: "Russia was behind the attack", "Iran is
    responsible for the killing", "was guilty of war crimes"; None when it blames nobody (or denies it)."""
    if clause.lemma_ != "be" or any(c.dep_ == "neg" for c in clause.children):
        return None
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    preps = [c for c in clause.children if c.dep_ == "prep" and c.lower_ == "behind"]
    preps += [g for c in clause.children if c.dep_ == "acomp" and c.lower_ in BLAME
              for g in c.children if g.dep_ == "prep" and g.lower_ == BLAME[c.lower_]]
    for prep in preps:
        if any(g.dep_ == "pobj" and g.lemma_.lower() in harms for g in prep.children):
            return subj
    return None


# the auxiliaries of a clause that says what is or was so
STATED_AUX = {"was", "were", "had", "has", "have", "is", "are", "am", "'s", "'re", "'m"}


def stated_as_fact(clause) -> bool:
    """A that-clause in the past, the perfect or the present ("she was never pressured", "it has done nothing
    wrong"): what a speaker insists on as having been so, not what one asks another to do."""
    # the present indicative too ("insist he is returning", "insists she knows"): a mandate takes the bare
    # form ("insisted that he resign", "that they be heard"), never "is" or an "-s" form
    return clause.tag_ in ("VBD", "VBZ") or any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in STATED_AUX for c in clause.children)


def committed(clause) -> bool:
    """A that-clause one can commit to: its act is yet to come ("pledged that China would
    provide", "agreed that talks will resume", "decided that troops shall leave")."""
    return any(c.dep_ == "aux" and c.lower_ in modality_mod.FUTURE_AUX | {"would", "should", "must"}
               for c in clause.children)


def _asked_behind_a_prep(verb, comps) -> list:
    """The one asked to do an infinitive's act, named behind the verb's preposition: "appealed to the
    National Police to prevent forgery", "pleaded with Iran to release" (the controller). ("called on X to
    …" keeps its older reading, the complement's party: the gold splits mark that one.)"""
    if verb.lemma_.lower() not in CONTROL_PREPS or not any(c.dep_ == "xcomp" or asked_infinitive(c) for c in comps):
        return []
    asked = controlled_object(verb)
    return [asked] if asked is not None and asked.dep_ == "pobj" else []


def same_side(arg, sources) -> bool:
    """Whether ``arg`` is one of ``sources`` or their country ("we", "our forces")."""
    if arg.actor.text.lower() in ("we", "us", "i") or not arg.actor.code:
        return True
    return any(s.actor.code == arg.actor.code or (s.actor.country and s.actor.country == arg.actor.country)
               for s in sources if s is not None)




SPOKEN_ABOUT = SUBJ | {"poss", "compound", "amod", "dobj", "pobj"}  # roles of an actor a statement is about


def _reduced_passive(tok) -> bool:
    """A past participle modifying a noun with no subject of its own: "areas returned to Panama"."""
    return tok.dep_ == "acl" and tok.tag_ == "VBN" and not any(c.dep_.startswith("nsubj") for c in tok.children)


def _with_compound(tok) -> str:
    """"hunger strike", "asylum seeker": the noun's lemma after the modifier just before it."""
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    if before is None or before.head.i != tok.i or before.dep_ not in ("compound", "amod"):
        return tok.lemma_.lower()
    return f"{before.lower_} {tok.lemma_.lower()}"


def _passive_subjects(ctx, tok) -> list:
    return [ctx.arg(c.i) for c in passive_subjects(tok)]


def _intent_lemma(tok) -> str:
    """The intent verb's lemma, "be_ready" for "is ready to" (the frames' "be_" lemmas)."""
    lemma = tok.lemma_.lower()
    if lemma == "be":
        acomp = next((c for c in tok.children if c.dep_ == "acomp"), None)
        if acomp is not None:
            return "be_" + acomp.lower_
    return lemma


class Triggers:
    """Finds candidate events at the triggers of one sentence (the lexicon's, the user's)."""

    def __init__(self, lexicon: Lexicon, user_dictionary=None, wide_dictionary=None):
        self.lexicon = lexicon
        self.user_dictionary = user_dictionary  # PETRARCH-format verbs (events.petrarch), optional
        # the packaged PETRARCH-derived verbs (events.build_lexicon), tried where the lexicon has
        # no entry for a verb
        self.wide_dictionary = wide_dictionary
        self.frame_lemmas = {lemma: f for f in lexicon.frames for lemma in f.lemmas}
        self.frame_forms = verb_forms(self.frame_lemmas)
        self.frame_by_name = {f.name: f for f in lexicon.frames}

    def user_verbs(self, ctx, sent, done: set[int]) -> list[Candidate]:
        """Verbs of the user's PETRARCH dictionaries: their code, our roles. They claim every
        verb they list (added to ``done``: the lexicon does not code it again)."""
        return self._dictionary_verbs(ctx, sent, self.user_dictionary, done, "user")

    def wide_verbs(self, ctx, sent, claimed: set[int]) -> list[Candidate]:
        """The packaged PETRARCH-derived verbs, on verbs no other trigger ``claimed`` and that the
        lexicon has no entry for (its own entries win); never on reporting verbs (what is said
        is the statement and quote stages' work), never with a news outlet as the target (the
        outlet a thing was said to is a venue, not a party)."""
        if self.wide_dictionary is None:
            return []
        return self._dictionary_verbs(ctx, sent, self.wide_dictionary, claimed, "wide")

    def _dictionary_verbs(self, ctx, sent, dictionary, done: set[int], kind: str) -> list[Candidate]:
        """Verbs of a PETRARCH-format dictionary: its code, our roles.

        The target is the verb's first object (direct object, else the object of its first
        preposition, else the passive subject), as PETRARCH takes the first noun phrase after
        the verb; the source is the subject as everywhere else.
        """
        from tidings.events import petrarch

        words = lemmas = None  # built only when a verb of the dictionary is in the sentence
        wide = kind == "wide"
        out = []
        for tok in sent:
            if wide:
                lemma = tok.lemma_.lower()
                if (tok.pos_ != "VERB" or tok.i in done or tok.ent_type_ in NAME_ENTS
                        or lemma in self.lexicon.verbs or lemma in self.lexicon.reporting
                        or characterised(tok) is not None):
                    continue  # (what a verb calls its object is coded by our characterisations)
            elif tok.pos_ not in ("VERB", "AUX", "NOUN") or (tok.pos_ == "NOUN" and tok.dep_ not in ("ROOT",)):
                continue
            if prepositional_participle(tok):
                continue  # "barring", "excluding" used as prepositions: no act
            blocks = dictionary.blocks_for(tok.lemma_.lower(), tok.lower_)
            if not blocks:
                continue
            if not wide:
                done.add(tok.i)
            if words is None:
                words = [t.lower_ for t in sent]
                lemmas = [t.lemma_.lower() for t in sent]
            anchored = {c.i - sent.start for h in [tok, *(o for o in tok.children if o.dep_ == "dobj")]
                        for c in h.children if c.dep_ in ("prep", "dative", "agent", "prt")}
            if wide:
                # our packaged patterns read a word before the verb in the verb's own clause only (a user's PETRARCH
                # dictionary keeps PETRARCH's reading: anywhere before it)
                own = own_clause(tok)
                verb_at = tok.i - sent.start
                before = [[w if i >= verb_at or i + sent.start in own else "" for i, w in enumerate(ws)]
                          for ws in (words, lemmas)]
                code, recip = petrarch.match(blocks[0], before[0], before[1], verb_at, anchored)
            else:
                code, recip = petrarch.match(blocks[0], words, lemmas, tok.i - sent.start, anchored)
            if code is None or (wide and tok.lemma_.lower() in INFORMING and not code.startswith(SHARE_INFORMATION)):
                continue
            passive = is_passive(tok)
            sources = subjects(ctx, tok, passive)
            src_codes = {a.actor.code for a in sources}
            target = None
            for cand in objects(tok, passive):
                if cand.ent_type_ in NON_ACTOR_ENTS or cand.like_num:
                    continue
                arg = ctx.arg(cand.i)
                if wide and arg.resolved and "MED" in arg.actor.sectors:
                    continue
                if arg.resolved and arg.actor.code not in src_codes:
                    target = cand
                    break
            targets = expand(ctx, [target]) if target is not None else []
            if not any(a.resolved for a in sources) or not targets:
                continue  # PETRARCH's require_dyad: a dictionary event names both sides
            # the pattern's phrase includes the verb's object ("continue talks"): no nominal event of its own
            objs = {c.i for c in tok.children if c.dep_ == "dobj"}
            out.append(Candidate(code, tok, sources, targets, kind, consumed=objs))
            if recip:
                out.append(Candidate(recip, tok, targets, sources, kind, consumed=objs))
        return out

    def verb(self, ctx, tok) -> Candidate | None:
        if prepositional_participle(tok):
            return None  # "barring a nominee they cannot support": "unless", no ban
        if tok.tag_ == "VBG" and tok.dep_ in ("acomp", "xcomp", "oprd") and tok.head.lemma_.lower() in LINKING_VERBS:
            return None  # "it looked threatening", "the situation remains alarming": a description
        if tok.dep_ in ("oprd", "ccomp") and characterised(tok.head) is not None:
            return None  # a word of the characterisation ("called the US strike a …"), not an act
        described = characterised(tok)
        if described is not None:
            obj, pred = described
            code = next((self.lexicon.characterisations[w] for p in (pred, of_head(pred))
                         for w in (p.lemma_.lower(), p.lower_) if w in self.lexicon.characterisations), None)
            if code is not None:
                return Candidate(code, tok, subjects(ctx, tok, is_passive(tok)), expand(ctx, [obj]), "verb",
                                 consumed={t.i for t in pred.subtree})  # "a serious violation" is no act
            if tok.lemma_.lower() not in JUDGING_ONLY:
                return None  # "called him the new coach": a naming, not an event (and no phone call)
        pats = self.lexicon.verbs.get(tok.lemma_.lower()) or self.lexicon.verbs.get(tok.lower_)
        if not pats:
            return None
        best, best_score, best_targets, best_consumed = None, -1, [], set()
        passive = is_passive(tok)
        for p in pats:
            ok, targets, consumed = self._match_verb(tok, p, passive)
            if not ok or (p.needs_party and not targets):
                continue
            score = 2 * bool(p.objects) + bool(p.particle) + 2 * bool(targets)
            if score > best_score:
                best, best_score, best_targets, best_consumed = p, score, targets, consumed
        if best is None:
            return None
        sources = subjects(ctx, tok, passive)
        targets = expand(ctx, [tok.doc[t] for t in best_targets])
        if best.received:  # "Ukraine received vaccines from Japan": the giver is the source
            sources, targets = targets, sources
        kind = "light" if best.objects else "verb"
        return Candidate(best.code, tok, sources, targets, kind, best.recip, best_consumed,
                          needs_target=not best.optional and not best.objects and not best.recip
                          and best.code[:2] in NEEDS_PARTNER, target_optional=best.optional)

    def _match_verb(self, tok, p: Pattern, passive: bool):
        children = list(tok.children)
        if p.received and passive:
            return False, [], set()  # "assistance is received by the Houthis": the passive names no giver
        if p.transitive and not passive and not _reduced_passive(tok) and not any(
                c.dep_ == "dobj" or (c.dep_ == "npadvmod" and c.pos_ == "NOUN" and not c.ent_type_) for c in children):
            # "the president returned to Tehran": he went back, gave nothing back ("returned to Brazil
            # 21 frogs": a shifted object the parser calls npadvmod; "areas returned to Panama": passive)
            return False, [], set()
        carriers = []
        consumed: set[int] = set()
        clause_subjects: list[int] = []  # the party of a particle that heads a clause of its own
        if p.particle:
            parts = p.particle.split("_")
            part = [c for c in children if c.lower_ == parts[0] and (c.dep_ in ("prt", "prep", "advmod", "dobj", "acomp")
                    or (c.dep_ in ("ccomp", "oprd") and c.pos_ == "ADJ"))
                    and not (p.preps and not p.objects and parts[0] not in p.preps
                             and any(g.dep_ == "pobj" for g in c.children))]
            # ("give_in ~to": "gives the people in Siberian cities the joy" has a preposition, no particle)
            # "on Tuesday called on Iran": the particle is the "on" whose object is no date
            part.sort(key=lambda c: any(g.ent_type_ in ("DATE", "TIME") for g in c.children))
            if not part:
                return False, [], consumed
            # (a small clause: "found Nielsen guilty" — its subject is the party)
            clause_subjects = [g.i for c in part[:1] if c.dep_ in ("ccomp", "oprd")
                               for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
            if part[0].dep_ == "prep":
                carriers.append(part[0])
        obj = None
        if p.objects:
            objs = [c for c in children if c.dep_ in ("dobj", "attr", "oprd", "acomp")] + \
                   (passive_subjects(tok) if passive else []) + \
                   [g for c in children if c.dep_ == "prep" and p.particle and c.lower_ == p.particle.split("_")[0]
                    for g in c.children if g.dep_ == "pobj"]
            # "hold talks" / "impose new sanctions": lemma or surface form of the object head
            # ("began a new round of exercises": the object a quantity noun counts; "went on hunger
            # strike": an object of two words)
            obj = next((o for cand in objs for o in (cand, of_head(cand)) if o.lemma_.lower() in p.objects
                        or o.lower_ in p.objects or _with_compound(o) in p.objects), None)
            if obj is None:
                return False, [], consumed
            if not p.object_party:
                consumed.add(obj.i)
            carriers += [c for c in obj.children if c.dep_ == "prep"]
        targets: list[int] = list(clause_subjects)
        if p.preps:
            for c in children + carriers:
                if c.dep_ in ("prep", "dative", "agent") and c.lower_ in p.preps:
                    targets += [g.i for g in c.children if g.dep_ in ("pobj", "pcomp")]
                elif c.dep_ == "dative" and "to" in p.preps and c.pos_ in ("NOUN", "PROPN", "PRON"):
                    targets.append(c.i)
            if not targets and "to" in p.preps and obj is not None and tok.lemma_.lower() in GIVING_TWO_OBJECTS:
                # "gave Ukraine military aid": the recipient, parsed as the object's modifier, right after the verb
                targets += [c.i for c in obj.children if c.dep_ in ("compound", "nmod") and c.i == tok.i + 1
                            and c.ent_type_ in ("GPE", "ORG", "PERSON")]
            if not targets:
                # PP attachment is often wrong: "extradited a suspect to France" hangs "to" on "suspect"
                for o in children:
                    if o.dep_ == "dobj" and o.i not in consumed:
                        for c in o.children:
                            if c.dep_ == "prep" and c.lower_ in p.preps:
                                targets += [g.i for g in c.children if g.dep_ == "pobj"]
        elif carriers and p.particle and p.particle != "for" and not p.dobj_named:
            # "call on X": the particle's object is the party; "call for X" names the content, and
            # "provided X with weapons" (+dobj) what is given; in a passive the subject is the party
            # ("the sergeant was shot at the custody centre": where, not at whom)
            if passive and not p.objects and passive_subjects(tok):
                targets += [c.i for c in passive_subjects(tok)]
            else:
                for c in carriers:
                    targets += [g.i for g in c.children if g.dep_ == "pobj"]
        if p.particle == "for" and not targets:
            targets += [c.i for c in children if c.dep_ == "dobj"]  # "pushed Congress for reforms"
        if p.particle == "for" and not targets:
            # "called for Rosselló's resignation": the one whose act is asked for is asked
            targets += [k.i for c in carriers for g in c.children if g.dep_ == "pobj" for k in g.children
                        if k.dep_ == "poss" and k.ent_type_ in ACTOR_LABELS]
        if p.dobj and not targets:
            if passive:
                targets += [c.i for c in passive_subjects(tok) if c.i not in consumed]
            else:
                targets += sorted([c.i for c in direct_objects(tok) if c.i not in consumed]
                                  + [c.i for c in children if c.dep_ == "dative" and c.i not in consumed])
        if obj is not None and obj.i in consumed and not targets:
            # whose the pattern's own word is: "supports Ukraine's sovereignty", "rejected the government's offer"
            # (not a pronoun's: "opened its borders" is the doer's own)
            targets += [c.i for c in obj.children
                        if c.dep_ == "poss" and c.pos_ != "PRON" and c.ent_type_ not in ("DATE", "TIME")]
        if p.objects and not p.preps and not targets:
            # a light verb without named prepositions: its addressee ("give aid to X")
            for c in children + carriers:
                if c.dep_ in ("dative",) or (c.dep_ == "prep" and c.lower_ in ("to", "with", "on", "against")):
                    targets += [g.i for g in c.children if g.dep_ == "pobj"] or ([c.i] if c.dep_ == "dative" else [])
        # the pattern's own word is no party ("remained on alert", "went on strike": the particle's
        # object); what it is aimed at is ("on strike against the government")
        targets = [t for t in targets if t not in consumed] + [
            g.i for t in targets if t in consumed for c in tok.doc[t].children
            if c.dep_ == "prep" and c.lower_ in OBJECT_PREPS for g in c.children if g.dep_ == "pobj"]
        # a number is no party, unless it counts one ("released dozens of activists")
        targets = [t for t in targets if (of_head(tok.doc[t]).i != t or (
                   tok.doc[t].ent_type_ not in NON_ACTOR_ENTS and not tok.doc[t].like_num
                   and not is_idiom(tok.doc[t]) and tok.doc[t].pos_ not in ("VERB", "AUX")
                   and tok.doc[t].lower_ not in REFLEXIVE
                   and not (tok.doc[t].lower_ == "other" and t > 0 and tok.doc[t - 1].lower_ in ("each", "one"))))]
        # "protested against the killing of a man by police": a harm is aimed at by way of its doer
        targets = [next((g.i for c in tok.doc[t].children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")
                         for g in c.children if g.dep_ == "pobj"), t)
                   if tok.doc[t].lemma_.lower() in self.lexicon.harms else t for t in targets]
        return True, targets, consumed

    def _noun_doers(self, ctx, tok, p: Pattern, has_targets: bool) -> tuple[list, bool]:
        """Who does a nominal event: its possessor, an actor modifier or a "by" phrase; else an actor
        behind "of"/"from" when the party has its own preposition; else the governing clause's subject
        (``True``: a fallback)."""
        srcs = []
        for c in tok.children:
            if (c.dep_ == "poss" and c.ent_type_ not in ("DATE", "TIME")) or (
                    c.dep_ in ("amod", "compound", "nmod") and ctx.is_actor_token(c)):
                srcs.append(ctx.arg(c.i))  # ("today's visit": a day, no visitor)
            elif c.dep_ == "prep" and c.lower_ == "by":
                srcs += [ctx.arg(g.i) for g in c.children if g.dep_ == "pobj"]
        if not srcs and has_targets:
            # "the support of Estonia for Ukraine", "support for Ukraine from partners": with the
            # party named behind its own preposition, an actor behind "of" or "from" is the doer
            srcs = [ctx.arg(g.i) for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "from")
                    and c.lower_ not in p.preps for g in c.children if g.dep_ == "pobj" and ctx.head_acts(g)]
        if not srcs:
            gov = governing_subject(tok)
            if gov is not None and tok.doc[gov].lemma_.lower() not in self.lexicon.non_agents:
                # ("the Treaty reaffirms the policy to develop cooperation": a treaty does not cooperate)
                return [ctx.arg(gov)], True
        return srcs, False

    def nominalised(self, ctx, tok) -> Candidate | None:
        """The noun of an act with its verb's light pattern: "the suspension of aid to Egypt" (162), "the
        delivery of weapons to Ukraine" (072); the verb's object behind "of", the party behind the
        pattern's preposition (on the noun or on its object)."""
        verb = self.lexicon.nominalisations.get(tok.lemma_.lower()) or self.lexicon.nominalisations.get(tok.lower_)
        if verb is None:
            return None
        acted_on = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        for p in self.lexicon.verbs.get(verb, []):
            if not p.objects or not p.preps or p.received:
                continue
            obj = next((o for d in acted_on for o in (d, of_head(d)) if o.lemma_.lower() in p.objects
                        or o.lower_ in p.objects), None)
            if obj is None:
                continue
            targets = [g for h in (tok, obj) for c in h.children if c.dep_ == "prep" and c.lower_ in p.preps
                       for g in c.children if g.dep_ in ("pobj", "pcomp")]
            if not targets:
                continue
            srcs, fallback = self._noun_doers(ctx, tok, p, True)
            return Candidate(p.code, tok, srcs, expand(ctx, targets), "noun", p.recip, {obj.i},
                             fallback_source=fallback)
        return None

    def noun(self, ctx, tok) -> Candidate | None:
        pats = self.lexicon.nouns.get(tok.lower_) or self.lexicon.nouns.get(tok.lemma_.lower())
        if not pats:
            return self.nominalised(ctx, tok)
        for p in pats:
            if p.objects and not any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in p.objects
                                     for c in tok.children):
                continue
            targets = []
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ in p.preps:
                    targets += [g.i for g in c.children if g.dep_ in ("pobj", "pcomp")]
            if not targets and not p.optional:
                continue
            srcs, fallback = self._noun_doers(ctx, tok, p, bool(targets))
            if fallback and p.code == AGREEMENT:
                # "withdrew the US from a treaty with Iran", "to leave with or without a deal with the EU": an
                # agreement named in a clause that does something else with it is a thing, not a signing (the
                # verbs that make one take it as their light object: "signed a treaty with")
                return None
            code = p.code
            if cameo.root(code) >= "18" and targets and all(
                    of_head(tok.doc[t]).lemma_.lower() in self.lexicon.abstractions for t in targets):
                # "attacks on her campaign", "an assault on the reform": violence aimed at an idea or a campaign is
                # criticism in words, as the verbs' is (lexicon ``abstractions``)
                code = "111"
            targets = expand(ctx, [tok.doc[t] for t in targets])
            return Candidate(code, tok, srcs, targets, "noun", p.recip, fallback_source=fallback)
        return None

    def frame(self, ctx, tok, by_trigger) -> Candidate | None:
        if modality_mod.wraps_anothers_act(tok):
            return None  # "wants Iran to release": the holder's statement, made in assembly
        lemma = verb_lemma(tok, self.frame_forms)
        frame = self.frame_lemmas.get(lemma)
        if frame is not None and frame.name == "consider" and is_passive(tok):
            return None  # "this day is considered to be the date when …": regarded as, no option weighed
        if frame is None and tok.lemma_.lower() in self.lexicon.reporting:
            said = self._said_of_another(ctx, tok, by_trigger)
            if said is not None:
                return said
        if frame is None:
            # "be ready/willing to": the frames' "be_" lemmas
            if lemma == "be":
                acomp = next((c for c in tok.children if c.dep_ == "acomp" and "be_" + c.lower_ in self.frame_lemmas), None)
                if acomp is not None:
                    frame = self.frame_lemmas["be_" + acomp.lower_]
                    # "interested in investing": the gerund of "in" is what one would like to do
                    comps = [c for c in acomp.children if c.dep_ == "xcomp"] + [
                        g for p in acomp.children if p.dep_ == "prep" and p.lower_ == "in" and acomp.lower_ == "interested"
                        for g in p.children if g.dep_ == "pcomp" and g.tag_ == "VBG"]
                    if "be_" + acomp.lower_ not in STRONG_INTENT and not any(c.i in by_trigger for c in comps):
                        return None  # "proud to greet you": glad of what codes nothing, no intent
                    return self._apply_frame(ctx, tok, frame, comps, by_trigger)
            return None
        # "told the court (that) she was forced": only intent verbs take a that-clause as their act
        comps = [c for c in tok.children if c.dep_ == "xcomp" or asked_infinitive(c) or (c.dep_ == "ccomp" and frame is not None
                 and frame.name in ("intent", "demand", "appeal") and lemma not in ("tell", "ask") and not any(
            g.dep_ == "mark" and g.lower_ in ("whether", "if") for g in c.children)
            # "decided which country he would choose": an indirect question commits to nothing
            and c.left_edge.tag_ not in ("WDT", "WP", "WP$", "WRB")
            # one commits to what is yet to be done: "agreed they are waiting" is an opinion
            and (frame.name != "intent" or committed(c) or lemma in PROPOSING)
            # "insisting she was never pressured": a demand's that-clause asks for what is not yet so
            and not (frame.name in ("demand", "appeal") and stated_as_fact(c)))]
        if frame is not None and frame.name in ASKING_FRAMES:
            # "insisted on holding direct talks", "pressed for releasing the prisoners": the gerund is asked for
            comps += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "for")
                      for g in c.children if g.dep_ == "pcomp"]
        return self._apply_frame(ctx, tok, frame, comps, by_trigger)

    def _said_of_another(self, ctx, tok, by_trigger) -> Candidate | None:
        """What a reporting verb's clause says of another actor: "said Russia was behind the
        attack" (an accusation), "said Russia must withdraw" (a demand); None when it says neither
        or the speaker cannot be named ("I believe expats should …" in a blog is an opinion)."""
        comps = [c for c in tok.children if c.dep_ == "ccomp"]
        if not comps:
            return None
        sources = subjects(ctx, tok, is_passive(tok))
        for comp in comps:
            blamed = culprit(comp, self.lexicon.harms)
            if blamed is not None and sources:
                accused = ctx.arg(blamed.i)
                if accused.resolved and not same_side(accused, sources):
                    return Candidate(ACCUSE, tok, sources, [accused], "frame", False, {comp.i})
        obligations = [c for c in comps if obliged(c)]
        if not obligations or not any(a.resolved for a in sources):
            return None
        demand = self.frame_by_name["demand"]
        cand = self._apply_frame(ctx, tok, demand, obligations, by_trigger)
        if cand is None and not any(c.i in by_trigger for c in obligations):
            # "Russia must stop the shelling": a demand whose act the lexicon has no code for
            asked = [ctx.arg(g.i) for c in obligations for g in c.children if g.dep_ == "nsubj"]
            asked = [a for a in asked if a.resolved and not same_side(a, sources)]
            if asked:
                return Candidate(demand.default, tok, sources, asked[:1], "frame", False, set())
        return cand

    def _apply_frame(self, ctx, tok, frame, comps, by_trigger):
        if frame is None:
            return None
        # (an undertaking's purpose the parser hung on the frame verb is not what the frame asks or promises)
        comps = [c for c in comps if modality_mod.misattached_purpose(c) is None]
        for comp in comps:
            chain = [comp] + [c for c in comp.children if c.dep_ == "conj"]
            for head in chain:
                inner = by_trigger.get(head.i)
                if inner is None:
                    continue
                if inner.kind in ("verb", "wide", "light") and other_sense(head, self.lexicon.other_senses):
                    # "are failing to meet the needs of the economy", "ready to meet the demand": the verb's other
                    # sense is no act to refuse or intend; an appeal made is one by itself ("urged a policy to
                    # meet the challenges")
                    if frame.name in ASKING_FRAMES:
                        continue
                    return Candidate(inner.code, tok, [], [], "frame", consumed={head.i} | inner.consumed, no_event=True)
                negated = modality_mod.is_negated(head)
                code = inner.code
                if frame.name == "intent" and tok.lemma_.lower() in DECISIONS:
                    return None  # "decided to grant asylum", "decided to impose sanctions": the decision is the act
                if frame.name == "intent" and (cameo.root(code) in ("01", "02") or (
                        tok.lemma_.lower() in DESIRES and head.lemma_.lower() in self.lexicon.performatives)):
                    pass  # "wants to express sympathy", "I want to thank you": the verbal act itself
                elif frame.name == "intent" and cameo.root(code) >= "09" and (
                        tok.lemma_.lower() in DESIRES or modality_mod.is_negated(tok)):
                    # "the occupiers want to destroy", "seek to divide us": a desire, neither the act
                    # nor a threat (one threatens by saying so: "vowed to retaliate", "plans to strike");
                    # "does not intend to fight big business": a denied intent of force threatens no one
                    return Candidate(code, tok, [], [], "frame", consumed={head.i} | inner.consumed, no_event=True)
                elif frame.name == "intent" and cameo.root(code) >= "09":
                    code = "030" if negated else self.threat(code)
                elif frame.name == "refuse" and tok.lemma_.lower() == "fail" and cameo.root(code) >= "14":
                    # "failed to capture Kyiv", "failed to steal": force tried and fell short, no one refused
                    return Candidate(code, tok, [], [], "frame", consumed={head.i} | inner.consumed, no_event=True)
                elif frame.name == "threaten" and negated:
                    return None  # "threatened not to …" is not a threat of that act
                else:
                    code = frame.code_for(code)
                passive = is_passive(tok)
                if passive and frame.name in ASKING_FRAMES:
                    # "Iran was urged (by France) to release the tanker": the one asked is the subject
                    return Candidate(code, tok, subjects(ctx, tok, True), _passive_subjects(ctx, tok), "frame",
                                     False, {head.i} | inner.consumed, embedded_negated=negated)
                sources = subjects(ctx, tok, passive)
                offered_to = [c for c in passive_subjects(tok) if c.lower_ != "it"] \
                    if passive and tok.lemma_.lower() in OFFERING else []
                if offered_to:
                    # "Russia was offered to cease fire": the subject is offered to; the one offering is
                    # the agent, or no one named (not the complement's doer)
                    return Candidate(code, tok, sources, expand(ctx, offered_to), "frame", False,
                                     {head.i} | inner.consumed, embedded_negated=negated)
                if not sources:
                    sources = inner.sources
                elif comp.dep_ == "ccomp" and frame.name in ("demand", "appeal") and (
                        inner.sources or tok.lemma_.lower() in self.lexicon.reporting):
                    # "Iran demanded that the US lift sanctions": the complement's doer is the one
                    # asked; an obligation of one's own side ("we must defend") is no demand
                    asked = [a for a in inner.sources if a.resolved and not same_side(a, sources)]
                    if not asked:
                        return None
                    return Candidate(code, tok, sources, asked, "frame", False,
                                     {head.i} | inner.consumed, embedded_negated=negated)
                elif comp.dep_ == "ccomp" and inner.sources:
                    # "Xi pledged that China would …": the complement names the committed actor
                    sources = inner.sources if any(s.resolved for s in inner.sources) else sources
                targets = inner.targets
                obj = [c for c in tok.children if c.dep_ in ("dobj",)] or _asked_behind_a_prep(tok, [comp])
                if frame.name in ASKING_FRAMES and obj:
                    targets = expand(ctx, obj)  # "urged Europe and the United States to press": both asked
                return Candidate(code, tok, sources, targets, "frame", inner.recip,
                                  {head.i} | inner.consumed, embedded_negated=negated)
        # the complement codes nothing we know: the frame alone ("agreed to establish a force")
        if frame.name == "refuse" and tok.lemma_.lower() == "fail" and any(
                c.dep_ == "dobj" and ctx.is_actor_token(c) for x in comps for c in x.children):
            # "failed to break Ukraine": an attempt on a party fell short, no one refused ("failed to heed the
            # warnings", "failed to report the funding" did not do what was due: a refusal)
            return None
        if (frame.name != "intent" or tok.lemma_.lower() in STRONG_INTENT or tok.lemma_.lower() == "be") and (
                frame.name != "threaten" or any(c.dep_ == "xcomp" for c in comps)):
            # a that-clause commits only after a promise ("vowed that it would respond"): a court
            # that "decided that the advice was unlawful" ruled, and intends nothing
            # ("decide what to do there": an open question, nothing decided)
            xcomps = [c for c in comps if (c.dep_ == "xcomp" or asked_infinitive(c) or (
                c.dep_ == "ccomp" and frame.name == "intent" and tok.lemma_.lower() in COMMISSIVES))
                and not modality_mod.wh_infinitive(c)]
            if not xcomps:
                return None
            passive = is_passive(tok)
            sources = subjects(ctx, tok, passive)
            obj = [c for c in tok.children if c.dep_ == "dobj"]
            if frame.name in ASKING_FRAMES:
                obj = obj or _asked_behind_a_prep(tok, xcomps)
            targets = expand(ctx, obj) if obj and frame.name in ("appeal", "demand", "threaten") else []
            if passive and frame.name in ASKING_FRAMES:
                targets = _passive_subjects(ctx, tok)  # "Iran was asked to help": Iran is asked
            if not targets:
                # the complement's own object or prepositional object may name the other party
                for x in xcomps:
                    for c in x.children:
                        if c.dep_ in ("dobj", "dative") and ctx.is_actor_token(c):
                            targets.append(ctx.arg(c.i))
                        elif c.dep_ == "prep" and c.lower_ in ("with", "to", "against", "on") and not ctx.venue_city(c):
                            targets += [ctx.arg(g.i) for g in c.children if g.dep_ == "pobj" and ctx.is_actor_token(g)
                                        and not through_a_place(g, x)]
            if not targets and frame.name == "intent" and _intent_lemma(tok) in OWN_PLANS and not any(
                    c.dep_ == "dobj" and c.ent_type_ in ACTOR_LABELS for x in xcomps for c in x.children):
                return None  # (a plan to join or meet a named body is about another: "planned to join the AfCFTA")
            if not targets and frame.name == "refuse" and tok.lemma_.lower() in ("decline", "refuse") and not any(
                    ctx.is_actor_token(t) or t.lemma_.lower() in TALK for x in xcomps for t in x.subtree):
                # "declined to claim victory", "refused to entertain the idea": holding back from an act that codes
                # nothing and names no party rejects no one's proposal (one that names a party stays: "refused to
                # lift the ban on Indian channels"; so does staying away from talks: "declined to attend the talks")
                return None
            if not targets and frame.name == "intent" and tok.dep_ == "relcl" and _intent_lemma(tok) in READINESS and not any(
                    ctx.is_actor_token(t) for x in xcomps for t in x.subtree):
                return None
            return Candidate(frame.default, tok, sources, targets[:2], "frame", False, set())
        return None

    def threat(self, code: str) -> str:
        f = self.frame_lemmas.get("threaten")
        return f.code_for(code) if f else "130"

    def said_to_be(self, ctx, comps, src_codes):
        """(code, target) when a that-clause says what another actor, or something of theirs, is: "Sanders
        said Clinton's plan was reckless", '"Trump is a liar," Cruz said' criticise (111), "said Germany was a
        reliable partner" praises (051), by the lexicon's characterisations, as "called the plan reckless"
        does. Not when the clause denies it or only asks ("said it was not a mistake", "whether it was a
        mistake"), nor a word of praise that names a role or a skill ("said Merkel was the leader of Germany",
        "was good at following the rules")."""
        for comp in comps:
            if comp.lemma_ != "be" or any(c.dep_ == "neg" or (c.dep_ == "mark" and c.lower_ in ("if", "whether"))
                                          for c in comp.children):
                continue
            subj = next((c for c in comp.children if c.dep_ == "nsubj"), None)
            pred = next((c for c in comp.children if c.dep_ in ("acomp", "attr")), None)
            if subj is None or pred is None or any(c.dep_ == "neg" for c in pred.children):
                continue
            code = next((self.lexicon.characterisations[w] for p in (pred, of_head(pred))
                         for w in (p.lemma_.lower(), p.lower_) if w in self.lexicon.characterisations), None)
            if code is None:
                # "an aggressor state", "a dangerous man": a word of blame before the noun blames (one of praise
                # does not praise: "a great power" says how big)
                code = next((self.lexicon.characterisations[m.lower_] for m in pred.children
                             if m.dep_ in ("amod", "compound") and m.i < pred.i
                             and self.lexicon.characterisations.get(m.lower_) == "111"), None)
            if code is None or (code == "051" and any(c.dep_ in ("prep", "xcomp", "advcl", "pcomp")
                                                       for k in (pred, comp) for c in k.children)):
                continue  # ("was very good at following the rules": what one is good at, no praise)
            # whom it is said of: the clause's subject, or its owner ("Clinton's plan", "the American sanctions")
            who = subj if ctx.is_actor_token(subj) else next(
                (c for c in subj.children if c.dep_ in ("poss", "amod", "compound") and ctx.is_actor_token(c)), None)
            if who is None or who.lower_ in PRONOUNS:
                continue
            target = ctx.arg(who.i)
            if target.resolved and target.actor.code not in src_codes:
                return code, target
        return None

    def statements(self, ctx, sent, cands) -> list[Candidate]:
        """01x only when someone says something about, or to, another actor, and nothing else coded."""
        triggers = {c.trigger.i for c in cands}
        covered = set()
        for c in cands:
            covered.update(t.i for t in c.trigger.subtree)
        out = []
        for tok in sent:
            if tok.lemma_.lower() not in self.lexicon.reporting or tok.i in triggers or tok.pos_ != "VERB":
                continue
            comps = [c for c in tok.children if c.dep_ == "ccomp"]
            if any(t.i in covered for comp in comps for t in comp.subtree):
                continue  # the complement codes an event of its own: that is the news
            sources = subjects(ctx, tok, False)
            if not sources or not any(s.actorlike for s in sources):
                continue
            src_codes = {s.actor.code for s in sources}
            judged = self.said_to_be(ctx, comps, src_codes)
            if judged is not None:
                code, target = judged
                out.append(Candidate(code, tok, sources, [target], "verb"))
                continue
            targets = []
            for c in tok.children:
                if c.dep_ in ("dobj", "dative") and tok.lemma_ == "tell":
                    targets.append(ctx.arg(c.i))
                elif c.dep_ == "prep" and c.lower_ in ("to", "about", "of"):
                    targets += [ctx.arg(g.i) for g in c.children if g.dep_ == "pobj"]
            if not targets:
                for comp in comps:
                    for t in comp.subtree:
                        m = ctx.mention_at(t.i)
                        if m is not None and m.code and m.code not in src_codes and t.dep_ in SPOKEN_ABOUT \
                                and not in_venue(t, comp) and not through_a_place(t, comp):
                            # ("born in the French territory of Martinique", "a wall along the border with Mexico")
                            targets.append(ctx.arg(t.i))
                            break
                    if targets:
                        break
            src_countries = {s.actor.country for s in sources if s.actor.country}
            # "told state media", "told TASS": the outlet is where it was said, not whom about
            targets = [t for t in targets if t.resolved and t.actor.country not in src_countries
                       and "MED" not in (t.actor.code or "")[3:] and tok.doc[t.token].lower_ not in PRONOUNS]
            if targets:
                out.append(Candidate("010", tok, sources, targets[:1], "report"))
        return out
