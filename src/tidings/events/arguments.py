"""The sides of an event: subjects (inherited through control and coordination), compound
actors expanded into one argument each, and the party an act is aimed at when no role names it."""

from __future__ import annotations

from dataclasses import replace

from tidings.actors.codes import join_code
from tidings.actors.coreference import PRONOUNS
from tidings.actors.datelines import after_dateline, covering, datelines
from tidings.events.candidate import Arg
from tidings.events.context import CITY_LABELS, through_a_place
from tidings.events.modality import COMMITMENT_NOUNS
from tidings.events.syntax import (OBJECT_CONTROL_PREP_VERBS, asked_infinitive, controlled_object, is_passive,
                                    of_head, phrase, which_antecedent)
from tidings.model import Actor

OBJECT_PREPS = {"against", "on", "with", "to"}  # "lawsuit against X", "ban on X", "talks with X"
PLACE_PREPS = {"to", "into", "in", "from", "on", "against", "inside", "near", "across"}


def subjects(ctx, tok, passive: bool) -> list[Arg]:
    """Subjects of ``tok`` (passive: the agent), inherited through xcomp/conj/relcl/acl."""
    if bare_thanks(tok):
        # "Thank you for coming": the one who says it thanks
        who = ctx.speaker_at(tok)
        return [Arg(replace(who, why=f"the one who says '{tok.text}' → {who.text}"), tok.i, True, True)] \
            if who is not None and who.code else []
    seen = set()
    cur = tok
    for _ in range(6):
        if cur.i in seen:
            break
        seen.add(cur.i)
        kids = list(cur.children)
        first = tok
        while first.dep_ == "conj" and first.head.tag_ == "VBN":
            first = first.head  # "the Jews tortured in ghettoes and killed by the Nazis": both reduced
        if cur is tok and tok.tag_ == "VBN" and first.tag_ == "VBN" and first.dep_ in ("advcl", "acl") and not any(
                c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in (*kids, *first.children)):
            passive = True  # a reduced passive ("when asked whether …"): the clause names no doer
        if passive and cur is tok:
            agents = [g for c in kids if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            if agents:
                return expand(ctx, agents)
            # "under the chairmanship of Andriy Yermak, a meeting was held with the ambassadors": the chair holds it
            chairs = [g for c in kids if c.dep_ == "prep" and c.lower_ == "under" for n in c.children
                      if n.dep_ == "pobj" and n.lemma_.lower() in CHAIRING for p in n.children
                      if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
            if chairs:
                # (the person a title names: "the chairmanship of Head of the Office of the President Andriy Yermak")
                return expand(ctx, [next((t for t in reversed(list(g.subtree)) if t.ent_type_ == "PERSON"), g)
                                    for g in chairs])
            return []  # a passive without agent names no source
        subj = [c for c in kids if c.dep_ in ("nsubj", "csubj")] or (
            [c for c in kids if c.dep_ == "nsubjpass"] if cur is not tok and cur.i != tok.i else [])
        if subj and datelines(tok.doc):
            # a wire dateline is where the story was filed, never who acts: the parse makes it the subject and
            # hangs the real one on it ("CLEVELAND — Former Attorney General Michael Mukasey told"), or gives
            # the verb both ("NEW YORK (AP) — Donald Trump criticized")
            subj = list(dict.fromkeys(a for c in subj if (a := after_dateline(c)) is not None))
            if not subj:
                return []
        if subj:
            s = subj[0]
            if s.lower_ in ("who", "which", "that") and cur.dep_ == "relcl":
                return expand(ctx, [which_antecedent(s, cur.head, ctx.head_acts)])
            if s.pos_ == "NOUN" and s.lemma_.lower() in COMMITMENT_NOUNS and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in kids):
                # "noted the readiness of our state to provide", parsed with the noun as the subject
                owners = _owners(s)
                if owners:
                    return expand(ctx, owners[:1])
            if cur is not tok and s.lower_ == "it" and cur.lemma_ == "be" and any(
                    c.dep_ in ("attr", "acomp") for c in kids):
                return []  # "It is fun working with a new partner", "it is important to help": no one
            return expand(ctx, [s])
        if cur.dep_ == "xcomp" or (cur.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids)):
            head = cur.head
            # object control: "urged Iran to stop", "called on partners to increase" → they act
            controller = controlled_object(head) if cur.dep_ == "xcomp" or asked_infinitive(cur) else None
            if controller is not None:
                return expand(ctx, [controller])
            cur = head
            continue
        if cur.dep_ == "conj" or (cur.dep_ in ("acomp", "advmod") and cur.head.pos_ in ("VERB", "AUX")):
            cur = cur.head  # "A and B met", "Arnor is about to restore …"
            continue
        if cur.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids):
            # "an initiative by the US government to impose tariffs", "Russia's attempt to seize
            # Kyiv", "reaffirmed Russia's readiness to provide": the noun's owner acts
            # (a pronoun's "our attempt" is left to the clause that governs the noun)
            owners = _owners(cur.head)
            if owners:
                return expand(ctx, owners[:1])
            # "stressed the need to provide access": the need does not provide; climb to
            # the clause that governs the noun
            nxt = cur.head
            while nxt.pos_ not in ("VERB", "AUX") and nxt.head.i != nxt.i:
                nxt = nxt.head
            if nxt.pos_ in ("VERB", "AUX"):
                cur = nxt
                continue
            break
        if cur.dep_ in ("relcl", "acl") and cur.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return expand(ctx, [cur.head])
        if cur.dep_ in ("advcl", "pcomp") and cur.head.pos_ in ("VERB", "AUX"):
            cur = cur.head
            continue
        if cur.dep_ == "pcomp" and cur.head.dep_ == "prep":
            verb = cur.head.head
            # "accused Beijing of supporting", "praised Japan for sending": the object acts
            dobj = [c for c in verb.children if c.dep_ == "dobj"]
            if dobj and cur.head.lower_ in ("of", "for", "with") and \
                    verb.lemma_.lower() in OBJECT_CONTROL_PREP_VERBS:
                return expand(ctx, dobj[:1])
            thanks = [o for o in verb.children if o.dep_ == "dobj" and o.lemma_.lower() in GRATITUDE]
            # "I am grateful to X, President of Y, for supporting": the parser may hang "for" on
            # the copula, and "to X" on the adjective
            glad = [a for a in verb.children if a.dep_ == "acomp" and a.lemma_.lower() in GRATEFUL]
            thanked = [g for w in (verb, *thanks, *glad) for p in w.children if p.dep_ == "prep" and p.lower_ == "to"
                       for g in p.children if g.dep_ == "pobj"]
            if thanked and cur.head.lower_ == "for" and (verb.lemma_.lower() in GRATEFUL or thanks or glad):
                # "grateful to our allies for supplying it", "expressed gratitude to the Netherlands
                # for supporting …": the allies supply, the Netherlands support
                return expand(ctx, thanked[:1])
            cur = verb
            continue
        break
    return []


def bare_thanks(tok) -> bool:
    """"Thank you for …" with no subject: thanks said in the first person."""
    return tok.lemma_.lower() == "thank" and tok.tag_ in ("VB", "VBP") and tok.dep_ == "ROOT" and \
        not any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "aux") for c in tok.children) and \
        any(c.dep_ == "dobj" and c.lower_ == "you" for c in tok.children)


def _owners(noun) -> list:
    """Who a noun of an act belongs to: its possessor or its "by" phrase ("Russia's attempt", "an
    initiative by the US"); a commitment's "of" phrase too ("the readiness of Germany")."""
    preps = ("by", "of") if noun.lemma_.lower() in COMMITMENT_NOUNS else ("by",)
    return [c for c in noun.children if c.dep_ == "poss" and c.lower_ not in PRONOUNS] + [
        g for c in noun.children if c.dep_ == "prep" and c.lower_ in preps for g in c.children if g.dep_ == "pobj"]


RELATIVES = ("who", "whom", "which", "that")
BRACKETS = {"[", "]", "(", ")", "{", "}"}
CHAIRING = {"chairmanship", "chair", "chairpersonship", "leadership", "presidency"}  # "under the chairmanship of X"
GRATEFUL = {"grateful", "thankful", "indebted"}  # "grateful to X for doing": X did it
GRATITUDE = {"gratitude", "thanks", "appreciation"}  # "expressed gratitude to X for doing": so did X


def expand(ctx, toks) -> list[Arg]:
    """Each conjunct of a compound actor is an argument of its own ("A and B" → A, B)."""
    out = []
    for t in toks:
        if t.text in BRACKETS:
            continue  # "I urge [Lam]": an editor's bracket the parser made an object is no party
        each = per_country(ctx, t)
        if each:
            out += each
            continue
        until = len(t.doc)
        if t.lower_ in RELATIVES and t.head.dep_ == "relcl" and t.head.head.pos_ in ("NOUN", "PROPN"):
            t = which_antecedent(t, t.head.head, ctx.head_acts)  # "people who had been accused": the noun it follows
            # ... and only the conjuncts before it: "A, who was arrested; and B" says nothing of B
            until = 1 + max((k.i for k in t.children if k.dep_ == "relcl"), default=len(t.doc))
        # conjoined things are one side ("supported education, healthcare and farming", "used
        # water cannon and tear gas"): after a thing, only a conjunct that can act is a party
        # of its own; after an actor, every conjunct ("thanked the police and emergency services")
        first_acts = ctx.head_acts(t)
        group = [t] + [c for c in t.conjuncts if t.i < c.i < until and (first_acts or ctx.head_acts(c))]
        # "Foreign Minister Wang Yi and President Xi Jinping" parses as an apposition whose
        # conjuncts are further parties
        for a in t.children:
            if a.dep_ == "appos":
                group += [c for c in a.conjuncts if c.i > a.i]
            elif a.dep_ in ("nmod", "compound") and a.i < t.i and len(a.conjuncts) > 0 and ctx.is_actor_token(a):
                # "Arnor, Calenardhon and the evil Gondor": a misparsed list hangs off the last
                # conjunct as a modifier; its coded members are parties of their own
                group += [x for x in [a, *a.conjuncts] if ctx.is_actor_token(x)]
        if len(group) == 1 and ctx.tok_mention.get(t.i) is None:
            # "ties with Mordor, Rohan and Bree": the actors are coordinated inside the phrase
            inner = ctx.anchor(t)
            # (not "Ukrainian and European standards": adjectives only modify a thing)
            if inner is not None and inner.dep_ != "amod" and len(inner.conjuncts) > 0:
                group = [inner] + [c for c in inner.conjuncts if c.i > inner.i]
        for g in group:
            out.append(without_charge(ctx, g, past_dateline(ctx, ctx.arg(g.i))))
            # "the foreign ministers of France, Germany and Italy": each country's minister acts
            for of in (c for c in g.children if c.dep_ == "prep" and c.lower_ == "of"):
                for m in (x for x in of.children if x.dep_ == "pobj" and ctx.is_actor_token(x)):
                    out += [ctx.arg(k.i) for k in m.conjuncts if k.i > m.i and ctx.is_actor_token(k)]
            # "top Chinese officials, including Xi Jinping": named members are parties too
            for c in g.children:
                if c.dep_ == "prep" and c.lower_ in ("including", "like") or (c.dep_ == "amod" and c.lower_ == "including"):
                    for m in c.children:
                        if m.dep_ == "pobj" and ctx.is_actor_token(m):
                            out += [ctx.arg(x.i) for x in [m] + [k for k in m.conjuncts if k.i > m.i]]
    return out


# verbs whose object's "of"/"for"/"with" phrase is the charge or the reason, not part of who is meant: "accused
# the Democratic National Committee of bias", "blamed the police for the attack", "charged the mayor with fraud"
# (the parser often hangs the phrase on the object)
CHARGE_PREPS = {**{v: {"for"} for v in OBJECT_CONTROL_PREP_VERBS},
                **{v: {"of", "for"} for v in ("accuse", "suspect", "convict", "acquit", "absolve", "exonerate")},
                "charge": {"with", "for"}}


def without_charge(ctx, obj, arg: Arg) -> Arg:
    """The side named by a verb of accusing's object ends before the charge: an "of"/"for"/"with" phrase
    of the object (CHARGE_PREPS) that names no one ("of bias", "for supporting", but "the leader of Hamas")."""
    top = obj
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    verb = top.head
    preps = CHARGE_PREPS.get(verb.lemma_.lower()) if top.dep_ in ("dobj", "nsubjpass") and \
        verb.pos_ in ("VERB", "AUX") else None
    if preps and not ctx.head_acts(obj):
        # a thing's own "for" phrase is part of it ("praised Turkey's support for Ukraine's sovereignty"); a charge
        # names what someone is accused "of" whatever is accused ("accused the legislation of attacking")
        preps = preps & {"of"}
    if not preps:
        return arg
    # the charge comes last, after the phrases that say who is meant ("the leader of Hamas of terrorism")
    cut, nodes = [], [obj]
    while nodes:
        node = nodes.pop()
        for c in node.children:
            if c.dep_ != "prep" or c.i < node.i:
                continue
            objs = [g for g in c.children if g.dep_ == "pobj"]
            # (not inside a name: "the Campaign for Nuclear Disarmament")
            if c.lower_ in preps and not c.ent_type_ and not any(ctx.is_actor_token(g) or ctx.head_acts(g)
                                                                 for g in objs):
                cut.append(c.i)
            nodes += objs
    if not cut:
        return arg
    last = max(cut) - 1
    while last > obj.i and (ctx.doc[last].is_punct or ctx.doc[last].is_space):
        last -= 1
    end = ctx.doc[last].idx + len(ctx.doc[last].text)
    if end >= arg.actor.end or end <= arg.actor.start:
        return arg
    trimmed = _trimmed(ctx, arg, arg.actor.start, end)
    # (a code only the reason carries stays: "thanked his interlocutor for Estonia's support" thanks Estonia)
    return arg if arg.actor.code and trimmed.actor.code != arg.actor.code else trimmed


def _trimmed(ctx, arg: Arg, start: int, end: int) -> Arg:
    """``arg`` cut to the characters ``start``-``end``; a code that only a mention cut away carries (the
    dateline's "WASHINGTON" as the US government) is not the side's: it is what its own head names."""
    text = ctx.text[start:end]
    code = arg.actor.code
    inside = cut_away = set()
    if code:
        span = ctx.doc.char_span(arg.actor.start, arg.actor.end, alignment_mode="expand")
        kept = ctx.doc.char_span(start, end, alignment_mode="expand")
        inside = {m.code for t in kept if (m := ctx.tok_mention.get(t.i)) is not None and m.code}
        cut_away = {m.code for t in span if (m := ctx.tok_mention.get(t.i)) is not None and m.code
                    and not (start <= m.start and m.end <= end)}
    if code and code not in inside and code in cut_away:
        own = ctx.tok_mention.get(arg.token)
        actor = replace(own, text=text, start=start, end=end) if own is not None and start <= own.start \
            and own.end <= end else Actor(text=text, start=start, end=end, label=ctx.doc[arg.token].ent_type_ or None)
        return replace(arg, actor=actor, resolved=bool(actor.code))
    return replace(arg, actor=replace(arg.actor, text=text, start=start, end=end))


def past_dateline(ctx, arg: Arg) -> Arg:
    """A side's phrase starts after the dateline it follows ("WASHINGTON (Reuters) - Bernie Sanders
    accused", parsed with the place as a modifier of the name: actors.datelines), and a code found in the
    dateline ("WASHINGTON" as the US government) is not the side's."""
    lines = datelines(ctx.doc)
    if not lines:
        return arg
    first = ctx.doc.char_span(arg.actor.start, arg.actor.end, alignment_mode="expand")
    line = covering(lines, first.start) if first is not None and len(first) else None
    if line is None or arg.token < line[1]:
        return arg
    after = next((t for t in ctx.doc[line[1]:arg.token + 1] if not (t.is_space or t.is_punct)), ctx.doc[arg.token])
    return _trimmed(ctx, arg, after.idx, arg.actor.end)


def per_country(ctx, head) -> list[Arg]:
    """"The Russian and US navies", "French and German troops": a head that acts with conjoined
    country modifiers is one party per country, each with the head's sectors (RUSMIL, USAMIL). The
    first party's span runs from the phrase's start, the last one's to the head, so together they
    cover the phrase."""
    if not ctx.head_acts(head):
        return []
    for mod in (c for c in head.children if c.dep_ in ("amod", "nmod", "compound") and c.i < head.i):
        members = [mod] + [k for k in mod.conjuncts if mod.i < k.i < head.i]
        mentions = [ctx.mention_at(k.i) for k in members]
        if len(members) < 2 or not all(m is not None and m.country for m in mentions) or \
                len({m.country for m in mentions}) < len(members):
            continue  # only countries, each its own: "Russian and US", not "rebel and army"
        whole = ctx.arg(head.i)
        sectors = [x for x in (whole.actor.sectors or []) if x]
        lo, hi = phrase(head)
        doc = head.doc
        out = []
        for n, (k, m) in enumerate(zip(members, mentions)):
            start = doc[lo].idx if n == 0 else m.start
            end = doc[hi - 1].idx + len(doc[hi - 1].text) if n == len(members) - 1 else m.end
            actor = replace(whole.actor, text=ctx.text[start:end], start=start, end=end, country=m.country,
                            code=join_code(m.country, sectors), sectors=list(sectors),
                            why=f"{m.why or m.text}; one of the conjoined countries of '{head.text}'")
            out.append(Arg(actor, head.i if n == len(members) - 1 else k.i, True, True))
        return out
    return []


def place_target(ctx, trigger, sources):
    src_countries = {a.actor.country for a in sources if a is not None and a.actor.country}
    holders = [trigger] + [c for c in trigger.children if c.dep_ in ("dobj", "xcomp")]
    for h in holders:
        for c in sorted(h.children, key=lambda c: c.i):
            if c.dep_ == "prep" and c.lower_ in PLACE_PREPS:
                for g in c.children:
                    if g.dep_ != "pobj" or g.ent_type_ not in ("GPE", "LOC", "NORP"):
                        continue
                    arg = ctx.arg(g.i)
                    if arg.resolved and arg.actor.country and arg.actor.country not in src_countries:
                        return arg
    return None


def object_party(ctx, trigger, sources):
    """The coded parties inside the trigger's object, behind "against/on/with/to": the one the
    object is aimed at, with its coded conjuncts; else one behind such a preposition on the
    trigger itself ("closed its borders with Ivory Coast and Togo", "restrictions between it and
    Israel"). Only named actors count, never the source's own side."""
    own = {a.actor.code for a in sources if a is not None and a.actor.code}
    for obj in (c for c in trigger.children if c.dep_ == "dobj"):
        for tok in obj.subtree:
            if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
                continue
            # "of" only right on the object: "lifted its blockade of Yemen" (a blockade is aimed at
            # what it is "of"), not deeper ("support for the installation of latrines")
            if tok.head.lower_ not in OBJECT_PREPS and tok.head.lower_ != "between" and not (
                    tok.head.lower_ == "of" and tok.head.head.i == obj.i and of_head(obj) is obj):
                continue  # ("dozens of artifacts": a quantity's "of" is what it counts)
            if through_a_place(tok, obj):
                continue  # "demanded funding for a wall along the border with Mexico": where the wall is
            # ("restrictions between it and Israel": the side that is not one's own)
            for t in [tok, *tok.conjuncts] if tok.head.lower_ == "between" else [tok]:
                arg = ctx.arg(t.i)
                if arg.resolved and arg.actor.code and arg.actor.code not in own:
                    return [arg] + _coded_conjuncts(ctx, t, own)
    for prep in (c for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("against", "with", "between")):
        for tok in (g for g in prep.children if g.dep_ == "pobj"):
            for t in [tok, *tok.conjuncts]:
                arg = ctx.arg(t.i)
                if arg.resolved and arg.actor.code and arg.actor.code not in own:
                    return [arg] + _coded_conjuncts(ctx, t, own)
    return []


def _coded_conjuncts(ctx, tok, own) -> list[Arg]:
    """The coded conjuncts after ``tok``: "closed its borders with Brazil and Colombia" is aimed at both."""
    out = []
    for k in (k for k in tok.conjuncts if k.i > tok.i):
        arg = ctx.arg(k.i)
        if arg.resolved and arg.actor.code and arg.actor.code not in own:
            out.append(arg)
    return out


OWN_POSSESSIVES = {"its", "their", "his", "her", "our", "my"}
OWN_FORCES = {"MIL", "COP", "PKO"}  # troops, police and peacekeepers one sends or deploys are one's own
SENDING = {"send", "deploy", "dispatch", "redeploy", "station"}


def forces_sent(ctx, trigger) -> Arg | None:
    """A country's forces sent with no sender named are sent by their own side: "Turkish troops were sent to
    Libya", "the deal on sending Turkish soldiers to Libya" (the passive's subject, the gerund's object)."""
    if trigger.lemma_.lower() not in SENDING or any(c.dep_ in ("agent", "nsubj") for c in trigger.children):
        return None
    if is_passive(trigger):
        moved = [c for c in trigger.children if c.dep_ == "nsubjpass"]
    elif trigger.tag_ == "VBG":
        moved = [c for c in trigger.children if c.dep_ == "dobj"]
    else:
        return None
    for m in moved:
        arg = ctx.arg(m.i)
        if arg.resolved and arg.actor.country and set(arg.actor.sectors or ()) & OWN_FORCES:
            return arg
    return None


def light_object_party(ctx, c, sources, weapons):
    """The light pattern's own object, when it names people the act is done to and no role names
    another party: "freed 37 prisoners", "expelled a Bulgarian diplomat", "accepted Iraqi
    refugees". Not one's means ("sent troops", "delivered drones") nor one's own ("recalled its
    ambassador")."""
    if c.kind != "light":
        return []
    own = {a.actor.code for a in sources if a is not None and a.actor.code}
    doc = c.trigger.doc
    for i in sorted(c.consumed):
        obj = doc[i]
        head = of_head(obj)
        if obj.pos_ not in ("NOUN", "PROPN") or not ctx.head_acts(head) or head.lemma_.lower() in weapons \
                or head.lower_ in weapons or any(k.dep_ == "poss" and k.lower_ in OWN_POSSESSIVES for k in obj.children):
            continue
        if any(p.dep_ == "prep" and p.lower_ == "of" and not any(ctx.head_acts(g) for g in p.children)
               for p in head.children):
            continue  # "a state of emergency": a thing of a thing names no one
        args = expand(ctx, [obj])
        if any(set(a.actor.sectors or ()) & OWN_FORCES or (a.actor.code and a.actor.code in own) for a in args):
            continue
        return args
    return []


DESTINATION_PREPS = {"to", "in", "into"}


def purpose_place(ctx, trigger, sources):
    """"sent experts to Alabama to investigate the accident", "arrived in Nepal to help deliver
    aid to remote areas": the act of a purpose clause is aimed at the place the travel or sending
    went to, when it names no one itself. The place must be another country's than the doer's."""
    cur, gov = trigger, None
    for _ in range(4):
        if cur.dep_ not in ("xcomp", "advcl") or cur.head.pos_ not in ("VERB", "AUX"):
            break
        if cur.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children):
            gov = cur.head
            break
        cur = cur.head
    if gov is None:
        return None
    src_countries = {a.actor.country for a in sources if a is not None and a.actor.country}
    holders = [gov] + [c for c in gov.children if c.dep_ == "dobj"]
    for h in holders:
        for g in (g for t in h.subtree if t.dep_ == "prep" and t.lower_ in DESTINATION_PREPS
                  and not t.is_ancestor(trigger) and t.head.i not in {x.i for x in cur.subtree}
                  for g in t.children if g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC")):
            arg = ctx.arg(g.i)
            if arg.resolved and arg.actor.country and arg.actor.country not in src_countries:
                return arg
    return None


MUTUAL_PREPS = {"between", "among"}


def mutual_parties(ctx, trigger) -> list[Arg]:
    """The coded parties behind "between/among" on a passive or participle that names no doer: "a
    memorandum was signed between Cyprus, Greece and Israel", "the agreement signed between Turkey and
    Libya": each of them did it with the others (the caller checks the act is a mutual one)."""
    out = []
    for prep in (c for c in trigger.children if c.dep_ == "prep" and c.lower_ in MUTUAL_PREPS):
        for tok in (g for g in prep.children if g.dep_ == "pobj"):
            for t in [tok, *tok.conjuncts]:
                arg = ctx.arg(t.i)
                if arg.resolved and arg.actor.country and all(a.actor.code != arg.actor.code for a in out):
                    out.append(arg)
    return out if len(out) >= 2 else []


# attacks someone makes (not a war, violence or unrest one takes part in: "killed in the Syrian civil war")
ATTACKS = {"attack", "assault", "bombing", "strike", "airstrike", "shelling", "raid", "operation", "offensive",
           "crackdown", "invasion", "ambush", "bombardment"}


def doer_of_harm(ctx, trigger) -> Arg | None:
    """A passive harm whose doer is named only as the country of the attack it happened in: "was
    killed in a US counter-terrorism operation", "were wounded in an Israeli airstrike" (the victims'
    own country is no doer: "died in a Syrian hospital" is no harm noun)."""
    if not is_passive(trigger) or any(c.dep_ == "agent" for c in trigger.children):
        return None
    for prep in (c for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("in", "during", "by")):
        for noun in (g for g in prep.children if g.dep_ == "pobj"):
            if noun.lemma_.lower() not in ATTACKS:
                continue
            # (any modifier before the noun: "a US counter-terrorism operation" hangs "US" on "counter")
            for mod in (t for t in noun.subtree if t.i < noun.i):
                if mod.dep_ in ("amod", "compound", "nmod", "poss"):
                    m = ctx.mention_at(mod.i)
                    if m is not None and m.country and m.code and not m.code.startswith("---") and \
                            m.label not in CITY_LABELS | {"REGION"}:
                        return ctx.arg(mod.i)
    return None


CIRCUMSTANCE_PREPS = {"in", "during", "at", "on", "after"}


def participant_subject(ctx, trigger) -> Arg | None:
    """The doer of a meeting, call or visit named only as the circumstance of a clause: "Zelensky said
    in a meeting with Honcharuk", "Johnson said during a visit to Ireland": the clause's subject took
    part in it, whatever the clause's verb does (a saying or a denial)."""
    if trigger.dep_ != "pobj" or trigger.head.dep_ != "prep" or trigger.head.lower_ not in CIRCUMSTANCE_PREPS:
        return None
    verb = trigger.head.head
    if verb.pos_ not in ("VERB", "AUX") or is_passive(verb):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or not (ctx.head_acts(subj) or subj.tag_ in ("PRP", "WP")):
        # ("after a meeting with Apple, cooperation is developing": a thing took no part; "he", or "who"
        # in "Aliyev, who is on an official visit to Russia", stands for whom it resolves to)
        return None
    arg = ctx.arg(subj.i)
    return arg if arg.resolved and arg.actorlike else None
