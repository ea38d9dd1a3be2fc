"""Issues 13 and 15 (session 23): "the parties", "the two leaders", "the sides" stand for the two parties of the contact
the text names just before, also when that contact coded no event of its own (``DocContext.talk_contact``): each
one's act toward the other, or, when the act names one of the two, the other's act toward it. A contact naming one
party no code names, or three, leaves them open (a wrong code is worse than an open one). Constructed sentences."""

from __future__ import annotations


def dyads(events, sentence, cameo=None):
    return {(e.source and e.source.code, e.target and e.target.code) for e in events
            if e.sentence == sentence and (cameo is None or e.cameo == cameo)}


def test_a_contact_that_coded_no_event_still_names_the_two(code_text):
    # "exchanged greetings" codes no contact of its own; "their telephone conversation" is the contact all the same
    text = ("During their telephone conversation, Vladimir Putin and President of Turkmenistan Serdar Berdimuhamedov "
            "exchanged greetings on the anniversary of diplomatic ties. The two leaders discussed topical issues of "
            "the bilateral agenda.")
    events = code_text(text, published="2022-01-10")[1]
    assert dyads(events, 1, "040") == {("RUSGOV", "TKMGOV"), ("TKMGOV", "RUSGOV")}
    assert all(TWO in e.source.why for e in events if e.sentence == 1)


TWO = "the two parties of the contact"


def test_the_nearest_contact_wins_over_an_older_coded_one(code_text):
    # the second call is the one "the two leaders" had, though only the first coded an event of its own
    text = ("Vladimir Putin had a telephone conversation with President of Syria Bashar al-Assad. The leaders "
            "discussed trade. During their telephone conversation, Vladimir Putin and President of Turkmenistan "
            "Serdar Berdimuhamedov exchanged greetings. The two leaders discussed gas supplies.")
    events = code_text(text, published="2022-01-10")[1]
    assert dyads(events, 1, "040") == {("RUSGOV", "SYRGOV"), ("SYRGOV", "RUSGOV")}
    assert dyads(events, 3, "040") == {("RUSGOV", "TKMGOV"), ("TKMGOV", "RUSGOV")}
    # the talks themselves are no third party of theirs
    talks = code_text("Vladimir Putin had a telephone conversation with President of Syria Bashar al-Assad. The talks "
                      "between Putin and President of Turkmenistan Serdar Berdimuhamedov lasted an hour. The leaders "
                      "agreed to continue contacts.", published="2022-01-10")[1]
    assert dyads(talks, 2, "030") == {("RUSGOV", "TKMGOV"), ("TKMGOV", "RUSGOV")}


def test_a_contact_with_a_party_no_code_names_leaves_the_parties_open(code_text):
    text = ("Vladimir Putin had a telephone conversation with President of Syria Bashar al-Assad. The leaders "
            "discussed trade. Volodymyr Zelenskyy held a video conference with a federal minister. The parties "
            "discussed the need for sanctions.")
    events = code_text(text, published="2022-03-01")[1]
    assert dyads(events, 1, "040") == {("RUSGOV", "SYRGOV"), ("SYRGOV", "RUSGOV")}
    assert not any(e.source and e.source.code in ("RUSGOV", "SYRGOV", "UKRGOV") for e in events if e.sentence == 3)


def test_a_contact_talked_about_is_no_contact_of_the_story(code_text):
    text = ("Vladimir Putin had a telephone conversation with President of Serbia Aleksandar Vucic. Vladimir Putin "
            "provided an update on the talks between Russian and Ukrainian representatives. The leaders agreed to "
            "continue personal contacts.")
    events = code_text(text, published="2022-04-05")[1]
    assert dyads(events, 2, "030") == {("RUSGOV", "SRBGOV"), ("SRBGOV", "RUSGOV")}


def test_an_act_on_one_of_the_two_is_the_others(code_text):
    text = ("President of Ukraine Volodymyr Zelenskyy had a telephone conversation with Prime Minister of India "
            "Narendra Modi. The interlocutors also praised the steps of Ukraine and India.")
    events = code_text(text, published="2021-11-02")[1]
    assert dyads(events, 1, "051") == {("UKRGOV", "IND"), ("INDGOV", "UKR")}
    # a third party is more often what was talked about: left open
    other = code_text("President of Ukraine Volodymyr Zelenskyy had a telephone conversation with Prime Minister of "
                      "India Narendra Modi. The interlocutors also praised the steps of Romania.", published="2021-11-02")[1]
    assert not any(e.source and TWO in (e.source.why or "") for e in other if e.sentence == 1)


def test_four_leaders_are_no_pair(code_text):
    text = ("President of Ukraine Volodymyr Zelenskyy had a telephone conversation with Prime Minister of Italy Mario "
            "Draghi. The four leaders discussed security guarantees.")
    events = code_text(text, published="2022-06-16")[1]
    assert not any(e.source and TWO in (e.source.why or "") for e in events if e.sentence == 1)
    two = code_text(text.replace("four", "two"), published="2022-06-16")[1]
    assert dyads(two, 1, "040") == {("UKRGOV", "ITAGOV"), ("ITAGOV", "UKRGOV")}
