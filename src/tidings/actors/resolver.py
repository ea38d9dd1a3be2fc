"""Find actor mentions in a parsed document and resolve them to CAMEO actor codes.

Passes over one spaCy ``Doc``:

1. *atoms*: longest dictionary matches over the tokens (countries, adjectives, capitals, cities,
   seats of power, organisations, officials, role words, user entries) plus spaCy's
   PERSON/ORG/GPE/NORP entities that no dictionary knows, with the ambiguity rules (Georgia,
   Washington, Jordan, Turkey, "pro-"/"anti-");
2. *groups*: adjacent atoms joined into one mention when the words between them are only glue
   ("'s", "the", "top", adjectives, "of"): "China's Foreign Minister Wang Yi", "top Chinese
   officials", "Russia's defence industrial base"; each group gets a code = country + sectors;
3. *conjuncts and appositions*: "Danish media and government" share the country; "Ali Bagheri,
   Iran's acting foreign minister" lends the title's code to the person;
4. *coreference*, in reading order: surnames ("Blinken"), definite nominals ("the top American
   diplomat", "Mr President"), pronouns (he/she with gender, they, its) take the code and name of
   an earlier mention; ``why`` keeps the chain.

Rules worth knowing (also in tidings/data/actors/README.md):
- A capital used as an actor ("Beijing's support", "Moscow said") is the government: CHNGOV.
  A capital used as a place (object of in/at/to/from...) is the country: CHN. Cities are places.
- Seats of power (the Kremlin, the White House, Downing Street) are the government.
- An unknown name stays a mention with code None; a role with no country gets "---".
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import Iterable

from tidings import nlp
from tidings.actors.dictionaries import read_actors, read_agents

from tidings.actors.lexicon import (ACTOR, AGENT, CAPITAL, COUNTRY, DEMONYM, IGO, NAMED_KINDS, NGO,
                                     PERSON, PLACE_KINDS, REGION, ROLE_KINDS, Entry, Lexicon, Match,
                                     data_lines, load_builtin, norm, split_names)
from tidings.actors.officials import load_officials
from tidings.model import Actor

log = logging.getLogger(__name__)

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ENTITY_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
GLUE = {"the", "top", "senior", "former", "ex", "ex-", "then", "acting", "outgoing", "incoming", "new",
        "newly", "interim", "current", "late", "longtime", "veteran", "high-ranking", "high-level",
        "leading", "powerful", "'s", "'", "-", "then-", "de", "facto", "elected", "appointed",
        "designated", "caretaker", "own", "sitting", "republican", "democratic", "conservative",
        "liberal", "socialist", "communist", "nationalist", "far-right", "far-left", "centrist",
        "hardline", "hard-line", "reformist", "moderate", "pro-western", "pro-russian", "pro-kremlin",
        "state-run", "state-owned", "deputy", "vice", "assistant", "chief"}
PRE_GLUE = (GLUE - {"'s", "'", "-"}) | {"mr", "mr.", "madam", "mister", "this"}
DEFINITE = {"the", "this", "mr", "mr.", "madam", "mister"}  # "the President", "Mr President"
# heads that take the sector of the institution before them: "military authorities" -> MIL
GENERIC_HEADS = {"authorities", "officials", "leaders", "leadership", "delegation", "side", "official",
                 "leader", "spokesman", "spokeswoman", "spokesperson", "chief", "head"}
# "X-backed Y": X acts on Y but Y is not X's ("Russian-backed separatists", "Iran-aligned militias")
NOT_OWNER = {"based", "backed", "led", "allied", "aligned", "funded", "supported", "sponsored", "controlled",
             "occupied", "held", "made", "born", "trained", "armed", "installed", "friendly", "leaning"}
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
GENDER_WORDS = {"mrs": "F", "mrs.": "F", "ms": "F", "ms.": "F", "madam": "F", "queen": "F", "princess": "F",
                "spokeswoman": "F", "congresswoman": "F", "businesswoman": "F", "policewoman": "F",
                "chairwoman": "F", "first lady": "F", "mr": "M", "mr.": "M", "king": "M", "prince": "M",
                "spokesman": "M", "congressman": "M", "businessman": "M", "policeman": "M", "chairman": "M",
                "sir": "M", "emir": "M", "sultan": "M", "ayatollah": "M", "sheikh": "M"}
FORMER = {"former", "ex", "ex-", "erstwhile"}
GLUE_TAGS = {"JJ", "JJS", "JJR", "VBN", "VBG", "NN", "HYPH", "POS"}
LOCATIVE = {"in", "at", "near", "to", "from", "outside", "around", "across", "inside", "within", "into",
            "via", "through", "throughout", "toward", "towards", "visiting", "visited"}
HE_SHE = {"he", "him", "his", "himself", "she", "her", "hers", "herself"}
THEY = {"they", "them", "their", "theirs", "themselves"}
ROMAN = {"II", "III", "IV", "V", "VI", "XIV", "XVI", "Jr", "Sr"}
NAME_PARTICLES = {"al", "al-", "el", "bin", "ibn", "van", "von", "de", "da", "del", "der", "la", "le",
                  "di", "du", "mr", "mrs", "ms", "jr", "sr", "jr.", "sr."}

# Ambiguity cues (lower case). Georgia/Washington as US states, Turkey as a bird.
US_STATES = {"alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut",
             "delaware", "florida", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas",
             "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota",
             "mississippi", "missouri", "montana", "nebraska", "nevada", "ohio", "oklahoma", "oregon",
             "pennsylvania", "tennessee", "texas", "utah", "vermont", "virginia", "wisconsin",
             "wyoming", "carolina", "dakota"}
GEORGIA_STATE_STRONG = {"atlanta", "savannah", "fulton", "kemp", "raffensperger", "peach", "gop",
                        "ossoff", "warnock", "alabama", "florida", "carolina", "tennessee"}
GEORGIA_STATE_CUES = US_STATES | GEORGIA_STATE_STRONG | {
    "county", "republican", "republicans", "democrat", "democrats", "primary", "governor", "gov.",
    "state", "senator", "sen.", "voters", "ballots", "election", "u.s.", "us", "american", "bulldogs"}
GEORGIA_COUNTRY_CUES = {"tbilisi", "abkhazia", "ossetia", "saakashvili", "ivanishvili", "kobakhidze",
                        "zourabichvili", "garibashvili", "caucasus", "batumi", "kavelashvili",
                        "kremlin", "moscow", "russia", "russian", "eu", "nato", "armenia", "azerbaijan",
                        "black", "ukraine", "georgian", "soviet", "tskhinvali", "sukhumi"}
WASHINGTON_STATE_CUES = {"seattle", "spokane", "olympia", "tacoma", "inslee", "ferguson", "state",
                         "county", "governor", "gov.", "oregon", "idaho"}
TURKEY_BIRD_CUES = {"thanksgiving", "roast", "roasted", "wild", "dinner", "sandwich", "sandwiches",
                    "meat", "breast", "leg", "legs", "farm", "farms", "farmer", "farmers", "hunting",
                    "hunters", "pardon", "pardoned", "pardons", "gravy", "stuffing", "feathers",
                    "vulture", "bacon", "burger", "burgers", "gobble", "poultry", "carve", "carved",
                    "oven", "christmas", "recipe", "bird", "birds", "flock", "turkeys", "prices", "price",
                    "feast", "dressing", "cranberry", "drumstick", "drumsticks"}
TURKEY_BIRD_STRONG = {"thanksgiving", "roast", "roasted", "gobble", "stuffing", "gravy", "poultry",
                      "oven", "recipe", "cranberry", "drumstick", "carve", "carved", "feast"}
TURKEY_COUNTRY_CUES = {"ankara", "istanbul", "erdogan", "erdoğan", "turkish", "nato", "kurdish",
                       "syria", "fidan", "lira", "bosphorus"}


@dataclass
class Group:
    """One mention under construction: atoms joined by glue."""

    atoms: list[Match]
    start: int  # token index
    end: int
    place: Match | None = None
    named: Match | None = None
    person: Match | None = None  # a known official (entry) or an unknown PERSON entity (entry None)
    roles: list[Match] = field(default_factory=list)
    other: Match | None = None  # an unknown ORG/GPE/NORP entity

    def add(self, m: Match) -> None:
        self.atoms.append(m)
        self.end = max(self.end, m.end)
        kind = m.entry.kind if m.entry else m.extra.get("label")
        if kind in PLACE_KINDS:
            self.place = m
        elif kind in NAMED_KINDS:
            self.named = m
        elif kind in ROLE_KINDS:
            self.roles.append(m)
        elif kind == PERSON:  # a known official, or spaCy's label for an unknown person
            self.person = m
        else:
            self.other = m


@dataclass
class Mention:
    """A resolved mention plus what coreference needs to know about it."""

    actor: Actor
    sent: int
    head: int  # token index of the syntactic head
    is_person: bool = False
    plural: bool = False
    role_class: str = ""
    name_tokens: tuple[str, ...] = ()
    nominal: bool = False  # "the top American diplomat": may refer back
    alias: bool = False  # a one-word name of an official ("Blinken"): an earlier full mention wins
    chain: tuple[str, ...] = ()  # coreference path, e.g. ("his (sent 0)", "Antony Blinken (sent 0)")
    conj: tuple["Mention", ...] = ()
    title: bool = False  # a singular title with no name: "Iran's acting foreign minister"
    gender: str = ""  # "F", "M" or unknown, to keep "she" from pointing at a man
    office: str = ""  # a known official's office on the date (HOS, HOG, FM...)
    title_word: str = ""  # the head title as written in our roles file ("president")


def kind_of(m: Match) -> str:
    return m.entry.kind if m.entry else m.extra.get("label", "")


def chunks(code: str) -> list[str]:
    return [code[i:i + 3] for i in range(0, len(code), 3)]


def prefix_of(code: str) -> bool:
    """Whether a code starts with an international prefix rather than a country."""
    return code[:3] in ("IGO", "NGO", "IMG", "MNC", "NGM", "INT", "UIS")


def join_code(country: str, sectors: list[str]) -> str:
    seen: list[str] = []
    for s in sectors:
        if s not in seen:
            seen.append(s)
    return country + "".join(seen)


class Finder:
    """The per-document work of ``ActorResolver.find`` (kept apart so the resolver stays stateless)."""

    def __init__(self, resolver, doc, published: str | None):
        self.r = resolver
        self.doc = doc
        self.date = published
        self.text = nlp.text(doc)
        self.texts = [t.text for t in doc]
        self.keys = [norm(t) for t in self.texts]
        self.sent_of: list[int] = [0] * len(doc)
        self.sent_start: list[int] = []
        # a Doc without sentence boundaries (no parser) is taken as one sentence
        for k, sent in enumerate(nlp.sentences(doc)):
            self.sent_start.append(sent.start)
            for i in range(sent.start, sent.end):
                self.sent_of[i] = k
        self.doc_keys = set(self.keys)

    # ------------------------------------------------------------------ pass 1: atoms
    def atoms(self) -> list[Match]:
        doc, lex = self.doc, self.r.lexicon
        found: list[Match] = []
        self.rejected: set[int] = set()  # tokens a rule said are not actors (turkey the bird)
        i, n = 0, len(doc)
        while i < n:
            hit = lex.lookup(self.texts, self.keys, i, self._accept)
            if hit is None:
                i += 1
                continue
            j, cand = hit
            m = self._disambiguate(Match(i, j, cand.entry))
            if m is not None:
                found.append(m)
            else:
                self.rejected.update(range(i, j))
            i = j
        covered = {}
        for m in found:
            for t in range(m.start, m.end):
                covered[t] = m
        # spaCy entities: an atom hiding inside a longer PERSON name is not what it seems
        # ("Michael Jordan", "Hunter Biden", "George Washington"); unknown names become mentions.
        drop: set[int] = set()
        extra: list[Match] = []
        for ent in doc.ents:
            if ent.label_ not in ENTITY_LABELS:
                continue
            start, end = ent.start, ent.end
            while end > start and self.keys[end - 1] in ("'s", "'"):
                end -= 1
            while start < end and self.keys[start] in ("the", "a", "an"):
                start += 1
            if start >= end:
                continue
            if any(t in self.rejected for t in range(start, end)) or \
                    all(self.keys[t] in GLUE for t in range(start, end)):
                continue  # a rejected word, or a party adjective such as "Republican"
            inside = {id(covered[t]): covered[t] for t in range(start, end) if t in covered}
            if not inside:
                extra.append(Match(start, end, None, {"label": ent.label_}))
                continue
            if ent.label_ == "PERSON" and len(inside) == 1:
                m = next(iter(inside.values()))
                loose = m.end - m.start == 1 and (kind_of(m) in PLACE_KINDS | {REGION} or
                                                 (m.entry and m.entry.surname_only))
                if loose and (end - start) > 1 and m.start >= start and m.end <= end:
                    drop.add(id(m))
                    extra.append(Match(start, end, None, {"label": "PERSON"}))
        atoms = [m for m in found if id(m) not in drop] + extra
        # a title followed by capitalised words spaCy did not tag: "King Abdullah", "Minister Kuleba"
        taken = {t for m in atoms for t in range(m.start, m.end)}
        for m in list(atoms):
            if m.entry is None or m.entry.kind not in ROLE_KINDS or m.entry.role_kind != "title" \
                    or m.entry.plural:
                continue
            k = m.end
            while k < len(doc) and k - m.end < 4 and k not in taken and doc[k].tag_ == "NNP" and \
                    self.texts[k][:1].isupper() and self.sent_of[k] == self.sent_of[m.start] and \
                    doc[k].ent_type_ in ("", "PERSON"):
                k += 1
            if k > m.end:
                atoms.append(Match(m.end, k, None, {"label": "PERSON"}))
                taken.update(range(m.end, k))
        atoms.sort(key=lambda m: m.start)
        return atoms

    def _accept(self, cand, i: int, j: int) -> bool:
        if self.sent_of[i] != self.sent_of[j - 1]:
            return False
        e = cand.entry
        if e.kind == ACTOR:  # user proper names must look like names in the text
            t = self.texts[i]
            if not (t[:1].isupper() or t[:1].isdigit()):
                return False
        return True

    def _disambiguate(self, m: Match) -> Match | None:
        e = m.entry
        if e.kind in PLACE_KINDS | NAMED_KINDS and m.start >= 1:
            # "pro-Russian separatists", "anti-American protesters": the place is what they are for
            # or against (an event's target), not who they are
            before = self.keys[max(0, m.start - 2):m.start]
            if before in (["pro", "-"], ["anti", "-"]) or before[-1:] in (["pro-"], ["anti-"]):
                return Match(m.start, m.end, e, {"attitude": True})
        word = self.texts[m.start] if m.end - m.start == 1 else None
        if e.user or word is None:
            return m
        sent = self.sent_of[m.start]
        lo, hi = self.sent_start[sent], (self.sent_start[sent + 1] if sent + 1 < len(self.sent_start)
                                         else len(self.doc))
        window = set(self.keys[lo:hi])
        near = set(self.keys[max(lo, m.start - 3):min(hi, m.end + 3)])
        if word == "Georgia" and e.kind == COUNTRY:
            # the sentence decides first (its strongest cues), then the whole document
            here_state, here_country = window & GEORGIA_STATE_CUES, window & GEORGIA_COUNTRY_CUES
            if here_state and here_country:
                state = bool(window & GEORGIA_STATE_STRONG) or len(here_state) > len(here_country)
            elif here_state or here_country:
                state = bool(here_state)
            else:
                state = bool(self.doc_keys & GEORGIA_STATE_STRONG) and \
                    not (self.doc_keys & {"tbilisi", "abkhazia", "ossetia", "caucasus"})
            if state:
                return Match(m.start, m.end, Entry(COUNTRY, "Georgia (US state)", "USA",
                                                   source="US state: cue in sentence"), {"state": True})
        if word == "Washington" and e.kind == CAPITAL:
            if near & WASHINGTON_STATE_CUES or window & {"seattle", "spokane", "olympia", "tacoma"}:
                return Match(m.start, m.end, Entry(COUNTRY, "Washington (US state)", "USA",
                                                   source="US state: cue near"), {"state": True})
        if word == "Turkey" and e.kind == COUNTRY:
            bird = near & TURKEY_BIRD_CUES or window & TURKEY_BIRD_STRONG
            if bird and not (window & TURKEY_COUNTRY_CUES) and not (self.doc_keys & {"ankara", "erdogan",
                                                                                    "erdoğan", "istanbul"}):
                return None
        if e.kind in PLACE_KINDS and word is not None:
            # a place name used as a first name or surname: "Jordan Bardella", "Michael Jordan"
            nxt = self.doc[m.end] if m.end < len(self.doc) else None
            prv = self.doc[m.start - 1] if m.start > 0 else None
            if nxt is not None and nxt.ent_type_ == "PERSON" and nxt.tag_ == "NNP" and \
                    self.doc[m.start].ent_type_ == "PERSON":
                return None
            if prv is not None and prv.tag_ == "NNP" and prv.ent_type_ == "PERSON" and \
                    self.doc[m.start].ent_type_ == "PERSON" and norm(prv.text) not in self.r.lexicon.longest:
                return None
            if prv is not None and prv.text in ("Rep.", "Sen.", "Mr.", "Mrs.", "Ms.", "Mr", "Ms"):
                return None
        return m

    # ------------------------------------------------------------------ pass 2: groups
    def groups(self, atoms: list[Match]) -> list[Group]:
        out: list[Group] = []
        cur: Group | None = None
        for m in atoms:
            if cur is not None and self._joins(cur, m):
                cur.add(m)
                continue
            cur = Group([], m.start, m.end)
            cur.add(m)
            out.append(cur)
        return out

    def _gap_ok(self, a: int, b: int) -> bool:
        """Whether tokens [a, b) are only glue between two atoms of one mention."""
        if b - a > 4:
            return False
        for t in range(a, b):
            tok = self.doc[t]
            if self.keys[t] in GLUE:
                continue
            if tok.tag_ in GLUE_TAGS and a <= tok.head.i and tok.head.i >= t and tok.head.i < b + 6:
                continue
            return False
        return True

    def _joins(self, g: Group, m: Match) -> bool:
        if self.sent_of[g.start] != self.sent_of[m.start]:
            return False
        if g.other is not None:
            return False
        gap = self.keys[g.end:m.start]
        kind = kind_of(m)
        if g.place is not None and g.place.extra.get("attitude"):
            return False
        if gap and gap[0] in ("of", "from", "in") and gap[1:] in ([], ["the"]) and g.roles and \
                not g.person and not g.place and not g.named and kind != DEMONYM and \
                (kind in PLACE_KINDS or kind in NAMED_KINDS):
            # "the government of China", "soldiers from Gondor", "lawmakers in Fornost"; but
            # "troops in Ukraine" are not Ukraine's troops
            return gap[0] != "in" or "MIL" not in g.roles[-1].entry.sectors
        if not self._gap_ok(g.end, m.start) or any(w in NOT_OWNER for w in gap):
            return False  # "the Luxembourg-based court", "Russian-backed separatists" are not theirs
        if kind in PLACE_KINDS:
            return not (g.place or g.named or g.person or g.roles)
        if kind in NAMED_KINDS:
            # PETRARCH agents may come before the actor: "MSF Arnor diplomat" -> NGOARNGOV
            agents_only = all(r.entry.kind == AGENT for r in g.roles)
            return not (g.named or g.person or g.place) and (not g.roles or (kind == ACTOR and agents_only))
        if kind in ROLE_KINDS:
            if g.person is None:
                return True
            e = m.entry
            return e.role_kind == "body" and e.role_class == "gov" and not e.plural
        if kind == PERSON:
            return g.person is None and bool(g.roles or g.place or g.named) and "," not in gap
        return False

    # ------------------------------------------------------------------ resolving one group
    def _former(self, start: int, g: Group) -> bool:
        """Whether "former"/"ex-" modifies the role or the person of the mention ("former Defence
        Minister Sergei Shoigu"), not some other word ("former presidential candidate Senator Cruz")."""
        keep = set()
        for m in g.roles[-1:] + ([g.person] if g.person else []) + ([g.named] if g.named else []):
            keep.update(range(m.start, m.end))
        for t in range(start, g.end):
            if self.keys[t] in FORMER or self.keys[t].startswith("ex-"):
                if self.doc[t].head.i in keep or t + 1 in keep:
                    return True
        return False

    def _head(self, start: int, end: int) -> int:
        for t in range(end - 1, start - 1, -1):
            h = self.doc[t].head.i
            if h < start or h >= end or h == t:
                return t
        return end - 1

    def resolve(self, g: Group) -> Mention | None:
        doc = self.doc
        start = g.start
        if g.roles and not (g.place or g.named or g.person or g.other):
            # a bare role word modifying another noun is not an actor: "military operations"
            h = doc[self._head(g.start, g.end)]
            if h.dep_ in ("amod", "compound", "nmod") and h.head.pos_ in ("NOUN", "PROPN") and \
                    not (g.start <= h.head.i < g.end):
                return None
        has_role_or_person = bool(g.roles or g.person)
        # take in the words before the mention that belong to it ("the top", "former")
        if has_role_or_person:
            while start > 0 and self.sent_of[start - 1] == self.sent_of[g.start] and \
                    self.keys[start - 1] in PRE_GLUE:
                if self.keys[start - 1] == "the" and g.person is not None:
                    break
                start -= 1
        former = self._former(start, g)
        end = g.end
        head = self._head(g.start, g.end)
        why: list[str] = []
        country: str | None = None
        sectors: list[str] = []
        code: str | None = None
        name: str | None = None
        label = kind_of(g.atoms[0])
        is_person = False
        role_class = ""
        plural = False
        name_tokens: tuple[str, ...] = ()
        official_code = "---"
        office = ""

        role_secs: list[str] = []
        for r in g.roles:
            e = r.entry
            plural = e.plural
            why.append(f"{'agent' if e.kind == AGENT else 'role'} '{doc[r.start:r.end].text}' -> "
                       f"{''.join(e.sectors) or e.prefix + '~'} ({e.source})")
        if g.roles:
            # the sector comes from the head role, except that a generic title after an institution
            # takes the institution's: "defence ministry spokesman" GOVMIL, "police press officer" COP
            last = g.roles[-1].entry
            generic = (last.role_kind == "title" and last.role_class in ("gov", "other")) or \
                last.name.lower() in GENERIC_HEADS
            head_role = g.roles[0].entry if len(g.roles) > 1 and generic else last
            role_secs = list(head_role.sectors)
            role_class = head_role.role_class
            if not role_secs:  # a prefix-only agent (NGO~): other roles may still give sectors
                role_secs = [s for r in g.roles for s in r.entry.sectors]
        if g.roles and g.roles[-1].entry.role_kind == "title" and not g.roles[-1].entry.plural:
            is_person = True
        if former:
            role_secs = ["ELI"]
            why.append("'former' -> ELI")

        if g.place is not None:
            e = g.place.entry
            country = e.code
            if e.kind == CAPITAL and not g.roles and not g.person and not g.named:
                tok = doc[head]
                locative = tok.dep_ == "pobj" and norm(tok.head.text) in LOCATIVE
                if locative:
                    why.append(f"capital {e.name} as a place -> {country} ({e.source})")
                else:
                    sectors.append("GOV")
                    why.append(f"capital {e.name} as the government -> {country}GOV ({e.source})")
            elif g.place.extra.get("state"):
                why.append(f"{e.name}: {e.source}")
            else:
                why.append(f"{e.kind.lower()} '{doc[g.place.start:g.place.end].text}' -> {country} ({e.source})")
            if e.kind == DEMONYM:
                plural = plural or e.plural
            name = self.r.countries.get(country, e.name) if not g.place.extra.get("state") else e.name

        if g.person is not None:
            p = g.person
            is_person = True
            plural = False
            if p.entry is not None and p.entry.official:
                hint = g.place.entry.code if g.place is not None else None
                person = self._pick_official(p.entry.official, hint)
                c, secs, klass, pwhy = person.resolve(self.date, former=former)
                held = person.role_at(self.date) or (person.roles[-1] if self.date is None else None)
                office = held.office if held else ""
                country, name, role_class = (None if prefix_of(c) else c[:3]), person.name, klass
                official_code = c
                titled = bool(g.roles) and g.roles[-1].entry.role_kind == "title"
                if role_secs and not former and (titled or not secs) and tuple(role_secs) != tuple(secs):
                    secs = tuple(role_secs)  # the title in the text wins over our dated data
                    pwhy += f"; title in text -> {''.join(secs)}"
                sectors = list(secs)
                role_secs = []
                why.append(pwhy)
                label = "PERSON"
                name_tokens = tuple(person.name.split())
            else:
                name = doc[p.start:p.end].text
                name_tokens = tuple(self.texts[p.start:p.end])
                label = "PERSON"
                if not (g.roles or g.place or g.named):
                    why.append("person not in our lists, no title: no code")

        if g.named is not None:
            e = g.named.entry
            ncode = e.code_at(self.date)
            if e.kind == ACTOR:
                prefix = next((r.entry.prefix for r in g.roles if r.entry.prefix), "")
                if ncode and len(ncode) >= 3:
                    code = prefix + join_code(ncode[:3], chunks(ncode)[1:] + sectors + role_secs)
                else:
                    code = ncode
                if ncode and ncode[:3].isalpha():
                    country = ncode[:3]
                why.insert(0, f"dictionary entry '{e.name}' -> {ncode} ({e.source})")
                name = name or (e.name.title() if e.name.isupper() and len(e.name) > 3 else e.name)
                label = "ACTOR"
            else:
                code = ncode
                name = name if g.person else e.name
                label = "PERSON" if g.person else e.kind
                why.insert(0, f"{e.kind.lower()} '{e.name}' -> {ncode} ({e.source})")
                if e.kind in (IGO, NGO, REGION) or (ncode and ncode[:3] in ("IGO", "NGO", "IMG", "MNC")):
                    country = None
                else:
                    country = ncode[:3] if ncode else None
            if code is not None:
                sectors = chunks(code)[1:] if country else []
        elif g.person is not None and g.person.entry is not None and g.person.entry.official:
            code = join_code(official_code, sectors)
        else:
            prefix = next((r.entry.prefix for r in g.roles if r.entry.prefix), "")
            sectors = sectors + role_secs
            if country is None and not g.roles:
                code = None  # an unknown person with neither title nor country
            elif country is None:
                if all(r.entry.needs_country for r in g.roles) and g.person is None:
                    return None  # "people", "the public": no actor without a country
                code = join_code(prefix + "---", sectors)
            else:
                code = join_code(prefix + country, sectors)
        if g.other is not None:
            label = g.other.extra["label"]
            name = None
            why = [f"spaCy {label} entity not in our lists: no code"]
            code = None
        if code is not None and (code.startswith("---") or (prefix_of(code) and country is None)):
            country = None
        actor = Actor(text=self.text[doc[start].idx:doc[end - 1].idx + len(doc[end - 1].text)],
                      start=doc[start].idx, end=doc[end - 1].idx + len(doc[end - 1].text),
                      code=code, country=country if code else None,
                      sectors=(chunks(code)[1:] if code and (country or code.startswith("---")) else []),
                      name=name, label=label, why="; ".join(why) or None)
        nominal = (not g.person and not g.named and bool(g.roles) and g.roles[-1].entry.role_kind == "title"
                   and not g.roles[-1].entry.plural and start < g.start and self.keys[start] in DEFINITE)
        if g.person is None and not nominal and g.roles and g.roles[-1].entry.role_kind == "title" \
                and not g.roles[-1].entry.plural:
            is_person = False  # "a diplomat": a person, but not one to refer back to
        if g.roles and not (g.person or g.named or g.other):
            actor.label = "NOMINAL"
        alias = bool(g.person and g.person.entry and g.person.entry.surname_only and len(g.atoms) == 1)
        gender = self._gender(start, end, name_tokens)
        return Mention(actor, self.sent_of[g.start], head, is_person=is_person or nominal,
                       plural=plural or (doc[head].tag_ in ("NNS", "NNPS")), role_class=role_class,
                       name_tokens=name_tokens, nominal=nominal, alias=alias, gender=gender, office=office,
                       title_word=g.roles[-1].entry.name.lower() if g.roles else "",
                       title=bool(g.roles) and g.person is None and g.named is None and
                       g.roles[-1].entry.role_kind == "title" and not g.roles[-1].entry.plural)

    def _gender(self, start: int, end: int, name_tokens: tuple[str, ...]) -> str:
        """F/M from a gendered word in the mention ("Mrs", "spokeswoman", "King") or the given name."""
        for t in range(max(0, start - 1), end):
            g = GENDER_WORDS.get(self.keys[t])
            if g:
                return g
        if name_tokens:
            return self.r.given_names.get(name_tokens[0], "")
        return ""

    def _pick_official(self, people: list, country: str | None = None):
        """Among people sharing a name ("King Abdullah"), the one of the country named next to it,
        else the one in office on the date, else the latest."""
        if len(people) == 1:
            return people[0]
        if country:
            same = [p for p in people if any(r.country == country for r in p.roles)]
            if same:
                people = same
        for p in people:
            if p.role_at(self.date):
                return p
        return max(people, key=lambda p: p.roles[-1].start)

    def conjuncts(self, mentions: list[Mention]) -> None:
        """A role coordinated with one that has a country shares it: "Danish media and government"
        -> DNKMED and DNKGOV."""
        by_token = {}
        for m in mentions:
            for t in range(self._tok(m.actor.start), self._tok(m.actor.end - 1) + 1):
                by_token[t] = m
        for m in mentions:
            code = m.actor.code
            tok = self.doc[m.head]
            if not code or tok.dep_ != "conj":
                continue
            first = by_token.get(tok.head.i)
            if first is not None and first is not m and code == m.actor.country and first.actor.sectors \
                    and tok.head.i != first.head and first.actor.label == "NOMINAL":
                # "lawmakers in Fornost and Gondor": Gondor's lawmakers too
                m.actor.code = code + "".join(first.actor.sectors)
                m.actor.sectors = list(first.actor.sectors)
                m.actor.why = (m.actor.why or "") + f"; coordinated inside '{first.actor.text}'"
                continue
            if not code.startswith("---"):
                continue
            if first is None or first is m or not first.actor.country or first.actor.label == "PRON":
                continue
            m.actor.code = first.actor.country + code[3:]
            m.actor.country = first.actor.country
            m.actor.why = (m.actor.why or "") + f"; coordinated with '{first.actor.text}' -> {first.actor.country}"

    def apposition(self, mentions: list[Mention]) -> None:
        """"Ali Bagheri, Iran's acting foreign minister," and "Iran's foreign minister, Ali Bagheri":
        the title lends its code to a person we do not know; the title then refers to the person."""
        for a, b in zip(mentions, mentions[1:]):
            if a.sent != b.sent or self.text[a.actor.end:b.actor.start].strip() != ",":
                continue
            person, title = (a, b) if a.name_tokens and b.title else \
                (b, a) if b.name_tokens and a.title else (None, None)
            if person is None or not title.actor.code:
                continue
            if person.actor.code is None or person.actor.code.startswith("---"):
                person.actor.code, person.actor.country = title.actor.code, title.actor.country
                person.actor.sectors = list(title.actor.sectors)
                kept = person.actor.why if person.actor.why and "no code" not in person.actor.why else ""
                person.actor.why = (kept + "; " if kept else "") + \
                    f"apposition: '{title.actor.text}' -> {title.actor.code}"
            title.actor.code, title.actor.country = person.actor.code, person.actor.country
            title.actor.sectors, title.actor.name = list(person.actor.sectors), person.actor.name
            title.actor.why = f"apposition: {title.actor.text} = {person.actor.text}"
            title.nominal = False
            title.is_person, title.name_tokens = True, person.name_tokens

    # ------------------------------------------------------------------ pass 3: coreference
    def corefer(self, mentions: list[Mention]) -> list[Mention]:
        """Resolve surnames, definite nominals and pronouns against earlier mentions, in order."""
        doc = self.doc
        covered = set()
        for m in mentions:
            covered.update(range(self._tok(m.actor.start), self._tok(m.actor.end - 1) + 1))
        # the items to walk in reading order: existing mentions and bare candidate tokens
        items: list[tuple[int, object]] = [(self._tok(m.actor.start), m) for m in mentions]
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
        for _, item in items:
            if isinstance(item, Mention):
                m = item
                single = self._tok(m.actor.end - 1) == self._tok(m.actor.start)
                key = m.actor.text.replace("’s", "").replace("'s", "")
                ante = surnames.get(key) if single and key in surnames else None
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
                        done[-1].head == self._tok(m.actor.start) - 1 and self.doc[done[-1].head].tag_ == "PRP$":
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
                continue
            tok = item
            low = tok.lower_
            if low == "its":
                ante = self._its_antecedent(tok, done)
                if ante is not None:
                    actor = Actor(text=tok.text, start=tok.idx, end=tok.idx + len(tok.text), label="PRON")
                    done.append(self._link(Mention(actor, self.sent_of[tok.i], tok.i), ante, "pronoun"))
            elif low in HE_SHE or low in THEY:
                ante = self._pronoun_antecedent(tok, done, plural=low in THEY)
                if ante is None:
                    continue
                actor = Actor(text=tok.text, start=tok.idx, end=tok.idx + len(tok.text), label="PRON")
                m = Mention(actor, self.sent_of[tok.i], tok.i, is_person=not low in THEY,
                            plural=low in THEY)
                done.append(self._link(m, ante, "pronoun"))
            elif tok.text in surnames:
                ante = surnames[tok.text]
                actor = Actor(text=tok.text, start=tok.idx, end=tok.idx + len(tok.text), label="PERSON")
                m = self._link(Mention(actor, self.sent_of[tok.i], tok.i, is_person=True), ante, "surname")
                done.append(m)
        return done

    def _surnames(self, m: Mention) -> list[str]:
        """The one-word names a person may be referred back by: the last name, plus the listed
        one-word aliases of a known official ("Xi" for Xi Jinping)."""
        words = [w for w in m.name_tokens if len(w) > 1 and w.lower() not in NAME_PARTICLES
                 and w.strip(".") not in ROMAN]
        out = words[-1:] if len(words) > 1 else []
        person = self.r.officials.get(m.actor.name or "")
        if person is not None:
            out += [a for a in person.aliases if " " not in a]
        return out

    def _tok(self, char: int) -> int:
        span = self.doc.char_span(char, char + 1, alignment_mode="expand")
        return span.start if span is not None else 0

    def _link(self, m: Mention, ante: Mention, how: str) -> Mention:
        a = ante.actor
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
            offices = TITLE_OFFICES.get(m.title_word)
            if offices and cand.office and cand.office not in offices:
                continue  # "the President" is not an earlier prime minister
            if offices and not cand.office and cand.title_word and \
                    TITLE_OFFICES.get(cand.title_word, offices) != offices:
                continue
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

    def _pronoun_antecedent(self, tok, done: list[Mention], plural: bool) -> Mention | None:
        """he/she: the latest person who was a subject in this or the two previous sentences, else the
        latest person; they/them: the latest plural mention, else the latest country or organisation."""
        here = self.sent_of[tok.i]
        window = [m for m in self._recent(done, here - 2) if m.actor.code is not None]
        if not plural:
            want = "F" if tok.lower_ in ("she", "her", "hers", "herself") else "M"
            people = [m for m in window if m.is_person and not m.plural and m.actor.name
                      and m.gender in ("", want)]
            subjects = [m for m in people if self.doc[m.head].dep_ in ("nsubj", "nsubjpass")]
            if subjects:
                return subjects[-1]
            return people[-1] if people else None
        near = [m for m in window if here - 1 <= m.sent]
        groups = [m for m in near if m.plural or self._coordinated(m)]
        if groups:
            best = groups[-1]
            if not best.plural and best.is_person:
                conj = self._conjuncts(best, near)
                if len(conj) > 1:
                    return Mention(best.actor, best.sent, best.head, plural=True, conj=tuple(conj))
            return best
        orgs = [m for m in near if not m.is_person and m.actor.label not in ("PRON", "MEDIA", "DEMONYM")
                and self.doc[m.head].dep_ not in ("compound", "amod", "nmod")]
        return orgs[-1] if orgs else None

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
        here = self.sent_of[tok.i]
        def thing(m):
            # a full noun phrase, not a modifier ("Calenardhon crowds burned down its embassy")
            return m.actor.code and not m.is_person and not m.plural and \
                m.actor.label not in ("PRON", "MEDIA", "DEMONYM") and \
                self.doc[m.head].dep_ not in ("compound", "amod", "nmod")
        recent = self._recent(done, here - 1)
        same = [m for m in recent if m.sent == here and thing(m)]
        if same:
            return same[-1]
        prev = [m for m in recent if m.sent == here - 1 and thing(m) and
                self.doc[m.head].dep_ in ("nsubj", "nsubjpass")]
        return prev[-1] if prev else None

    def _conjuncts(self, m: Mention, near: list[Mention]) -> list[Mention]:
        """The person mentions coordinated with m ("Wang Yi and President Xi Jinping")."""
        root = self.doc[m.head]
        while root.dep_ == "conj" and root.head.i != root.i:
            root = root.head
        heads = {root.i} | {c.i for c in root.subtree if c.dep_ == "conj" and c.head.i in
                             ({root.i} | {x.i for x in root.subtree if x.dep_ == "conj"})}
        return [x for x in near if x.is_person and x.actor.label != "PRON" and
                any(x.actor.start <= self.doc[h].idx < x.actor.end for h in heads)]

    def _coordinated(self, m: Mention) -> bool:
        t = self.doc[m.head]
        return t.dep_ == "conj" or any(c.dep_ == "conj" for c in t.children)


class _SpacyWords:
    """Split a name exactly as documents are split (spaCy's tokenizer); a plain class, not a lambda,
    so that a loaded resolver can be pickled to worker processes."""

    def __call__(self, text: str) -> list[str]:
        return [t.text for t in nlp.load().tokenizer(text)]


class ActorResolver:
    """Finds actor mentions in parsed documents. Build once with ``load`` and reuse."""

    def __init__(self, lexicon: Lexicon, countries: dict[str, str], officials: dict):
        self.lexicon = lexicon
        self.countries = countries
        self.officials = officials
        self.given_names = {n: row[0] for _, row in data_lines("given_names.tsv") for n in split_names(row[1])}

    @classmethod
    def load(cls, actors: Iterable = (), agents: Iterable = ()) -> "ActorResolver":
        """Build the lexicon from the packaged data plus user dictionaries (which win on conflicts).

        Raises ``DictionaryError`` (naming file and line) for a malformed user dictionary.
        """
        lexicon = Lexicon(_SpacyWords())
        countries = load_builtin(lexicon)
        officials = load_officials()
        by_alias: dict[str, list] = {}
        for person in officials.values():
            for alias in [person.name] + person.aliases:
                people = by_alias.setdefault(alias, [])
                if person not in people:
                    people.append(person)
        for alias, people in by_alias.items():
            surname = " " not in alias and all(alias != p.name for p in people)
            lexicon.add(alias, Entry(PERSON, people[0].name, people[0].country, official=people,
                                     surname_only=surname, source="officials.tsv"), cased=True)
        for path in actors:
            for names, entry in read_actors(path):
                for n in names:
                    lexicon.add(n, entry, cased=False)
        for path in agents:
            for names, entry in read_agents(path):
                for n in names:
                    lexicon.add(n, entry, cased=False)
        log.info("actor lexicon: %d keys", len(lexicon.table))
        return cls(lexicon, countries, officials)

    def find(self, doc, published: str | None = None) -> list[Actor]:
        """Actor mentions of a spaCy ``Doc``: sorted by start, non-overlapping, coreference included."""
        date = published[:10] if published else None
        if date is not None and not _ISO_DATE.match(date):
            log.warning("publication date %r is not YYYY-MM-DD: roles taken as undated", published)
            date = None
        f = Finder(self, doc, date)
        atoms = f.atoms()
        mentions = [m for m in (f.resolve(g) for g in f.groups(atoms)) if m is not None]
        f.conjuncts(mentions)
        f.apposition(mentions)
        mentions = f.corefer(mentions)
        out: list[Actor] = []
        last_end = -1
        for m in sorted(mentions, key=lambda m: (m.actor.start, -m.actor.end)):
            if m.actor.start >= last_end:
                out.append(m.actor)
                last_end = m.actor.end
        return out
