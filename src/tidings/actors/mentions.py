"""Actor mentions of one document: atoms (dictionary matches and spaCy entities), groups of atoms
joined by glue ("China's Foreign Minister Wang Yi"), each group resolved to a code (country +
sectors), then conjuncts and appositions sharing what they know."""

from __future__ import annotations

from dataclasses import dataclass, field

from tidings.actors.ambiguity import CUES, disambiguate
from tidings.actors.codes import chunks, join_code, prefix_of
from tidings.actors.document import DocWords
from tidings.actors.lexicon import (ACTOR, AGENT, CAPITAL, CITY, COUNTRY, DEMONYM, DERIVED_PLACES, IGO, NAMED_KINDS,
                                     NGO, PERSON, PLACE_KINDS, SEAT, REGION, ROLE, ROLE_KINDS, Match, norm)
from tidings.model import Actor

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
# bodies whose officers are no state's: "the president of the company", "the head of the school"
BODY_HEADS = {"company", "firm", "corporation", "university", "college", "school", "club", "bank", "foundation",
              "institute", "association", "federation", "hospital", "church", "team", "board", "network"}
# "X-backed Y": X acts on Y but Y is not X's ("Russian-backed separatists", "Iran-aligned militias")
NOT_OWNER = {"based", "backed", "led", "allied", "aligned", "funded", "supported", "sponsored", "controlled",
             "occupied", "held", "made", "born", "trained", "armed", "installed", "friendly", "leaning"}
# which offices a definite title may refer back to
GENDER_WORDS = {"mrs": "F", "mrs.": "F", "ms": "F", "ms.": "F", "madam": "F", "queen": "F", "princess": "F",
                "spokeswoman": "F", "congresswoman": "F", "businesswoman": "F", "policewoman": "F",
                "chairwoman": "F", "first lady": "F", "mr": "M", "mr.": "M", "king": "M", "prince": "M",
                "spokesman": "M", "congressman": "M", "businessman": "M", "policeman": "M", "chairman": "M",
                "sir": "M", "emir": "M", "sultan": "M", "ayatollah": "M", "sheikh": "M"}
FORMER = {"former", "ex", "ex-", "erstwhile"}
GLUE_TAGS = {"JJ", "JJS", "JJR", "VBN", "VBG", "NN", "HYPH", "POS"}
STATE_FORM_NOUNS, STATE_FORM_WORDS = CUES["state_form_nouns"], CUES["state_form_words"]
AIDE_TITLES, POLICY_FIELDS, ROLE_ADJECTIVES = CUES["aide_titles"], CUES["policy_fields"], CUES["role_adjectives"]
PLACE_TYPE_WORDS, POSTS_ABROAD = CUES["place_type_words"], CUES["posts_abroad"]
SPEAKS_FOR_TITLES = CUES["speaks_for_titles"]
HOSTILE_NOUNS, HOMELAND_NOUNS = CUES["hostile_nouns"], CUES["homeland_nouns"]
# (read by the events stage's "our": its country's land, people and defenders)
HOMELAND_PLACES, HOMELAND_CIVILIANS = CUES["homeland_places"], CUES["homeland_civilians"]
HOMELAND_DEFENDERS = CUES["homeland_defenders"]
# a title of office and the offices of our officials data it names: "Prime Minister Cameron" is the one official
# surnamed Cameron who was head of government on the story's date (issue 15 item 3); titles not listed (a minister
# of something, an ambassador, a leader) name no office our data dates (coreference.TITLE_OFFICES is the same
# table for a title referring back, without the derived HSG, "head of state or government")
SURNAME_OFFICES = {**dict.fromkeys(("president",), ("HOS", "HOSG", "HSG")),
                 **dict.fromkeys(("prime minister", "premier", "chancellor"), ("HOG", "HOSG", "HSG")),
                 **dict.fromkeys(("king", "queen", "emir", "amir", "sultan", "monarch"), ("HOS", "HOSG", "HSG")),
                 **dict.fromkeys(("vice president", "vice-president", "deputy prime minister", "vice premier",
                                  "first vice president"), ("VP",)),
                 **dict.fromkeys(("foreign minister", "secretary of state", "foreign secretary",
                                  "minister of foreign affairs", "foreign affairs minister",
                                  "minister for foreign affairs", "external affairs minister",
                                  "minister of external affairs"), ("FM",)),
                 **dict.fromkeys(("defence minister", "defense minister", "defence secretary", "defense secretary",
                                  "secretary of defense", "secretary of defence", "minister of defence",
                                  "minister of defense", "minister for defence"), ("DM",))}
LOCATIVE = {"in", "at", "near", "to", "from", "outside", "around", "across", "inside", "within", "into",
            "via", "through", "throughout", "toward", "towards", "visiting", "visited"}

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
    aide: Match | None = None  # "Adviser (to the President of Estonia)": the title of the one the group names

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
    body_title: bool = False  # a singular title of a body we know, no person named: "the Taliban spokesman"
    gender: str = ""  # "F", "M" or unknown, to keep "she" from pointing at a man
    office: str = ""  # a known official's office on the date (HOS, HOG, FM...)
    title_word: str = ""  # the head title as written in our roles file ("president")
    antecedent: "Mention | None" = None  # what coreference linked it to (context follows it)
    where_only: bool = False  # its country is a place of the Phoenix country file's ("Omsk hospital"): says where
    city: str = ""  # the city or region its phrase names ("the Omsk mayor"), for coreference


def kind_of(m: Match) -> str:
    return m.entry.kind if m.entry else m.extra.get("label", "")



@dataclass
class _Draft:
    """What resolving a group has found so far (``MentionFinder.resolve`` fills it step by step)."""

    start: int  # token range of the mention, with the words before it that belong to it
    end: int
    head: int
    former: bool
    label: str
    why: list[str] = field(default_factory=list)
    country: str | None = None
    sectors: list[str] = field(default_factory=list)
    code: str | None = None
    name: str | None = None
    is_person: bool = False
    role_class: str = ""
    plural: bool = False
    name_tokens: tuple[str, ...] = ()
    official_code: str = "---"
    person: object | None = None  # the known official whose dated roles gave the code
    office: str = ""
    role_secs: list[str] = field(default_factory=list)
    needs_country: bool = False  # a role that is no actor without a country ("people")


class MentionFinder:
    """Passes 1–2 of ``ActorResolver.find`` over one document: atoms, groups, resolved mentions."""

    def __init__(self, resolver, words: DocWords):
        self.r = resolver
        self.w = words
        self.crowds: list[Mention] = []  # "people", "the public" with no country word: for context to place
        self.served: dict[int, Mention] = {}  # id of a title -> the body or person it is for (``serving``)

    # ------------------------------------------------------------------ pass 1: atoms
    def atoms(self) -> list[Match]:
        doc, lex = self.w.doc, self.r.lexicon
        found: list[Match] = []
        self.rejected: set[int] = set()  # tokens a rule said are not actors (turkey the bird)
        i, n = 0, len(doc)
        while i < n:
            hit = lex.lookup(self.w.texts, self.w.keys, i, self._accept)
            if hit is None:
                i += 1
                continue
            j, cand = hit
            m = disambiguate(self.w, Match(i, j, cand.entry), lex.longest)
            if m is not None:
                found.append(self._state_form(m, found[-1].end if found else 0))
            else:
                self.rejected.update(range(i, j))
            i = j
        for m in [m for m in found if self._role_adjective(m) or self._policy_field(m, found) or self._heritage(m, found)]:
            found.remove(m)
            self.rejected.update(range(m.start, m.end))  # (and no spaCy entity there either)
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
            while end > start and self.w.keys[end - 1] in ("'s", "'"):
                end -= 1
            while start < end and self.w.keys[start] in ("the", "a", "an"):
                start += 1
            if start >= end:
                continue
            if any(t in self.rejected for t in range(start, end)) or \
                    all(self.w.keys[t] in GLUE for t in range(start, end)):
                continue  # a rejected word, or a party adjective such as "Republican"
            inside = {id(covered[t]): covered[t] for t in range(start, end) if t in covered}
            if not inside:
                extra.append(self._misspelt(start, end, ent.label_) or Match(start, end, None, {"label": ent.label_}))
                continue
            if ent.label_ in ("ORG", "FAC"):
                # a one-word organisation at the end of a longer name is another body: "Nigeria
                # Labour Congress", "Indian National Congress" are not the US Congress
                last = covered.get(end - 1)
                caps = [t for t in range(start, end - 1) if t not in covered and self.w.texts[t][:1].isupper()]
                if last is not None and last.end - last.start == 1 and last.start == end - 1 and caps and \
                        last.entry is not None and last.entry.kind in NAMED_KINDS and not last.entry.user:
                    drop.add(id(last))
                    extra.append(Match(caps[0], end, None, {"label": ent.label_}))
                    continue
            if ent.label_ == "PERSON" and len(inside) == 1:
                m = next(iter(inside.values()))
                loose = m.end - m.start == 1 and (kind_of(m) in PLACE_KINDS | {REGION} or
                                                 (m.entry and m.entry.surname_only) or self._given_name(m))
                if loose and (end - start) > 1 and m.start == start and start > 0 and self.w.keys[start - 1] == "of" \
                        and kind_of(m) in PLACE_KINDS:
                    # "Chancellor of Austria Karl Nehammer": the title's country, then the name
                    extra.append(self._misspelt(m.end, end, "PERSON") or Match(m.end, end, None, {"label": "PERSON"}))
                elif loose and (end - start) > 1 and m.start >= start and m.end <= end:
                    drop.add(id(m))
                    extra.append(self._misspelt(start, end, "PERSON") or Match(start, end, None, {"label": "PERSON"}))
        atoms = [m for m in found if id(m) not in drop] + extra
        # a title followed by capitalised words spaCy did not tag: "King Abdullah", "Minister Kuleba",
        # and so is a title's country, office or body: "Deputy Head of the Office of the President of
        # Ukraine Ihor Zhovkva", "Head of Rosatom Alexei Likhachev"
        taken = {t for m in atoms for t in range(m.start, m.end)}
        titles = [m for m in atoms if m.entry is not None and m.entry.kind in ROLE_KINDS and m.entry.role_kind == "title"
                  and not m.entry.plural]
        for m in list(atoms):
            title_country = kind_of(m) in PLACE_KINDS | NAMED_KINDS and m.start > 0 and \
                self.w.keys[m.start - 1] in ("of", "the") and any(
                t.end <= m.start and m.start - t.end <= 10 and self.w.sent_of[t.start] == self.w.sent_of[m.start]
                for t in titles)
            if not title_country and (m.entry is None or m.entry.kind not in ROLE_KINDS or m.entry.role_kind != "title"
                                      or m.entry.plural):
                continue
            # "… of the Republic of Estonia on Foreign Affairs Celia Kuningas-Saagpakk": the name after the field
            first = self._field_end(m.end) or m.end
            if title_country and kind_of(m) in PLACE_KINDS and first == m.end and first < len(doc) and \
                    self.w.keys[first] in PLACE_TYPE_WORDS and self.w.texts[first][:1].isupper():
                first += 1  # "Governor of Kursk Region Roman Starovoit": "Region" is the place's
            k = first
            # (spaCy reads "Rosatom Alexei Likhachev" as one organisation)
            while k < len(doc) and k - first < 4 and k not in taken and self.w.sent_of[k] == self.w.sent_of[m.start]:
                if doc[k].tag_ == "NNP" and self.w.texts[k][:1].isupper() and \
                        (doc[k].ent_type_ in ("", "PERSON") or (title_country and doc[k].ent_type_ == "ORG")):
                    k += 1
                elif k > first and self._name_hyphen(k):  # "Kaudel-Jensen": one surname
                    k += 2
                else:
                    break
            if k > first:
                atoms.append(Match(first, k, None, {"label": "PERSON"}))
                taken.update(range(first, k))
        atoms.sort(key=lambda m: m.start)
        return atoms

    def _given_name(self, m: Match) -> bool:
        """A role word that is also a given name we list, opening a name ("Marine Le Pen" is no marine; "Marine
        Sgt. Smith" is: a rank's abbreviation follows)."""
        texts, k = self.w.texts, m.end
        return kind_of(m) in ROLE_KINDS and texts[m.start] in self.r.given_names and k < len(texts) and \
            not texts[k].endswith(".") and not (k + 1 < len(texts) and texts[k + 1] == ".")

    def _name_hyphen(self, k: int) -> bool:
        """Whether token k is a hyphen inside a double-barrelled name ("Kaudel-Jensen": no spaces, a
        capitalised word after)."""
        doc = self.w.doc
        return k + 1 < len(doc) and doc[k].text == "-" and not doc[k - 1].whitespace_ and not doc[k].whitespace_ \
            and self.w.texts[k + 1][:1].isupper() and doc[k + 1].tag_ == "NNP"

    def _field_end(self, k: int, lower: bool = False) -> int | None:
        """The token after "on Foreign Affairs" (a title's policy field, capitalised, ending in a field
        noun) starting at token k, else None. ``lower``: a field in small letters ("on economic issues")."""
        keys, texts = self.w.keys, self.w.texts
        if k >= len(keys) or keys[k] != "on":
            return None
        end = None
        for t in range(k + 1, min(len(keys), k + 7)):
            word = texts[t].isalpha() and texts[t].islower() if lower else texts[t][:1].isupper()
            if self.w.sent_of[t] != self.w.sent_of[k] or not (word or keys[t] in ("and", "of", "the")):
                break
            if keys[t] in POLICY_FIELDS:
                end = t + 1
        return end

    def _role_adjective(self, m: Match) -> bool:
        """"Tallinn's firm support": a role word that is also an adjective, read as one before its noun."""
        if m.end - m.start != 1 or kind_of(m) not in ROLE_KINDS or self.w.keys[m.start] not in ROLE_ADJECTIVES:
            return False
        tok = self.w.doc[m.start]
        return tok.tag_ in ("JJ", "JJR", "JJS") and tok.dep_ == "amod" and tok.head.i > tok.i and \
            tok.head.pos_ == "NOUN"

    def _policy_field(self, m: Match, found: list[Match]) -> bool:
        """"Foreign and European Policy Adviser": a place or region naming the field of the title after it
        (capitalised field nouns, then a title), not an actor."""
        if kind_of(m) not in PLACE_KINDS | {REGION}:
            return False
        k = m.end
        while k < len(self.w.keys) and self.w.keys[k] in POLICY_FIELDS and self.w.texts[k][:1].isupper():
            k += 1
        return k > m.end and any(a.start == k and kind_of(a) in ROLE_KINDS and a.entry.role_kind == "title"
                                 and not a.entry.plural for a in found)

    def _heritage(self, m: Match, found: list[Match]) -> bool:
        """"African American", "Asian-Australian": a continent's adjective before a demonym says where the
        people's families came from; they are of the demonym's country, and the continent is no party."""
        if kind_of(m) != REGION or m.end - m.start != 1 or not self.w.texts[m.start].endswith("an"):
            return False
        k = m.end + (m.end < len(self.w.keys) and self.w.texts[m.end] == "-")
        return any(a.start == k and kind_of(a) == DEMONYM for a in found)

    def _state_form(self, m: Match, floor: int) -> Match:
        """A country named by its state's formal name is one atom from the first word of the form:
        "(President of) the Republic of Turkey", "the Islamic Republic of Iran" (so the title before
        it joins the country as it does for "the government of China")."""
        if kind_of(m) != COUNTRY:
            return m
        keys, texts = self.w.keys, self.w.texts
        k = m.start - 1
        if k >= 0 and keys[k] == "the":
            k -= 1  # "the Republic of the Philippines"
        if k < 1 or keys[k] != "of" or keys[k - 1] not in STATE_FORM_NOUNS or not texts[k - 1][:1].isupper():
            return m
        start = k - 1
        if start < floor:
            return m  # the noun belongs to the atom before: "Secretary of State of the United States"
        while start > floor and keys[start - 1] in STATE_FORM_WORDS and texts[start - 1][:1].isupper():
            start -= 1
        if self.w.sent_of[start] != self.w.sent_of[m.start]:
            return m
        return Match(start, m.end, m.entry, dict(m.extra))

    def _misspelt(self, start: int, end: int, label: str) -> Match | None:
        """An unknown entity one letter away from a country or leader we know ("Vladmir Putin"); never a
        name the story itself gives a person ("David Cameron ... Cameron's spokesman" is no Cameroon)."""
        doc = self.w.doc
        if any(self.w.keys[t] in self._person_words() for t in range(start, end)):
            return None
        hit = self.r.spelling.match(self.w.texts[start:end], label, doc[start:end].text)
        if hit is None:
            return None
        entry, why = hit
        return Match(start, end, entry, {"spelling": why})

    def _person_words(self) -> set[str]:
        """The words of the names spaCy tags as persons anywhere in the document (lower-cased keys)."""
        if not hasattr(self, "_persons"):
            self._persons = {self.w.keys[t] for ent in self.w.doc.ents if ent.label_ == "PERSON"
                             for t in range(ent.start, ent.end) if self.w.doc[t].is_alpha}
        return self._persons

    def _accept(self, cand, i: int, j: int) -> bool:
        if self.w.sent_of[i] != self.w.sent_of[j - 1]:
            return False
        e = cand.entry
        if e.source.startswith(DERIVED_PLACES):
            # a place of the Phoenix country file only as a proper noun outside a person's name:
            # "Nice" the city, not "Nice work"; "Murray" in "Andy Murray" is no river
            doc = self.w.doc
            if not all(doc[t].tag_ in ("NNP", "NNPS") or not doc[t].is_alpha for t in range(i, j)) or \
                    any(doc[t].ent_type_ == "PERSON" for t in range(i, j)):
                return False
            # "Antioch, Illinois": a place the text qualifies by another country's place is that
            # one's namesake, not the dictionary's
            after = self.r.lexicon.lookup(self.w.texts, self.w.keys, j + 1) \
                if j + 1 < len(doc) and self.w.keys[j] == "," else None
            return after is None or after[1].entry.kind not in PLACE_KINDS or after[1].entry.code == e.code
        if e.kind == ACTOR:  # user proper names must look like names in the text
            t = self.w.texts[i]
            if not (t[:1].isupper() or t[:1].isdigit()):
                return False
        return True

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
            tok = self.w.doc[t]
            if self.w.keys[t] in GLUE:
                continue
            if tok.tag_ in GLUE_TAGS and a <= tok.head.i and tok.head.i >= t and tok.head.i < b + 6:
                continue
            return False
        return True

    def _joins(self, g: Group, m: Match) -> bool:
        if self.w.sent_of[g.start] != self.w.sent_of[m.start]:
            return False
        if g.other is not None:
            return False
        gap = self.w.keys[g.end:m.start]
        kind = kind_of(m)
        if g.place is not None and g.place.extra.get("attitude"):
            return False
        if gap and gap[0] in ("of", "from", "in") and gap[1:] in ([], ["the"]) and g.roles and \
                not g.person and not g.place and not g.named and kind != DEMONYM and \
                (kind in PLACE_KINDS or kind in NAMED_KINDS or
                 (kind == PERSON and gap[0] == "of" and m.entry is not None and m.entry.official and
                  g.roles[-1].entry.role_kind == "body" and g.roles[-1].entry.role_class == "gov")):
            # "the government of China", "soldiers from Gondor", "lawmakers in Fornost", "the government of
            # (a known official) Abdrabbuh Mansur Hadi"; but "troops in Ukraine" and "the embassy in Brazil" are
            # not Ukraine's or Brazil's
            return gap[0] != "in" or not ("MIL" in g.roles[-1].entry.sectors or
                                          g.roles[-1].entry.name.lower() in POSTS_ABROAD)  # "the embassy in Brazil"
        if kind in ROLE_KINDS and gap[:1] == ["to"] and len(gap) <= 3 and g.roles and g.aide is None and \
                all(w == "the" or self.w.texts[t][:1].isupper() for t, w in enumerate(gap[1:], g.end + 1)) and \
                not (g.person or g.place or g.named) and m.entry.role_kind == "title" and not m.entry.plural and \
                g.roles[-1].entry.role_kind == "title" and g.roles[-1].entry.name.lower() in AIDE_TITLES:
            g.aide = g.roles[-1]  # "Adviser to the (Federal) Chancellor": the adviser of the chancellor's country
            return True
        if kind == PERSON and g.roles and g.person is None and (self._field_end(g.end) == m.start or (
                g.aide is not None and m.entry is None and self._field_end(g.end, lower=True) == m.start)):
            # "the President of Estonia on Foreign Affairs Celia Kuningas-Saagpakk" (an adviser's field; an
            # adviser's in small letters too: "Adviser to the President of Ukraine on economic issues Oleg Ustenko")
            return g.aide is None or m.entry is None  # a known official is not the adviser
        if kind == PERSON and len(gap) == 1 and gap[0] in PLACE_TYPE_WORDS and g.place is not None and g.roles \
                and g.person is None:
            return True  # "Governor of Kursk Region Roman Starovoit"
        if not self._gap_ok(g.end, m.start) or any(w in NOT_OWNER for w in gap):
            return False  # "the Luxembourg-based court", "Russian-backed separatists" are not theirs
        if kind in PLACE_KINDS:
            return not (g.place or g.named or g.person or g.roles)
        if kind == SEAT and g.place is not None and kind_of(g.place) == DEMONYM and \
                not (g.named or g.person or g.roles) and m.entry.code and g.place.entry.code != m.entry.code[:3]:
            return True  # "the Libyan House of Representatives": another country's body of that name
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
            if g.aide is not None and m.entry is not None:
                return False  # "Adviser to President Joe Biden": Biden is not the adviser
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
            if self.w.keys[t] in FORMER or self.w.keys[t].startswith("ex-"):
                if self.w.doc[t].head.i in keep or t + 1 in keep:
                    return True
        return False

    def resolve(self, g: Group) -> Mention | None:
        """The mention a group makes: its extent, code (country + sectors), name and why."""
        doc = self.w.doc
        if g.roles and not (g.place or g.named or g.person or g.other):
            # a bare role word modifying another noun is not an actor: "military operations"
            h = doc[self.w.head(g.start, g.end)]
            if h.dep_ in ("amod", "compound", "nmod") and h.head.pos_ in ("NOUN", "PROPN") and \
                    not (g.start <= h.head.i < g.end):
                if not self._hostile_state(g, h):
                    return None
                g.end = h.head.i + 1  # "the aggressor country": a country, its own extent
        if g.roles and not (g.place or g.named or g.person or g.other) and self._officer_of_a_body(g):
            return None
        start = g.start
        # take in the words before the mention that belong to it ("the top", "former")
        if g.roles or g.person:
            while start > 0 and self.w.sent_of[start - 1] == self.w.sent_of[g.start] and \
                    self.w.keys[start - 1] in PRE_GLUE:
                if self.w.keys[start - 1] == "the" and g.person is not None:
                    break
                start -= 1
        d = _Draft(start=start, end=g.end, head=self.w.head(g.start, g.end), former=self._former(start, g),
                   label=kind_of(g.atoms[0]))
        self._roles(g, d)
        if self._hostile_state(g, doc[d.head]):
            d.role_secs, d.is_person = [], False  # "the aggressor state" names a country, not its military
        self._place(g, d)
        self._person(g, d)
        if not self._code(g, d):
            if d.needs_country:
                self.crowds.append(self._mention(g, d))
            return None
        d.why += [a.extra["spelling"] for a in g.atoms if "spelling" in a.extra]
        m = self._mention(g, d)
        if g.roles and g.roles[-1].entry.name.lower() in HOSTILE_NOUNS and not (g.place or g.named or g.person):
            # "the enemy", "the aggressor", "the aggressor country": a side of a war, no one person; it refers back
            # to no officer named before it ("Colonel X ... the enemy's weapons"), and no "he" refers back to it
            m.is_person = m.nominal = m.title = False
        return m

    def _hostile_state(self, g: Group, h) -> bool:
        """"the aggressor country", "the aggressor state": only hostile role words, modifying a noun of a state
        right after them (``h`` their head word, or the state noun the group now ends with)."""
        if not g.roles or g.place or g.named or g.person or g.other or \
                not all(r.entry.name.lower() in HOSTILE_NOUNS for r in g.roles):
            return False
        state = h if h.i == g.end - 1 and h.i >= g.roles[-1].end else h.head
        return state.lemma_.lower() in HOMELAND_NOUNS and state.i == g.roles[-1].end and state.tag_ == "NN"

    def _officer_of_a_body(self, g: Group) -> bool:
        """"president of Howard University", "the chairman of the company": a title of a body we do not
        know (a known one joins the group: "President of the European Commission"), not a state's."""
        doc = self.w.doc
        if g.end >= len(doc) or self.w.keys[g.end] != "of" or g.roles[-1].entry.role_kind != "title":
            return False
        obj = next((c for c in doc[g.end].children if c.dep_ == "pobj"), None)
        return obj is not None and (obj.ent_type_ in ("ORG", "FAC") or obj.lemma_.lower() in BODY_HEADS)

    def _roles(self, g: Group, d: "_Draft") -> None:
        """Sectors and class from the role words ("defence ministry spokesman")."""
        doc = self.w.doc
        for r in g.roles:
            e = r.entry
            d.plural = e.plural
            d.why.append(f"{'agent' if e.kind == AGENT else 'role'} '{doc[r.start:r.end].text}' -> "
                       f"{''.join(e.sectors) or e.prefix + '~'} ({e.source})")
        if g.roles:
            # the sector comes from the head role, except that a generic title after an institution
            # takes the institution's: "defence ministry spokesman" GOVMIL, "police press officer" COP
            # (a party's spokesman is the party's, but not its member's office: "Libertarian Party presidential
            # candidate Congressman Justin Amash" is LEG)
            last = g.roles[-1].entry
            generic = (last.role_kind == "title" and last.role_class in ("gov", "other")) or \
                last.name.lower() in GENERIC_HEADS
            head_role = g.aide.entry if g.aide is not None else \
                g.roles[0].entry if len(g.roles) > 1 and generic and \
                not (g.roles[0].entry.sectors == ("PTY",) and last.role_class == "other") else last
            d.role_secs = list(head_role.sectors)
            # (the class is the head noun's when the word before it is a person's title: "the President's
            # spokesman" is a spokesman of the president's sector, no head of state)
            d.role_class = last.role_class if head_role is not last and g.aide is None and \
                head_role.role_kind == "title" else head_role.role_class
            if not d.role_secs:  # a prefix-only agent (NGO~): other roles may still give sectors
                d.role_secs = [s for r in g.roles for s in r.entry.sectors]
        if g.roles and g.roles[-1].entry.role_kind == "title" and not g.roles[-1].entry.plural:
            d.is_person = True
        own = next((r for r in g.roles if r.entry.kind == ROLE and r.entry.code), None)
        if own is not None and g.place is None:
            # a title only one country has: "the Taoiseach" is Ireland's (a place in the text wins)
            d.country = own.entry.code
            d.why.append(f"title '{doc[own.start:own.end].text}' is {own.entry.code}'s ({own.entry.source})")
        if d.former:
            d.role_secs = ["ELI"]
            d.why.append("'former' -> ELI")

    def _place(self, g: Group, d: "_Draft") -> None:
        """The country of a place word; a capital used as an actor is the government."""
        doc = self.w.doc
        if g.place is not None:
            e = g.place.entry
            d.country = e.code
            if e.kind == CAPITAL and not g.roles and not g.person and not g.named:
                tok = doc[d.head]
                # ("Kyiv region", "Moscow Oblast": the capital names a region, a place)
                locative = (tok.dep_ == "pobj" and norm(tok.head.text) in LOCATIVE) or \
                    (tok.dep_ in ("compound", "amod", "nmod") and norm(tok.head.text) in PLACE_TYPE_WORDS)
                if locative:
                    d.why.append(f"capital {e.name} as a place -> {d.country} ({e.source})")
                else:
                    d.sectors.append("GOV")
                    d.why.append(f"capital {e.name} as the government -> {d.country}GOV ({e.source})")
            elif g.place.extra.get("state"):
                d.why.append(f"{e.name}: {e.source}")
            else:
                d.why.append(f"{e.kind.lower()} '{doc[g.place.start:g.place.end].text}' -> {d.country} ({e.source})")
            if e.kind == DEMONYM:
                d.plural = d.plural or e.plural
            d.name = self.r.countries.get(d.country, e.name) if not g.place.extra.get("state") else e.name

    def _person(self, g: Group, d: "_Draft") -> None:
        """A known official's dated code and office, or an unknown person's name."""
        doc = self.w.doc
        if g.person is not None:
            p = g.person
            d.is_person = True
            d.plural = False
            if p.entry is not None and p.entry.official:
                hint = g.place.entry.code if g.place is not None else None
                person = self._pick_official(p.entry.official, hint)
                c, secs, klass, pwhy = person.resolve(self.w.date, former=d.former)
                d.person = None if d.former else person  # "former" in the text is not re-dated
                held = person.role_at(self.w.date) or (person.roles[-1] if self.w.date is None else None)
                d.office = held.office if held else ""
                d.country, d.name, d.role_class = (None if prefix_of(c) else c[:3]), person.name, klass
                d.official_code = c
                titled = bool(g.roles) and g.roles[-1].entry.role_kind == "title"
                if d.role_secs and not d.former and (titled or not secs) and tuple(d.role_secs) != tuple(secs):
                    secs = tuple(d.role_secs)  # the title in the text wins over our dated data
                    d.person = None
                    pwhy += f"; title in text -> {''.join(secs)}"
                d.sectors = list(secs)
                d.role_secs = []
                d.why.append(pwhy)
                d.label = "PERSON"
                d.name_tokens = tuple(person.name.split())
            else:
                d.name = doc[p.start:p.end].text
                d.name_tokens = tuple(self.w.texts[p.start:p.end])
                d.label = "PERSON"
                if not (g.roles or g.place or g.named):
                    d.why.append("person not in our lists, no title: no code")
                elif p.entry is None and g.roles and not g.named:
                    self._titled_surname(g, d)

    def _titled_surname(self, g: Group, d: "_Draft") -> None:
        """"Prime Minister Cameron": a title of office and a surname we know only as the end of an official's
        full name name the one official of that surname who held that office on the story's date ("former":
        before it). Undated text: the one who ever held it. Two such officials, or none: left open. A bare
        surname alone never resolves ("Brown said" in a US story)."""
        offices = SURNAME_OFFICES.get(g.roles[-1].entry.name.lower())
        words = self.w.texts[g.person.start:g.person.end]
        if not offices or len(words) != 1 or not words[0][:1].isupper():
            return
        date, place = self.w.date, (g.place.entry.code if g.place is not None else None)

        def fits(r) -> bool:
            if r.office not in offices or (place and r.country != place):
                return False
            if date is None:
                return True
            return bool(r.end and r.end <= date) if d.former else r.holds(date)

        found = [(p, r) for p in self._by_surname(words[0]) for r in p.roles if fits(r)]
        people = {id(p) for p, _ in found}
        when = "undated text: ever" if date is None else f"before {date}" if d.former else f"on {date}"
        if len(people) != 1:
            if len(people) > 1:
                d.why.append(f"'{words[0]}' + title: {len(people)} officials of that name held it ({when}): open")
            return
        person, role = found[-1]
        d.country, d.name, d.name_tokens = role.country, str(person.name), tuple(person.name.split())
        d.person = None if d.former else person
        d.office = "" if d.former else role.office
        d.official_code = role.country
        d.why.append(f"title + surname '{words[0]}': official {person.name}, {role.title} {role.span()} "
                     f"({when}) -> {role.country}")

    def _by_surname(self, surname: str) -> list:
        """Officials whose full name (two words or more) ends with this surname."""
        index = getattr(self.r, "_surnames", None)
        if index is None:
            index = {}
            for name in self.r.officials:
                parts = str(name).split()
                if len(parts) > 1:
                    index.setdefault(parts[-1], []).append(name)
            self.r._surnames = index
        return [self.r.officials[n] for n in index.get(surname, ())]

    def _code(self, g: Group, d: "_Draft") -> bool:
        """The code from a named actor, an official, or country + role sectors. False: no actor."""
        if g.named is not None:
            e = g.named.entry
            ncode = e.code_at(self.w.date)
            if e.kind == SEAT and g.place is not None and d.country and ncode and d.country != ncode[:3]:
                # the demonym's own body: "Libyan House of Representatives" is LBYLEG, not USALEG
                d.why.insert(0, f"{e.kind.lower()} '{e.name}' -> {ncode}, of another country: its sectors")
                ncode = d.country + ncode[3:]
            if e.kind == ACTOR:
                prefix = next((r.entry.prefix for r in g.roles if r.entry.prefix), "")
                if ncode and len(ncode) >= 3:
                    d.code = prefix + join_code(ncode[:3], chunks(ncode)[1:] + d.sectors + d.role_secs)
                else:
                    d.code = ncode
                if ncode and ncode[:3].isalpha():
                    d.country = ncode[:3]
                d.why.insert(0, f"dictionary entry '{e.name}' -> {ncode} ({e.source})")
                d.name = d.name or (e.name.title() if e.name.isupper() and len(e.name) > 3 else e.name)
                d.label = "ACTOR"
            else:
                d.code = ncode
                d.name = d.name if g.person else e.name
                d.label = "PERSON" if g.person else e.kind
                d.why.insert(0, f"{e.kind.lower()} '{e.name}' -> {ncode} ({e.source})")
                if e.kind in (IGO, NGO, REGION) or (ncode and prefix_of(ncode)):
                    d.country = None
                else:
                    d.country = ncode[:3] if ncode else None
            if d.code is not None:
                d.sectors = chunks(d.code)[1:] if d.country else []
        elif g.person is not None and g.person.entry is not None and g.person.entry.official:
            d.code = join_code(d.official_code, d.sectors)
        else:
            prefix = next((r.entry.prefix for r in g.roles if r.entry.prefix), "")
            d.sectors = d.sectors + d.role_secs
            if d.country is None and not g.roles:
                d.code = None  # an unknown person with neither title nor country
            elif d.country is None:
                if all(r.entry.needs_country for r in g.roles) and g.person is None:
                    if any(r.entry.sectors != ("CVL",) for r in g.roles):
                        return False  # "the head", "this side", "his counterpart": no actor without a country
                    # "people", "the public": no actor by itself; a crowd context may place
                    # (``crowds``), kept out of coreference and conjuncts until it does
                    d.needs_country = True
                    d.code = join_code(prefix + "---", d.sectors)
                    return False
                d.code = join_code(prefix + "---", d.sectors)
                if g.person is not None:
                    d.why.append(f"'{d.name}' not in our officials, no country word: country open")
            else:
                d.code = join_code(prefix + d.country, d.sectors)
        return True

    def _mention(self, g: Group, d: "_Draft") -> Mention:
        """The resolved mention, with what coreference needs to know about it."""
        doc = self.w.doc
        start, end, head = d.start, d.end, d.head
        if g.other is not None:
            d.label = g.other.extra["label"]
            d.name = None
            d.why = [f"spaCy {d.label} entity not in our lists: no code"]
            d.code = None
        code, country = d.code, d.country
        if code is not None and (code.startswith("---") or (prefix_of(code) and country is None)):
            country = None
        actor = Actor(text=self.w.text[doc[start].idx:doc[end - 1].idx + len(doc[end - 1].text)],
                      start=doc[start].idx, end=doc[end - 1].idx + len(doc[end - 1].text),
                      code=code, country=country if code else None,
                      sectors=(chunks(code)[1:] if code and (country or code.startswith("---")) else []),
                      name=d.name, label=d.label, why="; ".join(d.why) or None,
                      person=d.person if code == join_code(d.official_code, d.sectors) else None)
        nominal = (not g.person and not g.named and bool(g.roles) and g.roles[-1].entry.role_kind == "title"
                   and not g.roles[-1].entry.plural and start < g.start and self.w.keys[start] in DEFINITE)
        is_person = d.is_person
        if g.person is None and not nominal and g.roles and g.roles[-1].entry.role_kind == "title" \
                and not g.roles[-1].entry.plural:
            is_person = False  # "a diplomat": a person, but not one to refer back to
        if g.roles and not (g.person or g.named or g.other):
            actor.label = "NOMINAL"
        alias = bool(g.person and g.person.entry and g.person.entry.surname_only and len(g.atoms) == 1)
        gender = self._gender(start, end, d.name_tokens)
        return Mention(actor, self.w.sent_of[g.start], head, is_person=is_person or nominal,
                       plural=d.plural or (doc[head].tag_ in ("NNS", "NNPS")), role_class=d.role_class,
                       name_tokens=d.name_tokens, nominal=nominal, alias=alias, gender=gender, office=d.office,
                       title_word=(g.aide or g.roles[-1]).entry.name.lower() if g.roles else "",
                       where_only=g.place is not None and g.place.entry.source.startswith(DERIVED_PLACES)
                       and not (g.person or g.named),
                       city=g.place.entry.name if g.place is not None and kind_of(g.place) == CITY else "",
                       title=bool(g.roles) and g.person is None and g.named is None and
                       g.roles[-1].entry.role_kind == "title" and not g.roles[-1].entry.plural,
                       body_title=g.person is None and g.named is not None and any(
                           r.start <= head < r.end and r.entry.role_kind == "title" and not r.entry.plural
                           for r in g.roles))

    def _gender(self, start: int, end: int, name_tokens: tuple[str, ...]) -> str:
        """F/M from a gendered word in the mention ("Mrs", "spokeswoman", "King") or the given name."""
        for t in range(max(0, start - 1), end):
            g = GENDER_WORDS.get(self.w.keys[t])
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
            if p.role_at(self.w.date):
                return p
        return max(people, key=lambda p: p.roles[-1].start)

    def conjuncts(self, mentions: list[Mention]) -> None:
        """A role coordinated with one that has a country shares it: "Danish media and government"
        -> DNKMED and DNKGOV."""
        by_token = {}
        for m in mentions:
            for t in range(self.w.tok(m.actor.start), self.w.tok(m.actor.end - 1) + 1):
                by_token[t] = m
        for m in mentions:
            code = m.actor.code
            tok = self.w.doc[m.head]
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

    def _own_modifiers(self, a: Mention, b: Mention) -> bool:
        """The words after the comma between ``a`` and ``b`` are "the" and capitalised words of ``b``'s own
        name ("the Information" of "the Information Minister", a portfolio we do not read): ``b`` is in
        apposition to ``a``, whole. Not a description ("a prominent civil rights leader")."""
        lo, hi = self.w.tok(a.actor.end - 1) + 1, self.w.tok(b.actor.start)
        doc = self.w.doc
        if hi - lo < 3 or doc[lo].text != "," or doc[lo + 1].lower_ != "the" or doc[b.head].dep_ != "appos" or \
                doc[b.head].head.i != a.head:
            return False
        return all(doc[t].dep_ == "compound" and doc[t].text[:1].isupper() and doc[t].head.i == b.head
                   for t in range(lo + 2, hi))

    def serving(self, mentions: list[Mention]) -> None:
        """"a spokesman for the Kremlin" (RUSGOV), "a spokeswoman for Hamas", "a spokesman for Prime Minister Boris
        Johnson": a title of one who speaks for (``SPEAKS_FOR_TITLES``) a coded body or person is theirs, whole; of a
        bare country or place, its country with the title's own sector ("a spokesman for Russia" RUSGOV). (An "aide
        to" or "adviser to" someone makes no mention of its own to read, so no rule for "to".) Run before ``apposition``, which lends the code on to the
        person named beside the title ("John Smith, a spokesman for the Kremlin,"), and before coreference."""
        doc = self.w.doc
        at: dict[int, Mention] = {}
        for x in mentions:
            for t in range(self.w.tok(x.actor.start), self.w.tok(x.actor.end - 1) + 1):
                at[t] = x
        for m in mentions:
            a = m.actor
            if m.title_word not in SPEAKS_FOR_TITLES or not m.title or not a.code or not a.code.startswith("---"):
                continue
            obj = next((o for p in doc[m.head].children if p.dep_ == "prep" and p.lower_ == "for"
                        for o in p.children if o.dep_ == "pobj"), None)
            x = at.get(obj.i) if obj is not None else None
            if x is None or x is m or x.actor.label in ("PRON", "NOMINAL") and x.antecedent is not None or \
                    not x.actor.code or x.actor.code.startswith("---"):
                continue
            # (a former one keeps his own sector, "former spokesman for Ukraine's Foreign Ministry" UKRELI: the
            # body's country only, and none of a body of no country)
            bare = x.actor.country is not None and (x.actor.code == x.actor.country or "ELI" in a.sectors)
            if not bare and "ELI" in a.sectors:
                continue
            a.code = x.actor.country + a.code[3:] if bare else x.actor.code
            a.country, a.sectors = x.actor.country, list(a.sectors) if bare else list(x.actor.sectors)
            a.why = (a.why or "") + f"; for '{x.actor.text}' -> {a.code}"
            self.served[id(m)] = x

    def apposition(self, mentions: list[Mention]) -> None:
        """"Ali Bagheri, Iran's acting foreign minister," (or ", a Bolivian journalist") and "Iran's foreign
        minister, Ali Bagheri":
        the title lends its code to a person we do not know; the title then refers to the person. So does
        a title of a body we know ("Zabihullah Mujahid, the Taliban spokesman,"), and a title after the name
        may keep words we do not read before it ("Michael Makuei, the Information Minister": the mention
        is "Minister")."""
        # (a title "for" a body or person reads past it to the name: "a spokesman for Hamas, Abu Obeida,", see
        # ``serving``; not past a title, whose own name that is: "a spokeswoman for the President, Joe Biden,")
        objects = {id(x) for x in self.served.values() if not x.title}
        seq = [m for m in mentions if id(m) not in objects]
        for a, b in zip(seq, seq[1:]):
            end = self.served[id(a)].actor.end if id(self.served.get(id(a))) in objects else a.actor.end
            between = self.w.text[end:b.actor.start].split()
            if a.sent != b.sent or between[:1] != [","]:
                continue
            if between[1:] not in ([], ["a"], ["an"]) and not self._own_modifiers(a, b):
                continue
            # ("Robert Miller, a Bolivian journalist,": an indefinite title after the name describes him)
            person, title = (a, b) if a.name_tokens and (b.title or b.body_title) else \
                (b, a) if b.name_tokens and (a.title or a.body_title) and not between[1:] else (None, None)
            if person is None or not title.actor.code:
                continue
            # the title's country in the text wins over a namesake in our lists ("The foreign
            # minister of Mali, Abdoulaye Diop": not the Senegalese minister of that name)
            namesake = person.actor.country and title.actor.country and \
                person.actor.country != title.actor.country
            if person.actor.code is None or person.actor.code.startswith("---") or namesake:
                if namesake:
                    person.actor.why = f"{person.actor.why}; not this {person.actor.name} of our lists " \
                                       f"({person.actor.country}): the title says {title.actor.country}"
                    person.actor.person = None
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

