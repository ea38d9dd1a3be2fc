""""you" in a transcript is the other party of the dialogue (issue 15: actors real articles leave uncoded)."""

from __future__ import annotations

DIALOGUE = ("President of Russia Vladimir Putin: Good afternoon. I congratulate you on the opening of the new "
            "bridge.\n\nMoscow Mayor Sergei Sobyanin: Thank you, Mr President. I want to thank you for your "
            "support of this project.")
SPEECH = "President of Russia Vladimir Putin: Friends, good afternoon. I congratulate you on your victory."
INTERVIEW = ("President of Russia Vladimir Putin: Good afternoon.\n\nQuestion: Mr President, I want to thank you "
             "for the interview.")


def dyads(text: str) -> set[tuple]:
    from tidings.model import RawDocument
    from tidings.pipeline import code

    [doc] = code([RawDocument(id="t", text=text, url="http://en.kremlin.ru/events/president/news/1",
                              published="2021-11-20")])
    return {(e.cameo[:2], e.source and e.source.code, e.target and e.target.text, e.target and e.target.code)
            for e in doc.events}


def test_you_in_a_dialogue_is_the_other_speaker():
    """Putin's "you" is the mayor (the next turn's speaker), the mayor's "you" is Putin (the turn before)."""
    coded = dyads(DIALOGUE)
    assert ("05", "RUSGOV", "you", "RUSGOV") in coded
    assert not any(t == "you" and c is None for _r, _s, t, c in coded)


def test_you_in_a_speech_or_after_an_unlabelled_turn_stays_open():
    """One labelled speaker names no audience; a "Question:" turn may address anyone."""
    for text in (SPEECH, INTERVIEW):
        assert not any(t == "you" and c for _r, _s, t, c in dyads(text)), text


def test_sobyanin_is_moscows_mayor_on_the_date():
    """A bare label "Sergey Sobyanin:" (his wire spelling) is a serving official, not a former one (ELI)."""
    from tidings import nlp
    from tidings.actors import ActorResolver

    nlp.load()
    [m] = [a for a in ActorResolver.load().find(nlp.parse_one("Sergey Sobyanin: Thank you."), published="2021-11-20")
           if "Sobyanin" in a.text]
    assert m.code == "RUSGOV"


def test_she_is_never_a_capital_nor_they():
    """"Beijing says … they insist … people ignore her": "her" is a person, not the capital read as a government
    (nor a "they" that stands for it); with no person before it, it stays unresolved."""
    from tidings import nlp
    from tidings.actors.coreference import pronoun_antecedent

    nlp.load()
    from tidings.actors import ActorResolver

    doc = nlp.parse_one("Beijing insists that they will not bend. Local people have learned to ignore her.")
    mentions = ActorResolver.load().find(doc, published="2019-09-05")
    her = next(t for t in doc if t.lower_ == "her")
    at = {t.i: m for m in mentions for t in doc.char_span(m.start, m.end, alignment_mode="expand")}
    assert any(m.code == "CHNGOV" for m in mentions)  # the capital is there to be wrongly taken
    assert pronoun_antecedent(her, mentions, at, her.sent) is None


GLUED = ("President of Russia Vladimir Putin: Welcome. President of the Republic of Kazakhstan Kassym-Jomart Tokayev "
         "Tokayev Kassym-JomartPresident of the Republic of Kazakhstan: Thank you, Mr President, for the invitation to "
         "visit Moscow. I would like to thank you once again for your warm and business-like response to Kazakhstan's "
         "request to deploy a peacekeeping contingent in our country.")


def test_a_glued_kremlin_caption_starts_the_named_speakers_turn():
    """"Tokayev Kassym-JomartPresident of …:" (surname, given name glued to the title): his "I" is Kazakhstan's,
    not Putin's, and his "you" is Putin."""
    coded = dyads(GLUED)
    assert ("05", "KAZGOV", "you", "RUSGOV") in coded
    assert not any(s == "RUSGOV" for _r, s, _t, _c in coded)


def test_transcript_labels_read_notes_glued_captions_and_unnamed_turns():
    from tidings.actors.coreference import transcript_labels
    from tidings.model import Actor

    text = ("President of Russia Vladimir Putin: Welcome. Prime Minister of Greece Kyriakos Mitsotakis(retranslated): "
            "Thank you. Question(retranslated): I have a question. Savelyev VitalyMinister of Transport : Yes.")
    putin = Actor(text="President of Russia Vladimir Putin", start=0, end=34, label="PERSON", code="RUSGOV")
    start = text.index("Prime")
    greek = Actor(text="Prime Minister of Greece Kyriakos Mitsotakis", start=start, end=start + 44, label="PERSON",
                  code="GRCGOV")
    turns = transcript_labels(text, [putin, greek])
    assert [t.speaker and t.speaker.code for t in turns] == ["RUSGOV", "GRCGOV", None, None]
    assert text[turns[2].said:].startswith("I have")
    # a colon in a statement is no turn of talk
    assert transcript_labels("Note: We will act.", []) == []


def test_a_caption_with_no_person_found_still_starts_a_turn():
    """The parser finds no person in "… Milorad Dodik(retranslated):" (the name glued to its note): the caption
    still starts his turn, spoken for the body it names; his "I" is not the previous speaker's."""
    from tidings.actors.coreference import transcript_labels
    from tidings.model import Actor

    text = ("President of Russia Vladimir Putin: Welcome. Member of the Presidency of Bosnia and Herzegovina "
            "Milorad Dodik(retranslated): Thank you. I want to thank you.")
    putin = Actor(text="President of Russia Vladimir Putin", start=0, end=34, label="PERSON", code="RUSGOV")
    start = text.index("the Presidency")
    body = Actor(text="the Presidency of Bosnia and Herzegovina", start=start, end=start + 40, label="NOMINAL",
                 code="BIHGOV")
    turns = transcript_labels(text, [putin, body])
    assert [t.speaker and t.speaker.code for t in turns] == ["RUSGOV", "BIHGOV"]
    assert text[turns[1].said:].startswith("Thank you")
    # a caption before any turn is none ("Article 2: …" in a statement)
    assert transcript_labels("Federal Law On Amendments: The law reads.", []) == []


def test_thank_you_for_something_is_the_speakers_thanks():
    """"Thank you for coming" has no subject: the one whose turn it is thanks the other party; the bare formula
    ("Thank you very much") thanks no one."""
    coded = dyads("President of Russia Vladimir Putin: Good afternoon, Mr Prime Minister. Thank you for coming to "
                  "Moscow.\n\nPrime Minister of Greece Kyriakos Mitsotakis: Thank you for the invitation. Thank you "
                  "very much.")
    assert coded == {("05", "RUSGOV", "you", "GRCGOV"), ("05", "GRCGOV", "you", "RUSGOV")}


def test_they_is_no_capital_that_names_a_region():
    """"In Vorzel, Kyiv region, they fired …": "Kyiv region" is where it happens (the capital names the region, a
    place, not the government), and "they" never stands for a place; the capital alone as a doer stays the
    government."""
    from tidings import nlp
    from tidings.actors import ActorResolver
    from tidings.actors.coreference import pronoun_antecedent

    nlp.load()
    doc = nlp.parse_one("In Vorzel, Kyiv region, they fired rockets at an orphanage.")
    mentions = ActorResolver.load().find(doc, published="2022-02-26")
    they = next(t for t in doc if t.lower_ == "they")
    at = {t.i: m for m in mentions for t in doc.char_span(m.start, m.end, alignment_mode="expand")}
    assert next(m for m in mentions if m.text == "Kyiv").code == "UKR"
    assert pronoun_antecedent(they, mentions, at, they.sent) is None
    doc = nlp.parse_one("Kyiv said it would respond.")
    assert next(m for m in ActorResolver.load().find(doc, published="2022-02-26") if m.text == "Kyiv").code == "UKRGOV"

