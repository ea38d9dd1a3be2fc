"""Issue 15 items 3-4 and the misspelling rule: generic actors take their country from context,
titles from the country word attached to them, one-letter misspellings of long names; and the
hand-checked fixtures on real stories (heads of state, 50 context assignments)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.actors.conftest import find

DATA = Path(__file__).parent / "data"
WIKINEWS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "wikinews_2019_2020" / "articles.jsonl"
SEED = Path(__file__).resolve().parents[2] / "examples" / "seed_article.txt"


def one(mentions_of, text, mention, nth=0, date="2019-06-01"):
    return find(mentions_of(text, date), mention, nth)


# ---------------------------------------------------------------- country from context

@pytest.mark.parametrize("text,mention,code,rule", [
    # a place in the actor's own phrase
    ("France and Germany signed a deal. The police near Kabul arrested two men.", "The police", "AFGCOP",
     "its phrase 'near Kabul'"),
    # a place where the actor's verb happens, before or after it
    ("France and Germany signed a deal. In Kabul, police arrested two men.", "police", "AFGCOP",
     "its clause 'In Kabul'"),
    # the story's one country
    ("Russia said on Monday that Moscow would respond. Vladimir Putin met the cabinet in Moscow. "
     "Protesters gathered outside.", "Protesters", "RUSOPP", "story about RUS"),
    ("A storm hit Texas on Monday. Roofs were torn off. The governor declared an emergency.", "The governor",
     "USAGOV", "story about USA (1 of 1"),
    # a lone sentence is no story: its one country may be the other actor's
    ("The US ambassador visited the speaker of parliament.", "parliament", "---", "country left open"),
    # a wire dateline
    ("KABUL, Afghanistan (AP) — Police said two men were arrested. France and Germany offered help. "
     "Germany sent experts.", "Police", "AFGCOP", "dateline -> AFG"),
    # a dateline's country named again in the story stays the story's though another is named more
    ("LONDON (AP) — Donald Trump criticized Britain. The United States and America's allies were divided. "
     "Police said protesters gathered.", "Police", "GBRCOP", "dateline -> GBR"),
])
def test_country_from_context(mentions_of, text, mention, code, rule):
    m = one(mentions_of, text, mention)
    assert m.code.startswith(code), m.why
    assert rule in m.why


@pytest.mark.parametrize("text,mention,reason", [
    # several countries and nothing that settles which: open, not a guess
    ("France and Germany signed a deal. The police said nothing.", "The police", "several countries"),
    ("The police said nothing.", "The police", "no country in the story"),
    # the motion of "to" says nothing about where the police acted
    ("France and Germany signed a deal. Police said the man fled to Austria.", "Police", "several countries"),
    # issue 15 item 4: a dateline abroad over a story about another country, named nowhere but in the dateline
    ("MEXICO CITY (AFP) — Donald Trump drew protests on Tuesday. The real estate tycoon visited Ohio and Texas.",
     "tycoon", "dateline MEX, but USA has more mentions"),
])
def test_country_left_open(mentions_of, text, mention, reason):
    m = one(mentions_of, text, mention)
    assert m.code.startswith("---"), m.why
    assert f"country left open: {reason}" in m.why


# common nouns that name actors (roles.tsv; the sectors of the Phoenix agents file): they take the story's
# country like any role; the same words as modifiers ("criminal charges", "a killer whale") are no actors
ROLE_STORY = "A storm hit Texas on Monday. Roofs were torn off in Texas. Texas is large. "


@pytest.mark.parametrize("sentence,mention,code", [
    ("Rioters set fire to a church.", "Rioters", "USAOPP"),
    ("The sheriff said two men were held.", "The sheriff", "USACOP"),
    ("Farmers lost their crops.", "Farmers", "USAAGR"),
    ("Voters went to the polls.", "Voters", "USACVL"),
    ("Police hunted the perpetrators.", "the perpetrators", "USACRM"),
    # session 25 (h15q): more nouns of the agents file's sectors: an airline, a chief constable, the victims
    # (plural only: "the victim" is as often a ship or a lab rat)
    ("The airline cancelled its flights.", "The airline", "USABUS"),
    ("The chief constable apologised.", "The chief constable", "USACOP"),
    ("The victims were taken to hospital.", "The victims", "USACVL"),
])
def test_role_nouns_take_the_story_country(mentions_of, sentence, mention, code):
    m = one(mentions_of, ROLE_STORY + sentence, mention)
    assert m.code == code, m.why
    assert "story about USA" in m.why


def test_role_nouns_as_modifiers_are_no_actors(mentions_of):
    ms = mentions_of(ROLE_STORY + "The criminal charges were dropped. A killer whale was seen.")
    assert not any("CRM" in (m.code or "") for m in ms), [(m.text, m.code) for m in ms]


RUSSIA_STORY = "A bus overturned in Russia on Monday. Russia said seven died. Moscow sent help. "


@pytest.mark.parametrize("sentence,mention,code", [
    # a state's institution named by a longer name we do not know is the story country's
    ("The Emergency Situations Ministry said six deaths were of children.", "Ministry", "RUSGOV"),
    ("The driver appeared before the Kaluga Regional Court.", "Court", "RUSJUD"),
    # not one whose name says it is from elsewhere, nor the police (a named force is as often the wrong one), nor
    # an unknown organisation's title
    ("The International Arbitration Court said nothing.", "Court", "---JUD"),
    ("Thames Valley Police said nothing.", "Police", "---COP"),
])
def test_named_state_institution_takes_the_story_country(mentions_of, sentence, mention, code):
    m = one(mentions_of, RUSSIA_STORY + sentence, mention)
    assert m.code == code, m.why


def test_attitude_and_backing_are_not_the_story_country(mentions_of):
    for text in ("Pro-Russian separatists attacked.", "Russian-backed separatists attacked.",
                 "Anti-American protesters marched."):
        m = find(mentions_of(text), "separatists" if "separatists" in text else "protesters")
        assert m.code.startswith("---"), (text, m.why)


def test_pronoun_follows_the_generic_actor_it_refers_to(mentions_of):
    ms = mentions_of("France and Germany signed a deal. In Kabul, police arrested two men on Monday. "
                     "They said the men had weapons.", "2019-06-01")
    assert find(ms, "police").code == "AFGCOP"
    they = find(ms, "They")
    assert they.code == "AFGCOP", they.why
    assert "from context" in they.why


def test_titles_of_state_leaders_keep_their_country_open(mentions_of):
    """"President Zorblat" of an unknown state is not the story's president: item 3 says the
    title's country comes only from a country word or from a known person."""
    m = one(mentions_of, "Russia said on Monday that Moscow would respond. Putin met the cabinet in Moscow. "
                         "President Zorblat arrived.", "President Zorblat")
    assert m.code == "---GOV"
    assert "'Zorblat' not in our officials, no country word: country open" in m.why
    # a title below the state's leaders takes the story's country
    m = one(mentions_of, "Russia said on Monday that Moscow would respond. Putin met the cabinet in Moscow. "
                         "Governor Ivan Zorblat arrived.", "Governor Ivan Zorblat")
    assert m.code == "RUSGOV", m.why


@pytest.mark.parametrize("text,mention,code", [
    ("Palestinian president Mahmoud Abbas spoke.", "Palestinian president Mahmoud Abbas", "PSEGOV"),
    ("Sudan's president arrived in Cairo.", "Sudan's president", "SDNGOV"),
    ("The foreign minister of Mali spoke.", "The foreign minister of Mali", "MLIGOV"),
    # the title's country wins over a namesake in our lists (a Senegalese minister of that name)
    ("The foreign minister of Mali, Abdoulaye Diop, spoke.", "Abdoulaye Diop", "MLIGOV"),
    # a known person's dated role gives the country
    ("President Faustin-Archange Touadera spoke.", "President Faustin-Archange Touadera", "CAFGOV"),
    # a title with the state's formal name spelt out joins the country and the person
    ("Vladimir Putin had a telephone conversation with President of the Republic of Turkey Recep Tayyip Erdogan.",
     "President of the Republic of Turkey Recep Tayyip Erdogan", "TURGOV"),
    ("Ministers met. The Foreign Minister of the Islamic Republic of Iran spoke.",
     "The Foreign Minister of the Islamic Republic of Iran", "IRNGOV"),
    ("The Kingdom of Lesotho protested.", "Kingdom of Lesotho", "LSO"),
    # the noun of a title before it is not the form's: "Secretary of State" of the United States
    ("The Secretary of State of the United States arrived.", "The Secretary of State of the United States", "USAGOV"),
    # a Commonwealth realm's governor general is its government's, not a general of its army ("General" is MIL)
    ("Julie Payette, the Governor General of Canada, dissolved the Parliament.", "Julie Payette", "CANGOV"),
    ("The Governor-General of Australia swore in the cabinet.", "The Governor-General of Australia", "AUSGOV"),
])
def test_titles_take_the_attached_country_or_the_persons(mentions_of, text, mention, code):
    m = one(mentions_of, text, mention)
    assert m.code == code, m.why


def test_titled_surname_after_the_full_name(mentions_of):
    ms = mentions_of("Prime Minister Boris Johnson met the Queen. Later, Prime Minister Johnson spoke to MPs.",
                     "2019-09-01")
    m = find(ms, "Prime Minister Johnson")
    assert m.code == "GBRGOV" and m.name == "Boris Johnson", m.why


# ---------------------------------------------------------------- one-letter misspellings

@pytest.mark.parametrize("text,mention,code,edit", [
    ("The Ukrainan government protested.", "The Ukrainan government", "UKRGOV",
     "spelling: 'Ukrainan' read as 'Ukrainian'"),
    ("Talks with Afganistan resumed.", "Afganistan", "AFG", "spelling: 'Afganistan' read as 'Afghanistan'"),
])
def test_one_letter_misspellings_of_long_names(mentions_of, text, mention, code, edit):
    m = one(mentions_of, text, mention)
    assert m.code == code, m.why
    assert edit in m.why


def test_misspelling_rule_stays_off_short_names_real_names_and_common_words(mentions_of, resolver):
    # short names (Iraq/Iran) and real places one letter from a country (Columbia/Colombia)
    assert resolver.spelling.match(["Irak"], "GPE") is None
    assert resolver.spelling.match(["Columbia"], "GPE") is None
    ms = mentions_of("A fire in Columbia, New Hampshire, killed two. Officials in Columbia said so.")
    assert not any("spelling" in (m.why or "") for m in ms)
    # ordinary words never reach the rule: only entity names nothing else knows
    from tidings.actors.spelling import one_edit
    assert one_edit("ukrainan", "ukrainian") and one_edit("presdient", "president")
    assert not one_edit("austria", "australia")


@pytest.mark.skipif(not WIKINEWS.exists(), reason="../shared corpus absent")
def test_misspelling_rule_on_real_text(resolver):
    """Over the 293 Wikinews stories every name the rule read is one we judged right by reading
    the story (Columbia, Indiana and Antarctic, its false readings there, are now real names in
    cues.tsv)."""
    from tidings import nlp

    judged_right = {"Nukuʻalofa", "Tuskish", "Ukranian"}  # and, with leaders' names (off): Prayuth
    # Chan-o-cha, François Mitterrand, Evariste Ndayishimiye
    recs = [json.loads(line) for line in WIKINEWS.open(encoding="utf-8")]
    hits = set()
    for rec, doc in zip(recs, nlp.parse([r["text"] for r in recs], batch_size=16)):
        for m in resolver.find(doc, rec["published"]):
            if "spelling:" in (m.why or ""):
                hits.add(m.why.split("spelling: '")[1].split("'")[0])
    assert hits <= judged_right, hits - judged_right
    assert hits, "the rule read none of the misspellings it read when judged"


# ---------------------------------------------------------------- fixtures on real stories

def _stories(ids, as_stored=False):
    """{id: (text, date)}: the corpus lines, or (``as_stored``) the articles as ingestion extracts
    them (repeated paragraphs dropped), whose offsets the store keeps."""
    texts = {"seed": (SEED.read_text(encoding="utf-8"), None)}
    if not WIKINEWS.exists():
        return texts
    if as_stored:
        from tidings.extract import extract
        from tidings.sources import read_sources

        for raw in read_sources([str(WIKINEWS)]):
            article = extract(raw)
            if article.id in ids:
                texts[article.id] = (article.text, article.published)
        return texts
    for line in WIKINEWS.open(encoding="utf-8"):
        rec = json.loads(line)
        if rec["id"] in ids:
            texts[rec["id"]] = (rec["text"], rec["published"])
    return texts


def test_no_named_head_of_state_without_a_country(resolver, parse):
    """`tidings actors` on the seed article and 20 Wikinews international stories: every mention
    of a head of state or government (hand-listed in heads_of_state.jsonl) has its country."""
    fixture = [json.loads(line) for line in (DATA / "heads_of_state.jsonl").open(encoding="utf-8")]
    stories = _stories({f["story"] for f in fixture})
    checked, wrong = 0, []
    by_story: dict = {}
    for f in fixture:
        if f["story"] not in stories:
            continue  # ../shared absent: the seed article alone
        if f["story"] not in by_story:
            text, date = stories[f["story"]]
            by_story[f["story"]] = resolver.find(parse(text), published=date)
        cover = [m for m in by_story[f["story"]] if m.start <= f["at"] < m.end]
        code = cover[0].code if cover else None
        checked += 1
        if not code or (code[:3] != f["country"] and code != f.get("also")):
            wrong.append((f["story"], f["at"], f["name"], code))
    assert checked >= (116 if WIKINEWS.exists() else 7)
    assert not wrong, wrong


# fixtures holding every new assignment of a change that made fewer than 50
SMALL_FIXTURES = {"context_judgements12.jsonl": 45, "context_judgements13.jsonl": 28}


@pytest.mark.skipif(not WIKINEWS.exists(), reason="../shared corpus absent")
@pytest.mark.parametrize("fixture,floor", [
    # salt "judged2", drawn after the rules were settled on three earlier samples: 47 of 50 right
    ("context_judgements.jsonl", 0.9),
    # salt "judged3", drawn after session 6's rules (formal state names, the one armed group, roles
    # named by place in the story's count): 44 of 50 right, the six wrong ones made by older rules
    # (a US Senate for Puerto Rico's, "Coalition forces are in Iraq", a navy, non-actors read as
    # roles); below the 0.90 bar, recorded as measured
    ("context_judgements3.jsonl", 0.88),
    # salt "judged6", drawn after session 7's crowd rule ("twenty people", "hundreds of people" take the
    # story's country; judged before counting): 45 of 50 right; wrong: "your style of leadership", a
    # rugby club "University" (GRD), two million Facebook respondents, the Sacramento Kings, a monarch
    # butterfly
    ("context_judgements4.jsonl", 0.9),
    # salt "judged7", drawn after h15l's rules (places of every country from the Phoenix file, the
    # same unknown person, an official's surname): 46 of 50 right; wrong: the British press and an
    # Oxford hospital in a UK/US story read as the story's USA, a broken "deputy Lord" (a candidate),
    # Russians held in Belarus as Belarusian "mercenaries"
    ("context_judgements5.jsonl", 0.92),
    # salt "title8", drawn from the assignments of the headline rule alone (a story of several countries whose
    # title names one of them, the one it names most; h15m, session 12; the one drawn from audit set 8, the blind
    # set then, replaced by the 51st): 45 of 50 right; wrong: "local authorities across the globe", the world's
    # news media, three countries' energy ministers and private investors read as the title's country, the
    # Australian gunman of Christchurch as New Zealand's
    ("context_judgements6.jsonl", 0.9),
    # benchmarks/bench_context.py --sample 50 --salt judged8 --new-since <the store of acc3884>, after h15n's rules
    # (session 13): entities given a country that had none at acc3884, the surnames and pronouns that follow them
    # included (386 in all, most of them parties: "the Democratic Party", "Republicans", a party's nominee): 49 of
    # 50 right; wrong: "his tax records" (Trump's) resolved to the judge. The same salt drawn before the party rule
    # (persons described by a country word, indefinite titles in apposition, a place behind two "of"s) gave 46 of
    # 50: "Day" of a song title "Day after Day" taken as Doris Day (twice), the Greek daily Kathimerini read as a
    # person (bare GRC), the same "his"
    ("context_judgements7.jsonl", 0.98),
    # benchmarks/bench_context.py --sample 50 --salt judged10 --new-since <the store of 49baed0>, after h15r's role
    # nouns (session 19: voters, rioters, farmers, sheriffs, criminals and the like), the articles of the
    # audit sets skipped: 47 of 50 right; wrong: the rats' "their" resolved to a criminal before it, "the voters
    # roll", "such criminals ... in the United States and abroad". Drawn after nouns whose assignments were wrong
    # more than 1 in 10 on the same corpus were dropped (attacker, thief, burglar, constable, officer, jury), and
    # "passenger" (12 of 13 right, but its one new event was "a bystander attempted to aid the passengers", a no-event
    # sentence of the audit fixture)
    ("context_judgements9.jsonl", 0.94),
    # benchmarks/bench_context.py --sample 50 --salt judged11 --new-since <the store of 69e7c8e>, after h15x's rules
    # (session 20: a state's one government or legislature named with its country, anywhere later in a story of
    # several countries; a party's own name words no unknown owner, "Green Party presidential nominee Howie
    # Hawkins"; an indefinite role its phrase places, "a resident of Antioch, Illinois"; a place of motion, "travel
    # from China", not where the sentence happens), the audit sets' articles skipped (none among the 98 new): 49 of
    # 50 right, 42 of them from the campaign-trail stories whose third-party nominees the party rule placed (with the
    # surnames and pronouns that follow them); wrong: "turns them into genetically modified humans" (vaccine takers)
    # resolved to three candidates. Right but by a wrong link: "La Riva said she" linked to Hawkins
    ("context_judgements10.jsonl", 0.98),
    # session 21 (h15y): a state's legislature or armed forces named with its country is that country's under another
    # word of the same sector later in a story of several countries ("the Argentine congress ... the senate", "the
    # Iranian military ... the army", "the Air Force"). It made 5 new assignments on Wikinews, all right, the first 5
    # lines; the other 45 are benchmarks/bench_context.py --sample 80 --salt judged12 against the store of this change,
    # the blind audit sets' articles and those 5 skipped: 46 of 50 right; wrong: students in a candidate's musing on
    # collectivism, a software project's "leadership", Warren as "the fiercest of fighters", the researchers of an
    # Antarctic study read as Antarctica's. (The town rule committed after it, "El Paso, Texas ... El Paso's police
    # chief Greg Allen", made 1 new assignment on Wikinews, right.)
    ("context_judgements11.jsonl", 0.92),
    # session 21 (h15z): a surname keeps its particle ("Rocky De La Fuente ... De La Fuente", "Gloria La Riva ...
    # La Riva said she": no longer the nominee named before her), and in hostility within one country a pronoun
    # on a sector of it other than the other side's keeps its actor ("He condemned rioters" for Trump). All the
    # new assignments they made on Wikinews, 15 (fewer than 50, so every one), all right: 10 "De La Fuente", and
    # the 5 event sides whose pronoun the hostility rule had left unnamed (the 6th, "La Riva" placed by the
    # events stage's story person, is right too but no actors-stage assignment); then the last 31 lines: a person we
    # do not know "of" a coded body or place ("Kristen Welker of NBC News" USAMED, "Mike Lee of Utah" USA), with the
    # surnames that follow: 31 new assignments on Wikinews, all right; 30 here (one, in an article of blind audit
    # set 13, left out). Before the whole-name guard it made 62,
    # 8 wrong: "Doug Miller of Milltech Marine" (IDNMIL, and his surname 4 times), "Sabrina Bennoui of Reporters
    # Without Borders" (YEMMED, twice), "Dean of the House of Representatives" (a distinction, no person)
    ("context_judgements12.jsonl", 1.0),
    # session 25 (h15q): nouns of the Phoenix agents file's sectors in roles.tsv ("victims" CVL, plural only; "airline"
    # BUS; "chief constable" COP). All the new assignments they made on Wikinews against the store of 1d67848 (28, none
    # in an audit set's article; the surnames and pronouns that follow included): 27 right; wrong: "Other victims
    # included a Kataeb Hezbollah official" of the US strike on Soleimani, read as the story's USA. Tried and dropped:
    # "lawyer", "attorney", "police constable" (28 of 35 right: "they", "their" of the convicted officers, of a client,
    # of a family linked to the new lawyers and constable), "worker", "employee" (check target spans 0.6905 -> 0.6895,
    # below the gate); "victim" singular (a missing ship, a lab rat "the victim"), "jury" (an olympiad's jury as RUSJUD);
    # "attacker", "passenger", "constable", "firefighter" as session 19 found them
    ("context_judgements13.jsonl", 0.96),
])
def test_hand_checked_context_assignments(resolver, parse, fixture, floor):
    """50 context assignments sampled by benchmarks/bench_context.py (or all a change made, when fewer),
    each judged by reading the story: the share right is at least the floor, and the code still makes the
    right ones."""
    judged = [json.loads(line) for line in (DATA / fixture).open(encoding="utf-8")]
    assert len(judged) == SMALL_FIXTURES.get(fixture, 50)
    right = [j for j in judged if j["judgement"] == "right"]
    assert len(right) / len(judged) >= floor
    stories = _stories({j["document_id"] for j in right}, as_stored=True)
    found = {}
    lost = []
    for j in right:
        if j.get("gone"):
            continue  # right by a wrong link, which a later rule undid (the record says which and why)
        if j["document_id"] not in found:
            text, date = stories[j["document_id"]]
            found[j["document_id"]] = resolver.find(parse(text), published=date, title=j.get("title"))
        # the mention holding the judged one: it may have grown to take in its own place ("The
        # governor" -> "The governor of Louisiana", since US states are places), with the same code
        m = next((m for m in found[j["document_id"]] if m.start <= j["start"] and j["end"] <= m.end), None)
        if m is None or m.code != j["code"]:
            lost.append((j["document_id"], j["text"], j["code"], m.code if m else None))
    assert not lost, lost


# ---------------------------------------------------------------- set-2 audit's "partly" constructions

def test_rebels_are_the_one_group_the_story_names(mentions_of):
    text = ("A bomb killed five civilians in Mokha, Yemen. Officials blamed Houthi rebels for the attack. "
            "According to the minister, the rebels are backed by Iran.")
    m = one(mentions_of, text, "the rebels")
    assert m.code == "YEMREBHTH", m.why
    assert "the one such group the story names" in m.why
    # two groups of that kind named: which one is meant is open, not a guess
    two = ("Fighting went on in Yemen. Houthi rebels and Hamas fought government troops. "
           "The rebels said they would not stop.")
    assert not one(mentions_of, two, "The rebels").code.endswith("HTH")


def test_a_place_as_doer_does_not_move_the_sentence(mentions_of):
    # "backed by Iran" names who backs, not where the rebels are: the story's country stands
    text = ("Yemen has been at war since 2014. Yemen's capital fell in 2014. Fighting in Yemen goes on. "
            "Protesters said they are backed by Iran.")
    assert one(mentions_of, text, "Protesters").code == "YEMOPP"
    # a place where the sentence happens still does ("hospitalized in Singapore")
    moved = ("Yemen has been at war since 2014. Yemen's capital fell in 2014. Fighting in Yemen goes on. "
             "Protesters said a man was treated in Singapore.")
    assert one(mentions_of, moved, "Protesters").code.startswith("---")


def test_a_quote_that_opens_with_the_actor_is_no_nickname(mentions_of):
    text = ("Hong Kong leader Carrie Lam spoke in Hong Kong. Hong Kong people listened. The Hong Kong police "
            "watched. China said little. \"The government will fully withdraw the bill,\" Lam said.")
    m = one(mentions_of, text, "The government", date="2019-09-04")
    assert m.code == "HKGGOV", m.why


def test_story_country_counts_roles_named_by_place_not_outlets(mentions_of):
    # roles named with the place ("Hong Kong people") count for the story's country; a cited outlet
    # (The Guardian, GBRMED) does not: the story is about Hong Kong, so are its police
    text = ("Carrie Lam withdrew the bill in Hong Kong. Hong Kong people had protested for months. "
            "The Hong Kong authorities were criticised, The Guardian reported. China said little. "
            "Police and reporters were injured.")
    assert one(mentions_of, text, "Police", date="2019-09-04").code == "HKGCOP"


def test_same_role_named_earlier(mentions_of):
    # a story about several countries: "the Navy" shortly after "the U.S. Navy" is that navy
    text = ("France and Germany sent ships to Okinawa. Italy watched. The U.S. Navy confirmed the find. "
            "The Navy thanked the divers.")
    m = one(mentions_of, text, "The Navy")
    assert m.code == "USAMIL", m.why
    assert "same role earlier" in m.why
    # two navies named before: open, not taken from either
    two = ("The U.S. Navy and the Japanese Navy met near Okinawa. France watched. Germany spoke. "
           "The Navy thanked the divers.")
    assert one(mentions_of, two, "The Navy").code.startswith("---")
    # the story's own country wins: "the government" of a story about Hong Kong is Hong Kong's
    hk = ("Protesters marched in Hong Kong. The Chinese government warned them. Hong Kong police watched. "
          "Hong Kong people marched again in Hong Kong. The government withdrew the bill.")
    assert one(mentions_of, hk, "The government", date="2019-09-04").code == "HKGGOV"


def test_a_state_body_named_with_its_country_is_that_one_body_later_in_the_story(mentions_of):
    # a state's one government or legislature, named with its country, is that country's when named bare (singular)
    # anywhere later in a story about several countries, beyond the few sentences of other roles
    filler = "France watched. Germany spoke. Italy waited. Spain agreed. Chile too. "
    text = "The Iranian government banned the game. " + filler + "The government fined the players."
    m = one(mentions_of, text, "The government")
    assert m.code == "IRNGOV", m.why
    assert "same role earlier" in m.why
    # other roles keep the short reach ("the hospital in Omsk" ... "the hospital" in Berlin by then), and so do
    # plurals ("authorities in the United Kingdom" ... "Authorities seized the site", of several countries)
    far = "The hospital in Omsk treated him. " + filler + "The hospital released him."
    assert one(mentions_of, far, "The hospital").code.startswith("---")
    plural = "Authorities in the United Kingdom arrested him. " + filler + "Authorities seized the site."
    assert one(mentions_of, plural, "Authorities").code.startswith("---")



def test_a_press_office_page_takes_no_far_government_from_another_state(resolver, parse):
    # on a state press office's pages, "the government" far after "the British government" is not Britain's: the
    # office's own government needs no naming
    text = ("The British government sent generators. " + "France watched. Germany spoke. Italy waited. Spain agreed. "
            "Chile too. " + "The government agreed to buy fuel.")
    ms = resolver.find(parse(text), published="2022-03-05", url="https://www.president.gov.ua/en/news/example")
    assert not find(ms, "The government").code.startswith("GBR"), find(ms, "The government").why


def test_a_legislature_or_army_named_with_its_country_is_that_state_body_under_another_word(mentions_of):
    # a state's one legislature or armed forces named with its country is that country's when named bare (singular)
    # anywhere later in a story about several countries, under any word of the same sector (a chamber of the
    # congress, the army of the military)
    filler = "France watched. Germany spoke. Italy waited. Spain agreed. Chile too. "
    m = one(mentions_of, "The Argentine congress approved a bill. " + filler + "It was dismissed by the senate.",
            "the senate")
    assert m.code == "ARGLEG", m.why
    assert "same state body earlier, 'The Argentine congress'" in m.why
    m = one(mentions_of, "The Iranian military denied it. " + filler + "The army said the plane came from Bishkek.",
            "The army")
    assert m.code == "IRNMIL", m.why
    # not when another country's armed forces came before it ("US troops"), nor a plural ("the forces"), nor
    # from an organisation our dictionaries name (a "Ministry of Defence" may be any country's)
    assert one(mentions_of, "The Iranian military denied it. US troops left. " + filler + "The army said no.",
               "The army").code.startswith("---")
    assert one(mentions_of, "The Iranian military denied it. " + filler + "The forces said no.",
               "The forces").code.startswith("---")
    assert one(mentions_of, "The Ministry of Defence denied it. " + filler + "The military said no.",
               "The military").code.startswith("---")


def test_a_town_the_story_places_once_places_its_own_officials_later(mentions_of):
    # a town we do not know, placed once by a known state in apposition ("the border town of San Elizario, Texas"), is
    # that state's country where the story names it again, as the owner of a titled person ("San Elizario's police
    # chief"), in a story of several countries; a town it never places leaves him open
    story = "Mexico protested. Canada waited. A gunman shot shoppers in the border town of San Elizario, Texas. "
    m = one(mentions_of, story + "San Elizario's police chief Greg Allen said the suspect acted alone.",
            "police chief Greg Allen")
    assert m.code == "USACOP", m.why
    assert "a town the story places" in m.why
    unplaced = "Mexico protested. Canada waited. A gunman shot shoppers in the border town of San Elizario. "
    m = one(mentions_of, unplaced + "San Elizario's police chief Greg Allen said the suspect acted alone.",
            "police chief Greg Allen")
    assert m.code.startswith("---"), m.why


@pytest.mark.parametrize("text,mention,code,rule", [
    # a crowd the story counts takes the story's one country
    ("A storm hit Texas on Monday. Roofs were torn off. Several thousand people fled.", "people", "USACVL",
     "story about USA"),
    ("A storm hit Texas on Monday. Roofs were torn off. Hundreds of people fled.", "people", "USACVL",
     "story about USA"),
    # in a story about several countries, the place where the counted crowd acts
    ("France and Germany disagreed on Monday. Officials met. Twenty people marched in Berlin.", "people", "DEUCVL",
     "its clause 'in Berlin'"),
    # a place in their own phrase, counted or not
    ("France and Germany disagreed on Monday. Officials met. The people near Berlin were angry.", "The people",
     "DEUCVL", "its phrase 'near Berlin'"),
])
def test_people_take_their_country_from_context(mentions_of, text, mention, code, rule):
    m = one(mentions_of, text, mention)
    assert m.code == code, m.why
    assert rule in m.why


@pytest.mark.parametrize("text", [
    "People protested. The government responded. Nothing changed.",  # no country: a crowd of nobody's
    "France and Germany disagreed on Monday. Officials met. Twenty people were angry.",  # several countries
    # people in general, not a crowd the story counts: "people tend to think", "most people will say"
    "A storm hit Texas on Monday. Roofs were torn off. People tend to think storms are rare.",
    "A storm hit Texas on Monday. Roofs were torn off. Most people will say it was bad.",
    "A storm hit Texas on Monday. Roofs were torn off. Officials helped people like me.",
    # a lone sentence is no story: "people in Syria" stays as it was
    "Twenty people were killed in Syria.",
])
def test_people_with_no_country_are_no_actor(mentions_of, text):
    """ "people" with no country word and none from context stays no actor (as before context
    could place it): a crowd of no country is nobody's side."""
    found = mentions_of(text, "2019-06-01")
    assert not [m for m in found if "people" in m.text.lower()], [(m.text, m.code) for m in found]
    assert any(m.text in ("The government", "France", "Texas", "Syria", "Officials") for m in found)


def test_an_outlet_places_a_story_that_names_nothing_else(mentions_of):
    text = ("A jackal died after eating a bomb. Twelve people were arrested. Officials told NDTV the killing "
            "occurred in a forest. The suspects were hunters.")
    assert one(mentions_of, text, "Officials").code == "INDGOV"


def test_a_hostile_noun_is_the_foreign_military_the_story_names(resolver, parse):
    """"The occupiers in Kherson" on a Ukrainian press office's page are not Ukraine's (the place in their phrase
    nor the page's country) but the one foreign military the story names; with two foreign militaries named,
    or none, they stay open."""
    text = ("Russian troops crossed the border at dawn. The invaders shelled Izium again. "
            "The occupiers in Kherson looted the museum. Ukrainian forces held the line.")
    url = "https://www.president.gov.ua/en/news/example"
    ms = resolver.find(parse(text), published="2022-03-05", url=url)
    assert find(ms, "The invaders").code == "RUSMIL" and find(ms, "The occupiers").code == "RUSMIL"
    two = text.replace("Ukrainian forces", "Belarusian troops")
    ms = resolver.find(parse(two), published="2022-03-05", url=url)
    assert find(ms, "The occupiers").code == "---MIL" and "2 foreign militaries" in find(ms, "The occupiers").why


def test_a_hostile_noun_with_no_military_named_is_the_one_country_named_as_attacking(resolver, parse):
    """A story of a Ukrainian press office that names no foreign military but names the one that attacks
    ("Russian aggression", "Russia invaded", "fired by Russia"): "the invaders" and "the aggressor country" (a
    country, no military) are that country's, and "enemy soldiers" are not the story's own country's. A country
    that is only named (no attack of its) or two attacking countries leave them open."""
    url = "https://www.president.gov.ua/en/news/example"
    for named in ("Russian aggression has lasted for 80 days.", "Russia invaded Ukraine in February.",
                  "Missiles were fired at Kharkiv by Russia."):
        text = named + " Our defenders are fighting the invaders. The aggressor country deported children. " \
            "Ukrainian artillery destroyed a column of enemy soldiers near Izium."
        ms = resolver.find(parse(text), published="2022-05-14", url=url)
        assert find(ms, "the invaders").code == "RUSMIL", named
        assert find(ms, "The aggressor country").code == "RUS", named
        assert find(ms, "soldiers").code == "RUSMIL", named  # ("enemy soldiers")
    for named in ("Russia and Ukraine held talks in Istanbul.", "Belarusian aggression and Russian aggression grew."):
        text = named + " Our defenders are fighting the invaders. Ukraine thanks Poland."
        ms = resolver.find(parse(text), published="2022-05-14", url=url)
        assert find(ms, "the invaders").code == "---MIL", named


def test_a_hostile_noun_refers_back_to_no_officer(resolver, parse):
    """"The aggressor" is a side of a war, no one person: not the colonel named before it (who was UKRMIL) but the one
    foreign military the story names."""
    text = ("Colonel Serhiy Baranovsky led the defence of Kharkiv. Russian troops crossed the border. "
            "The aggressor lost hundreds of tanks.")
    ms = resolver.find(parse(text), published="2022-05-01", url="https://www.president.gov.ua/en/news/example")
    assert find(ms, "The aggressor").code == "RUSMIL"


def test_a_mayor_of_a_ukrainian_town_of_the_war_news_is_ukraines(mentions_of):
    """Towns the war news of 2022 names often are places of Ukraine (cities.tsv): "the mayor of Melitopol Ivan
    Fedorov" is Ukraine's mayor, not one organisation we do not know."""
    ms = mentions_of("The occupiers captured the mayor of Melitopol Ivan Fedorov.", "2022-03-12")
    assert find(ms, "mayor of Melitopol Ivan Fedorov").code == "UKRGOV"


def test_an_embassy_is_not_the_country_it_sits_in(resolver, parse):
    """"The embassy in Lima" is some other state's: neither its phrase nor the story makes it Peru's; a country word
    of its own still does ("the Chilean embassy in Lima")."""
    text = ("Peru's government expelled two diplomats. The embassy in Lima protested. Peruvian police guarded it. "
            "The Chilean embassy in Lima stayed silent.")
    ms = resolver.find(parse(text), published="2020-06-01")
    assert find(ms, "The embassy").code == "---GOV" and "not the country it sits in" in find(ms, "The embassy").why
    assert find(ms, "The Chilean embassy").code == "CHLGOV"


def test_the_one_country_a_headline_names_is_the_story_of_several(resolver, parse):
    """A story of several countries whose headline names one of them, the one it names most: "the prime
    minister" is that country's; a headline naming two countries, or a press office's page (its title names
    the guest), decides nothing."""
    text = ("Fiji ended its state of emergency on Monday. Aid from Australia and New Zealand helped Fiji. "
            "Tonga and Fiji shared vaccines. The prime minister thanked the nurses.")
    ms = resolver.find(parse(text), published="2020-01-01", title="Fiji ends measles emergency")
    pm = find(ms, "The prime minister")
    assert pm.code == "FJIGOV" and "its title names" in pm.why
    for title in ("Fiji and Tonga end measles emergency", None):
        ms = resolver.find(parse(text), published="2020-01-01", title=title)
        assert find(ms, "The prime minister").code == "---GOV", title
    ms = resolver.find(parse(text), published="2020-01-01", title="Fiji ends measles emergency",
                       url="http://en.kremlin.ru/events/president/news/1")
    assert find(ms, "The prime minister").code != "FJIGOV"


# ---------------------------------------------------------------- a person described by a country word

@pytest.mark.parametrize("text,mention,code", [
    # the demonym or country before the descriptor: a bare country code, the descriptor is no role
    ("US singer and songwriter Robert Miller died at his home on Monday. Miller was 81.", "Robert Miller", "USA"),
    # an apposition after the name
    ("Tomas Lindqvist, a Swedish chess player, was banned on Friday.", "Tomas Lindqvist", "SWE"),
])
def test_person_described_by_a_country_word(mentions_of, text, mention, code):
    m = one(mentions_of, text, mention)
    assert m.code == code, m.why
    assert "country from its description" in m.why
    # the surname later follows the first mention
    if "Miller was" in text:
        assert one(mentions_of, text, "Miller").code == code


@pytest.mark.parametrize("text,mention", [
    # where one was born, not whose one is
    ("Peruvian-born sculptor Maria Lopez opened a show in Madrid.", "Maria Lopez"),
    # a coordinated actor is no description
    ("Bolivia and Maria Lopez signed the contract.", "Maria Lopez"),
    # a place inside a longer descriptor: the war, not the veteran
    ("Adam Kokesh, an Iraq War veteran, ran for president.", "Adam Kokesh"),
    # what the person owns, not who he is
    ("Robert Miller's Egyptian Theatre opened.", "Robert Miller"),
    # a plural descriptor is no description of one person
    ("Ethiopians Dejene Debela and Asefa Mengstu followed.", "Asefa Mengstu"),
])
def test_no_country_word_describing_the_person(mentions_of, text, mention):
    m = one(mentions_of, text, mention)
    assert not m.code or m.code.startswith("---"), m.why


def test_indefinite_title_after_a_name(mentions_of):
    # "X, a Bolivian journalist,": the title lends its code, as "X, Bolivia's foreign minister," does
    m = one(mentions_of, "Robert Miller, a Bolivian journalist, was detained on Monday.", "Robert Miller")
    assert m.code == "BOLMED", m.why


def test_a_place_naming_a_thing_does_not_move_the_sentence(mentions_of):
    # "the Munich Security Conference" is no place where the meeting happens: the story's country stands
    text = ("Kenya's president returned home. Kenya's parliament met. Kenya's courts sat. After returning from the "
            "Munich Security Conference, the president met the leadership of the defence forces.")
    assert one(mentions_of, text, "the defence forces").code == "KENMIL" or \
        one(mentions_of, text, "defence forces").code == "KENMIL"


def test_a_clause_inside_the_phrase_names_no_owner(mentions_of):
    # where the leadership met (an airport we do not know) does not make it an unknown organisation's
    text = ("Kenya's president returned home. Kenya's parliament met. Kenya's courts sat. The president held a meeting "
            "with the leadership of the security and defence forces, which took place at Wilson International Airport.")
    assert one(mentions_of, text, "the leadership").code == "KENGOV"


def test_a_place_behind_two_ofs(mentions_of):
    text = ("France and Germany signed a deal. The Ministry of Economy of Kenya is preparing a bill.")
    assert one(mentions_of, text, "The Ministry").code == "KENGOV"


def test_a_country_word_modifying_a_thing_still_places_the_sentence(mentions_of):
    # "a U.S. vessel" says whose the vessel is: in a story about Japan "the Navy" of that sentence stays open
    text = ("Japan's researchers found the wreck. Japan's navy helped. Japan's government paid. Records showed a "
            "Japanese bomber had attacked a U.S. vessel, but the coordinates differed from the Navy's figures.")
    assert one(mentions_of, text, "the Navy").code.startswith("---")


def test_pronouns_follow_a_titled_person_described_by_a_country(mentions_of):
    text = ("On Friday, United States District Judge Clark Waddoups reconsidered his decision that people born in "
            "American Samoa are citizens. Instead, he put a stay on his ruling.")
    assert one(mentions_of, text, "Judge Clark Waddoups").code == "USAJUD"
    assert one(mentions_of, text, "he").code == "USAJUD"


def test_a_party_takes_the_story_country(mentions_of):
    text = ("Kenya held elections on Tuesday. Kenya's courts were calm. Kenya's police kept order. The Democratic Party "
            "criticised the count, and Republicans said they had won.")
    assert one(mentions_of, text, "The Democratic Party").code == "KENPTY"
    assert one(mentions_of, text, "Republicans").code == "KENPTY"
    # a story of several countries leaves it open
    two = "Kenya and Peru held elections. Kenya and Peru voted. The Democratic Party won."
    assert one(mentions_of, two, "The Democratic Party").code.startswith("---")


def test_a_party_nominee_named_with_the_party_takes_the_story_country(mentions_of):
    # "Green" is the parser's nmod of "Party": the words of the party's own name, no organisation we do not know
    text = ("The United States votes. Trump spoke in Ohio. Biden spoke in Texas. The debate included independent "
            "presidential candidate Brock Pierce, Green Party presidential nominee Howie Hawkins, and others.")
    m = one(mentions_of, text, "Party presidential nominee Howie Hawkins")
    assert m.code == "USAPTY", m.why


def test_a_place_of_motion_does_not_move_the_sentence(mentions_of):
    # "a ban on travel from China" names where travel comes from, not where the sentence happens: the story's
    # country stands; a place where it happens still moves it ("a ban in China")
    story = "Texas voted on Monday. Ohio voted too. The United States waits. Florida counts. "
    m = one(mentions_of, story + "Trump criticized Democrats for opposing his ban on travel from China.", "Democrats")
    assert m.code == "USAPTY", m.why
    moved = one(mentions_of, story + "Trump criticized Democrats for opposing his ban in China.", "Democrats")
    assert moved.code.startswith("---"), moved.why


def test_one_of_a_kind_placed_by_its_own_phrase(mentions_of):
    # "a resident of Antioch, Illinois": indefinite, but its phrase places it (a town we do not know, the state we
    # do in apposition); "any resident" is still anyone's
    story = "Mexico protested. The United States said no. Canada waited. "
    m = one(mentions_of, story + "A resident of Antioch, Illinois, was charged.", "resident")
    assert m.code == "USACVL", m.why
    assert "its phrase 'of Antioch'" in m.why
    assert one(mentions_of, story + "Any resident of Antioch, Illinois, was charged.", "resident").code == "---CVL"


def test_a_party_member_keeps_his_office_a_party_spokesman_is_the_party(mentions_of):
    text = ("Kenya held elections on Tuesday. Kenya's courts were calm. Kenya's police kept order. Green Party "
            "presidential candidate Congressman John Mwangi spoke, and Green Party spokesman Paul Otieno answered.")
    # (the congressman's country stays open: "Green Party" is a longer name we do not know; a party's own name
    # is no unknown owner of the party)
    assert one(mentions_of, text, "Party presidential candidate Congressman John Mwangi").code.endswith("LEG")
    assert one(mentions_of, text, "Party spokesman Paul Otieno").code == "KENPTY"


def test_a_person_of_a_coded_body_or_place_is_its(mentions_of):
    # "X of <a body>": the body's code; "X of <a place>": its country, bare
    text = "Kristen Welker of NBC News asked the questions. Ahmad Karimi of Kenya answered them."
    assert one(mentions_of, text, "Kristen Welker").code == "USAMED"
    assert one(mentions_of, text, "Ahmad Karimi").code == "KEN"
    # not a word of a longer name ("Milltech Marine", "Reporters Without Borders"), nor one name alone (a title)
    other = ("Yemen's journalists are targets in Yemen. Yemeni officials said so in Yemen. Anna Berg of Reporters "
             "Without Borders agreed.")
    assert one(mentions_of, other, "Reporters").code == "YEMMED"
    assert not one(mentions_of, other, "Anna Berg").code


def test_this_country_is_the_one_named_last(mentions_of):
    """"a visit to Romania ... the Minister of Foreign Affairs of this country": the country named last before
    "this country" places the actor whose phrase holds it; a bare second conjunct shares the first's "of"."""
    ms = mentions_of("Ihor Zhovkva visited Romania. He met the Minister of Foreign Affairs of this country.")
    assert find(ms, "the Minister of Foreign Affairs").code == "ROUGOV"
    ms = mentions_of("During a working visit to the Kingdom of Spain, Ihor Zhovkva held meetings with representatives "
                     "of the Government and Parliament of this country. Zhovkva also met the Prime Minister of Portugal.")
    assert (find(ms, "the Government").code, find(ms, "Parliament").code) == ("ESPGOV", "ESPLEG")
    # the parser hangs "of this country" on the title the body is "of": the place is the whole chain's
    ms = mentions_of("Ihor Zhovkva was on a visit to Romania. He held consultations with State Secretary of the "
                     "Ministry of Foreign Affairs of this country Dan Neculaescu.")
    assert next(m for m in ms if m.text.endswith("Ministry of Foreign Affairs")).code == "ROUGOV"
    # no country named before it: open; a conjunct with its own determiner keeps its own reading
    assert find(mentions_of("He met the Minister of Foreign Affairs of this country."),
                "the Minister of Foreign Affairs").code.startswith("---")
    ms = mentions_of("The police in Kabul and the army arrested him. Iran and Pakistan protested.")
    assert find(ms, "the army").code.startswith("---")


def test_an_office_of_a_state_body_named_with_its_country_is_that_states(mentions_of):
    """"the Senate of the Czech Parliament": a body inside a state's body named with its country word is that
    state's (not through an international body: "the head of the UN in Iraq")."""
    assert find(mentions_of("The Senate of the Czech Parliament approved the law. Slovakia and Poland objected."),
                "The Senate").code == "CZELEG"
    assert find(mentions_of("The head of the UN in Iraq spoke."), "The head of the UN").code == "IGOUNO"


def test_a_name_the_story_gives_a_person_is_no_misspelt_country(mentions_of):
    """"Cameron" is one letter from Cameroon; once the story names David Cameron, his surname (even where spaCy
    tags it as an organisation: "Cameron's spokesman") is his, not a misspelt country."""
    ms = mentions_of("British Prime Minister David Cameron spoke on Monday. Cameron's spokesman praised Obama.",
                     "2016-05-01")
    assert not any(m.code and m.code.startswith("CMR") for m in ms), [(m.text, m.code, m.why) for m in ms]
    assert not any("Cameroon" in (m.why or "") for m in ms)
