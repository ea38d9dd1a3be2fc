"""Assembling events from a candidate: (source, target) pairs, the modality and what it does
to the code, the party an unaddressed act is aimed at, date, place, CAMEO facts and a stable id."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import replace
from functools import lru_cache

from tidings.actors.codes import join_code
from tidings.actors.context import PLACE_LABELS, story_person
from tidings.actors.lexicon import data_lines
from tidings.actors.coreference import FIRST_PERSON, PRONOUNS
from tidings.events import cameo, modality as modality_mod
from tidings.events.arguments import (RELATIVES, doer_of_harm, forces_sent, light_object_party, mutual_parties, object_party,
                                       participant_subject, place_target, purpose_place, subjects)
from tidings.events.calibration import confidence, construction
from tidings.events.candidate import Candidate
from tidings.events.context import CITY_LABELS, TALK, party_key
from tidings.events.syntax import (CHARACTERISING, VENUE_PREPS, asked_infinitive, bare_participle, governing_subject,
                                    is_passive, of_head, other_sense, participle_adjective, passive_subjects, reported_participle, to_blame,
                                    verb_lemma, verb_objects, which_antecedent, only_a_question)
from tidings.events.triggers import ASKING_FRAMES, Triggers, obliged
from tidings.model import Actor, Event, Span

# "A and B agreed / met / fought": with no other party named, the conjuncts act on each other
MUTUAL = {"agree", "meet", "negotiate", "sign", "cooperate", "clash", "fight", "talk", "trade", "reconcile"}
INTENT_ROOTS = {"04", "05", "06", "07", "08"}
FORCE_ROOTS = {"14", "15", "17", "18", "19", "20"}
VIOLENCE_ROOTS = {"18", "19", "20"}
CRITICISM = "111"  # criticize or denounce: violence verbs aimed at an idea (lexicon ``abstractions``)
DISAPPROVAL = "110"  # disapprove, not specified below
BLOCKADE, OBSTRUCTION = "191", "144"
CIVIL_SECTORS = {"OPP", "CVL", "LAB", "EDU"}  # protesters, civilians, workers, students


def events_of(triggers: Triggers, ctx, si, sent, c: Candidate, published, outlet,
              doc_id) -> list[tuple[Event, tuple[str, int]]]:
    """The events of one candidate, each with its calibration construction."""
    if c.no_event:
        return []
    holder = modality_mod.attitude_over(c.trigger) if c.kind != "user" else None
    if holder is not None:
        if modality_mod.attitude(holder) is None and reports_no_act(triggers, ctx, c, cameo.root(c.code)):
            # a belief or a confidence comments on another's act ("believes China will back the plan"),
            # not on a phrase with no act ("don't believe the people asking the questions are sincere");
            # a hope or a want is one by itself
            return []
        # what one hopes, wants or fears another will do is the holder's statement about the other
        code = modality_mod.attitude_code(holder)
        if holder.pos_ == "ADJ":
            if not any(a is not None and a.actorlike for a in c.sources):
                return []  # "confident that the conditions will enable …": the words "be confident" code it
            holder = holder.head  # "are confident that …": the copula says it
        c = Candidate(code, holder, subjects(ctx, holder, False), c.sources, "frame", target_optional=True)
    claim = modality_mod.own_act_claimed(c.trigger) if c.kind not in ("user", "frame") else None
    if claim is not None and cameo.root(c.code) in FORCE_ROOTS:
        # "the Houthis claimed that they had attacked the airport": they claim responsibility for it
        c = Candidate(CLAIM_RESPONSIBILITY, claim, subjects(ctx, claim, False), c.targets, "frame",
                      target_optional=True)
    root = cameo.root(c.code)
    if c.kind != "user" and reports_no_act(triggers, ctx, c, root):
        return []
    code, recip = c.code, c.recip
    if code == DENY_RESPONSIBILITY and c.kind != "user" and _denies_of_things(ctx, c.trigger):
        code = PLAIN_STATEMENT  # "refuted the claim that oil prices will rise": what things will do, no one's deed denied
    attacked = attacked_thing(c.trigger) if c.kind in ("verb", "wide", "light") and root in VIOLENCE_ROOTS else None
    if attacked is not None and attacked.i not in c.consumed and _lemma(attacked) in triggers.lexicon.abstractions:
        # criticism goes one way: "clashed with the stances of X" (a pattern's own word is its act:
        # "violated the ceasefire agreement")
        code, recip = CRITICISM, False
    elif root in VIOLENCE_ROOTS and c.kind in ("verb", "wide", "light", "noun") and verbal_blow(triggers, ctx, c):
        # "Clinton hit Sanders on guns", "Rubio ripped into Obama", "attacks on Clinton's fitness": a politician's
        # blow at another person is words
        code, recip = CRITICISM, False
    elif root in VIOLENCE_ROOTS and c.kind in ("verb", "wide") and election_contest(triggers, ctx, c):
        return []  # "the candidates battled in Wisconsin", "Clinton and Sanders fought in New York": they ran
    elif root in VIOLENCE_ROOTS and c.kind in ("verb", "wide", "light") and electoral_race(triggers, ctx, c):
        return []  # "hit the campaign trail", "fought the primary", "beat Sanders by ten points": campaigning, no force
    elif root == "06" and private_investment(triggers, ctx, c):
        return []  # "most candidates invested heavily in New Hampshire", "Trump's investments": no cooperation of states
    elif root == "14" and c.kind in ("verb", "wide", "light") and campaign_rally(triggers, ctx, c):
        return []  # "Trump held rallies across the southwest": a candidate's rally gathers voters, no one protests
    elif code == DISAPPROVAL and c.kind in ("verb", "wide") and _lemma(c.trigger) in triggers.lexicon.verbal_blows:
        # "Clinton slammed Trump's remarks", "lambasted the senator": a blow in words denounces (111), not a
        # mere disapproval (110) as "objected to" or "raised concerns" are
        code = CRITICISM
    elif root == "07" and c.kind == "verb" and political_support(triggers, ctx, c):
        code, recip = ENDORSE, False  # "Schultz supported Democrats", "he did not support Trump": an endorsement
    sources = [s for s in c.sources if s is not None and not _expletive_it(ctx, c.trigger, s)]
    targets = [t for t in c.targets if t is not None]
    if cameo.root(code) == "11" and c.kind == "verb" and not sources and is_passive(c.trigger):
        # "Smith's memo on Trump was widely ridiculed": a writing about someone, criticised by no one named, is
        # no blow at the one it is about
        targets = [t for t in targets if not _topic_of_subject(ctx, c.trigger, t)]
        if not targets:
            return []
    if code == BLOCKADE and sources and all(set(s.actor.sectors or ()) & CIVIL_SECTORS for s in sources):
        code = OBSTRUCTION  # "protesters blockaded the highway": a protest, not a military blockade
    if c.kind == "verb" and c.trigger.lemma_.lower() in triggers.lexicon.victim_verbs and not targets and (
            bare_participle(c.trigger) or reported_participle(c.trigger)):
        sources, targets = [], sources  # "30,000 Russian soldiers killed", "were reported killed": the victims, not the killers
    if c.kind == "verb" and to_blame(c.trigger):
        sources, targets = [], [s for s in sources if s.actorlike]  # "Russia is to blame for the attack": Russia is blamed
    if not sources and c.kind != "user":
        # doers named outside the clause's roles: "was signed between Cyprus, Greece and Israel" (each with
        # the others), "was killed in a US operation", "said in a meeting with Honcharuk" (the sayer met a known party)
        mutual = mutual_parties(ctx, c.trigger) if recip or c.trigger.lemma_.lower() in MUTUAL else []
        if mutual:
            sources, targets = mutual, [t for t in targets if not t.actorlike]
        else:
            # (a harm's doer only for a harm done to someone named: "saved warriors from being ambushed during
            # the occupier's attack" names no victim of an ambush)
            doer = None
            if c.kind in ("verb", "wide", "light") and targets and cameo.root(code) in VIOLENCE_ROOTS:
                doer = doer_of_harm(ctx, c.trigger)
            elif c.kind == "noun" and cameo.root(code) == "04" and any(t.resolved for t in targets):
                doer = participant_subject(ctx, c.trigger)
            if doer is None and c.kind in ("verb", "wide", "light") and any(t.resolved for t in targets):
                doer = forces_sent(ctx, c.trigger)
            sources = [doer] if doer is not None else sources
    pairs = []
    doers = [s for s in sources if s.actorlike]
    # "the presidents of Russia and Turkey agreed on the importance of …": a thing is what they
    # agreed on, and the conjoined doers are each other's party
    if (recip or c.trigger.lemma_.lower() in MUTUAL) and not any(t.actorlike for t in targets) and len(doers) >= 2 and \
            not _opposes_another(c.trigger):
        for a in doers:
            for b in doers:
                if a is not b:
                    pairs.append((a, b))
    else:
        for s in sources or [None]:
            for t in targets or [None]:
                pairs.append((s, t))
                if recip and s is not None and t is not None and t.actorlike and c.kind != "frame":
                    # ("negotiated the deal": a thing does not negotiate back; "Ukraine is ready to
                    # negotiate with Russia": a readiness, a refusal or a threat is one side's)
                    pairs.append((t, s))
    date = event_date(ctx, sent, c.trigger, published)
    mod = modality_mod.classify(c.trigger, sent, ctx, published, c, date, outlet)
    root = cameo.root(code)
    if c.kind == "user":
        pass  # the user's dictionary decided the code; it may not even be CAMEO
    elif mod == "threatened" and root in FORCE_ROOTS | {"16"}:
        code = triggers.threat(code)
    elif c.kind != "frame" and mod == "promised" and root in INTENT_ROOTS:
        code = triggers.frame_by_name["intent"].code_for(code)  # "will release" = intent to release
    elif c.kind != "frame" and mod == "promised" and root in FORCE_ROOTS:
        code, mod = triggers.threat(code), "threatened"       # "will retaliate" = a threat
    elif mod == "negated" and root in INTENT_ROOTS | {"03"} and modality_mod.is_future(c.trigger) and \
            not modality_mod.negative_doer(c.trigger):
        code, mod = triggers.frame_by_name["refuse"].code_for(code), "asserted"  # "will not accept" = refusal
    fallback_target = False
    if all(t is None for _, t in pairs) and c.kind != "user":
        # no named party: the party the act's object is aimed at ("filed a lawsuit against X",
        # "lifted a ban imposed on X", "accepted an invitation to meet with X"), else the place
        # the act was aimed at or happened in ("withdrew from Iraq", "sent aid to Kyrgyzstan")
        # (a place is a party only of someone's act: "aid was delivered in Kyrgyzstan" names no one)
        # (what one discusses is a topic: "discussed the construction of new hospitals" names no party)
        parties = object_party(ctx, c.trigger, sources) if cameo.root(code) != "04" else []
        held = [] if parties else light_object_party(ctx, c, sources, triggers.lexicon.weapons)
        if held:
            # "freed 37 prisoners", "expelled a diplomat": the light verb's object is who it is done to
            pairs = [(s, h) for s, _ in pairs for h in held]
        elif not parties and sources:
            parties = [p for p in [place_target(ctx, c.trigger, sources)] if p is not None]
        if cameo.root(code) in VENUE_ROOTS:
            # "will speak in Cairo": where words are said is the venue, not the one addressed
            parties = [p for p in parties if ctx.doc[p.token].head.lower_ not in VENUE_PREPS]
        if parties:
            pairs = [(s, p) for s, _ in pairs for p in parties]
    if all(t is None for _, t in pairs) and (c.kind == "frame" or cameo.root(code) == "13" or mod == "threatened"):
        # a threat or pledge with no named addressee: the other party in the context (an option one
        # weighs is about a party its own sentence names, if any)
        other = ctx.other_party(c.trigger, [s for s, _ in pairs if s is not None], before=code != WEIGH_OPTION)
        if other is not None:
            pairs = [(s, other) for s, _ in pairs]
            fallback_target = True
    out = []
    if mod in ("promised", "threatened", "hypothetical"):
        date = event_date(ctx, sent, c.trigger, published, future=True)
    place = ctx.place(sent)
    if root in TALK_ROOTS and c.kind != "user":
        # "speaking to CNN", "told the BBC": the outlet one talks to is the venue, not a party
        if root == "04":  # a consultation needs both parties ("a conversation with media representatives": the press)
            pairs = [(s, t) for s, t in pairs if not _press(ctx, s) and not _press(ctx, t)]
        elif root == "02":  # a reporter's question appeals to no one; an appeal to an outlet is one
            pairs = [(s, t) for s, t in pairs if not _media(s)]
        else:
            pairs = [(None if _media(s) else s, None if _media(t) else t) for s, t in pairs]
            pairs = [(s, t) for s, t in pairs if s is not None or t is not None]
    if code == RECOGNITION and any(k.dep_ == "prep" and k.lower_ == "as" for k in c.trigger.children):
        # diplomatic recognition "as" something is a state's act: voters, a party or experts who "recognize him as
        # an outsider" see him so (a state, its organs or an IGO keep it: "recognized Guaido as interim president")
        pairs = [(s, t) for s, t in pairs if not _society(s)]
    if root not in FORCE_ROOTS:
        # "agreed to a ceasefire in Ukraine": the party is Ukraine, not the ceasefire (what an
        # attack hits stays whole: "a military base in northeast Nigeria")
        pairs = [(s, t if t is None else ctx.party_in_thing(t)) for s, t in pairs]
    if code in SELF_CONTAINED:
        # "claimed responsibility for the attack", "declined to comment on the dispute": the
        # thing is what the statement is about, no party (the statement stands without one)
        pairs = [(s, t if t is None or t.actorlike else None) for s, t in pairs]
    if c.kind != "user" and cameo.root(code) < "10":
        # "sent experts to Peru to investigate the accident": a purpose clause's thing is no party;
        # the place the sending went to is (for help and inquiry, not force: "to fight the epidemic")
        aimed = purpose_place(ctx, c.trigger, sources) if any(t is None or not (t.actorlike or t.resolved)
                                                               for _, t in pairs) else None
        if aimed is not None:
            pairs = [(s, aimed if t is None or not (t.actorlike or t.resolved) else t) for s, t in pairs]
    pairs = one_unnamed_party(ctx, pairs)
    for s, t in pairs:
        # "the violation of the regime of silence": rules in force, no government (the side is no one)
        s, t = (None if _arrangement(ctx, a, triggers.lexicon.arrangements) else a for a in (s, t))
        if s is not None and _place_of_harm(ctx, s, triggers.lexicon.harms):
            # "a Kabul car bombing killed five": where the attack was, not who made it
            s = replace(s, actor=Actor(s.actor.text, s.actor.start, s.actor.end, label=s.actor.label,
                                       why="a place where the attack was, not its doer"), resolved=False)
        if root >= "11" and s is not None and t is not None and s.actor.country and s.actor.country == t.actor.country:
            # "They were killing us": hostility runs between sides, so a pronoun that lands on the
            # other side's country stood for someone else (left unnamed); not when both are bodies of
            # different sectors of it, a strife within one country ("he condemned rioters" for the
            # president, "He blames federal regulators" for a businessman)
            if _pronoun(ctx, s) and not _other_sector(s, t):
                s = _unnamed(s)
            elif _pronoun(ctx, t) and not _other_sector(t, s):
                t = _unnamed(t)
        if s is not None and t is not None:
            if s.token == t.token or (s.actor.code and s.actor.code == t.actor.code and s.actor.start == t.actor.start):
                continue
            if s.actor.code and s.actor.code == t.actor.code and t.actor.label == "CAPITAL" and s.actor.label != "CAPITAL" \
                    and not _pronoun(ctx, t):
                # a capital stands for its government except where that government is the doer: "Lagumdzija
                # suspended aid donations for Sarajevo" acts on the city, a place of his country
                t = _as_place(t)
            if s.actor.code and t.actor.code and s.actor.code == t.actor.code and not s.actor.code.startswith("---") \
                    and not _two_people(s, t, ctx.doc, in_talks=root == "04"):
                # an actor acting on itself is not an interaction (two unplaced "---GOV" may be two
                # governments: "the leader accused the government of genocide"; two officials of one
                # government are two: "Putin met Prime Minister Mishustin", and so are an official and a body of
                # his government that names no one: "Zelenskyy met the leadership of the defence forces")
                continue
        if not ((s and s.actorlike) or (t and t.actorlike)):
            continue
        if root < "09" and _own_state_beside_another(s, t, pairs):
            # "the Office of the President will host a meeting of the delegations of Ukraine and Poland", "signed an
            # agreement between Ukraine and Poland": a side among the parties of its own meeting or deal has the other
            continue
        if code in VISITS and s and t and s.actor.country and s.actor.country == t.actor.country and (
                (not t.actor.sectors and t.actor.code == t.actor.country) or t.actor.label in CITY_LABELS):
            # "a working trip to the Odesa region": travel at home is no interaction; nor is "flying from Tomsk
            # headed for Moscow" a visit to the government the capital stands for elsewhere
            continue
        if c.kind == "frame" and root == "03" and not (s and s.actorlike):
            continue  # "the pipeline is intended to connect …": no one who could commit
        if t is None and c.needs_target:
            continue  # "received 192 votes", "the group was visiting": the act has no party
        if t is None and root == "04" and c.kind in ("verb", "light", "wide") and s is not None and \
                ctx.doc[s.token].tag_ not in ("NNS", "NNPS") and ctx.doc[s.token].lower_ not in ("they", "we"):
            continue  # "he discussed how he became the nominee": talks need someone to talk with ("the leaders held talks": each other)
        if c.recip and c.kind == "verb" and t is not None and not (t.actorlike or t.resolved) and \
                ctx.doc[t.token].head.lower_ == "with":
            continue  # "we will be working with your support": a manner, no partner to work with
        if c.needs_target and root == "04" and c.kind == "verb" and not t.actorlike:
            continue  # "called a press conference", "received signals", "visited a blog": a thing is no party
        if t is None and root == "01" and not (s is not None and (s.resolved or s.actorlike) and (
                code in SELF_CONTAINED or (c.target_optional and has_content(c))
                or (code == WEIGH_OPTION and c.kind == "frame"))):
            # a statement counts when it is about or to another actor, or when an actor makes
            # one that the pattern lets stand alone and that says what it is about ("China
            # expressed pessimism about …", "rejected accusations that …"; not "made the
            # comments in an interview")
            continue
        if code == PLAIN_STATEMENT and c.kind == "verb" and t is not None and not t.actorlike and \
                not (c.target_optional and has_content(c)):
            continue  # "spoke about the construction of schools", "commented on this issue": a topic is no party
        if c.trigger.lemma_.lower() == "contribute" and not any(k.dep_ == "dobj" for k in c.trigger.children):
            # "contributed to our defense", "to the normalisation": helped bring about, gave nothing;
            # "contributed to Agence France-Presse": wrote for it
            continue
        if c.kind == "noun" and s is None and root in STANDING_ROOTS:
            # "compliance with international sanctions against Russia", "an embargo on Russian oil":
            # sanctions no one is said to impose are a standing regime, not an act of this report
            continue
        if c.kind == "noun" and not (t and t.actorlike and ((s and s.resolved) or t.resolved)):
            # "evidence of attempts": a nominal event needs a party on the receiving end, and a
            # known actor on one side ("distancing himself from the killing of Jamal" names none)
            continue
        if _inside_a_wider_mention(t, [o for _, o in pairs]) or _inside_a_wider_mention(s, [o for o, _ in pairs]):
            continue  # the same party twice (a conjunct inside a wider mention: "the US and NATO responses")
        if s is None and root == COOPERATION and c.kind in ("verb", "light") and not is_passive(c.trigger):
            continue  # "It is fun working with a new partner": working together needs someone who does
        if root == MILITARY_POSTURE and s is not None and s.resolved and set(s.actor.sectors) & UNARMED_SECTORS:
            continue  # "SpaceX tested its Falcon Heavy rocket": a company shows no military force
        if s is None and t is None:
            continue
        if mod == "hypothetical" and not any(a is not None and a.resolved for a in c.sources):
            continue  # "If I met Obama, I would ask him …": what someone unknown might do is no event
        if any(a is not None and not a.resolved and (a.actor.text.lower() in GENERIC_DOERS or
                                                     ctx.doc[a.token].lower_ in ANYONE or _any_one(ctx.doc[a.token]))
               for a in ((s, t) if c.recip else (s,))):
            # "when you refuse to give money to a terrorist": anyone, no one in particular; and
            # whom "you will meet" meets no one in particular either; "This offers them an
            # opportunity": a thing; "the treaty will be open for any country to accede to": whichever one
            continue
        # exercises need a partner to be joint: one side's alone show its force ("Russia launched
        # military exercises near the border")
        ev_code = SHOW_OF_FORCE if code == JOINT_EXERCISE and not (t and t.actorlike) else code
        s, t = story_person(s, t, root), story_person(t, s, root)
        info = _facts(ev_code)
        trig = c.trigger
        span = Span(trig.text, trig.idx, trig.idx + len(trig.text))
        conf = confidence(c, s, t, fallback_target)
        ev = Event(
            id=event_id(doc_id, si, ev_code, s, t, span),
            sentence=si, evidence=sent.text.strip(),
            source=as_of(s.actor, date, published) if s else None,
            target=as_of(t.actor, date, published) if t else None,
            cameo=ev_code, trigger=span, modality=mod, date=date, location=place,
            reported_by=outlet, confidence=conf, root=info.root, plover=info.plover,
            plover_mode=info.plover_mode, quad_class=info.quad_class, goldstein=info.goldstein)
        out.append((ev, construction(c, s, t)))
    return out


LIST_GLUE = {"", ",", "and", ", and", "or"}


# "The leaders discussed …", "The sides agreed …" after a call or meeting between two named parties:
# the two of them, each toward the other (Kremlin and presidential readouts write every call so)
PAIR_NOUNS = {"leaders", "sides", "parties", "presidents", "interlocutors", "counterparts"}
PAIR_REACH = {"they": 3, "pair": 20}  # sentences after the contact that "they" / "the sides" may still mean its parties
TWO_PARTIES = "the two parties of the contact"


def the_two_parties(ctx, si: int, c: Candidate) -> list[Candidate]:
    """``c`` with "the leaders" / "the sides" (or a "they" left open) as its only doer, read as the two
    parties of the last contact (``remember_contact``, ``ctx.talk_contact``): with no party of its own, each
    one's act toward the other; with one of the two as its party, the other's act toward it ("The parties
    agreed to exchange visits" → India: Ukraine's agreement with India). Any other candidate: ``[c]`` (a third
    party, "the sides discussed Syria", is more often what was talked about than whom the two acted on)."""
    if len(c.sources) != 1:
        return [c]
    arg = c.sources[0]
    head = ctx.doc[arg.token]
    pair = _pair_phrase(head)
    if _named(arg) and not pair:
        return [c]  # "the Ukrainian leaders": a side of its own
    if not (pair or head.lower_ == "they"):
        return [c]
    reach = PAIR_REACH["pair" if pair else "they"]
    # a contact the text names after the last one coded (or with none coded) is the nearest: its two parties, or
    # none when it names one or three (ctx.talk_contact)
    named = ctx.talk_contact(si, head.i, min(reach, si - ctx.contact[0] - 1) if ctx.contact else reach)
    if named is not None:
        ctx.contact = named if len(named) == 3 and None not in named else None
    if ctx.contact is None or si - ctx.contact[0] > reach:
        return [c]
    _, first, second = ctx.contact

    def as_said(party, doer):  # the party, named by the words that name the two here
        why = f"{TWO_PARTIES} in sentence {ctx.contact[0] + 1}: {party.actor.text}"
        actor = replace(party.actor, text=arg.actor.text, start=arg.actor.start, end=arg.actor.end, why=why)
        return replace(party, actor=actor, token=arg.token if doer else party.token)
    targets = [t for t in c.targets if _named(t)]
    if targets:
        if not pair:
            return [c]  # ("They seized Crimea": a "they" with a party of its own may be anyone's)
        other = {party_key(first.actor.code): second, party_key(second.actor.code): first}
        # (the party itself, not a thing of its: "continued the discussion on Russia's operation" acts on no one)
        if not all(party_key(t.actor.code) in other and ctx.head_acts(ctx.doc[t.token]) for t in targets):
            return [c]
        return [replace(c, sources=[as_said(other[party_key(t.actor.code)], True)], targets=[t], recip=False)
                for t in targets]
    return [replace(c, sources=[as_said(first, True)], targets=[as_said(second, False)], recip=False),
            replace(c, sources=[as_said(second, True)], targets=[as_said(first, False)], recip=False)]


def _pair_phrase(head) -> bool:
    """"The leaders", "the two presidents", "both sides", "the heads of state": a pair noun with a
    determiner and no word of its own that names a side ("the Ukrainian leaders", "NATO leaders",
    "the leaders of Europe"), whatever country the story lent it; "the four leaders" are no pair."""
    low = head.lower_
    of = [p for p in head.children if p.dep_ == "prep" and p.lower_ == "of"]
    if low == "heads":  # "the heads of state (and government)"
        of_what = [g for p in of for g in p.children if g.dep_ == "pobj"]
        if not (of_what and all(w.lower_ in PAIR_OF for w in of_what for w in [w, *w.conjuncts])):
            return False
    elif low not in PAIR_NOUNS or of:
        return False
    kids = [d for d in head.children if d.dep_ not in ("prep", "punct", "relcl", "acl", "cc", "conj", "advmod")]
    return any(d.lower_ in ("the", "both", "two") for d in kids) and \
        all(d.dep_ in ("det", "predet", "nummod") and (d.dep_ != "nummod" or d.lower_ == "two") for d in kids)


PAIR_OF = {"state", "states", "government", "governments"}  # "the heads of state and government"


def _inside_a_wider_mention(arg, side: list) -> bool:
    """Whether another argument on the same side names the same actor over a span overlapping this one, and
    this one is not the side's widest."""
    others = [o for o in side if o is not None]
    return arg is not None and any(
        o is not arg and o.actor.code == arg.actor.code and o.actor.start < arg.actor.end and arg.actor.start < o.actor.end
        for o in others) and (arg.actor.end - arg.actor.start) < max(o.actor.end - o.actor.start for o in others)


def _named(arg) -> bool:
    """The side names an actor of its own (a code, not a generic "---GOV")."""
    return arg.resolved and not arg.actor.code.startswith("---")


def remember_contact(ctx, si: int, c: Candidate) -> None:
    """Keep the two named parties of a call, meeting or visit (CAMEO 04) for ``the_two_parties``."""
    if cameo.root(c.code) != "04":
        return
    named = [list({a.actor.start: a for a in side if _named(a)}.values()) for side in (c.sources, c.targets)]
    if c.recip and len(named[0]) == 2 and not c.targets:
        named = [named[0][:1], named[0][1:]]  # "Putin and Lukashenko had a telephone conversation"
    if not all(named):
        return
    if [len(side) for side in named] != [1, 1] or named[0][0].actor.code[:3] == named[1][0].actor.code[:3]:
        ctx.contact = None  # two named parties, no more ("Putin met Aliyev and Pashinyan": "the parties" are three)
        return
    s, t = named[0][0], named[1][0]
    if (s.actor.why or "").startswith(TWO_PARTIES):
        ctx.contact = (si, *ctx.contact[1:])  # "The leaders discussed …": the same two, still talking
    else:
        ctx.contact = (si, s, t)


def one_unnamed_party(ctx, pairs):
    """Neighbouring phrases that name no known actor are one party, not an event each
    ("congratulated composer and National Artist of the USSR Alexandra Pakhmutova", "arrested a man
    and a woman"): a coder records one act on them; each way round (targets of one source, sources
    of one target)."""
    for side in (1, 0):
        runs: dict = {}
        for pair in pairs:
            arg, other = pair[side], pair[1 - side]
            if arg is not None and not arg.resolved:
                runs.setdefault(other.token if other is not None else None, []).append(arg)
        merged = {}
        for args in runs.values():
            args = sorted({a.token: a for a in args}.values(), key=lambda a: a.actor.start)
            run = args[:1]
            for a in args[1:]:
                if ctx.text[run[-1].actor.end:a.actor.start].strip() in LIST_GLUE:
                    run.append(a)
                    continue
                merged.update(_one_of(ctx, run))
                run = [a]
            merged.update(_one_of(ctx, run))
        out = []
        for pair in pairs:
            arg = pair[side]
            if arg is not None and arg.token in merged:
                one = merged[arg.token]
                if one is None:
                    continue
                pair = (one, pair[1]) if side == 0 else (pair[0], one)
            out.append(pair)
        pairs = out
    return pairs


def _one_of(ctx, run) -> dict:
    """{token: the run's one argument for its first phrase, None for the others} for a run of more than one."""
    if len(run) < 2:
        return {}
    first, start, end = run[0], run[0].actor.start, max(a.actor.end for a in run)
    one = replace(first, actor=replace(first.actor, text=ctx.text[start:end], end=end),
                  actorlike=any(a.actorlike for a in run))
    return {a.token: (one if a is first else None) for a in run}


def _place_of_harm(ctx, arg, harms) -> bool:
    """The side is an attack, bombing or killing known only by a city modifier ("a Kabul car
    bombing"): the city is where it was, not its government ("a US strike" keeps its doer)."""
    head = ctx.doc[arg.token]
    if head.lemma_.lower() not in harms:
        return False
    return arg.actor.label in ("CAPITAL", "CITY") and any(
        t.dep_ in ("compound", "nmod") and arg.actor.start <= t.idx < arg.actor.end for t in head.children)


def _opposes_another(trigger) -> bool:
    """"Activists, students and users fight against the bill": the conjoined doers act together
    against something else, not on each other."""
    return any(c.dep_ == "prep" and c.lower_ == "against" for c in trigger.children)


def reports_no_act(triggers: Triggers, ctx, c: Candidate, root: str) -> bool:
    """The candidate's words report no act (the rules' own candidates; a user's dictionary decides
    for itself): a happening, a topic, a question, a goal, a command, a hope, an obligation, a
    condition to come, what is asked for, or the verb in its other sense."""
    trigger = c.trigger
    non_agents = triggers.lexicon.non_agents
    if c.kind == "noun" and _any_one(trigger):
        return True  # "any accusations against our state are lies": acts of no one in particular, none reported
    # (a state's own planes use force for it: "Russian planes bombed Mariupol"; "a car in Moscow" is no one's)
    armed = [s for s in c.sources if s is not None and root in FORCE_ROOTS and _states(s) and any(
        m.dep_ in ("amod", "compound", "poss", "nmod") and ctx.is_actor_token(m) for m in ctx.doc[s.token].children)]
    inherited = [ctx.doc[s.token] for s in c.sources if s is not None and s not in armed] if c.kind != "noun" else []
    named = named_doer(trigger, ctx.head_acts)
    if (_thing(ctx, named, non_agents, triggers.lexicon.hazards) and not any(s.token == named.i for s in armed)) \
            or (inherited and all(_thing(ctx, d, non_agents, triggers.lexicon.hazards) for d in inherited)):
        # when the clause names the doer, it must be able to act (a person, group, organisation,
        # state or its forces): "a hurricane hit the islands", "red notices ask local authorities";
        # so must the doer a participle takes from its clause ("culture and religion … barring them")
        return True
    if trigger.dep_ == "acl" and trigger.tag_ == "VBG" and _thing(ctx, trigger.head, non_agents,
                                                                  triggers.lexicon.hazards):
        # "an ad attacking Clinton", "a law banning protests": the thing the participle describes does not act, and
        # the one who made it (arguments.subjects climbs to them) did so by making it, not by this act
        return True
    if root in FORCE_ROOTS and any(d.lower_ == "it" and not ctx.arg(d.i).resolved
                                   for d in ([named] if named is not None else inherited)):
        return True  # "it killed nine people", "it blocked roads": a storm or a virus, no one we can name
    if c.kind == "noun" and not c.sources and _lemma(_governor(ctx, trigger)) in non_agents:
        return True  # "polls showed support for de Blasio": what a poll shows no one did
    if inherited and all(_clause_doer(d) for d in inherited):
        return True  # "what we have never done is attacking …", "to pay salaries is to protect Ukraine": a clause acts on no one
    if is_topic(trigger) or undone(trigger) or modality_mod.is_yes_no_question(trigger) \
            or modality_mod.goal_stated(trigger) or modality_mod.infinitive_fragment(trigger) \
            or modality_mod.under_attitude_noun(trigger) or modality_mod.supposed(trigger) \
            or modality_mod.prevented(trigger) or modality_mod.ceased(trigger) or modality_mod.is_imperative(trigger) \
            or modality_mod.courtesy(trigger) or modality_mod.wh_infinitive(trigger) or modality_mod.optative(trigger) \
            or modality_mod.function_described(trigger) or modality_mod.listed_after_infinitive(trigger) \
            or modality_mod.discourse_reference(trigger) or modality_mod.used_to(trigger) \
            or modality_mod.recalled(trigger, ctx.sents, ctx.sent_index(trigger)):
        return True
    if c.kind in ("verb", "wide", "light") and root in VIOLENCE_ROOTS and \
            _lemma(attacked_thing(trigger)) in triggers.lexicon.hazards:
        return True  # "fight a specific virus", "firefighters battled the blaze": no one is attacked
    if root == "13" and _warned_of(trigger) & triggers.lexicon.hazards:
        return True  # "warned of potential flash floods", "issued a hurricane warning": no one threatens
    if root == "13" and _public_warned_for_safety(ctx, trigger, c):
        return True  # "local police warned people in the vicinity to stay inside": advice for the public's own safety
    if root == "08" and trigger.lemma_.lower() == "withdraw" and any(
            p.dep_ == "prep" and p.lower_ == "from" and any(g.dep_ == "pcomp" for g in p.children) for p in trigger.children):
        return True  # "withdrew from using the princess as their candidate": a plan given up, no forces pulled back
    if root == "08" and trigger.lemma_.lower() == "withdraw" and not any(k.dep_ == "dobj" for k in trigger.children) \
            and any(not ctx.arg(d.i).resolved or (_person(ctx, d) and not any(
                g.ent_type_ in ("GPE", "LOC") for p in trigger.children if p.dep_ == "prep" and p.lower_ == "from"
                for g in p.children)) for d in ([named] if named is not None else inherited)):
        # "Bayes withdrew in March", "Harris withdrew before the primaries": someone leaves a race or a
        # deal; troops, rebels and states withdraw (from a place)
        return True
    if c.kind in ("verb", "wide", "light") and participle_adjective(trigger):
        return True  # "you can report missing persons, captured civilians and soldiers": people described, no capture
    if modality_mod.hortative(trigger):
        return True  # "Let's help Ukraine": proposed, not done
    if root == "11" and trigger.lemma_.lower() == "be" and not any(t is not None for t in c.targets):
        # "could be especially critical for Trump", "is critical to placing ads": "critical" of no one is a
        # word of importance; "has been critical of Trump" criticises him
        return True
    if root in ("02", "10") and trigger.lemma_.lower() in CHARACTERISING and any(
            k.dep_ == "oprd" and k.pos_ == "ADJ" for k in trigger.children):
        # "called Trump unfit to be president": a verb of naming with a quality of its object gives a name (the
        # characterisations code it), asks nothing; "called on Trump to resign", "called Lavrov to discuss …" have none
        return True
    if trigger.lemma_.lower() == "accuse" and is_passive(trigger) and named_doer(trigger) is None and \
            trigger.dep_ in ("relcl", "acl") and trigger.head.pos_ in ("NOUN", "PRON"):
        return True  # "remove people who had been accused of crimes": a label of whom the clause speaks, no one accuses
    if root == "08" and _leaves_a_pact(ctx, trigger):
        # "withdrew the US from a nuclear treaty with Iran", "complete the withdrawal of the UK from the EU": one
        # leaves an agreement or an organisation, no forces are pulled back
        return True
    if c.kind == "noun" and "05" <= root <= "08" and not any(c.sources) and trigger.dep_ == "nsubj" and \
            trigger.head.lemma_ == "be" and any(k.dep_ in ("acomp", "attr") for k in trigger.head.children):
        # "cooperation with Russia is vital for us", "the supply of weapons to Ukraine is the best investment": what
        # an act by no one named is worth, no act reported ("the support from partners is beneficial" names its giver)
        return True
    if c.kind in ("verb", "wide") and root == "07" and _mentions_a_giver(triggers, ctx, named):
        # "China's spending helped global growth", "praise from Putin helps the U.S.", "examples of Russia's attempt
        # … lending legitimacy to a network": a thing that only names an actor gives no aid ("Germany's support
        # helped Ukraine": an aid noun is the giver's aid)
        return True
    if c.kind in ("verb", "wide") and root == "07" and _lemma(attacked_thing(trigger)) in triggers.lexicon.abstractions:
        return True  # "protecting their rights", "helped the investigation": no aid or protection given to anyone
    if c.code == WEIGH_OPTION and trigger.lemma_.lower() in OPINION_VERBS and any(
            k.dep_ in ("ccomp", "oprd", "xcomp") and k.pos_ in ("ADJ", "NOUN", "PROPN", "NUM") for k in trigger.children):
        # "Russia considers the sanctions illegal", "the corporation is considered one of the flagships": an opinion
        # of something, no option weighed
        return True
    if c.code == WEIGH_OPTION and trigger.lemma_.lower() in OPINION_VERBS and _as_phrase(trigger):
        return True  # "consider the avoidance of war as our foremost responsibility": what it is held to be
    if root >= "06" and any(o.dep_ == "dobj" and o.lower_ in REFLEXIVES for o in trigger.children):
        # "challenged himself to create a game": done to oneself, no one else ("committed itself to
        # the defence of Poland", "declared itself neutral": words that bind oneself are statements)
        return True
    if c.kind in ("verb", "wide", "frame") and only_a_question(trigger):
        return True  # "Mrs. Clinton asked.", "Pressed by the host, Trump said …": a question, no appeal or demand
    if other_sense(trigger, triggers.lexicon.other_senses):
        return True  # "meets Ukrainian standards", "the questions the paper had asked": the verb's other sense
    if trigger.lemma_.lower() in COMPEL_VERBS and is_passive(trigger) and named_doer(trigger) is None and any(
            k.dep_ == "xcomp" or (k.dep_ == "prep" and k.lower_ == "into") for k in trigger.children):
        # "entrepreneurs are forced to develop their business …", "was forced into damage control": circumstances,
        # no one coerces
        return True
    if guest_list(trigger):
        return True  # "X, Y and Z were invited to attend the meeting": who was present, no appeal made
    if c.kind in ("verb", "wide") and is_passive(trigger) and (
            (root == "04" and trigger.lemma_.lower() in CARRYING_VERBS) or (root == "07" and (any(
                o.ent_type_ == "PERSON" or ctx.arg(o.i).actor.person is not None
                for o in map(_antecedent, passive_subjects(trigger)))
                or (not passive_subjects(trigger) and named_doer(trigger) is None)))):
        # "Navalny was airlifted to Berlin", "was flown to a hospital", "underwent surgery and was then
        # airlifted to hospital": one moved gives no aid, pays no visit
        return True
    if c.kind in ("verb", "wide") and root == "07" and is_passive(trigger) and \
            trigger.lemma_.lower() in CARRYING_VERBS | {"airlift"} and any(
                o.lemma_.lower() in PEOPLE_CARRIED for o in passive_subjects(trigger)):
        return True  # "some victims were airlifted to Zamboanga": people carried, no aid given (goods airlifted are aid)
    if root == "04" and trigger.lemma_.lower() in ("speak", "talk") and trigger.tag_ == "VBG" and \
            trigger.dep_ in ("advcl", "acl") and not any(k.dep_ in ("nsubj", "aux") for k in trigger.children) and \
            not any(t.lemma_.lower() in ("phone", "telephone") for t in trigger.subtree):
        # "Speaking to students in Warsaw, the President said …", "Mitsotakis, speaking to the Atlantic Council think
        # tank, called …": whom a statement was made to, no consultation ("speaking by phone with" still is one)
        return True
    if root == "04" and trigger.lemma_.lower() == "meet" and is_passive(trigger) and named_doer(trigger) is None:
        return True  # "it was met with protests and mourning": a reception, no meeting
    if root == "04" and trigger.lemma_.lower() == "call" and is_passive(trigger) and named_doer(trigger) is None:
        return True  # "firefighters were called to the building", "as the hub is now called": summoned or named, no telephone call
    if root == "04" and trigger.lemma_.lower() == "receive" and any(
            not ctx.head_acts(of_head(o)) and o.lower_ not in PRONOUNS for o in verb_objects(trigger)):
        # "received confirmation of Russia's readiness", "will receive a ticket to The Hague", "assistance
        # is received by the Houthis": a thing received is no visitor
        return True
    if trigger.lemma_.lower() == "admit" and is_passive(trigger) and any(
            p.dep_ == "prep" and p.lower_ in ("to", "into") for p in trigger.children):
        return True  # "was admitted to the Academy", "admitted to hospital": let in, no confession
    if c.kind in ("verb", "wide", "light") and (
            modality_mod.when_present(trigger) or modality_mod.able(trigger)
            or obliged(modality_mod.clause_head(trigger)) or modality_mod.purpose_of_noun(trigger)
            or modality_mod.not_brought_about(trigger, triggers.frame_forms, triggers.frame_lemmas)):
        # "once Russia withdraws its troops, talks can start": a condition to come; "aircraft that
        # can help Ukraine": an ability; "we must fight", "Russia must withdraw": an obligation
        # stated (said of another, a demand: triggers); "an operation to defend Donbass": a
        # purpose; "the law allows police to arrest", "it is up to activists to fight": permitted,
        # not done
        return True
    if c.kind in ("verb", "wide", "light"):
        verb = modality_mod.clause_head(trigger)
        gov = verb
        while gov.dep_ == "advcl" and any(k.dep_ == "aux" and k.lower_ == "to" for k in gov.children):
            gov = gov.head  # a chain of purposes: "a meeting was held to intensify supply, to help …"
        if gov is not verb and (
                in_frame_complement(triggers, gov) or gov.lemma_.lower() in TALK_VERBS | JOINT_VERBS
                or any(o.dep_ in ("dobj", "nsubjpass") and o.lemma_.lower() in TALK for o in gov.children)):
            # "offered to send troops to distribute supplies": the purpose of what is offered; "discussed
            # the programme to support businesses", "would continue talks with Rutte to investigate the
            # downing", "will cooperate to ensure security": what talk or joint work is about
            return True
        if connective(trigger) or agenda(trigger):
            return True
        if asked_by_noun(triggers, verb):
            return True
        if trigger.dep_ in ("conj", "pcomp") and asked_for(triggers, trigger):
            # "urged the administration to condemn Russia and impose sanctions", "called on the U.S. to press China
            # into forcing North Korea …": asked for, not done
            return True
    # "called on partners to increase assistance": asked for, not given
    return c.kind == "noun" and in_frame_complement(triggers, trigger)


# what one withdraws from when no forces move: an agreement (PETRARCH's "WITHDRAW (FROM &TREATY)" is 161)
PACTS = {"agreement", "agreements", "accord", "accords", "treaty", "treaties", "pact", "deal", "convention",
         "protocol", "union", "alliance", "coalition"}


def _leaves_a_pact(ctx, trigger) -> bool:
    """The withdrawal (the verb, or the noun it governs: "complete the withdrawal") is from an agreement or
    from an international organisation."""
    heads = [trigger] + [o for o in trigger.children if o.dep_ == "dobj" and o.lemma_.lower() == "withdrawal"]
    return any(g.dep_ == "pobj" and (g.lemma_.lower() in PACTS or (
                   ctx.arg(g.i).resolved and (ctx.arg(g.i).actor.code or "").startswith("IGO")))
               for h in heads if h.lemma_.lower() in ("withdraw", "withdrawal")
               for p in h.children if p.dep_ == "prep" and p.lower_ == "from" for g in p.children)


# participles that join a reason to a clause ("considering that there are risks", "given that"): no one acts
CONNECTIVES = {"consider", "give", "see", "assume", "provide"}


def connective(trigger) -> bool:
    """A subjectless participle whose complement is a that-clause, heading an adverbial: a connective."""
    return trigger.tag_ in ("VBG", "VBN") and trigger.lemma_.lower() in CONNECTIVES \
        and trigger.dep_ in ("advcl", "prep", "mark") \
        and not any(k.dep_ in ("nsubj", "nsubjpass", "agent") for k in trigger.children) \
        and any(k.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in k.children)
                for k in trigger.children)


AGENDA_VERBS = {"discuss", "debate", "consider"}


def agenda(trigger) -> bool:
    """"We will discuss the effect of the measures", "I suggest that we discuss current matters": what
    a meeting's own participants are to talk about, with no one else named, is its agenda."""
    doer = named_doer(trigger)
    return trigger.lemma_.lower() in AGENDA_VERBS and trigger.tag_ in ("VB", "VBP") \
        and doer is not None and doer.lower_ in ("we", "us") \
        and not any(c.dep_ == "prep" and c.lower_ == "with" for c in trigger.children)


OPINION_VERBS = {"consider", "deem", "regard"}  # with a predicate of their object: an opinion


def _as_phrase(verb) -> bool:
    """The verb or its object (or the object's last conjunct, where the parser hangs it) has an as-phrase:
    "regards NATO as a threat", "consider the avoidance of war and the reduction of risks as our duty"."""
    objs = [o for o in verb.children if o.dep_ == "dobj"]
    objs += [c for o in objs for c in o.conjuncts]
    return any(p.dep_ == "prep" and p.lower_ == "as" and any(g.dep_ == "pobj" for g in p.children)
               for w in (verb, *objs) for p in w.children)


REFLEXIVES = {"himself", "herself", "itself", "themselves", "ourselves", "myself", "yourself", "yourselves"}
TALK_ROOTS = {"01", "02", "04"}
PLAIN_STATEMENT = "010"
STANDING_ROOTS = {"16"}  # reductions of relations (sanctions, embargoes): a state as well as an act
JOINT_EXERCISE, SHOW_OF_FORCE = "062", "150"
MILITARY_POSTURE, COOPERATION = "15", "06"
ENDORSE = "051"
MATERIAL_MANNER = {"financially", "militarily", "materially", "economically", "logistically", "technically", "directly"}


def political_support(triggers: Triggers, ctx, c: Candidate) -> bool:
    """"support" of a party or a person by a person or a party, with no means of support named, is an endorsement
    (as the lexicon's "support &abstractions" is): "Schultz supported Democrats", "he did not support Trump". A
    state backing a state, a leader or a group still aids it, and "with weapons", "financially" name the aid.
    (Extending it to any thing supported, "supporting an intervention", lowered the check split's penta F1.)"""
    trigger = c.trigger
    if trigger.lemma_.lower() != "support" or trigger.pos_ != "VERB":
        return False
    if any((k.dep_ == "prep" and k.lower_ == "with") or k.lower_ in MATERIAL_MANNER for k in trigger.children):
        return False
    obj = attacked_thing(trigger)
    if obj is None:
        return False
    arg = ctx.arg(obj.i)
    doers = [s for s in c.sources if s is not None]
    backed = _person(ctx, obj) or (arg.resolved and "PTY" in (arg.actor.sectors or ()))
    return backed and bool(doers) and all(
        _person(ctx, ctx.doc[s.token]) or ctx.doc[s.token].lower_ in PERSON_PRONOUNS
        or (s.resolved and "PTY" in (s.actor.sectors or ())) for s in doers) and not any(_armed(s) for s in doers)


UNARMED_SECTORS = {"BUS", "MED", "EDU", "HLH"}  # companies, media, schools, hospitals
COMPEL_VERBS = {"force", "compel", "oblige", "coerce", "require"}
# travel verbs whose passive subject is carried, not a traveller: "was flown to a hospital"
CARRYING_VERBS = {"fly", "travel"}
# people one carries (to hospital, to safety): moved, not given aid
PEOPLE_CARRIED = {"victim", "patient", "wounded", "injured", "casualty", "survivor", "evacuee", "passenger", "people",
                  "person", "child", "citizen", "civilian", "national", "tourist", "resident"}
# declining comment, a pessimistic comment and claiming or denying responsibility say what they are
# about by themselves ("declined to comment", "voiced deep concern", "the Taliban claimed responsibility")
SELF_CONTAINED = {"011", "012", "015", "016"}
CLAIM_RESPONSIBILITY = "015"
DENY_RESPONSIBILITY = "016"
WEIGH_OPTION = "014"  # "is considering giving every household a voucher": the option is its content
GENERIC_DOERS = {"you", "one", "this", "that", "these", "those"}  # when coreference gives them no one
# anyone at all, when coreference gives them no one ("anyone can help", "who supports it?")
ANYONE = {"someone", "somebody", "everyone", "everybody", "anyone", "anybody", "who", "whoever"}
VISITS = {"042", "043"}
# statements, appeals, intents, talks and cooperation in words, and protests ("marched in London"):
# a place they happen "in" is a venue
VENUE_ROOTS = {"01", "02", "03", "04", "05", "10", "11", "12", "13", "14"}


def _antecedent(tok):
    """A relative pronoun's noun ("Carrie Lam, who is supported by Beijing"), else the token itself."""
    return tok.head.head if tok.lower_ in ("who", "whom") and tok.head.dep_ == "relcl" else tok


RECOGNITION = "054"
# the sectors of a state's own organs: what they do is the state's act
STATE_ORGANS = {"GOV", "MIL", "LEG", "JUD"}


def _society(arg) -> bool:
    """The side is a part of society, not a state or its organs: citizens, voters, a party, candidates, the
    opposition, experts (a resolved actor with a sector and none of a state organ's)."""
    sectors = set(arg.actor.sectors or ()) if arg is not None and arg.resolved else set()
    return bool(sectors) and not sectors & STATE_ORGANS


def _states(arg) -> bool:
    """The side is a state or its government or forces (no other sector, no IGO): "Russian planes"."""
    return _named(arg) and arg.actor.code[:3] not in ("IGO", "NGO") and set(arg.actor.sectors or ()) <= {"GOV", "MIL"}


def _governor(ctx, trigger):
    """The subject of the clause a nominal event sits in, or None."""
    i = governing_subject(trigger)
    return ctx.doc[i] if i is not None else None


def asked_for(triggers, tok) -> bool:
    """``tok`` is a verb inside what an appeal or a demand asks for, away from the frame's own complement (which the
    frame wraps): a conjunct of it or a verb under it ("urged X to condemn Russia and impose sanctions", "called on
    the U.S. to press China into forcing …"). (A that-clause is left alone: "told reporters that Russia attacked
    … and killed …" reports; so is "pressed for X to act", which lowered the check split's penta F1.)"""
    cur = tok
    for _ in range(10):
        head = cur.head
        if head.i == cur.i:
            return False
        frame = triggers.frame_lemmas.get(verb_lemma(head, triggers.frame_forms)) if head.pos_ == "VERB" else None
        if frame is not None and frame.name in ASKING_FRAMES:
            if cur is not tok and (cur.dep_ == "xcomp" or asked_infinitive(cur)):
                return True
        if cur.dep_ not in ("conj", "xcomp", "pcomp", "prep") and not asked_infinitive(cur):
            return False
        if cur.dep_ == "conj" and (cur.tag_ != "VB" or any(k.dep_ in ("nsubj", "nsubjpass") for k in cur.children)):
            return False  # a conjunct asked for is bare like the infinitive it joins ("to condemn … and impose …")
        cur = head
    return False


def asked_by_noun(triggers, verb) -> bool:
    """``verb`` heads an infinitive with its own subject under a noun of asking, the appeal and demand frames'
    words ("sounded a call for the United States to accept more refugees", "renewed his demand for Israel to
    halt the strikes"): what is asked of that subject, not done (the noun's own event codes the asking). An
    infinitive without one says what the asking is for, done by the one who asks ("launched an appeal for $80
    million to provide help": the appealers provide it)."""
    head = verb.head
    if verb.dep_ not in ("advcl", "acl") or head.pos_ != "NOUN" or not any(
            k.dep_ == "aux" and k.lower_ == "to" for k in verb.children) or not any(
            k.dep_ == "nsubj" for k in verb.children):
        return False
    frame = triggers.frame_lemmas.get(head.lemma_.lower())
    return frame is not None and frame.name in ASKING_FRAMES


def in_frame_complement(triggers, tok) -> bool:
    """``tok`` stands in the complement of a frame verb (appeal, demand, intent, refusal, threat):
    what is asked, promised or refused, which the frame codes."""
    cur = tok
    for _ in range(10):
        if cur.head.i == cur.i:
            return False
        if (cur.dep_ in ("xcomp", "ccomp") or asked_infinitive(cur)) and cur.head.pos_ in ("VERB", "AUX") and \
                verb_lemma(cur.head, triggers.frame_forms) in triggers.frame_lemmas:
            return True
        if cur.dep_ == "pobj" and cur.head.lower_ in ("on", "to") and cur.head.head.pos_ == "VERB" and \
                verb_lemma(cur.head.head, triggers.frame_forms) in triggers.frame_lemmas:
            return True  # "agreed on his visit to Moscow", "agreed to a ceasefire": what is agreed
        cur = cur.head
    return False


def _media(arg) -> bool:
    return arg is not None and arg.resolved and "MED" in (arg.actor.sectors or [])


def _expletive_it(ctx, trigger, arg) -> bool:
    """"It is also planned to deliver food", "it has been agreed to hold a call": the passive's "it" stands for the
    infinitive after it, no one who plans (whatever coreference made of it); the planner is left unnamed. ("It has
    to be said that …" in a speaker's words is left to coreference: the speaker says it.)"""
    return ctx.doc[arg.token].lower_ == "it" and is_passive(trigger) and named_doer(trigger) is None and any(
        k.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in k.children) for k in trigger.children)


def _denies_of_things(ctx, trigger) -> bool:
    """The denial's content is about things, not anyone's deed: the clause denied ("denied that prices will rise") or
    the one of the claim, report or allegation denied ("refuted the claim that world oil prices will rise") has a
    subject that is no actor nor a pronoun ("denied claims that its troops shelled the city" keeps its denial)."""
    heads = [trigger] + [o for o in trigger.children if o.dep_ in ("dobj", "nsubjpass")]
    clauses = [k for h in heads for k in h.children if k.dep_ in ("ccomp", "acl") and k.pos_ in ("VERB", "AUX")
               and any(m.dep_ == "mark" and m.lower_ == "that" for m in k.children)]
    if not clauses:
        return False
    doers = [k for cl in clauses for k in cl.children if k.dep_ in ("nsubj", "nsubjpass", "expl")]
    return bool(doers) and all(d.pos_ in ("NOUN", "ADJ", "NUM") and not ctx.arg(d.i).actorlike for d in doers)


def _named_by(head, deps) -> list:
    """The words that say what kind of ``head`` it is: its modifiers of ``deps`` and the object of its "of" ("the
    ceasefire regime", "the regime of silence", "members of the press")."""
    return [k for k in head.children if k.dep_ in deps] + \
        [g for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]


def _arrangement(ctx, arg, arrangements) -> bool:
    """The side is a "regime" of rules, not a government: "the regime of silence", "the ceasefire regime", "the
    regime of martial law" (a noun of ``arrangements`` beside it or behind its "of"; "the Assad regime" is one)."""
    if arg is None:
        return False
    head = ctx.doc[arg.token]
    if head.lemma_.lower() != "regime":
        return False
    words = _named_by(head, ("compound", "amod", "nmod"))
    return any(w.lower_ in arrangements or w.lemma_.lower() in arrangements or
               any(k.dep_ in ("compound", "amod") and k.lower_ in arrangements for k in w.children) for w in words)


# nouns of a group that its modifier names: "media representatives", "members of the press"
GROUP_NOUNS = {"representative", "member", "worker", "people", "staff", "corps", "crew", "community"}


@lru_cache(maxsize=1)
def _media_words() -> frozenset:
    """The media's own words (roles.tsv's MED rows: journalist, press, media, …), one word each."""
    return frozenset(w.strip().rstrip("?").lower() for _, row in data_lines("roles.tsv") if row[0] == "MED"
                     for w in row[3].split("|") if " " not in w.strip())


def _press(ctx, arg) -> bool:
    """The side is the media: coded so, or a group its media word names ("media representatives in Odesa", "members of
    the press", which the place or the story may have given a country)."""
    if _media(arg):
        return True
    if arg is None:
        return False
    head = ctx.doc[arg.token]
    if head.lemma_.lower() not in GROUP_NOUNS:
        return False
    return any(w.lower_ in _media_words() or w.lemma_.lower() in _media_words()
               for w in _named_by(head, ("compound", "amod")))


def as_of(actor, date: str | None, published: str | None):
    """A known official coded with the role held on the event's own date when the event is dated
    before publication: "killed on Friday" reported on Monday is the general's killing, not a
    former general's."""
    person = actor.person
    if person is None or not date or len(date) != 10 or not published or date >= published:
        return actor
    if person.role_at(date) is None and any(r.end == date for r in person.roles):
        # a role that ended that very day was held when the event happened ("killed on Friday")
        date = (dt.date.fromisoformat(date) - dt.timedelta(days=1)).isoformat()
    country, sectors, _, why = person.resolve(date)
    code = join_code(country, list(sectors))
    if code == actor.code:
        return actor
    return replace(actor, code=code, country=country if country[:3].isalpha() else None,
                   sectors=list(sectors), why=f"{actor.why}; on the event's date: {why}" if actor.why else why)


def _clause_doer(tok) -> bool:
    """A subject that is a clause of what or of to ("what we have done", "to pay salaries"), not a
    participle that the parser made the subject ("Protesters, carrying placards asking …, marched")."""
    return tok.dep_ == "csubj" and any(
        (c.dep_ == "aux" and c.lower_ == "to") or c.lower_ in ("what", "whatever") for c in tok.children)


def _meet_at_a_verb(a, b) -> bool:
    """``a`` and ``b`` are arguments of a clause (their nearest common head is a verb), not members of one phrase."""
    heads = {a.i} | {x.i for x in a.ancestors}
    common = next((x for x in [b, *b.ancestors] if x.i in heads), None)
    return common is not None and common.pos_ in ("VERB", "AUX")


def _two_people(s, t, doc, in_talks: bool) -> bool:
    """Both sides are named people, and not the same one; or a named person and a body of his own state that names
    no one ("Zelenskyy held a meeting with the leadership of the security and defence forces")."""
    def names_a_person(a):  # (or a pronoun that names one: "he" for Trump "asked for Bolton's resignation")
        return a.actor.label == "PERSON" or (a.actor.label == "PRON" and bool(a.actor.name))
    if names_a_person(s) and names_a_person(t):
        return bool(s.actor.name and t.actor.name and s.actor.name != t.actor.name)
    person, other = (s, t) if s.actor.label == "PERSON" else (t, s)
    # (in talks, a plural body named by a demonym names its country, and is not the person: "a meeting
    # with Ukrainian ambassadors"; unless he is one of them: "his Greek, Cypriot and French counterparts, …, Le Drian")
    return person.actor.label == "PERSON" and bool(person.actor.name) and other.actor.label == "NOMINAL" and \
        (not other.actor.name or (other.actor.person is None and in_talks and doc[other.token].tag_ == "NNS"
                                  and _meet_at_a_verb(doc[other.token], doc[person.token])))


def _any_one(tok) -> bool:
    """The phrase is "any …" or "every …": no one in particular ("any country", "any accusations")."""
    return any(k.dep_ == "det" and k.lower_ in ("any", "every") for k in tok.children)


def _own_state_beside_another(s, t, pairs) -> bool:
    """``t`` is the bare state of ``s``'s own country, and another party of ``s`` in ``pairs`` is of another country."""
    country = s.actor.country if s is not None and t is not None else None
    return bool(country) and t.actor.code == country and any(
        a is s and o is not None and o is not t and o.actor.country and o.actor.country != country for a, o in pairs)


def _pronoun(ctx, arg) -> bool:
    """A third-person pronoun side (the speaker's own "we" is known)."""
    return ctx.doc[arg.token].lower_ in PRONOUNS - FIRST_PERSON


def _other_sector(pronoun, other) -> bool:
    """The pronoun's actor and the other side are both sectors of their country ("USAGOV", "USAOPP"), and
    different ones: not its bare name ("They were killing us" with "they" on Ukraine is someone else)."""
    mine, theirs = set(pronoun.actor.sectors), set(other.actor.sectors)
    return bool(mine and theirs) and not mine & theirs


def _as_place(arg):
    """A capital read as the place it is (its country's code), not as the government it can stand for."""
    a = arg.actor
    return replace(arg, actor=replace(a, code=a.country, sectors=[], why=f"{a.why or ''}; the doer's own capital: a place"))


def _unnamed(arg):
    """The side with its pronoun left unresolved."""
    a = arg.actor
    return replace(arg, actor=Actor(a.text, a.start, a.end, label=a.label, why="pronoun: its actor is not named here"),
                   resolved=False)


def _mentions_a_giver(triggers, ctx, doer) -> bool:
    """The clause's doer is a noun phrase whose head is a thing, not an actor, and not an aid noun of the lexicon
    (support, aid, assistance …): "China's spending", "praise from Putin", "tritium"."""
    if doer is None or doer.pos_ not in ("NOUN", "PROPN") or ctx.head_acts(doer) or ctx.is_actor_token(doer):
        return False
    return not any(cameo.root(p.code) == "07" for p in triggers.lexicon.nouns.get(doer.lemma_.lower(), ()))


def _person(ctx, tok) -> bool:
    return tok.ent_type_ == "PERSON" or ctx.arg(tok.i).actor.person is not None


ARMED_SECTORS = {"MIL", "COP", "REB", "INS", "UAF", "SPY", "PKO", "CRM", "SEP"}
POLITICAL_BODIES = {"ELI", "LEG", "PTY", "OPP"}  # a campaign, a party, a caucus: they attack in words
PERSON_PRONOUNS = {"he", "she", "him", "her", "his", "i", "me", "my", "we", "us", "our", "who"}


def _armed(arg) -> bool:
    return arg.resolved and (bool(set(arg.actor.sectors or ()) & ARMED_SECTORS) or arg.actor.code.startswith("IMG"))


def election_contest(triggers: Triggers, ctx, c: Candidate) -> bool:
    """A fighting verb of the lexicon's ``contests`` whose doers are all named persons or election rivals
    ("the candidates", "the front-runner"), with no armed side and no weapon: rivals who run, not fight."""
    lex = triggers.lexicon
    if _lemma(c.trigger) not in lex.contest_verbs:
        return False
    doers = [s for s in c.sources if s is not None]
    if not doers or any(_armed(a) for a in (*doers, *(t for t in c.targets if t is not None))):
        return False
    if any(p.dep_ == "prep" and p.lower_ == "with" and any(_lemma(g) in lex.weapons for g in p.children)
           for p in c.trigger.children):
        return False
    return all(_runs(lex, ctx, s) for s in doers)


ARENA_PREPS = {"in", "for", "on", "by", "into", "during"}


def electoral_race(triggers: Triggers, ctx, c: Candidate) -> bool:
    """A violence verb aimed at what an election is run in or won by (the lexicon's ``contests`` arenas: its object
    or the object of its in/for/by/on phrase: "hit the campaign trail", "fought the primary", "beat Sanders in the
    Michigan primary", "beat him by ten points"), or a verb of winning (``contests`` wins) in a sentence that names an
    arena ("a poll finds Clinton would beat Trump"): campaigning, no force. Not with an armed side or a weapon
    ("troops beat protesters during the vote")."""
    lex = triggers.lexicon
    trigger = c.trigger
    if any(_armed(a) for a in (*c.sources, *c.targets) if a is not None):
        return False
    if any(p.dep_ == "prep" and p.lower_ == "with" and any(g.dep_ == "pobj" and not (
            _lemma(g) in lex.arenas or ctx.is_actor_token(g) or _person(ctx, g)) for g in p.children)
           for p in trigger.children):
        return False  # "beat him with a bat": a weapon; "hit the trail with Clinton", "beat him with 47 percent" are votes
    own = [of_head(o) for o in verb_objects(trigger)]
    own += [g for p in trigger.children if p.dep_ == "prep" and p.lower_ in ARENA_PREPS
            for g in p.children if g.dep_ == "pobj"]
    own += [k for k in trigger.children if k.dep_ == "npadvmod"]
    if any(_lemma(w) in lex.arenas or w.lower_ in lex.arenas for w in own):
        return True
    return _lemma(trigger) in lex.contest_wins and any(
        _lemma(t) in lex.arenas or t.lower_ in lex.arenas for t in trigger.sent)


def _runs(lex, ctx, s) -> bool:
    """``s`` runs in an election: an election rival by name ("the candidates"), or a named person out of
    government and opposition (a head of state fights through forces; an opposition leader's rally protests)."""
    tok = ctx.doc[s.token]
    return _lemma(tok) in lex.contestants or (
        (_person(ctx, tok) or s.actor.label == "PERSON") and not {"GOV", "OPP"} & set(s.actor.sectors or ()))


INVESTING = {"invest", "investment", "investor"}


def private_investment(triggers: Triggers, ctx, c: Candidate) -> bool:
    """An investment by someone who runs in an election or by a named person out of government (the doers, or the
    noun's owner: "most candidates invested heavily in New Hampshire", "Trump's investments in energy companies",
    "invested in the effort"): money of one's own or a campaign's, no economic cooperation between actors."""
    trigger = c.trigger
    if _lemma(trigger) not in INVESTING:
        return False
    lex = triggers.lexicon
    doers = [s for s in c.sources if s is not None]
    if doers:
        return all(_runs(lex, ctx, s) for s in doers)
    owners = [k for k in trigger.children if k.dep_ == "poss"]
    return bool(owners) and all(_lemma(k) in lex.contestants or _person(ctx, k) for k in owners)


def campaign_rally(triggers: Triggers, ctx, c: Candidate) -> bool:
    """A rally held by someone who runs in an election, against no one: a campaign event."""
    lex = triggers.lexicon
    if not any(o.dep_ == "dobj" and _lemma(o) in ("rally", "rallies") for o in c.trigger.children) or any(
            p.dep_ == "prep" and p.lower_ == "against" for t in (c.trigger, *c.trigger.children) for p in t.children):
        return False
    doers = [s for s in c.sources if s is not None]
    return bool(doers) and all(_runs(lex, ctx, s) for s in doers)


def _blow_word(trigger) -> str:
    """The lemma, with its particle "back" when it has one: "fired back at Trump" is a retort ("fire_back")."""
    lemma = trigger.lemma_.lower()
    if any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in trigger.children):
        return f"{lemma}_back"
    return lemma


def verbal_blow(triggers: Triggers, ctx, c: Candidate) -> bool:
    """A violence verb of the lexicon's ``verbal_blows`` whose doer is a person or a political body and whose
    object is a person or a person's quality ("hit Sanders on guns", "attacks on Clinton's fitness"): no
    state, forces or armed group on either side (those attack with force)."""
    trigger = c.trigger
    if _blow_word(trigger) not in triggers.lexicon.verbal_blows:
        return False
    doers = [s for s in c.sources if s is not None]
    if not doers or any(_armed(s) for s in doers) or any(_armed(t) for t in c.targets if t is not None):
        return False
    for s in doers:
        tok = ctx.doc[s.token]
        if not (_person(ctx, tok) or tok.lower_ in PERSON_PRONOUNS or s.actor.label == "PERSON"
                or (s.resolved and set(s.actor.sectors or ()) & POLITICAL_BODIES)):
            return False
    # the object, or what "ripped into Obama", "lashed out at Trump", the noun "attacks on Clinton's record" aim at
    aimed = [attacked_thing(trigger)] + [g for p in trigger.children if p.dep_ == "prep" and p.lower_ in (
        "into", "at", "on", "against") for g in p.children if g.dep_ == "pobj"]
    aimed = [t for t in aimed if t is not None]
    aimed += [k for t in aimed for k in t.children if k.dep_ == "poss"]  # a person's quality: "Clinton's fitness"
    if any(_person(ctx, t) or t.lower_ in PERSON_PRONOUNS for t in aimed):
        return True
    # a person's blow at one office holder named by the title ("Trump attacked a federal judge", "blasted the
    # senator"): words too (a body's attack on an official may be force: "protesters attacked a judge")
    persons = all(_person(ctx, ctx.doc[s.token]) or ctx.doc[s.token].lower_ in PERSON_PRONOUNS for s in doers)
    return persons and any(_office_holder(ctx, t) for t in aimed)


OFFICES = POLITICAL_BODIES | {"JUD", "GOV", "MED"}  # sectors whose one member is named by title ("the judge")


def _office_holder(ctx, tok) -> bool:
    """One person named by an office ("a federal judge", "the senator"): a singular noun coded in a sector of
    office, with no weapon near ("with a knife" makes it an assault)."""
    if tok.tag_ != "NN" or tok.ent_type_:
        return False
    a = ctx.arg(tok.i)
    return a.resolved and bool(set(a.actor.sectors or ()) & OFFICES) and not any(
        p.dep_ == "prep" and p.lower_ == "with" for p in tok.head.children)


def _thing(ctx, tok, non_agents, hazards) -> bool:
    """``tok`` heads a thing that cannot act (lexicon ``non_agents``; a named storm too, "Hurricane
    Dorian", its kind a ``hazards`` word before the name here or earlier; a maker's model; "it" standing for one), not a body named after one ("the
    programme provides", but "the World Food Programme provides"; "the United States Constitution"
    is a thing of a country, no body)."""
    if tok is None:
        return False
    if tok.lower_ == "it":
        # "it" stands for the last one-word-headed subject before it, in its sentence or the one before:
        # "A fire destroyed 200 homes. Officials said it killed nine", "Phanfone hit Boracay. It blocked roads";
        # a clause too ("setting milestones is never a good idea — it'll just intimidate people")
        first = ctx.sents[max(0, ctx.sent_index(tok) - 1)].start
        subj = next((t for t in reversed(ctx.doc[first:tok.i]) if t.dep_ == "csubj" or (
            t.dep_ in ("nsubj", "nsubjpass") and t.tag_ in ("NN", "NNP"))), None)
        return subj is not None and (subj.dep_ == "csubj" or _thing(ctx, subj, non_agents, hazards))
    mention = ctx.tok_mention.get(tok.i)
    if mention is not None and mention.code and mention.label not in PLACE_LABELS:
        return False
    return _lemma(tok) in non_agents or _model(tok) or (tok.text[:1].isupper() and ctx.first_named(hazards).get(
        tok.text, tok.i + 1) <= tok.i)  # "Typhoon Phanfone", then "Phanfone"


def _model(tok) -> bool:
    """A name with a model number, a maker's product: "a Volvo XC90", "the Boeing 737 Max", "SARS-CoV-2"
    (the number in the head or between the name and it; "BBC Radio 4" is a station). A date is none: the
    parser may make "March 17th" a subject."""
    if tok.ent_type_ in ("DATE", "TIME"):
        return False
    digit = lambda t: any(ch.isdigit() for ch in t.text)
    names = [c for c in tok.children if c.dep_ in ("compound", "nmod") and c.i < tok.i and c.tag_ == "NNP"]
    return bool(names) and (digit(tok) and any(ch.isalpha() for ch in tok.text) or any(
        c.dep_ in ("nummod", "compound") and digit(c) and names[0].i < c.i < tok.i for c in tok.children))


def _warned_of(trigger) -> set[str]:
    """What a warning is of: the object of "of/about" on the verb or on its light noun, or the
    light noun's modifier ("a hurricane warning")."""
    heads = [trigger, *(k for k in trigger.children if k.dep_ == "dobj" and k.lemma_.lower() in ("warning", "alert", "watch"))]
    words = {g.lemma_.lower() for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in ("of", "about")
             for g in p.children if g.dep_ == "pobj"}
    return words | {m.lemma_.lower() for h in heads[1:] for m in h.children if m.dep_ in ("compound", "amod")}


def _public_warned_for_safety(ctx, trigger, c: Candidate) -> bool:
    """"Warned people / residents / the public to stay inside": a warning to do something (an infinitive), told to a
    public that is no state nor any other side (no code, or civilians) and, when its country is known, of the warner's
    own country. (A side's warning to another is a threat: "Russia warned Ukraine to stop", "Russian troops
    warned residents of Mariupol to leave".)"""
    if trigger.lemma_.lower() != "warn" or not any(k.dep_ == "xcomp" for k in trigger.children):
        return False
    warned = [ctx.arg(o.i) for o in trigger.children if o.dep_ == "dobj"]
    countries = {s.actor.country for s in c.sources if s is not None and s.actor.country}
    return bool(warned) and len(countries) <= 1 and all(
        not t.resolved or (list(t.actor.sectors or ()) == ["CVL"] and (not t.actor.country or t.actor.country in countries))
        for t in warned)


def _topic_of_subject(ctx, trigger, arg) -> bool:
    """The argument is a thing whose actor is only what it is about ("Smith's memo on Trump was ridiculed": the
    phrase resolves to Trump through "on"); not one named as its owner or author ("Trump's plan")."""
    head = ctx.doc[arg.token]
    if ctx.is_actor_token(head) or any(k.dep_ == "poss" and ctx.is_actor_token(k) for k in head.children):
        return False
    return any(p.dep_ == "prep" and p.lower_ in TOPIC_PREPS and any(ctx.is_actor_token(t) for t in p.subtree)
               for p in head.children)


def _lemma(tok) -> str | None:
    return tok.lemma_.lower() if tok is not None else None


TALK_VERBS = {"discuss", "debate", "negotiate", "talk", "consider", "weigh", "mull"}  # "discussed strengthening sanctions"
JOINT_VERBS = {"cooperate", "collaborate", "coordinate", "interact"}  # their purpose is their field
TOPIC_PREPS = {"about", "on", "over", "regarding", "concerning"}
# what is drafted or put forward on doing something: "draft documents on providing security guarantees", "proposals
# on holding exercises" name what the papers propose, no act done ("documents on his talks", "a report on attacks"
# report acts that were)
WRITINGS = {"document", "draft", "proposal", "paper", "memorandum", "memo"}
UNDOING_PREFIXES = {"de", "un", "non", "anti", "counter"}  # "de-occupied" is not "occupied"


def is_topic(trigger) -> bool:
    """The trigger stands in the topic of talk or a meeting ("talks about the defence support
    for Ukraine"): climbing from it through objects and gerunds, a topic preposition that hangs
    on a word of talking or meeting."""
    cur = trigger
    for _ in range(5):
        if cur.head.i == cur.i:
            return False
        if cur.dep_ in ("pobj", "pcomp") and cur.head.dep_ in ("prep", "ROOT") and cur.head.lower_ in TOPIC_PREPS:
            prep, gov = cur.head, cur.head.head
            # a topic when the preposition hangs on talk, on a verb whose subject is talk ("a
            # meeting will be held on assistance to Ukraine"), or opens a fragment continuing the
            # talk of the sentence before ("First of all, about the defence support"); not after a
            # worry ("concerns about Beijing's support for Russia" are about a real act)
            return gov.i == prep.i or gov.lemma_.lower() in TALK or \
                (gov.lemma_.lower() in WRITINGS and cur.tag_ == "VBG") or \
                gov.lower_ in TALK or any(k.dep_ in ("nsubj", "nsubjpass") and k.lemma_.lower() in TALK
                                          for k in gov.children)
        if cur.dep_ in ("dobj", "xcomp", "ccomp") and cur.head.pos_ == "VERB" \
                and cur.head.lemma_.lower() in TALK_VERBS:
            return True
        if cur.dep_ == "conj" and cur.head.dep_ == "ROOT" and cur.head.lower_ in TOPIC_PREPS:
            return True  # "About further cooperation and providing our state with assistance": a fragment's topics
        if cur.dep_ == "pobj" and cur.head.lower_ == "to" and cur.head.head.lower_ in ("related", "relating"):
            return True  # "issues related to the delivery of humanitarian aid": what they concern
        # (through a participle's phrase too: "discussed Ukraine's efforts aimed at recognizing …";
        # and a noun's infinitive the parser calls a relative clause: "discussing ways to increase support")
        if cur.dep_ == "relcl" and cur.head.pos_ == "NOUN" and \
                any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children):
            cur = cur.head
            continue
        if cur.dep_ not in ("dobj", "pobj", "pcomp", "compound", "amod", "nmod", "conj", "poss", "prep", "acl"):
            return False
        cur = cur.head
    return False


ATTENDING = {"attend", "participate", "join", "take"}  # "invited to attend / take part in the meeting"


def guest_list(trigger) -> bool:
    """A passive "were invited" with no inviter, to attend a meeting or session ("… were invited to
    attend the meeting", "members of the public were invited to the plenary session"): a release's
    list of who was present, no appeal or invitation reported."""
    if trigger.lemma_.lower() != "invite" or not is_passive(trigger) or named_doer(trigger) is not None:
        return False
    return any(k.dep_ == "xcomp" and k.lemma_.lower() in ATTENDING for k in trigger.children) or any(
        k.dep_ == "prep" and k.lower_ == "to" and any(g.dep_ == "pobj" and g.lemma_.lower() in TALK | {"ceremony"}
                                                      for g in k.children) for k in trigger.children)


def undone(trigger) -> bool:
    """A hyphenated prefix that undoes the act ("de-occupied", "un-blocked"), or a participle
    joined to a noun as an adjective ("a life-threatening condition", "law-abiding"): no act."""
    doc = trigger.doc
    i = trigger.i
    if not (i >= 2 and doc[i - 1].text in ("-", "‐", "–") and doc[i - 1].whitespace_ == ""
            and doc[i - 2].whitespace_ == ""):
        return False
    return doc[i - 2].lower_ in UNDOING_PREFIXES or (
        trigger.tag_ == "VBG" and trigger.dep_ in ("amod", "compound", "acomp") and doc[i - 2].pos_ == "NOUN")


def named_doer(trigger, acts=lambda tok: False):
    """The head of the doer a verb's clause names: its subject, or the "by" agent of a passive
    (``acts``: the phrase head names an actor, to place a "which")."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return None
    passive = is_passive(trigger)
    for c in trigger.children:
        if passive and c.dep_ == "agent":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
        if not passive and c.dep_ == "nsubj":
            # "the crisis, which has been threatening stability": the relative pronoun's noun
            return which_antecedent(c, trigger.head, acts) if c.lower_ in RELATIVES and trigger.dep_ == "relcl" else c
    return None


def attacked_thing(trigger):
    """The head of what a verb's act is aimed at: its object ("attacked the investigation"),
    passive subject, or the object of with/against/on ("clashed with some of the stances" →
    stances)."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return None
    for c in trigger.children:
        if c.dep_ in ("dobj", "nsubjpass"):
            # "launched an attack on the policies of X": the light object's own target
            aimed = next((g for p in c.children if p.dep_ == "prep" and p.lower_ in ("on", "against")
                          for g in p.children if g.dep_ == "pobj"), None)
            return of_head(aimed if aimed is not None else c)
    for c in trigger.children:
        if c.dep_ == "prep" and c.lower_ in ("with", "against", "on"):
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None:
                return of_head(obj)
    return None


CONTENT_DEPS = {"ccomp", "acl", "xcomp", "relcl"}
CONTENT_PREPS = {"about", "on", "over", "of", "against", "at", "for", "regarding", "concerning"}  # topics, not partners


def has_content(c: Candidate) -> bool:
    """Whether a statement says what it is about: a clause or a topic phrase ("about …",
    "that …") on its trigger or on the light verb's object ("expressed pessimism about")."""
    doc = c.trigger.doc
    for head in [c.trigger, *(doc[i] for i in c.consumed)]:
        for child in head.children:
            if child.dep_ in CONTENT_DEPS:
                return True
            if child.dep_ == "prep" and child.lemma_.lower() in CONTENT_PREPS and not any(
                    o.ent_type_ in ("DATE", "TIME") for o in child.children):  # "on Friday" is no topic
                return True
    return False


def event_date(ctx, sent, trigger, published, future=False):
    """The time expression of the trigger's own clause, else the publication date.

    "Blinken disclosed that Xi reiterated the message he gave during their summit last
    November": "last November" dates the summit, not the disclosure, so only expressions whose
    clause is the trigger's clause count.
    """
    head = modality_mod.clause_head(trigger)
    for _ in range(6):
        # "Yesterday, the Parliament voted to expel US troops": an infinitival complement happens
        # when its governing verb does, so the governor's time expression dates it
        heads = {head.i}
        top = head
        while top.dep_ == "xcomp" and top.head.i != top.i:
            top = modality_mod.clause_head(top.head)
            heads.add(top.i)
        doc = sent.doc
        for start, end, value in ctx.times(sent, published, future):
            span = doc.char_span(sent.start_char + start, sent.start_char + end, alignment_mode="expand")
            if span is None:
                continue
            if modality_mod.clause_head(span.root).i in heads or (
                    trigger.pos_ in ("NOUN", "PROPN") and span.root.i in {t.i for t in trigger.subtree}):
                return value
        # "in 1941 they attacked and burned villages": a conjoined verb with no subject of its own shares
        # the first verb's time
        if head.dep_ != "conj" or head.head.pos_ not in ("VERB", "AUX") or any(
                c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
            break
        head = head.head
    return published


class _Unknown:
    """Facts of a code outside CAMEO (user dictionaries may use WEIS or their own codes)."""

    def __init__(self, code):
        self.root, self.plover, self.plover_mode, self.quad_class, self.goldstein = code[:2], None, None, None, None


def _facts(code: str):
    return cameo.table().get(code) or _Unknown(code)


def event_id(doc_id, si, code, s, t, span) -> str:
    key = "|".join(str(x) for x in (doc_id, si, code, s and s.actor.start, t and t.actor.start, span.start))
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
