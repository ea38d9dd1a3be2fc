"""The coder on constructed sentences, with the real spaCy model and the real actors stage."""

import pytest

from tests.events.conftest import triples


@pytest.mark.parametrize("text, expected", [
    ("The United States imposed sanctions on Iran.", ("USA", "IRN", "163")),
    ("Britain held talks with France in London.", ("GBR", "FRA", "046")),
    ("Antony Blinken visited China last week.", ("USA", "CHN", "042")),
    ("Germany condemned Russia.", ("DEU", "RUS", "111")),
    ("Russia accused Ukraine of terrorism.", ("RUS", "UKR", "112")),
    ("Israel launched airstrikes on Syria.", ("ISR", "SYR", "195")),
    ("Turkish police arrested Syrian refugees.", ("TUR", "SYR", "173")),
    ("Iran criticized the United States.", ("IRN", "USA", "111")),
    ("Japan praised South Korea.", ("JPN", "KOR", "051")),
    # verb classes the held-out news needed (issue 13): grants, deliveries, renewed talks, hearings,
    # demobilisation, warrants
    ("Japan gave a grant of $10 million to Cambodia.", ("JPN", "KHM", "071")),
    ("China delivered medical supplies to Italy.", ("CHN", "ITA", "073")),
    # relief goods of any kind, handed, shipped or sent (the lexicon's "&relief")
    ("Germany delivered 20 ambulances and generators to Ukraine.", ("DEU", "UKR", "073")),
    ("Poland handed over blankets and tents to Ukraine.", ("POL", "UKR", "073")),
    ("China shipped two million vaccine doses to Indonesia.", ("CHN", "IDN", "073")),
    # the noun of an act takes its verb's light pattern (lexicon "nominalisations")
    ("Denmark announced a suspension of aid to Egypt.", ("DNK", "EGY", "162")),
    ("Russia's withdrawal of troops from Syria surprised analysts.", ("RUS", "SYR", "087")),
    # what one receives from another, the other gave: the giver is the source (PETRARCH2's RECEIVE [:07x])
    ("Ukraine received tanks from Poland.", ("POL", "UKR", "072")),
    ("Egypt received a loan of 3 billion dollars from Saudi Arabia.", ("SAU", "EGY", "071")),
    ("Iraq received food and medicine from Iran.", ("IRN", "IRQ", "073")),
    ("India and Pakistan renewed talks on Kashmir.", ("IND", "PAK", "046")),
    ("The US Senate opened hearings into Russian interference.", ("USA", "RUS", "090")),
    ("Colombia demobilised 7,000 FARC fighters.", ("COL", "COL", "0873")),  # FARC: COLREB (orgs_phoenix.tsv)
    ("The International Criminal Court issued an arrest warrant for Vladimir Putin.", (None, "RUS", "173")),
    # more light verbs and particles of issue 13's misses (PETRARCH2's codes where it has them)
    ("The French president paid tribute to Ukrainian soldiers.", ("FRA", "UKR", "017")),
    ("Spain extradited a Russian hacker.", ("ESP", None, "063")),  # the extradited is no party: where he is sent is
    ("Canada sent observers to Haiti.", ("CAN", "HTI", "073")),
    ("Israel gave firearms to Ukraine.", ("ISR", "UKR", "072")),
    ("Morocco suspended air links with Germany.", ("MAR", "DEU", "160")),
    ("Qatar severed links with Egypt.", ("QAT", "EGY", "161")),
    ("Islamic State fighters held Iraqi civilians as human shields.", (None, "IRQ", "184")),
    # a small clause's subject is the one found guilty
    ("A Russian court found a Ukrainian pilot guilty.", ("RUS", "UKR", "116")),
    # a harm is aimed at by way of its doer
    ("Germany condemned the killing of a journalist by Saudi agents.", ("DEU", "SAU", "111")),
])
def test_patterns_decide_the_code(code_text, text, expected):
    _, events = code_text(text)
    assert expected in triples(events)


def test_threat_to_sanction_is_a_threat_not_a_sanction(code_text):
    _, events = code_text("The European Union threatened to impose sanctions on Belarus.")
    codes = {e.cameo for e in events}
    assert "1312" in codes and "163" not in codes
    ev = next(e for e in events if e.cameo == "1312")
    assert ev.target.country == "BLR" and ev.modality == "threatened"


def test_target_is_the_patterns_complement_not_every_object(code_text):
    # "of terrorism" is what Ukraine is accused of, not a party
    _, events = code_text("Russia accused Ukraine of supporting terrorism in Moscow.")
    acc = [e for e in events if e.cameo.startswith("112")]
    assert acc and all(e.target.country == "UKR" for e in acc)


def test_compound_actors_give_one_event_each(code_text):
    _, events = code_text("France and Germany condemned Russia.")
    got = {(e.source.country, e.target.country) for e in events if e.cameo == "111"}
    assert got == {("FRA", "RUS"), ("DEU", "RUS")}


def test_reciprocal_meeting_gives_both_directions(code_text):
    _, events = code_text("The Chinese foreign minister met with the Russian foreign minister in Beijing.")
    got = {(e.source.country, e.target.country) for e in events if e.root == "04"}
    assert {("CHN", "RUS"), ("RUS", "CHN")} <= got


def test_visit_takes_the_host_as_target_and_nominal_visit(code_text):
    _, events = code_text("Blinken's visit to China was his second this year.")
    assert ("USA", "CHN", "042") in triples(events)


def test_a_nominal_event_after_a_clause_is_not_done_by_its_subject(code_text):
    _, events = code_text("The European Union imposed sanctions on Iran after drone strikes on Ukrainian cities.")
    assert any(t[1:] == ("IRN", "163") for t in triples(events))
    assert not any(e.root == "19" and e.source is not None for e in events)  # the EU struck nobody
    _, events = code_text("Russia carried out drone strikes on Ukrainian cities.")  # no adjunct: Russia did
    assert any(t[:2] == ("RUS", "UKR") and t[2].startswith("19") for t in triples(events))


def test_the_object_of_accuse_or_praise_does_the_act_of_its_complement(code_text):
    _, events = code_text("A State Department spokesman accused Beijing of supporting Moscow's war in Ukraine.")
    support = next(e for e in events if e.root == "07")
    assert (support.source.code, support.modality) == ("CHNGOV", "reported")  # alleged, by the US
    _, events = code_text("The United States praised Japan for sending aid to Ukraine.")
    assert ("JPN", "UKR", "073") in triples(events)


def test_a_denied_act_is_negated(code_text):
    _, events = code_text("Iran's Foreign Ministry denied supplying drones to Russia.")
    assert next(e for e in events if e.trigger.text == "supplying").modality == "negated"
    _, events = code_text("China did not deny sending weapons to Russia.")
    assert next(e for e in events if e.trigger.text == "sending").modality != "negated"


def test_modalities(code_text):
    def mod(text, root):
        _, events = code_text(text)
        return {e.modality for e in events if e.root == root}

    assert mod("Japan did not meet China.", "04") == {"negated"}
    assert mod("Japan will send troops to Ukraine.", "03") == {"promised"} or \
        mod("Japan will send troops to Ukraine.", "15") == {"threatened"}
    assert "hypothetical" in mod("If Iran attacked Israel, the war could spread.", "19")
    assert mod("If Iran attacks Israel, the war could spread.", "19") == set()  # a condition to come (session 17)
    assert mod("According to Ukraine, Russia attacked Kharkiv.", "19") == {"reported"}


def test_future_cooperation_is_intent_and_refusal(code_text):
    _, events = code_text("Iran said it would release the British hostages.")
    assert any(e.root == "03" for e in events)
    _, events = code_text("Slovakia will not accept refugees from Syria.")
    assert any(e.root == "12" for e in events)


@pytest.mark.parametrize("text", ["Morocco would be proud to host President Barack Obama.",
                                  "Iran is ready to negotiate with the United States.",
                                  "France is happy to send troops to Mali."])
def test_being_ready_willing_or_glad_to_act_is_an_intent_not_the_act(code_text, text):
    events = code_text(text)[1]
    assert events and all(e.root == "03" and e.modality == "promised" for e in events), text


def test_no_filler(code_text):
    for text in ("The weather in Paris was mild this week.",
                 "Blinken made the comments in an interview.",
                 "Prices rose by three percent in March."):
        _, events = code_text(text)
        assert events == [], text


def test_statement_only_when_about_another_actor(code_text):
    _, events = code_text("The Russian president said the economy was growing.")
    assert events == []
    _, events = code_text("The Russian president said Ukraine was preparing a provocation.")
    assert any(e.target and e.target.country == "UKR" for e in events)


def test_ids_are_stable_and_offsets_point_at_their_text(code_text):
    text = "On Friday, Turkish police arrested Syrian refugees in Istanbul, reported Reuters."
    doc, first = code_text(text, doc_id="d1")
    _, second = code_text(text, doc_id="d1")
    assert [e.id for e in first] == [e.id for e in second] and first
    for e in first:
        for span in (e.source, e.target, e.trigger):
            if span is not None:
                assert doc.text[span.start:span.end] == span.text
        assert e.evidence in text and e.date == "2024-04-26"
        assert e.location and e.location["name"] == "Istanbul" and e.location["lat"] > 40
        assert e.reported_by == "Reuters"
        assert e.plover and e.quad_class and e.goldstein is not None and 0 < e.confidence < 1


def test_event_date_from_the_triggers_clause(code_text):
    _, events = code_text("Russia attacked Ukraine on Wednesday.")
    assert {e.date for e in events if e.root == "19"} == {"2024-04-24"}


def test_a_broken_sentence_does_not_lose_the_document(code_text):
    _, events = code_text("…  \n\n ,,, ;; Russia attacked Ukraine. ((((")
    assert any(e.root == "19" for e in events)


def test_reported_clause_and_historical_date(code_text):
    _, events = code_text("The US secretary of state said China is supporting Russia.")
    support = [e for e in events if e.source and e.source.country == "CHN" and e.target
               and e.target.country == "RUS"]
    assert support and support[0].modality == "reported"
    _, events = code_text("Russia invaded Georgia in 2008.")
    inv = [e for e in events if e.root == "19"]
    assert inv and inv[0].modality == "historical" and inv[0].date == "2008"
    assert inv[0].location is None


def test_petrarch_style_passive_agent_is_the_source(code_text):
    _, events = code_text("The rebels are backed by Iran.")
    assert any(e.source.country == "IRN" and e.root == "05" for e in events if e.source)


@pytest.mark.parametrize("text, expected", [
    # no target of its own: the party the object is aimed at
    ("Germany lifted an embargo imposed on Iran last year.", ("DEU", "IRN", "085")),
    ("Japan accepted an invitation to hold talks with China.", ("JPN", "CHN", "057")),
])
def test_target_inside_the_object(code_text, text, expected):
    _, events = code_text(text)
    assert expected in triples(events)


def test_each_country_named_in_an_of_phrase_of_the_doers_acts(code_text):
    _, events = code_text("The foreign ministers of France, Germany and Italy condemned the attack on Kyiv.")
    condemners = {e.source.code[:3] for e in events if e.cameo == "111"}
    assert condemners == {"FRA", "DEU", "ITA"}


def test_the_author_of_what_is_welcomed_or_refused_is_the_target(code_text):
    _, events = code_text("Egypt welcomed the plan proposed by France on Monday.")
    assert ("051", "EGY", "FRA") in [(e.cameo, e.source.code, e.target and e.target.code) for e in events]
    _, events = code_text("The German government rejected a request by Erdogan to hold a rally.")
    assert events[0].target is not None and events[0].target.code == "TURGOV"


def test_i_in_an_address_is_the_author_not_the_last_actor_named(code_text):
    text = ("NATO Secretary General Jens Stoltenberg visited Kyiv last week.\n"
            "Today I spoke with President of the European Council Charles Michel.\n"
            '"I support Ukraine," Michel said.')
    _, events = code_text(text, published="2022-03-01")
    spoke = [e for e in events if e.trigger.text == "spoke"]
    assert spoke, "the call is coded"
    # no one says the sentence: 'I' is the text's author, unnamed here, never NATO or Michel
    assert all(not (e.source and e.source.text == "I" and e.source.code) for e in spoke)
    # inside a quote, 'I' is its speaker
    support = [e for e in events if e.trigger.text == "support"]
    assert support and support[0].source.code == "IGOEEC"


def test_a_number_of_people_is_a_party_when_it_counts_one(code_text):
    _, events = code_text("Armenian police detained dozens of demonstrators in Yerevan.")
    assert [(e.cameo, e.source.code, e.target and e.target.code) for e in events] == [("173", "ARMCOP", "ARMOPP")]


def test_i_in_a_transcript_is_the_speaker_labelled_last(code_text):
    text = ("President of Russia Vladimir Putin: Friends, I congratulate Kazakhstan on its national day.\n\n"
            "Head of the Federal Customs Service Vladimir Bulavin: Mr President, we thank you.")
    _, events = code_text(text, published="2021-10-25")
    congratulate = [e for e in events if e.trigger.text == "congratulate"]
    assert congratulate and congratulate[0].source.code == "RUSGOV"


def test_i_after_an_unknown_speakers_label_is_that_speaker_not_the_one_labelled_before(code_text):
    text = ("Meeting with Yury Zaitsev\n\nPresident of Russia Vladimir Putin: Good afternoon.\n\n"
            "Yury Zaitsev: Mr President, I fully agree with you on this.")
    _, events = code_text(text, published="2021-10-25")
    agree = [e for e in events if e.trigger.text == "agree"]
    # (not Putin's RUSGOV; the speaker we do not know may take the story's country, actors.context.story_person)
    assert agree and agree[0].source.text == "I" and agree[0].source.name == "Yury Zaitsev"
    assert agree[0].source.code in (None, "RUS")


def test_the_one_thanked_or_blamed_for_an_act_did_it(code_text):
    events = code_text("The minister blamed Moscow for the attacks on Ukrainian cities.")[1]
    assert ("190", "RUSGOV", "UKR") in {(e.cameo, e.source and e.source.code, e.target and e.target.code)
                                        for e in events}
    visit = [e for e in code_text("Zelensky thanked Alar Karis for the visit to Ukraine.")[1] if e.root == "04"]
    assert visit and all(e.source is None or e.source.text == "Alar Karis" for e in visit)


def test_a_role_the_speaker_owns_is_the_speakers_countrys(code_text):
    # "our" in Lam's quote: Hong Kong's citizens and police, though the story names several places
    text = ("Carrie Lam, the chief executive of Hong Kong, spoke on Wednesday. China said little. France watched.\n\n"
            "\"Our citizens, police and reporters have been injured during violent incidents,\" Lam said.")
    _, events = code_text(text, published="2019-09-04")
    targets = {e.target.code for e in events if e.target is not None and e.cameo.startswith("18")}
    assert {"HKGCVL", "HKGCOP"} <= targets, targets
    # no speaker to own it: open
    _, events = code_text("\"Our citizens have been injured during violent incidents,\" a man said.")
    assert all(e.target.code is None or e.target.code.startswith("---")
               for e in events if e.target is not None and e.target.text.startswith("Our"))


def test_a_relative_pronoun_stands_for_the_noun_it_follows(code_text):
    _, events = code_text("China wants to remove people who had been accused of crimes from Hong Kong.")
    assert all(e.target is None or e.target.code != "CHNGOV" for e in events if e.trigger.text == "accused")
    _, events = code_text("The protesters, who were arrested on Friday, were released.")
    assert ("173", "---OPP") in {(e.cameo, e.target and e.target.code) for e in events}


def test_she_is_the_nearest_person_even_one_the_dictionaries_do_not_know(code_text):
    text = ("Ukraine's envoy met a Canadian diplomat. The Russian side massed troops near the border. "
            "For her part, Sandra McCardell noted the tension. She assured Ukraine of continued support.")
    _, events = code_text(text, published="2021-12-01")
    assert not any(e.source and (e.source.code or "").startswith("RUS") for e in events if e.sentence == 3)
    assert ("040", "UKRGOV", "CANGOV") in {(e.cameo, e.source.code, e.target.code) for e in events if e.sentence == 0}


def test_the_leaders_after_a_call_are_its_two_parties_each_toward_the_other(code_text):
    text = ("Vladimir Putin had a telephone conversation with President of Syria Bashar al-Assad. "
            "The leaders discussed the situation in the Middle East. The sides agreed to continue contacts. "
            "They also discussed trade.")
    events = code_text(text, published="2022-03-01")[1]
    for sentence, code in ((1, "040"), (2, "030"), (3, "040")):
        assert {(e.source.code, e.target.code) for e in events if e.sentence == sentence and e.cameo == code} == \
            {("RUSGOV", "SYRGOV"), ("SYRGOV", "RUSGOV")}, sentence
    # a region is where they talked, never who "they" are; "they" reaches three sentences, no more
    far = code_text("Vladimir Putin had a telephone conversation with President of Syria Bashar al-Assad. "
                    "Markets rose. Oil fell. Gold was flat. Analysts were calm. They agreed to continue contacts.",
                    published="2022-03-01")[1]
    assert not any(e.sentence == 5 and e.source and e.source.code for e in far)


def test_the_presidents_after_a_call_are_its_two_parties_whatever_country_the_story_lends_them(code_text):
    # a story about Ukraine lends "the Presidents" its country; the call's two parties they still are
    text = ("President of Ukraine Volodymyr Zelenskyy had an hour-long phone conversation with US President "
            "Joseph Biden. Volodymyr Zelenskyy shared his assessment of the situation on the battlefield. He spoke "
            "about the crimes of the occupiers against the civilian population and the heroic efforts of "
            "Ukrainians. The Presidents discussed concrete support that will further strengthen Ukraine's "
            "defense capabilities.")
    events = code_text(text, published="2022-05-01")[1]
    assert {(e.source.code, e.target and e.target.code) for e in events if e.sentence == 3 and e.cameo == "040"} == \
        {("UKRGOV", "USAGOV"), ("USAGOV", "UKRGOV")}
    heads = code_text("Vladimir Putin had a telephone conversation with President of Syria Bashar al-Assad. "
                      "The heads of state discussed the situation in the Middle East. "
                      "The Russian leaders discussed trade.", published="2022-03-01")[1]
    assert {(e.source.code, e.target.code) for e in heads if e.sentence == 1} == {("RUSGOV", "SYRGOV"), ("SYRGOV", "RUSGOV")}
    # a pair noun with a word of its own names its own side
    assert all(e.target is None or e.target.code != "SYRGOV" for e in heads if e.sentence == 2)


def test_they_after_a_titled_person_is_no_one_named(code_text):
    events = code_text("They would call the doctor and if the doctor was available, they would discuss the "
                       "problem with the doctor on the phone and ask for treatment.", published="2020-05-01")[1]
    assert not any(e.source is not None and e.source.text == "they" and e.source.code for e in events), \
        [(e.cameo, e.source.text, e.source.code) for e in events if e.source]
    # a title that only modifies another noun is no person ("them": the participants, students)
    greeted = code_text("Vladimir Putin sent greetings to participants in the Russian Student Theatre Festival "
                        "and congratulated them on Student Day.", published="2022-02-17")[1]
    assert [e.target.code for e in greeted if e.trigger.text == "congratulated"] == ["RUSEDU"]


def test_the_parties_of_a_meeting_of_three_are_not_two_of_them(code_text):
    text = ("Vladimir Putin had a telephone conversation with President of Syria Bashar al-Assad. "
            "Vladimir Putin met Ilham Aliyev and Nikol Pashinyan in Sochi. The parties discussed the border.")
    events = code_text(text, published="2022-03-01")[1]
    assert not any(e.sentence == 2 and e.source and e.source.code == "SYRGOV" for e in events)


def test_two_leaders_who_had_a_call_each_called_the_other(code_text):
    events = code_text("Vladimir Putin and President of the Republic of Belarus Alexander Lukashenko had a "
                       "telephone conversation. The two leaders agreed on further contacts.", published="2022-03-01")[1]
    assert {(e.cameo, e.source.code, e.target.code) for e in events if e.sentence == 0} == \
        {("041", "RUSGOV", "BLRGOV"), ("041", "BLRGOV", "RUSGOV")}
    assert {(e.source.code, e.target.code) for e in events if e.sentence == 1} == \
        {("RUSGOV", "BLRGOV"), ("BLRGOV", "RUSGOV")}


def test_an_adviser_is_someone_to_talk_with(code_text):
    text = ("Deputy Head of the Office of the President of Ukraine Ihor Zhovkva discussed cooperation with the "
            "Foreign Policy Adviser to the President of Estonia Kristi Karelsohn.")
    assert {e.root for e in code_text(text)[1]} == {"04"}


def test_an_official_meets_a_body_of_his_own_government(code_text):
    # a named official and a body naming no one are two parties, though both are the state's government
    text = ("Russia's economy grew. Russia's exports rose. Russia's budget was passed. Vladimir Putin held a meeting "
            "with the leadership of the ministries.")
    events = code_text(text, published="2022-03-01")[1]
    assert any(e.root == "04" and e.source and e.target and {e.source.code, e.target.code} == {"RUSGOV"}
               for e in events), [(e.cameo, e.source and e.source.code, e.target and e.target.code) for e in events]


def test_two_officials_of_one_government_meet_one_official_does_not_meet_himself(code_text):
    events = code_text("Vladimir Putin met Prime Minister Mikhail Mishustin.", published="2022-03-01")[1]
    assert {(e.source.name, e.target.name) for e in events} == {("Vladimir Putin", "Mikhail Mishustin"),
                                                                ("Mikhail Mishustin", "Vladimir Putin")}
    assert code_text("Russia said Russia would respond.")[1] == [] or all(
        e.source.code != e.target.code for e in code_text("Russia said Russia would respond.")[1] if e.target)


def test_the_possessor_of_a_relation_noun_is_not_the_doer(code_text):
    """"Russia's partners suspended deliveries": the partners act, not Russia (nor the industry they supply)."""
    for text in ("Many of the Russian car industry's partners have suspended deliveries.",
                 "Russia's partners decided to suspend deliveries to Moscow."):
        events = code_text(text)[1]
        assert events and all(e.source is None or e.source.code is None for e in events), text
    assert [e.source.code for e in code_text("Russia's army attacked Ukraine.")[1]] == ["RUSMIL"]


def test_ones_own_interlocutor_is_not_oneself(code_text):
    """"Lavrov thanked his interlocutor": 'his' owns a relation noun, the one thanked is the other party, not
    Lavrov (a self-dyad that drops the event once 'his' resolves to a known official)."""
    events = [e for e in code_text("Sergei Lavrov thanked his interlocutor for Estonia's support.", "2021-11-02")[1]
              if e.trigger.text == "thanked"]
    assert events and events[0].source.code == "RUSGOV" and (events[0].target is None or
                                                            events[0].target.code != "RUSGOV")


def test_other_senses_of_take_and_meet_are_no_events(code_text):
    """"taking into account" is a consideration, even when "account" is parsed as a modifier of what is
    considered; "meet our dawn / fate / death" is no meeting; a meeting of two people still is."""
    for text in ("I ask the Government to draft a strategy by September 1, taking into account current realities.",
                 "And we will meet our dawn together with the whole country.",
                 "Good relations between Chile and Peru meet the interests of both nations.",  # what serves them
                 "Good relations between Chile and Peru would meet the challenges of the region."):
        assert not [e for e in code_text(text)[1] if e.trigger.text in ("taking", "meet")], text
    assert any(e.root == "03" for e in code_text("Zelensky will meet Biden in Washington.")[1])


@pytest.mark.parametrize("text", [
    "The Chilean council is dealing with pressing problems of the Peruvian migrants.",
    "Chile and Peru were carrying out promising joint projects in many spheres.",
])
def test_a_participle_used_as_an_adjective_demands_and_promises_nothing(code_text, text):
    # "pressing problems", "promising projects": parsed as a verb with an object, it is an adjective
    assert not [e for e in code_text(text)[1] if e.trigger.text in ("pressing", "promising")], text


def test_a_participle_under_a_verb_of_perception_is_passive(code_text):
    """"They saw Popasna destroyed": Popasna suffered it (no doer named); with an object, the clause is active."""
    events = code_text("They saw Popasna destroyed.")[1]
    assert [(e.source and e.source.text, e.target and e.target.text) for e in events] == [(None, "Popasna")]
    assert [e.source.code for e in code_text("The residents saw Russian troops destroy Mariupol.")[1]] == ["RUSMIL"]


def test_a_conjunct_inside_a_wider_doer_is_not_a_second_event(code_text):
    """"The US and NATO officials criticised Russia": one event per party, not one more for the
    conjunct the wider mention already names (as for targets)."""
    from tests.events.conftest import codes

    found = codes(code_text("The US and NATO officials criticised Russia.")[1])
    assert len(found) == len(set(found)) and {s for _, s, _ in found} == {"USA", "IGONAT"}, found


def test_a_part_of_the_ones_a_pronoun_stands_for_is_theirs(code_text):
    """"I congratulate all of you": in a dialogue "you" is the other speaker, and "all of you" is too."""
    text = ("Moscow Mayor Sergei Sobyanin: Mr President, the new line is open.\n\n"
            "President of Russia Vladimir Putin: I would like to congratulate all of you on this success.")
    events = [e for e in code_text(text, published="2021-12-07")[1] if e.trigger.text == "congratulate"]
    assert [(e.source.code, e.target and e.target.text, e.target and e.target.code) for e in events] == \
        [("RUSGOV", "all of you", "RUSGOV")]


@pytest.mark.parametrize("text, expected", [
    # the one asked, behind the verb's preposition, is the target, and does the infinitive's act
    ("Germany appealed to Russia to release the Ukrainian prisoners.", {("0253", "DEU", "RUS")}),
    ("Iran pleaded with Britain to release the tanker.", {("0253", "IRN", "GBR")}),
    # (the parser's purpose reading gave Germany the attacks it asks Russia to stop)
    ("Germany appealed to Russia to stop the attacks on Ukraine.", {("020", "DEU", "RUS")}),
])
def test_the_one_appealed_to_is_asked_to_act(code_text, text, expected):
    from tests.events.conftest import codes

    assert set(codes(code_text(text)[1])) == expected, text


def test_a_body_of_ones_own_state_appealed_to_is_the_target(code_text):
    """(a place-like fallback found only other countries: "appealed to Poland" had a target, "to the police" none)"""
    from tests.events.conftest import codes

    events = code_text("Zelensky appealed to the Ukrainian police to prevent the forgery of PCR tests.",
                       published="2021-11-15")[1]
    assert codes(events) == [("020", "UKRGOV", "UKRCOP")]


def test_the_agent_of_a_passive_clause_is_the_doer_of_its_meeting(code_text):
    """"This was stated by Zelenskyy during a meeting with students": the one the passive names as its doer
    met them (the clause's subject is what was said)."""
    from tests.events.conftest import codes

    events = code_text("The statement was made by Germany during talks with France.")[1]
    assert ("040", "DEU", "FRA") in codes(events)


def test_the_chair_of_a_meeting_held_in_the_passive_holds_it(code_text):
    """"Under the chairmanship of X, a meeting was held with Y": X met Y (an official and a plural body of his own
    state are two parties); "his counterparts, …, Le Drian" are not two when he is one of them."""
    from tests.events.conftest import codes

    events = code_text("Under the chairmanship of Germany, talks were held with France.")[1]
    assert ("046", "DEU", "FRA") in codes(events)
    text = ("Under the chairmanship of Head of the Office of the President Andriy Yermak, a meeting was held with "
            "Ukrainian ambassadors.")
    events = code_text(text, published="2022-03-20")[1]
    assert ("040", "UKRGOV", "UKRGOV") in codes(events) and events[0].source.name == "Andriy Yermak"


def test_our_state_is_the_speakers_country_and_any_accusations_are_none_reported(code_text):
    """"Our country will help Moldova, Zelensky said": the speaker's own country; "any accusations against our
    state are lies" reports no one's accusation."""
    from tests.events.conftest import codes

    assert ("033", "UKR", "MDA") in codes(code_text("Our country will help Moldova, Zelensky said.",
                                                    published="2022-03-20")[1])
    text = "Zelensky stated that any accusations against our state of shelling the occupied territories are lies."
    assert not [e for e in code_text(text, published="2022-02-20")[1] if e.trigger.text == "accusations"]


def test_our_land_people_and_defenders_are_the_speakers_countrys(code_text):
    """The speaker's "our" before a noun of his country's land, people or defenders, which no role word covers:
    "our cities" and "our land" are his country (many cities still one country), "our people" its civilians,
    "our defenders" its military; "our partners" are no one's of his."""
    from tests.events.conftest import codes

    text = '"Russian troops fired at our cities and killed our people," Zelensky said.'
    dyads = lambda text: {c[1:] for c in codes(code_text(text, published="2022-03-20")[1])}  # noqa: E731
    got = dyads(text)
    assert ("RUSMIL", "UKR") in got and ("RUSMIL", "UKRCVL") in got, got
    got = dyads('"Russia invaded our land. I thank our defenders," Zelensky said.')
    assert ("RUS", "UKR") in got and ("UKRGOV", "UKRMIL") in got, got
    got = dyads('"Russia attacked our partners," Zelensky said.')
    assert not [c for c in got if c[1] and c[1].startswith("UKR")], got
