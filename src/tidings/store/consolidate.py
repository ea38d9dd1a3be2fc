"""One happening, many reports: events from different documents grouped into consolidated events.

Every stored event is a report. Reports of the same happening share a *consolidation key* and
lie close in time; one of them stands for the group (``mention_of IS NULL``) and the others point
to it (``mention_of`` = its key), so every default listing, count, timeline and network reads one
row per happening and ``num_mentions`` / ``num_articles`` / ``num_sources`` say how widely it was
reported. The rules (judged against the labelled pairs in ``tests/store/data/``: read from the
errors of the *tune* split, measured on the held-out *check* split; see the README beside them):

- **A happening**: only a report of something that happened on its date is consolidated. A
  hypothetical or negated report did not happen ("he would just leave for Paris"); a sentence
  about a habit, a span of time, an earlier or a later time ("we regularly hold summits", "in
  recent months we consulted", "we have already met", "his visit in the near future", "he would
  continue talks"; the words are in ``data/vocab/unanchored_time.txt``) is not about one
  happening of the day it is dated,
  unless it names a day of its own ("as I have already mentioned, yesterday I spoke with him").
  The time words of a relative clause set off by a comma are another act's ("he discussed it
  with von der Leyen, whose visit is expected in the near future"), unless it holds the
  report's trigger ("the treaty, which was signed last year"). What is carried out was agreed
  before: the consultation where it was reached is of an earlier day ("I see progress in
  implementing the agreements reached during the talks with the Prime Minister of Denmark"),
  unless the sentence names a day. A statement told as a plural noun its speaker owns, aimed at
  someone ("Sanders's recent attacks on Clinton", "his condemnations of reporters"), is many
  statements over time, none of them the day's.

- **Who**: both sides carry an identity: a resolved code whose country is known (not ``---GOV``,
  not ``+++``); reports are compared within a *bucket* of the same two countries. A side's own
  name (Putin, Modi, NATO) must agree where both reports give one: Putin and Lavrov are both
  ``RUSGOV`` and are not the same actor, while Putin is one actor as ``RUSGOV`` and ``RUSELI``. A
  name that says no more than the code (a country, a seat of government such as "the Kremlin",
  a region) counts as no name, and so does a personal pronoun's ("he", "we": coreference's guess,
  which merged different calls of one day). A report naming one side joins the one group that agrees with it;
  a report naming neither ("Russia → India") joins the one named group of its day, and is
  otherwise not known to be the same happening as anything else. At home (one country) the
  country tells no one apart, but the sides' sectors do: a consultation naming neither side ("I
  met with our servicemen", the pronoun's name dropped) joins the one group of its day naming
  someone with the same two codes (``RUSGOV`` and ``RUSMIL``: Putin's talk with the wounded) and
  the same kind of contact where it tells one (a call, "we talked today with our military", is
  not the day's meeting); a place visited (the bare country's code) says nothing of who was met,
  nor do two sides of one code (``UKRGOV`` and ``UKRGOV``: a minister, a governor, the
  government, met many a day). A person named at home without a sector ("Trump" as ``USA``: a
  candidate, a private person) next to someone unnamed ("speaking to her", "to huddle with key
  Republican lawmakers") is known to be no contact of the day in particular: such reports stand alone.
  An unnamed ``---GOV`` is nobody in particular and a missing side is anybody: neither is
  consolidated across documents. Nor is
  an unnamed act between two countries where one is a bare country ("Ukraine → Russia"
  sanctions, fighting: many a day; consultations excepted, one a day between two countries), nor,
  at home, a report whose other side is the bare, unnamed country ("Zelensky → Ukraine": a
  president's day at home holds many acts; the host of a visit excepted, but not a visit to the
  country itself, "Zelensky visited Ukraine", which is a misread report of a guest's visit).
  In a consultation (not a visit) with the bare country on one side only, the country is what
  was talked about, not a party ("the President briefed Johnson on the negotiations with
  Russia", "we discussed sanctions against Russia"): such a report groups only with reports
  naming the same actor about the same country, and none joins it; naming nobody else ("we
  discussed the negotiations with Russia") it is nobody in particular. Two bare countries
  ("Russian-Indian talks") remain the one consultation of their day. "The interlocutors" or
  "the sides" of a contact are its parties, never a topic, even as a bare country.
  In a consultation, a side the coder left unnamed that is *someone of a role* — a title other
  than a leader's or a minister's office ("the US Under Secretary of State"), a leader's title
  that is not its holder of the day ("the First President of Kazakhstan"), a capitalised title
  of something ("The First Lady of Turkey"), or people of a sector other than the government's
  ("people from Russia"; not a thing of theirs, "the involvement of Russian companies") — joins
  no group naming on that side an official in office that day (``officials*.tsv``): it is
  someone else than Blinken, Tokayev or Erdoğan. A side left unnamed whose title names an office
  ("the Minister of Foreign Affairs of Denmark") joins no group naming there an official who
  holds another office that day (the prime minister).
- **What**: the same CAMEO root. Consultations (root 04: calls, visits, talks) are mutual, so
  their two sides are put in a fixed order: the Kremlin's "Putin spoke with Zelensky" and Kyiv's
  "Zelensky spoke with Putin" are one call. The order is the countries'; at home (one country) a
  named side comes first, so that a person named stays on one side whether a report names the
  other ("Putin met our servicemen") or not. An international organisation is a party of its own
  (``IGOEEC``, ``IGONAT``), not one country with all the others. A report vaguer about who (naming
  one side or neither) joins a group only if it tells the same kind of contact, by phone (041) or in person
  (042–044): "Macron's recent visit to Moscow" is not the day's call with "my French counterpart"
  (talks and meetings, 040 and 046, say neither). Reports naming both sides are not split so
  (measured: that cost true merges, one contact coded as a call in one report and a visit in
  another).
- **When**: day dates of one bucket form runs of consecutive days; a run of at most
  ``MAX_RUN_DAYS`` days is one happening, a longer run is a story that goes on (daily shelling)
  and each day is its own happening. ``MAX_RUN_DAYS`` is 1, the same day: a window of two or
  three days found the reports that date one call a day apart ("yesterday"), but merged more
  different calls, meetings and statements of consecutive days (measured on the labelled pairs,
  README beside them). A month-only date joins the one happening of its bucket in that month,
  else the month-only reports of that month form their own group (a statement's never joins a
  day's: a statement is one only on the same day). A year-only or missing date
  is never consolidated across documents. Statements (CAMEO's verbal roots other than
  consultations) are said again and again, and aid (07) and reduced relations (16: sanctions)
  are told as standing policies more often than as acts of a day: they are grouped only when
  both actors are named. A signing (057) is not a statement but an act of a day, one signing: it
  is a bucket of its own, grouped as a meeting is, and not the thanks or praise voiced at the
  talks where it was signed. A statement said in a call ("during the telephone conversation,
  Putin congratulated Aliyev") is not the one said elsewhere that day (the birthday message),
  and a statement of a call's release ("Telephone conversation with President of Belarus") is
  said in that call, not at the meeting of that day the call followed.
- **Where**: the coder rarely gives a place, and a city may lie in a region another report
  names, so places in general are not part of the rule (both are shown in the reports). But a
  visit whose place names regions ("a working trip to the Odesa region") is not the visit to
  other regions of the same day ("... to the Mykolaiv region"): a group holding visits to
  regions that share none is split by region, and its reports naming no region stand alone.
- **Same document**: two reports in one document that fall in one group are one happening told
  twice (a lead and its body), as GDELT counts mentions.

Deterministic: the groups are a function of the stored events alone, whatever the ingest order;
the group's representative is its most specific report (a day date before a month, more named
actors, a longer CAMEO code, then the smallest key). Incremental: a new (or removed) document regroups only the
reports of its buckets within ``WINDOW_DAYS`` of its dates.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources
from typing import Iterable

from tidings import dates
from tidings.actors.coreference import PRONOUNS, TITLE_OFFICES
from tidings.actors.mentions import FORMER
from tidings.events.arguments import OWN_POSSESSIVES
from tidings.events.assembly import PAIR_NOUNS

RULE = 19  # bump when the rule changes: stores consolidated with an older rule are regrouped on open
RULE_NAME = ("same countries, CAMEO root and day; named actors agree; only dated happenings;"
             " a country talked about is no party; visits to other regions are other visits;"
             " a vaguer report joins only the same kind of contact;"
             " someone of a role is not the official another report names;"
             " at home, sectors tell who met whom, when they differ;"
             " a signing is an act of its own; the sides of a contact are no topic;"
             " a relative clause's time words are its own;"
             " a statement in a call is not one said elsewhere; a month-only statement is not the day's;"
             " an office is not an official holding another; what will continue is not of the day;"
             " a statement in a call's release is said in the call;"
             " the talks where what is carried out was agreed are earlier;"
             " a plural statement its speaker owns is many; at home, a person without a sector named alone is alone")
MAX_RUN_DAYS = 1  # 1: the same day (see the README of the gold pairs for 2 and 3)
# statements (CAMEO's verbal roots, but consultations: a call or a meeting is a happening) are
# made again and again: only reports of the same day naming both actors are one statement
STATEMENT_ROOTS = {"01", "02", "03", "05", "09", "10", "11", "12", "13"}
# aid (07) and reduced relations (16: sanctions, cuts) are told as standing policies far more often
# than as acts of a day ("NATO supports Ukraine", "thanks for the sanctions", "informed him about
# the operation"): like statements, only reports naming both actors are grouped
STANDING_ROOTS = {"07", "16"}
# a signing (057: "signed a joint declaration") is an act of a day, one signing, not a statement said
# again and again: its own bucket, apart from the thanks and praise (root 05) voiced at the same talks
ACTS = {"057"}
# reports loaded around a written date: any group touching the dates' months lies well inside
WINDOW_DAYS = 100
MUTUAL_ROOTS = {"04"}
# codes whose next three letters name an organisation, not a sector (IGOEEC, IGONAT, NGOAMN)
ORGANISATIONS = {"IGO", "NGO"}
VISITS = {"042", "043"}  # make a visit, host a visit: the place visited is the other side
# the kind of contact a consultation's code says (040 talks, 046 negotiations: either)
CONTACTS = {"041": "phone", "042": "person", "043": "person", "044": "person"}
# the kinds of time expression (tidings.dates) that name a day
DAY_EXPRESSIONS = {"iso", "mdy", "dmy", "md", "dm", "rel_day", "weekday"}
# what is only supposed ("he would leave for Paris") or denied did not happen: such a report is
# no happening to count twice, and joined to a real one it would give it a report it does not have
NOT_HAPPENED = {"hypothetical", "negated"}
PERSONAL_PRONOUNS = PRONOUNS - {"who", "which"}  # a relative pronoun is bound by syntax, not guessed
# the name given to a consultation's side that is the bare country ("discussed sanctions against
# Russia" with Zelensky): a topic of the talks rather than a party to them
TOPIC = "~"
# "a working trip to the Odesa region", "to the Kharkiv and Donetsk regions": the regions a visit names
REGIONS = re.compile(r"((?:[A-Z][\w'-]+(?:,? and |, ))*[A-Z][\w'-]+) (?:region|regions|oblast|oblasts)\b")
# the name given to a side the coder left unnamed that is someone of a role ("the US Under Secretary
# of State", "the First Lady of Turkey", "people from Russia"): not the person a report names there
ROLE = "?"
# the mark of a side the coder left unnamed whose title names an office ("the Minister of Foreign
# Affairs of Denmark": "=minister of foreign affairs"): not an official holding another office that day
OFFICE = "="
TITLE_OFFICE_CODES = frozenset(code for codes in TITLE_OFFICES.values() for code in codes)
# a title after these words is not its office's holder of the day: "the First President of Kazakhstan"
NOT_THE_HOLDER = FORMER | {"first", "late"}
# a title that says only "the one I deal with": the other leader, not another office
RELATIONAL_TITLES = {"counterpart"}
# "The First Lady of Turkey", "Chairman of the ... Group": a capitalised title of something
TITLE_OF = re.compile(r"^(?:[Tt]he\s+)?((?:[A-Z][\w'-]*\s+)+)of\s")
# ", whose visit to Kyiv is expected in the near future": a relative clause set off by a comma tells
# of something else than the sentence's act, and its time words are not the act's
ASIDE = re.compile(r",\s+(?:whose|which|whom|who)\b[^,;]*")
# "During the telephone conversation, Putin congratulated Aliyev": a statement said in a call; the
# birthday message of that day says the same words on another occasion
CALL = re.compile(r"\b(?:tele)?phone\b"
                  r"|\b(?:during|in|on|over) (?:a|the|their|this|our|his|her) (?:video |phone |telephone )?call\b", re.I)
IN_A_CALL = "%call"
# "I see progress in implementing the agreements reached during the talks with the Prime Minister of
# Denmark": what is being carried out was agreed before, at a consultation of an earlier day (the
# consultation is the words after "during", "at"; "{}" is the report's trigger)
AGREED_AT = (r"\b(?:implement|fulfil)\w*\b[^.;]*?"
             r"\b(?:agreements?|arrangements?|accords?|decisions?|understandings?)\b[^,;.]{{0,40}}?"
             r"\b(?:reached|achieved|made|taken|adopted|concluded|agreed)\s+(?:during|at|in the course of)\b"
             r"[^,;]{{0,100}}?\b{}\b")
WORDS = re.compile(r"[\w.'-]+")
# "Sanders's recent attacks on Clinton", "their criticisms of the deal": a statement told as a plural noun its speaker
# owns, and aimed "on", "of", "against" someone, is a series of statements over time, not one said on the report's day
# ("{}" is the trigger, a plural; "Greenberg's research suggests", "our country expects the EU" are verbs)
OWNED_PLURAL = (r"(?:['’]s|\b(?:" + "|".join(sorted(OWN_POSSESSIVES)) + r"))\s+(?:[a-z]+\s+)?{}"
                r"\s+(?:on|of|against|toward|towards)\b")
PLURAL = re.compile(r"^[a-z]+[^su]s$")



@lru_cache(maxsize=1)
def generic_names() -> frozenset[str]:
    """Names that say no more than the code: countries, seats of government, regions."""
    from tidings.actors.lexicon import data_lines, split_names

    names = {n for _, row in data_lines("countries.tsv") if len(row) > 1 for n in split_names(row[1])[:1]}
    names |= {row[1] for _, row in data_lines("orgs.tsv") if len(row) > 3 and row[3] in ("SEAT", "REGION")}
    return frozenset(n.lower() for n in names)


@lru_cache(maxsize=1)
def _unanchored() -> re.Pattern:
    """Time words that take a report off its date (``data/vocab/unanchored_time.txt``)."""
    text = resources.files("tidings.data.vocab").joinpath("unanchored_time.txt").read_text(encoding="utf-8")
    phrases = [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b", re.I)


@lru_cache(maxsize=1)
def _role_words() -> tuple[tuple[str, str, str], ...]:
    """(kind, class, word) of the actor lexicon's role words (``data/actors/roles.tsv``)."""
    from tidings.actors.lexicon import data_lines, split_names

    return tuple((row[1], row[2], word.rstrip("?")) for _, row in data_lines("roles.tsv")
                 for word in split_names(row[3]))


@lru_cache(maxsize=1)
def _titles() -> tuple[dict[tuple[str, ...], tuple[str, str]], dict[tuple[str, ...], tuple[str, str]], int]:
    """The title words of the role words, case-free and cased (as written), with their plurals:
    {words: (title, class)}, and the longest title's length."""
    from tidings.actors.lexicon import plurals

    free: dict[tuple[str, ...], tuple[str, str]] = {}
    cased: dict[tuple[str, ...], tuple[str, str]] = {}
    for kind, klass, word in _role_words():
        if kind != "title":
            continue
        table = free if word == word.lower() else cased
        for form in [word] + plurals(word):
            key = tuple(WORDS.findall(form if table is cased else form.lower()))
            table.setdefault(key, (word.lower(), klass))
    return free, cased, max(len(k) for k in list(free) + list(cased))


def _title(text: str) -> tuple[str, str, str] | None:
    """The first title a phrase names (the longest at its place): (title, class, the word before)."""
    free, cased, longest = _titles()
    words = WORDS.findall(text)
    lower = [w.lower() for w in words]
    for i in range(len(words)):
        for n in range(min(longest, len(words) - i), 0, -1):
            found = cased.get(tuple(words[i:i + n])) or free.get(tuple(lower[i:i + n]))
            if found:
                return found[0], found[1], lower[i - 1] if i else ""
    return None


def role_of(actor: dict) -> bool:
    """True when a side the coder left unnamed is someone of a role rather than the country or a
    leader the report leaves unnamed: a title other than a leader's (head of state or government,
    "the leader", "my counterpart") or a minister's office ("the US Under Secretary of State"),
    a leader's title that is not its holder of the day ("the First President of Kazakhstan",
    "former"), a capitalised title of something ("The First Lady of Turkey"), or a sector other
    than the government's ("people from Russia", "servicemen"). Such a side is not the person
    another report names on that side; a pronoun, a country, a place and a leader's title ("the
    President of France") may be."""
    text = (actor.get("text") or "").strip()
    if not text or text.lower() in PERSONAL_PRONOUNS or text.lower() in generic_names():
        return False
    title = _title(text)
    if title is not None:
        word, klass, before = title
        leader = klass == "head" or word in TITLE_OFFICES or word in RELATIONAL_TITLES
        return not leader or before in NOT_THE_HOLDER
    sectors = actor.get("sectors") or []
    if sectors and sectors[0] != "GOV" and _names_people(text):
        return True
    m = TITLE_OF.match(text)
    return bool(m) and not (set(m.group(1).lower().split()) & _state_words())


@lru_cache(maxsize=1)
def _group_words() -> frozenset[str]:
    """Nouns for people (titles and bodies of the role words, and their plurals), case-free."""
    from tidings.actors.lexicon import plurals

    return frozenset(form for _, _, word in _role_words() for form in [word.lower()] + plurals(word.lower()))


def _names_people(text: str) -> bool:
    """Whether a phrase names people rather than a thing of theirs: "people from Russia", "the
    wounded border guards", but not "the involvement of Russian companies" or "the frontline
    positions of the Ukrainian troops" (a topic, a place) — the part before "of" must hold a
    noun for people when there is one."""
    head = re.split(r"\s+of\s+", text, maxsplit=1, flags=re.I)
    if len(head) == 1:
        return True
    words = WORDS.findall(head[0].lower())
    return any(" ".join(words[i:j]) in _group_words()
               for i in range(len(words)) for j in range(i + 1, len(words) + 1))


@lru_cache(maxsize=1)
def _terms() -> dict[str, list[tuple[str, str, str]]]:
    """{official's name: [(start, end, office)]}: the dated offices of ``data/actors/officials*.tsv``."""
    from tidings.actors.lexicon import data_lines
    from tidings.actors.officials import FILES

    terms: dict[str, list[tuple[str, str]]] = {}
    for filename in FILES:
        for _, row in data_lines(filename):
            row += [""] * (6 - len(row))
            terms.setdefault(row[0].strip(), []).append((row[4].strip(), row[5].strip() or "9999", row[3].strip()))
    return terms


def in_office(name: str, day: str) -> bool:
    """Whether a name is an official in office on a day (or a month): a leader, a minister."""
    return bool(offices_held(name, day))


def offices_held(name: str, day: str) -> set[str]:
    """The offices (``HOS``, ``FM`` …) an official holds on a day (or a month)."""
    return {office for start, end, office in _terms().get(name, ()) if start[:len(day)] <= day < end}


@lru_cache(maxsize=1)
def _state_words() -> frozenset[str]:
    """Words of a state's formal name ("the Republic of", "the Grand Duchy of")."""
    from tidings.actors.ambiguity import CUES

    return frozenset(CUES["state_form_nouns"]) | frozenset(CUES["state_form_words"])


def unanchored(evidence: str | None, trigger: str | None = None) -> bool:
    """True when the report's sentence is about a habit, a span of time, an earlier or a later
    time rather than one happening of its date ("we regularly hold summits"), and gives no day of
    its own ("as I have already mentioned, yesterday I spoke with him" is dated). The time words
    of a relative clause set off by a comma that does not hold the act's ``trigger`` word are
    another act's ("he discussed it with von der Leyen, whose visit is expected in the near future")."""
    if not evidence:
        return False
    act = re.compile(rf"\b{re.escape(trigger)}\b") if trigger else None
    own = ASIDE.sub(lambda m: m.group(0) if act is None or act.search(m.group(0)) else "", evidence)
    recalled = bool(trigger) and re.search(AGREED_AT.format(re.escape(trigger)), evidence, re.I) is not None
    if _unanchored().search(own) is None and not recalled:
        return False
    return not any(kind in DAY_EXPRESSIONS for _, _, kind in dates.find(evidence))


def many(evidence: str | None, trigger: str | None) -> bool:
    """True when the report's act is a plural noun its speaker owns ("Sanders's recent attacks on Clinton"): many
    statements over time, not one of its day."""
    return bool(evidence and trigger and PLURAL.match(trigger)
                and re.search(OWNED_PLURAL.format(re.escape(trigger)), evidence))


def regions(text: str | None) -> set[str]:
    """The regions a phrase names ("the Kharkiv and Donetsk regions" -> Kharkiv, Donetsk)."""
    return {name for m in REGIONS.finditer(text or "") for name in re.split(r",? and |, ", m.group(1)) if name}


def _bare(actor: dict, side: tuple[str, str, str]) -> bool:
    """The country as such ("Russia", "the issue of Russian war criminals"): no name of its own,
    no sector, and not the speaker ("our") nor the two parties of the contact ("The interlocutors
    discussed …", which the coder reads as each party toward the other: a party, never a topic)."""
    text = (actor.get("text") or "").strip().lower()
    return (not side[1] and len(side[2]) == 3 and text not in PERSONAL_PRONOUNS
            and text.rpartition(" ")[2] not in PAIR_NOUNS)


def _side(actor: dict | None, who_met: bool = False) -> tuple[str, str, str, str] | None:
    """(country part of the code, the actor's own name or '', the code, what an unnamed side is:
    someone of a role (``ROLE``), the holder of an office its title names (``OFFICE`` and the
    title) or '') for an actor with an identity. Roles are told apart in consultations
    (``who_met``: who called or met whom); in an attack or an aid the forces or the ministry act
    for the leader another report names."""
    if not actor:
        return None
    code = (actor.get("code") or "").strip()
    if not code or "---" in code or "+++" in code:
        return None
    name = (actor.get("name") or "").strip()
    if name.lower() in generic_names() or (actor.get("text") or "").strip().lower() in PERSONAL_PRONOUNS:
        name = ""  # a personal pronoun's name is coreference's guess (a relative "who" is bound by syntax)
    name = re.sub(r"[|#@$%=]", " ", name)
    return _country(code), name, code, _unnamed_as(actor) if who_met and not name else ""


def _unnamed_as(actor: dict) -> str:
    """``ROLE`` for someone of a role, ``OFFICE`` and the title for a title naming an office
    ("the Minister of Foreign Affairs of Denmark"), else ''."""
    if role_of(actor):
        return ROLE
    title = _title(actor.get("text") or "")
    return OFFICE + title[0] if title and title[0] in TITLE_OFFICES else ""


def _country(code: str) -> str:
    """The country part of a code; for an international or non-governmental organisation, the
    organisation ("IGOEEC", "IGONAT": two parties, as two countries are, not one at home)."""
    return code[:6] if code[:3] in ORGANISATIONS else code[:3]


def date_kind(value: str | None) -> str | None:
    """'day' (YYYY-MM-DD), 'month' (YYYY-MM) or None (a year, nothing, or not a date)."""
    if not value:
        return None
    try:
        if len(value) == 10:
            date.fromisoformat(value)
            return "day"
        if len(value) == 7 and value[4] == "-" and 1 <= int(value[5:]) <= 12 and value[:4].isdigit():
            return "month"
    except ValueError:
        return None
    return None


def consolidation_key(event: dict, title: str | None = None) -> str | None:
    """``root|SRC|TGT#source name|target name``: the bucket (CAMEO root, or ``057`` for a
    signing, the two countries) and the actors' own names ('' when the code says it all; ``?``
    someone of a role, ``=`` and a title an office's holder, ``~`` a country talked about), then
    what tells reports of one day apart: ``@`` the regions a visit names, ``$`` the sides' codes
    at home, ``%call`` a statement said in a call (its sentence says so, or the ``title`` of its
    release: "Telephone conversation with President of Belarus"). None for a report that is never
    consolidated across documents (a generic or missing actor, no usable date)."""
    trigger = (event.get("trigger") or {}).get("text")
    if event.get("modality") in NOT_HAPPENED or unanchored(event.get("evidence"), trigger):
        return None
    root = (event.get("root") or (event.get("cameo") or "")[:2]).strip()
    if root in STATEMENT_ROOTS and many(event.get("evidence"), trigger):
        return None  # "Sanders's recent attacks on Clinton": many statements, none of them the day's
    if (event.get("cameo") or "")[:3] in ACTS:
        root = event["cameo"][:3]
    source, target = (_side(event.get(side), who_met=root in MUTUAL_ROOTS) for side in ("source", "target"))
    if source is None or target is None or not root or date_kind(event.get("date")) is None:
        return None
    cameo = event.get("cameo") or ""
    actors = (event.get("source") or {}, event.get("target") or {})
    bare = [_bare(actor, side) for actor, side in zip(actors, (source, target))]
    if root in MUTUAL_ROOTS and cameo not in VISITS and source[0] != target[0] and any(bare) and not all(bare):
        # a consultation with the bare country on one side only ("the President briefed Johnson
        # on the negotiations with Russia"): the country is what was talked about
        if not source[1] and not target[1]:
            return None  # "we discussed the negotiations with Russia": nobody in particular
        source, target = ((side[0], TOPIC, side[2], "") if b else side for side, b in zip((source, target), bare))
    if source[0] == target[0] and cameo in VISITS and any(
            b and (actor.get("text") or "").strip().lower() in generic_names() for actor, b in zip(actors, bare)):
        return None  # at home, a visit to "Ukraine" names no place: a misread report, nobody in particular
    # the regions a visit names where its place has no name of its own: trips to two regions are two
    where = sorted({r for actor, side in zip(actors, (source, target)) if not side[1]
                    for r in regions(actor.get("text"))}) if cameo in VISITS else []
    if root in MUTUAL_ROOTS:
        # at home (one country) a named side goes first: ordered by name, an unnamed side ('')
        # would put the person named on the other side of the same contact told by another report
        source, target = sorted((source, target), key=lambda side: (side[0], not side[1], side[1], side[2], side[3]))
    elif not source[1] and not target[1] and min(len(source[2]), len(target[2])) == 3:
        return None  # "Ukraine -> Russia" acts (sanctions, fighting) are many a day: nobody in particular
    if source[0] == target[0] and cameo not in VISITS and any(
            not side[1] and len(side[2]) == 3 for side in (source, target)):
        return None  # at home, "Ukraine" as the other side is nobody in particular (but a visit's host)
    at = "@" + ",".join(where) if where else ""
    who = [side[1] or side[3] for side in (source, target)]
    # at home the country tells no one apart: the sides' sectors say who met whom (the president
    # and the servicemen, GOV and MIL), in no order of the sides (either may be named); a place
    # visited (the bare country's code) says nothing of who was met there, and one code on both
    # sides (the president and a minister, a governor, "the government": GOV and GOV) no more
    # than the country: a president's day holds many such meetings
    # a side named at home without a sector ("Trump" as USA: a candidate, a private person) tells no one apart either,
    # and nothing says whom he met: its codes are kept to mark it, so that reports naming him alone stand alone
    sectorless = (any(side[1] and len(side[2]) == len(side[0]) for side in (source, target))
                  and not all(side[1] for side in (source, target)))
    kinds = ("$" + ",".join(sorted((source[2], target[2])))
             if root in MUTUAL_ROOTS and source[0] == target[0] and source[2] != target[2]
             and (all(len(side[2]) > len(side[0]) for side in (source, target)) or sectorless) else "")
    # a statement in a call's release is said in that call: "The presidents exchanged views on the outcome
    # of the Supreme State Council meeting" (the readout "Telephone conversation with President of Belarus")
    # is not the remarks at the council's meeting of that day
    said = IN_A_CALL if root in STATEMENT_ROOTS and (CALL.search(event.get("evidence") or "")
                                                     or CALL.search(title or "")) else ""
    return f"{root}|{source[0]}|{target[0]}#{who[0]}|{who[1]}{at}{kinds}{said}"


def bucket(ckey: str) -> str:
    """The bucket of a consolidation key: CAMEO root and the two countries."""
    return ckey.split("#", 1)[0]


def _names(ckey: str) -> tuple[str, str]:
    s, t = ckey.split("#", 1)[1].split(IN_A_CALL, 1)[0].split("$", 1)[0].split("@", 1)[0].split("|", 1)
    return s, t


def _named(name: str) -> bool:
    """A side given by its own name (not '', not a country talked about, not someone of a role nor
    an office's title)."""
    return bool(name) and name not in (TOPIC, ROLE) and not name.startswith(OFFICE)


def _names_someone(ckey: str) -> bool:
    return any(map(_named, _names(ckey)))


def _kinds(ckey: str) -> str:
    return ckey.partition("$")[2].partition(IN_A_CALL)[0]


def _regions_of(ckey: str) -> frozenset[str]:
    at = ckey.split("#", 1)[1].split("$", 1)[0].partition("@")[2]
    return frozenset(at.split(",")) if at else frozenset()


def _by_region(group: list[tuple]) -> list[list[tuple]]:
    """A group of visits naming regions that share none (a working trip to the Odesa region, one
    to the Mykolaiv region) is split by region; a report naming no region then stands alone (it
    is not known which trip it tells). Overlapping names ("the Kharkiv and Donetsk regions",
    "the Donetsk region") are one trip."""
    parts: list[list[tuple]] = []
    for row in group:
        if _regions_of(row[3]):
            joined = [p for p in parts if any(_regions_of(r[3]) & _regions_of(row[3]) for r in p)]
            parts = [p for p in parts if p not in joined] + [[row] + [r for p in joined for r in p]]
    if len(parts) <= 1:
        return [group]
    return parts + [[r] for r in group if not _regions_of(r[3])]


def _runs(days: list[date], max_run: int) -> list[list[date]]:
    """Consecutive days, each run kept whole when short, else split into its days."""
    out, run = [], []

    def close(run):
        out.extend([run] if len(run) <= max_run else [[d] for d in run])

    for d in sorted(days):
        if run and d - run[-1] > timedelta(days=1):
            close(run)
            run = []
        run.append(d)
    if run:
        close(run)
    return out


def _contact(cameo: str | None) -> str | None:
    """The kind of contact a consultation's code says: by phone, in person, or either (talks)."""
    return CONTACTS.get((cameo or "")[:3])


def _same_contact(row: tuple, group: list[tuple]) -> bool:
    """A report vaguer about who (naming one side or neither) joins a group only if it tells the
    same kind of contact: a visit is not the day's call ("Macron's recent visit to Moscow" next to
    "yesterday I spoke with my French counterpart"; MPs visiting Bucha next to the call with Draghi).
    Talks and meetings (040, 046) say neither. Compared with the group's reports that name
    someone (those naming both sides, for a report naming one), so that the reports joining a
    group do not decide, in the order they come, which others may join."""
    kind = _contact(row[2])
    return kind is None or all(_contact(r[2]) in (None, kind) for r in group if _names_someone(r[3]))


def _other_than(roles: tuple[str, str], names: tuple[str, str], day: str) -> bool:
    """Whether a report's side that is someone of a role ("the US Under Secretary of State") is
    someone other than an official in office whom another report names on that side (Blinken), or
    a side whose title names an office is not an official holding another (``_another_office``)."""
    return any(_named(name) and (in_office(name, day) if role == ROLE else _another_office(role, name, day))
               for role, name in zip(roles, names) if role)


def _another_office(office: str, name: str, day: str) -> bool:
    """Whether an official holds that day only offices other than the one a title names (``OFFICE``
    and the title): the prime minister is not "the Minister of Foreign Affairs". Offices the titles
    do not name (an organisation's, "IGO") say nothing: "the President of the European Commission"
    may be von der Leyen."""
    held = offices_held(name, day) & TITLE_OFFICE_CODES
    return bool(held) and not held & TITLE_OFFICES[office[len(OFFICE):]]


def _by_names(rows: list[tuple], statement: bool, domestic: bool) -> list[list[tuple]]:
    """One date group split by who. Reports naming both actors group by those names. A report
    naming one actor, or neither, is vaguer: for a happening between two countries it joins the
    one group of that day that agrees with it (a report naming neither, "Russia → India", joins
    the only group there is that day); else reports naming the same one actor group by day, and
    a report naming neither stands alone (two unnamed "Russia → Ukraine" reports of one day are
    not known to be one happening). Statements must name both actors to be grouped at all. A side
    that is someone of a role (``ROLE``) is unnamed, but joins no group naming that side."""
    full: dict[tuple, list] = {}
    for row in rows:
        s, t = _names(row[3])
        if _named(s) and _named(t):
            # a statement said in a call is not the one said elsewhere that day (a message, a speech)
            full.setdefault((s, t, statement and row[3].endswith(IN_A_CALL)), []).append(row)
    attach = not statement and not domestic
    partial: dict[tuple, list] = {}
    alone: list[list] = []
    unnamed = []
    for row in rows:
        s, t = _names(row[3])
        if _named(s) and _named(t):
            continue
        if TOPIC in (s, t):  # talks *about* a country: only with reports naming the same actor
            partial.setdefault((s, t, row[1]), []).append(row)
            continue
        roles = tuple(x if x == ROLE or x.startswith(OFFICE) else "" for x in (s, t))
        s, t = (x if _named(x) else "" for x in (s, t))
        if (not s and not t) or statement:
            unnamed.append((row, roles))
            continue
        fits = [k for k, g in full.items() if ((s and k[0] == s) or (t and k[1] == t))
                and any(r[1] == row[1] for r in g)
                and _same_contact(row, [r for r in g if all(map(_named, _names(r[3])))])
                and not _other_than(roles, k, row[1])]
        if attach and len(fits) == 1:
            full[fits[0]].append(row)
        elif domestic and any(len(code) == 3 for code in _kinds(row[3]).split(",") if code):
            # at home, a person named without a sector and someone unnamed ("Mr. Trump ... speaking to her", "Trump is
            # set to huddle with key Republican lawmakers"): such a person meets many a day, and no sector says whom
            alone.append([row])
        else:
            partial.setdefault((s, t, row[1]), []).append(row)
    named = list(full.values()) + list(partial.values())
    for row, roles in unnamed:
        fits = [g for g in named if any(r[1] == row[1] for r in g) and TOPIC not in _names(g[0][3])
                and _same_contact(row, g)
                and not any(_other_than(roles, _names(r[3]), row[1]) for r in g)]
        if _kinds(row[3]):
            # a consultation at home naming no one ("I met with our servicemen") joins the one group
            # of its day naming someone with the same sides' codes and telling the kind of contact it
            # tells, where it tells one ("we talked today with our military" is no meeting)
            fits = [g for g in fits if any(r[1] == row[1] and _kinds(r[3]) == _kinds(row[3]) for r in g)
                    and (_contact(row[2]) is None or any(_contact(r[2]) == _contact(row[2]) for r in g))]
        if (attach or _kinds(row[3])) and len(fits) == 1:
            fits[0].append(row)
        else:
            alone.append([row])
    return named + alone


def groups(rows: Iterable[tuple[str, str, str, str]]) -> list[list[str]]:
    """The happenings among the reports of one bucket: ``rows`` are (key, date, cameo,
    consolidation key); each group lists its keys, representative first. A pure function of the
    set of rows."""
    rows = sorted(set(rows))
    by_day: dict[date, list[tuple]] = {}
    by_month: dict[str, list[tuple]] = {}
    for row in rows:
        kind = date_kind(row[1])
        if kind == "day":
            by_day.setdefault(date.fromisoformat(row[1]), []).append(row)
        elif kind == "month":
            by_month.setdefault(row[1], []).append(row)
    root, source, target = bucket(rows[0][3]).split("|") if rows else ("", "", "")
    statement = root in STATEMENT_ROOTS or root in STANDING_ROOTS
    max_run = 1 if statement else MAX_RUN_DAYS
    day_groups = [[r for d in run for r in by_day[d]] for run in _runs(list(by_day), max_run)]
    month_groups: list[list[tuple]] = []
    for month, reports in sorted(by_month.items()):
        # a statement is one only on the same day: a month-only one is not known to be the day's
        holding = [] if statement else [g for g in day_groups if any(r[1][:7] == month for r in g)]
        if len(holding) == 1:
            holding[0].extend(reports)
        else:
            month_groups.append(list(reports))
    out = []
    for when in day_groups + month_groups:
        for g in (part for g in _by_names(when, statement, domestic=source == target) for part in _by_region(g)):
            g = sorted(g, key=lambda r: (date_kind(r[1]) != "day", -sum(map(_named, _names(r[3]))),
                                         -len(r[2] or ""), r[0]))
            out.append([r[0] for r in g])
    return out


def _bounds(dates: Iterable[str]) -> tuple[str, str] | None:
    days = []
    for value in dates:
        kind = date_kind(value)
        if kind == "day":
            days.append(date.fromisoformat(value))
        elif kind == "month":
            days.append(date.fromisoformat(value + "-01"))
            days.append(date.fromisoformat(value + "-28"))
    if not days:
        return None
    return ((min(days) - timedelta(days=WINDOW_DAYS)).isoformat(),
            (max(days) + timedelta(days=WINDOW_DAYS)).isoformat())


def _region(dates: Iterable[str]) -> set[str]:
    """The months whose groups a change on ``dates`` can alter (a run reaches 3 days each way)."""
    months = set()
    for value in dates:
        kind = date_kind(value)
        if kind == "day":
            d = date.fromisoformat(value)
            months.update((d + timedelta(days=k)).isoformat()[:7] for k in range(-MAX_RUN_DAYS,
                                                                                  MAX_RUN_DAYS + 1))
        elif kind == "month":
            months.add(value)
    return months


def regroup(conn, ckey: str, dates: Iterable[str]) -> int:
    """Recompute the groups of one bucket (given by a consolidation key or the bucket itself)
    around ``dates`` (where reports were added or removed) and point each report at its group's
    representative. Returns the number of rows changed."""
    dates = list(dates)
    bounds = _bounds(dates)
    if bounds is None:
        return 0
    rows = conn.all("SELECT key, date, cameo, consolidation_key, mention_of FROM events"
                    " WHERE consolidation_bucket = ? AND date >= ? AND date <= ?",
                    (bucket(ckey), bounds[0], bounds[1]))
    months = _region(dates)
    return _apply(conn, rows, lambda group_dates: any(d[:7] in months for d in group_dates))


def _apply(conn, rows, touches) -> int:
    current = {row[0]: row[4] for row in rows}
    dates = {row[0]: row[1] for row in rows}
    changes = []
    for group in groups(row[:4] for row in rows):
        if not touches([dates[k] for k in group]):
            continue
        rep = group[0]
        for key in group:
            want = None if key == rep else rep
            if current[key] != want:
                changes.append((want, key))
    conn.executemany("UPDATE events SET mention_of = ? WHERE key = ?", changes)
    return len(changes)


def consolidate_all(conn, key_of) -> int:
    """Regroup a whole store (a store written before consolidation, or by an older rule):
    ``key_of(data_json, document title)`` gives each event's key. Returns the number of rows changed."""
    changed = 0
    updates = []
    for key, data, old, title in conn.all("SELECT e.key, e.data, e.consolidation_key, d.title FROM events e"
                                          " JOIN documents d ON d.id = e.document_id"):
        new = key_of(data, title)
        if new != old:
            updates.append((new, bucket(new) if new else None, key))
    conn.executemany("UPDATE events SET consolidation_key = ?, consolidation_bucket = ? WHERE key = ?",
                     updates)
    changed += len(updates)
    # a copy in a near-duplicate document pointing at a report that is now consolidated by key
    changed += conn.execute(
        "UPDATE events SET mention_of = NULL WHERE consolidation_key IS NULL AND mention_of IN"
        " (SELECT key FROM events WHERE consolidation_key IS NOT NULL)").rowcount or 0
    rows: dict[str, list] = {}
    for ckey, key, d, cameo, mention_of in conn.all(
            "SELECT consolidation_key, key, date, cameo, mention_of FROM events"
            " WHERE consolidation_key IS NOT NULL"):
        rows.setdefault(bucket(ckey), []).append((key, d, cameo, ckey, mention_of))
    for ckey in sorted(rows):
        changed += _apply(conn, rows[ckey], lambda group_dates: True)
    return changed
