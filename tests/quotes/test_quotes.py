"""Quote finding on constructed sentences (written for these tests)."""

from __future__ import annotations

import pytest

from tidings.model import Actor
from tidings.quotes import find_quotes


def only(quotes, kind=None):
    picked = [q for q in quotes if kind is None or q.kind == kind]
    assert len(picked) == 1, [(q.kind, q.text) for q in quotes]
    return picked[0]


@pytest.mark.parametrize("text, words, cue, speaker", [
    ("“We will not back down,” the minister said on Monday.", "“We will not back down,”", "said",
     "the minister"),
    ("The minister said: “We will not back down.”", "“We will not back down.”", "said", "The minister"),
    ('"We will not back down," said Foreign Minister Sergei Lavrov.', '"We will not back down,"', "said",
     "Foreign Minister Sergei Lavrov"),
    ("“Peace is possible.” — Volodymyr Zelensky", "“Peace is possible.”", "—", "Volodymyr Zelensky"),
    ("“He told me ‘never again’ and I believed him,” the senator said.",
     "“He told me ‘never again’ and I believed him,”", "said", "the senator"),
])
def test_direct_quote_cue_and_speaker(quotes_of, text, words, cue, speaker):
    q = only(quotes_of(text), "direct")
    assert (q.text, q.cue.text, q.speaker.text) == (words, cue, speaker)
    assert text[q.start:q.end] == q.text
    assert text[q.cue.start:q.cue.end] == q.cue.text
    assert text[q.speaker.start:q.speaker.end] == q.speaker.text
    assert q.speaker.code is None  # no mentions given: the speaker keeps its text only


def test_multi_paragraph_quote_is_one_quote_with_the_closing_speaker(quotes_of):
    text = ("“The first paragraph of a long statement goes on here.\n\n"
            "“And the second paragraph finishes it,” Zelensky said.")
    q = only(quotes_of(text))
    assert q.start == 0 and q.text.endswith("finishes it,”")
    assert q.speaker.text == "Zelensky"


def test_interrupted_quote_keeps_its_speaker(quotes_of):
    text = "“We came here to talk,” she said. “And we will keep talking until it is done.”"
    quotes = quotes_of(text)
    assert [q.speaker.text for q in quotes] == ["she", "she"]
    assert quotes[1].cue is None


def test_unbalanced_quote_is_kept_best_effort(quotes_of):
    text = "The senator said, “this is unbalanced and never closes.\n\nA new paragraph starts."
    q = only(quotes_of(text))
    assert q.text == "“this is unbalanced and never closes."
    assert q.speaker.text == "The senator"


def test_partial_quote_inside_reported_speech_is_mixed(quotes_of):
    text = "The envoy said Moscow would “respond decisively” to any provocation."
    q = only(quotes_of(text))
    assert q.kind == "mixed"
    assert q.text == "Moscow would “respond decisively” to any provocation"
    assert (q.cue.text, q.speaker.text) == ("said", "The envoy")


@pytest.mark.parametrize("text, content, cue, speaker", [
    ("Blinken emphasized that the US will take further action.", "that the US will take further action",
     "emphasized", "Blinken"),
    ("According to officials, the talks collapsed on Friday.", "the talks collapsed on Friday",
     "According to", "officials"),
    ("The talks collapsed on Friday, according to two officials.", "The talks collapsed on Friday",
     "according to", "two officials"),
    ("Macron told reporters the summit had been a success.", "the summit had been a success", "told",
     "Macron"),
])
def test_indirect_speech(quotes_of, text, content, cue, speaker):
    q = only(quotes_of(text), "indirect")
    assert (q.text, q.cue.text, q.speaker.text) == (content, cue, speaker)


@pytest.mark.parametrize("text, content, cue, speaker", [
    ("The governor called for an inquiry into the contracts.", "an inquiry into the contracts", "called",
     "The governor"),
    ("The senator pointed to the rising cost of rents.", "the rising cost of rents", "pointed", "The senator"),
    # the object with what the verb says of it, even when the object is one word
    ("The mayor accused the council of hiding the costs.", "the council of hiding the costs", "accused",
     "The mayor"),
    ("She described herself as a reluctant candidate.", "herself as a reluctant candidate", "described",
     "She"),
])
def test_stances_through_a_preposition_or_an_object(quotes_of, text, content, cue, speaker):
    q = only(quotes_of(text), "indirect")
    assert (q.text, q.cue.text, q.speaker.text) == (content, cue, speaker)


@pytest.mark.parametrize("text, speaker", [
    ("The costs, she added, were “far higher than anyone had expected.”", "she"),
    ("The plan, the minister said, would “change everything for farmers.”", "the minister"),
    ("Even at best, they write, the change in banking has ''produced nothing of value.''", "they"),
])
def test_a_parenthetical_speech_verb_speaks_the_quote_in_its_clause(quotes_of, text, speaker):
    q = only(quotes_of(text))
    assert (q.kind, q.text, q.speaker.text) == ("mixed", text, speaker)


def test_hearsay_adverb_credits_its_clause_to_no_named_speaker(quotes_of):
    text = "Google and Facebook reportedly looked at the company and passed."
    q = only(quotes_of(text), "indirect")
    assert (q.text, q.cue.text, q.speaker) == (text[:-1], "reportedly", None)
    assert quotes_of("The plan was reportedly.") == []  # no clause, nothing credited


@pytest.mark.parametrize("text, speaker", [
    ("When the strike ended, Mayor Ortiz released the following statement:\n\n"
     "“We thank the workers for their patience and the city for its support.”", "Mayor Ortiz"),
    ("As the analyst Dana Reyes observed, the real winner was not a candidate, it was the network itself:\n\n"
     "“The clear winner of the evening was the network, which ran two lively sessions.”", "Dana Reyes"),
])
def test_colon_quote_speaker_is_the_speaking_verbs_subject(quotes_of, text, speaker):
    q = only(quotes_of(text), "direct")
    assert (q.cue.text, q.speaker.text) == (":", speaker)


def test_the_one_asked_is_not_the_speaker(quotes_of):
    asker = only(quotes_of("The reporter asked about the merger."), "indirect")
    assert (asker.text, asker.cue.text, asker.speaker.text) == ("the merger", "asked", "The reporter")
    asked = only(quotes_of("The senator was asked about the merger on Tuesday."), "indirect")
    assert (asked.text, asked.speaker) == ("the merger", None)


def test_according_to_after_a_quote_credits_its_words(quotes_of):
    text = "Talks resumed on Monday. “We have seen real progress on this,” according to a senior official."
    q = only(quotes_of(text), "direct")
    assert (q.text, q.cue.text, q.speaker.text) == (
        "“We have seen real progress on this,”", "according to", "a senior official")


def test_as_clause_attributes_the_clause_it_interrupts(quotes_of):
    text = ("Farmers may still lose their subsidies, and as the minister noted, growers who missed the "
            "deadline could still face fines.")
    q = only(quotes_of(text), "indirect")
    assert (q.text, q.cue.text, q.speaker.text) == (
        "growers who missed the deadline could still face fines", "noted", "the minister")


def test_speech_verb_reports_its_own_clause_not_the_quote_run_into_its_sentence(quotes_of):
    # the parse runs the closing quote of one paragraph into the next sentence and gives "said"
    # both clauses; the verb's own is outside quotes, in its paragraph
    text = "“Why would anyone be shocked by that?”\n\nThe ministry said it was trying hard to meet the terms parliament set."
    q = only(quotes_of(text), "indirect")
    assert (q.text, q.cue.text, q.speaker.text) == (
        "it was trying hard to meet the terms parliament set", "said", "The ministry")


def test_titles_and_scare_quotes_are_not_quotes(quotes_of):
    assert quotes_of("The documentary “Fire and Fury” premiered in May.") == []
    # the name of the thing just before it, with or without a comma
    assert quotes_of("She spoke on the weekly podcast “Inside The Race” on Monday.") == []
    memoir = quotes_of("She wrote about the merger in her memoir, “Tough Choices,” in 2006.")
    assert not [q for q in memoir if "Tough" in q.text]  # ("wrote about the merger …" is hers)
    # a stance ("calls the port …") may be reported, but the label is no direct quote
    labelled = quotes_of("Beijing calls the port “the pearl” of the Silk Road.")
    assert not [q for q in labelled if q.kind == "direct" or q.text == "“the pearl”"]


@pytest.mark.parametrize("text", ["", "   ", '"""', "” stray close mark and “ open", "“", "\n\n“\n"])
def test_odd_input_never_crashes(quotes_of, text):
    quotes = quotes_of(text)
    assert all(0 <= q.start <= q.end <= len(text) for q in quotes)


def test_speaker_resolved_through_the_mention_at_its_position(parse):
    text = "“We are looking to them to act,” he said."
    doc = parse(text)
    he = Actor(text="he", start=33, end=35, code="USAGOV", country="USA", sectors=["GOV"],
               name="Antony Blinken", label="PERSON", why="coreference")
    other = Actor(text="them", start=22, end=26, code="CHN")
    q = only(find_quotes(doc, [other, he]))
    assert (q.speaker.text, q.speaker.code, q.speaker.name) == ("he", "USAGOV", "Antony Blinken")
    assert q.to_dict()["speaker"] == {"text": "he", "start": 33, "end": 35, "code": "USAGOV",
                                      "name": "Antony Blinken"}


from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_PIECES = ["He said", " “", "”", '"', "''", " — Smith", ", according to officials,", " she added.",
           "\n\n", "We will act", ": ", " that the talks failed", "’s", " ‘", "’", "."]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(_PIECES), max_size=14))
def test_random_quote_soup_never_crashes(quotes_of, pieces):
    text = "".join(pieces)
    for q in quotes_of(text):
        assert 0 <= q.start < q.end <= len(text) and text[q.start:q.end] == q.text
        assert q.kind in ("direct", "indirect", "mixed")
        if q.speaker:
            assert text[q.speaker.start:q.speaker.end] == q.speaker.text


def test_a_thing_is_never_the_speaker(quotes_of):
    # a wrong speaker is worse than none: "the ban" cannot say anything
    text = "“It is a dark day for our industry,” the ban followed, months after the vote."
    q = only(quotes_of(text), "direct")
    assert q.cue.text == "followed" and q.speaker is None


def test_relative_that_speaks_for_its_antecedent(quotes_of):
    text = "Palin posted her message under a headline that said, “ISIS declares war on children.”"
    q = only(quotes_of(text), "direct")
    assert q.speaker.text == "a headline"


def test_uncued_quote_takes_the_speaker_of_the_reported_speech_before_it(quotes_of):
    text = ("Clinton touted her credentials as a co-sponsor of the bill. “We need to find ways to "
            "support workers that want a union in their workplace.”")
    quotes = quotes_of(text)
    direct = only(quotes, "direct")
    assert direct.speaker.text == "Clinton" and direct.cue is None


def test_speaker_after_a_quote_whose_words_the_parse_took_as_subject(quotes_of):
    text = "“Our popularity will put states in play: Michigan, Virginia, Ohio,” Mr. Trump said."
    q = only(quotes_of(text), "direct")
    assert q.speaker.text == "Mr. Trump"


@pytest.mark.parametrize("text, speaker", [
    # the participle's own clause has a thing for subject: the speaker is the main clause's
    ("Trump argued that a database would keep people out, saying it’s “all about management.”", "Trump"),
    # conjoined verbs: the subject of the first
    ('He looked into the camera, furrowed his brow and said, "I am going to endorse you!"', "He"),
    # a name the tagger took for a common noun
    ("Clinton wrote to her aide. Mills then writes back, “You look cute.”", "Mills"),
    # the cue's clause names an addressee between the verb and the words
    ('As one employee told Palo Alto Weekly, "She wants to put fear in our hearts."', "one employee"),
])
def test_speaker_through_the_clause_the_cue_hangs_from(quotes_of, text, speaker):
    q = [q for q in quotes_of(text) if q.kind in ("direct", "mixed") and "“" in q.text or '"' in q.text][-1]
    assert q.speaker is not None and q.speaker.text == speaker, q


def test_noun_attribution_with_its_clause_and_possessor(quotes_of):
    q = only(quotes_of("Albright fanned controversy over her remark that there is a special place "
                       "in hell for women."), "indirect")
    assert (q.cue.text, q.speaker.text) == ("remark", "her")
    assert q.text == "that there is a special place in hell for women"


def test_a_stance_noun_object_speaks_with_its_verbs_subject(quotes_of):
    q = only(quotes_of("Several senators expressed concern that the plan would raise prices."), "indirect")
    assert (q.cue.text, q.speaker.text, q.text) == ("concern", "Several senators",
                                                    "that the plan would raise prices")


def test_quote_in_a_noun_attribution_takes_its_possessor(quotes_of):
    q = only(quotes_of("Albright fanned controversy over her remark that “there’s a special place "
                       "in hell for women who don’t help each other.”"), "direct")
    assert (q.cue.text, q.speaker.text) == ("remark", "her")


def test_a_noun_cue_without_a_clause_attributes_nothing(quotes_of):
    assert quotes_of("Her remark angered the delegates.") == []


def test_a_poll_is_the_source_of_its_finding(quotes_of):
    q = only(quotes_of("A Wall Street Journal/NBC News poll showed a slimmer lead for Clinton."), "indirect")
    assert (q.cue.text, q.speaker.text) == ("showed", "A Wall Street Journal/NBC News poll")
    assert q.text == "a slimmer lead for Clinton"
    # a finding verb whose subject is not a document attributes no object
    assert [x for x in quotes_of("The senator showed a photo to the committee.") if x.kind == "indirect"] == []


def test_headline_quote_takes_the_speaker_of_the_body_quote_repeating_it(quotes_of):
    text = ("‘We will not be intimidated’ after embassy attack\n\n"
            "“We will not be intimidated by threats against our diplomats,” the foreign minister said.")
    head, body = [q for q in quotes_of(text) if q.kind == "direct"]
    assert head.text == "‘We will not be intimidated’" and head.cue is None
    assert head.speaker.text == body.speaker.text == "the foreign minister"


@pytest.mark.parametrize("text, speaker", [
    # a pronoun's verb inside what an outer speech verb reports speaks for the outer speaker
    ("Kasich says he would sit Putin down and tell him “no more nonsense.”", "Kasich"),
    ("Hillary Clinton says voters are hungry for what she calls “real solutions.”", "Hillary Clinton"),
    # a coordinated clause with its own speech verb is its own attribution
    ("Stevens spoke first, but she cautions that she sees “two different flip sides to it.”", "she"),
])
def test_reported_clause_speaks_for_the_outer_speaker(quotes_of, text, speaker):
    q = only([q for q in quotes_of(text) if "“" in q.text])  # (the words beside it are reported too)
    assert q.speaker is not None and q.speaker.text == speaker, (q.text, q.cue, q.speaker)


def test_a_conjunction_after_a_quote_starts_a_new_clause(quotes_of):
    text = ("Defense Secretary Ash Carter said the approach remained “one of commitment and strength,” "
            "but he also warned China against isolation.")
    q = next(q for q in quotes_of(text) if "commitment" in q.text)
    assert q.speaker.text == "Defense Secretary Ash Carter" and q.cue.text == "said"


def test_apposition_after_the_quote_does_not_hide_the_speech_verb(quotes_of):
    text = ("“I would have been sitting in Siberia for a long time,” Mr. Daniloff, a retired "
            "correspondent who lives in Cambridge, said by telephone.")
    q = only(quotes_of(text), "direct")
    assert q.speaker.text == "Mr. Daniloff"


def test_recalled_after_a_quote_is_its_cue(quotes_of):
    text = "Others disagreed. “My advice was not to do it,” recalled James Cunningham, then ambassador."
    q = only(quotes_of(text), "direct")
    assert (q.cue.text, q.speaker.text) == ("recalled", "James Cunningham")


def test_doubled_apostrophe_mark_is_not_governed_by_the_sentence_before(quotes_of):
    text = "Many opposed it. ''My advice was not to do it,'' recalled James B. Cunningham."
    q = next(q for q in quotes_of(text) if q.kind == "direct")
    assert q.cue.text == "recalled" and q.speaker.text == "James B. Cunningham"


@pytest.mark.parametrize("text, content, cue, speaker", [
    ("Graham called both men “crazy” and left the stage.", "both men “crazy”", "called", "Graham"),
    ("Bush referred to Rubio as “a bright, charismatic leader” in the interview.",
     "to Rubio as “a bright, charismatic leader”", "referred", "Bush"),
    ("Chancellor Angela Merkel heralded the deal with Turkey as a “breakthrough.”",
     "the deal with Turkey as a “breakthrough.”", "heralded", "Chancellor Angela Merkel"),
])
def test_a_naming_verb_makes_its_object_and_the_words_the_speakers(quotes_of, text, content, cue, speaker):
    q = only(quotes_of(text), "mixed")
    assert (q.text, q.cue.text, q.speaker.text) == (content, cue, speaker)


def test_a_name_given_by_nobody_in_particular_is_no_quote(quotes_of):
    assert quotes_of("They watched a play called “Brokers” on Friday.") == []


@pytest.mark.parametrize("text, speaker", [
    ("“Hillary needed to split the first two primaries,” added a South Carolina Democrat.",
     "a South Carolina Democrat"),  # an inverted subject past several name words
    ("“A slow economy has us on an unsustainable path,” the website explains.", "the website"),
    ("“Publish the book he does not want you to read,” the pitch on Kickstarter says.", "the pitch"),
])
def test_inverted_and_document_speakers(quotes_of, text, speaker):
    q = only(quotes_of(text), "direct")
    assert q.speaker is not None and q.speaker.text.startswith(speaker), q.speaker


@pytest.mark.parametrize("text, cue, speaker", [
    ("Sanders, meanwhile, hopes that winning a large share of the delegates will give him momentum.",
     "hopes", "Sanders"),
    ("The senator is sticking to his message, hoping to avoid any misstep that could hurt his lead.",
     "hoping", "The senator"),
])
def test_speech_verbs_the_lemmatizer_cuts_short_still_attribute(quotes_of, text, cue, speaker):
    q = only(quotes_of(text), "indirect")  # spaCy lemmatizes "hopes"/"hoping" as "hop"
    assert (q.cue.text, q.speaker.text) == (cue, speaker)


@pytest.mark.parametrize("text, content", [
    ("In the past few days, the politician seemed to be shrinking in political stature.",
     "the politician seemed to be shrinking in political stature"),
    ("It appears, though, that the championship game wasn’t boring to everyone.",
     "that the championship game wasn’t boring to everyone"),
])
def test_what_seems_so_is_attributed_to_nobody_named(quotes_of, text, content):
    q = only(quotes_of(text), "indirect")
    assert (q.text, q.cue.text[:4], q.speaker) == (content, text[q.cue.start:q.cue.start + 4], None)


def test_appearing_somewhere_is_no_attribution(quotes_of):
    assert quotes_of("He appeared on CNN on Sunday.") == []


@pytest.mark.parametrize("text, speaker, content", [
    ("Paul Ryan: FBI Decision Not to Indict Hillary Defies Explanation\nRyan spoke on Tuesday.",
     "Paul Ryan", "FBI Decision Not to Indict Hillary Defies Explanation"),
    ("EXCLUSIVE – Roger Stone: Don’t Trust the Voting Machines\nStone spoke.", "Roger Stone",
     "Don’t Trust the Voting Machines"),
    ("Clinton to Planned Parenthood: Trump will reverse Roe v. Wade\nShe spoke.", "Clinton",
     "Trump will reverse Roe v. Wade"),
])
def test_a_source_colon_line_is_an_attribution(quotes_of, text, speaker, content):
    q = next(q for q in quotes_of(text) if q.cue and q.cue.text == ":")
    assert (q.speaker.text, q.text, q.kind) == (speaker, content, "indirect")


@pytest.mark.parametrize("text", [
    "UPDATE: The vote was delayed again today.",  # a label, not a source
    "He had one message: we will win this fight.",  # a sentence, not a source line
])
def test_labels_and_sentences_with_a_colon_are_not_source_lines(quotes_of, text):
    assert not [q for q in quotes_of(text) if q.cue and q.cue.text == ":"]


def test_a_poll_named_at_the_start_of_its_clause_is_the_source(quotes_of):
    q = only(quotes_of("In a Des Moines Register poll last month, Mr. Cruz had a 10 percentage-point lead."))
    assert (q.cue.text, q.text) == ("In", "Mr. Cruz had a 10 percentage-point lead")
    assert q.speaker.text.startswith("a Des Moines Register poll")
    q = only(quotes_of("In a CNN poll last week, Sanders had a 10-point lead."))
    assert q.text == "Sanders had a 10-point lead"  # the clause starts after the comma


def test_a_quote_closing_its_sentence_is_not_the_next_sentences_words(quotes_of):
    text = ('Donald Trump said Hillary Clinton "caused death." Bernie Sanders called Trump a '
            '"pathological liar." Carly Fiorina said nothing.')
    first, second = [q for q in quotes_of(text) if '"' in q.text]
    assert (first.speaker.text, second.speaker.text) == ("Donald Trump", "Bernie Sanders")


def test_a_relative_clauses_verb_before_a_quote_yields_to_the_cue_after_it(quotes_of):
    q = only(quotes_of('Nothing the president said "will assuage their fears," the Florida senator said.'))
    assert q.speaker.text == "the Florida senator"


def test_a_named_speaker_inside_what_another_reports_is_reported_by_the_outer_one(quotes_of):
    q = only(quotes_of("Yepez said Perez was right to urge Latino leaders “to stand up and be active.”"))
    assert q.speaker.text == "Yepez" and q.cue.text == "said"


def test_a_naming_participle_still_names_nobody(quotes_of):
    # the reduced-relative rule must not turn `a group called “…”` into the group's words
    quotes = quotes_of("The group called “Mothers for Peace” met on Tuesday in the church hall.")
    assert all(q.speaker is None for q in quotes)


@pytest.mark.parametrize("text, words, speaker", [
    # the horizontal bar (U+2015), the quotation dash, with a no-break space
    ("Intro.\n\n“We are going to win this state and then the country.” ― Bernie Sanders\n\nMore.",
     "“We are going to win this state and then the country.”", "Bernie Sanders"),
    ("Intro.\n\n“We are going to win this state and then the country.”\xa0― Bernie Sanders, senator\n",
     "“We are going to win this state and then the country.”", "Bernie Sanders"),
])
def test_a_speaker_named_after_a_quotation_dash(quotes_of, text, words, speaker):
    q = only(quotes_of(text))
    assert (q.text, q.speaker.text) == (words, speaker)


def test_a_line_below_a_quote_that_is_a_sentence_names_nobody(quotes_of):
    text = ('Intro.\n\n"I worry that we may see a resurgence of balanced-budget talk.\n'
            'Dean Baker said that on Monday."\n\nMore.')
    assert all(q.speaker is None or q.speaker.text != "Dean Baker" or q.cue is not None
               for q in quotes_of(text))


@pytest.mark.parametrize("text, speaker, cue", [
    ("Sanders credited Clinton's victory to “a closed primary, something I am not all that enthusiastic "
     "about.”",
     "Sanders", "credited"),
    ("Clinton met voters in Ohio on Friday. He commanded the party to “do the right thing and open "
     "its doors to everyone.”", "He", "commanded"),
])
def test_words_quoted_inside_a_sentence_are_its_subjects(quotes_of, text, speaker, cue):
    q = [q for q in quotes_of(text) if "“" in q.text][-1]
    assert (q.speaker.text, q.cue.text) == (speaker, cue)


def test_a_quote_opening_its_sentence_does_not_take_the_sentence_subject(quotes_of):
    text = "“We will fight for every vote in every state we can,” the senator said. “And we will win.”"
    quotes = quotes_of(text)
    assert [q.speaker.text for q in quotes] == ["the senator", "the senator"]


def test_a_source_line_holding_quotes_is_one_attribution(quotes_of):
    text = "Paul Ryan: ‘Anti-Semitic Images’ Have ‘No Place In A Presidential Campaign.’\n\nThe speaker spoke."
    q = only(quotes_of(text))
    assert q.speaker.text == "Paul Ryan"
    assert q.text == "‘Anti-Semitic Images’ Have ‘No Place In A Presidential Campaign.’"


def test_a_long_uncued_quote_without_final_punctuation_is_kept(quotes_of):
    text = ("The ad ran on Monday. “The longest armed standoff in American history of the West” might "
            "be finished by Friday.")
    q = only(quotes_of(text))
    assert q.text == "“The longest armed standoff in American history of the West”"


def test_a_sentence_subject_in_another_paragraph_speaks_for_nobody_here(quotes_of):
    # a stray closing mark can run two paragraphs into one parsed sentence: the subject the parse
    # finds in the paragraph before is not the speaker of this paragraph's quoted words
    text = ('Intro.\n\n"The senator is relying on an outdated statistic about incomes.\n'
            'Glenn Kessler, The Washington Post."\n\nSanders credited the turnout to “a movement of '
            'working people who are tired of a rigged economy.”\n')
    last = quotes_of(text)[-1]
    assert last.text.startswith("“a movement")
    assert last.speaker is None or last.speaker.text != "Glenn Kessler"


def test_according_to_an_agency_before_a_named_speaker_credits_the_speaker(quotes_of):
    # parsed with the agency as the subject and the prosecutor as its apposition
    text = ('According to semi-official news agency ISNA, the prosecutor general of Tehran, Ali Alghasi Mehr, '
            'said the 36 must face "murder and terrorism charges".')
    assert [q.speaker.text for q in quotes_of(text) if q.kind != "indirect"] == ["the prosecutor general"]


def test_reported_clause_beside_a_quote_keeps_its_words_outside_the_quote(quotes_of):
    # the clause "he respects his rival and calls her “…”" holds a quote that carries its own
    # attribution; the reported words outside it are still the governor's, not dropped
    text = ("On the campaign trail, the governor says he respects his rival and calls her "
            "“an extremely intelligent woman with a wonderful record.”")
    quotes = quotes_of(text)
    reported = only(quotes, "indirect")
    assert reported.text.startswith("he respects his rival")
    assert (reported.cue.text, reported.speaker.text) == ("says", "the governor")
    quoted = [q for q in quotes if "“" in q.text]
    assert len(quoted) == 1 and reported.end <= quoted[0].start  # no word counted twice


@pytest.mark.parametrize("text, words, kind", [
    # the reported clause goes on after the closing mark: its words are the clause, quote and all
    ("The campaign manager says that “for all practical purposes, there’s no path forward” for the "
     "former governor.", "that “for all practical purposes, there’s no path forward” for the former governor",
     "mixed"),
    # the clause ends with the quote: the quoted words alone
    ("The campaign manager says that “for all practical purposes, there’s no path forward.”",
     "“for all practical purposes, there’s no path forward.”", "direct"),
])
def test_quote_inside_a_reported_clause_that_goes_on(quotes_of, text, words, kind):
    q = only(quotes_of(text))
    assert (q.text, q.kind, q.cue.text, q.speaker.text) == (words, kind, "says", "The campaign manager")


@pytest.mark.parametrize("text, words, cue, speaker", [
    # a passive "as reported by X" credits the clause it hangs from to X
    ("As reported by the Daily Ledger, investigators found over 2,200 emails containing classified "
     "information.", "investigators found over 2,200 emails containing classified information", "reported",
     "the Daily Ledger"),
    # a gerund stands for the object of a stance verb
    ("The senator reported raising and spending about $9 million during the month.",
     "raising and spending about $9 million during the month", "reported", "The senator"),
])
def test_reported_by_and_gerund_objects(quotes_of, text, words, cue, speaker):
    q = only(quotes_of(text), "indirect")
    assert (q.text, q.cue.text, q.speaker.text) == (words, cue, speaker)


@pytest.mark.parametrize("text, words, cue, speaker", [
    # stance verbs whose object is what the speaker says or thinks
    ("The governor mocked the plan as a giveaway to donors.", "the plan as a giveaway to donors", "mocked",
     "The governor"),
    ("The senator expressed doubts about the deal.", "doubts about the deal", "expressed", "The senator"),
    ("She reminded voters that the election was close.", "that the election was close", "reminded", "She"),
])
def test_stance_verb_objects(quotes_of, text, words, cue, speaker):
    q = only(quotes_of(text), "indirect")
    assert (q.text, q.cue.text, q.speaker.text) == (words, cue, speaker)


@pytest.mark.parametrize("text, words, cue", [
    ("The union endorsed Clinton.", "Clinton", "endorsed"),
    ("The company did not admit wrongdoing.", "wrongdoing", "admit"),
])
def test_one_word_object_of_a_stance_verb_is_content(quotes_of, text, words, cue):
    q = only(quotes_of(text), "indirect")
    assert (q.text, q.cue.text) == (words, cue)


@pytest.mark.parametrize("text, words, cue, speaker", [
    # the subject that voices his own criticism speaks (PolNeAR: `Hammond hesitated to repeat his
    # previous criticism`, source Hammond)
    ("The governor repeated his criticism of the trade deal on Monday.", "the trade deal", "criticism",
     "The governor"),
    ("The union’s endorsement of the senator surprised nobody.", "the senator", "endorsement", "The union"),
])
def test_stance_noun_with_its_object(quotes_of, text, words, cue, speaker):
    q = only(quotes_of(text), "indirect")
    assert (q.text, q.cue.text, q.speaker.text) == (words, cue, speaker)


def test_outlet_after_the_words_is_no_one_word_content(quotes_of):
    # `…, reported CNN`: the name after a closing speech verb is who reports, not what is reported
    quotes = quotes_of("The minister said he raised the concerns during the visit, reported CNN.")
    assert all(q.text != "CNN" for q in quotes), [(q.kind, q.text) for q in quotes]


@pytest.mark.parametrize("text, label, cue, speaker", [
    # a label given *as* the object's name is the speaker's characterisation, any verb
    ("Christie refers to his old friend as “Mr. Trump” in every speech.", "“Mr. Trump”", "refers", "Christie"),
    ("The senator kept portraying the migrants as “rapists” on the campaign trail.", "“rapists”",
     "portraying", "The senator"),
    # nobody named for it: still somebody's words, the speaker left unresolved
    ("The inquiry, often labeled as a “witch hunt,” went on for two years.", "“witch hunt,”", "labeled", None),
    # a naming verb in the passive
    ("This habit of the movement has been called “strategic ambiguity” in several studies.",
     "“strategic ambiguity”", "called", None),
    # … whose agent is the speaker, never the thing named
    ("This habit of the movement has been called “strategic ambiguity” by Joshua Hendrick, a professor.",
     "“strategic ambiguity”", "called", "Joshua Hendrick"),
])
def test_a_label_given_as_or_in_the_passive_is_somebodys_words(quotes_of, text, label, cue, speaker):
    q = only(quotes_of(text), "mixed")
    assert label in q.text and q.cue.text == cue
    assert (q.speaker.text if q.speaker else None) == speaker


def test_the_one_named_is_never_the_namer(quotes_of):
    # a broken parse (a headline run into the body) leaves the verb no subject; the object it
    # names must not become its speaker
    text = ("Warren attacks Trump over immigration remarks\n\nSenator Elizabeth Warren on Tuesday accused "
            "Donald Trump of portraying Mexican immigrants as “rapists” and said his plan was bad.")
    label = [q for q in quotes_of(text) if "“rapists”" in q.text]
    assert label and all(q.speaker is None or "immigrants" not in q.speaker.text for q in label)


def test_such_as_lists_no_label(quotes_of):
    quotes = quotes_of("They searched the records for words such as “ambassador” and “attack” last week.")
    assert not [q for q in quotes if "ambassador" in q.text]


@pytest.mark.parametrize("text, cue, speaker", [
    # an active participle on a noun for people: the noun acts, whatever precedes it
    ("Last year the bank gave ten million dollars to a group backing the governor.", "backing", "a group"),
    # a non-finite verb's noun is its object, never an inverted subject
    ("Union leaders were busy touting the endorsement of the senator at the rally.", "touting",
     "Union leaders"),
])
def test_participle_speakers(quotes_of, text, cue, speaker):
    q = next(q for q in quotes_of(text) if q.cue.text == cue)
    assert q.speaker is not None and q.speaker.text == speaker


def _hand_parsed(words, heads, deps, tags, pos, lemmas, ents=()):
    """A Doc with the parse given (the parser's errors reproduced on a short text)."""
    from spacy.tokens import Doc, Span

    from tidings import nlp

    doc = Doc(nlp.load().vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas)
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    return doc


def test_the_subject_before_the_verb_speaks_not_the_reported_clauses_subject():
    # `Humphrey, for example, said he is hopeful …` with "he" parsed as a second subject of "said"
    words = ["Humphrey", ",", "for", "example", ",", "said", "he", "is", "hopeful", "about", "it", "."]
    heads = [5, 5, 5, 2, 5, 5, 5, 5, 7, 8, 9, 5]
    deps = ["nsubj", "punct", "prep", "pobj", "punct", "ROOT", "nsubj", "ccomp", "acomp", "prep", "pobj", "punct"]
    tags = ["NNP", ",", "IN", "NN", ",", "VBD", "PRP", "VBZ", "JJ", "IN", "PRP", "."]
    pos = ["PROPN", "PUNCT", "ADP", "NOUN", "PUNCT", "VERB", "PRON", "AUX", "ADJ", "ADP", "PRON", "PUNCT"]
    lemmas = ["Humphrey", ",", "for", "example", ",", "say", "he", "be", "hopeful", "about", "it", "."]
    from tidings.quotes import find_quotes

    doc = _hand_parsed(words, heads, deps, tags, pos, lemmas)
    q = next(q for q in find_quotes(doc, []) if q.cue.text == "said")
    assert q.speaker is not None and q.speaker.text == "Humphrey"


def test_a_day_is_never_the_speaker():
    # `Doe praised the plan Saturday, saying …` with "saying" hung on the day, the subject lost
    words = ["The", "plan", "won", "praise", "Saturday", ",", "saying", "it", "works", "."]
    heads = [1, 2, 2, 2, 2, 6, 4, 8, 6, 2]
    deps = ["det", "nsubj", "ROOT", "dobj", "npadvmod", "punct", "acl", "nsubj", "ccomp", "punct"]
    tags = ["DT", "NN", "VBD", "NN", "NNP", ",", "VBG", "PRP", "VBZ", "."]
    pos = ["DET", "NOUN", "VERB", "NOUN", "PROPN", "PUNCT", "VERB", "PRON", "VERB", "PUNCT"]
    lemmas = ["the", "plan", "win", "praise", "Saturday", ",", "say", "it", "work", "."]
    from tidings.quotes import find_quotes

    doc = _hand_parsed(words, heads, deps, tags, pos, lemmas, ents=[(4, 5, "DATE")])
    q = next(q for q in find_quotes(doc, []) if q.cue.text == "saying")
    assert q.speaker is None or q.speaker.text != "Saturday"


def test_a_quote_closed_by_the_wrong_curly_glyph_keeps_its_cue(quotes_of):
    text = "“Apparently not,“ he said. “A leopard doesn’t change its spots.”"
    first, second = quotes_of(text)
    assert (first.text, first.cue.text, first.speaker.text) == ("“Apparently not,“", "said", "he")
    assert second.speaker.start == first.speaker.start  # the next quote inherits the same speaker


@pytest.mark.parametrize("text, cue, speaker", [
    # people a verb acts on are the subject of the infinitive hanging from it
    ("The announcement led some allies to worry whether she could lose the South.", "worry", "some allies"),
    # a thing is not (the infinitive says what the subject used it for)
    ("Ramos used his acceptance speech to call for the resignation of the president.", "call", "Ramos"),
])
def test_the_subject_of_an_infinitive(quotes_of, text, cue, speaker):
    q = next(q for q in quotes_of(text) if q.cue.text == cue)
    assert q.speaker is not None and q.speaker.text == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Before the attacks, Rubio seemed hopeful that the country could accept more refugees.", "Rubio"),
    ("That forecast appeared accurate when the report was finalized.", None),  # a thing names nobody
])
def test_the_person_who_seems_so_is_the_speaker(quotes_of, text, speaker):
    q = next(q for q in quotes_of(text) if q.cue.text in ("seemed", "appeared"))
    assert (q.speaker.text if q.speaker else None) == speaker


@pytest.mark.parametrize("text, cue, speaker", [
    ("In Texas, half of GOP primary voters said they were angry.", "said", "half of GOP primary voters"),
    ("Christopher Shelton, the president of the Communications Workers of America, which endorsed "
     "Mr. Sanders in December, said the polling was mixed.", "endorsed", "the Communications Workers of America"),
])
def test_a_speaker_for_people_keeps_its_of_phrase(quotes_of, text, cue, speaker):
    q = next(q for q in quotes_of(text) if q.cue.text == cue)
    assert q.speaker is not None and q.speaker.text == speaker


@pytest.mark.parametrize("text, speaker", [
    ("“It is not the position that everything is hunky-dory,” Gene Sperling, a top outside Clinton "
     "adviser, said at a recent event in Iowa.", "Gene Sperling"),
    ("“We’ve had more successful conventions than this one,” Texas delegate Bill Eastland, wearing a "
     "cowboy hat and “Ted Cruz” campaign pins, said matter-of-factly.", "Texas delegate Bill Eastland"),
])
def test_the_name_before_an_aside_speaks(quotes_of, text, speaker):
    q = quotes_of(text)[0]
    assert (q.cue.text, q.speaker.text if q.speaker else None) == ("said", speaker)


def test_a_quote_signed_on_the_next_line(quotes_of):
    text = ('"Almost all new income is going to the top 1 percent."\n\n- Bernie Sanders.\n\n'
            "The senator is relying on an outdated statistic.")
    q = quotes_of(text)[0]
    assert (q.cue.text, q.speaker.text) == ("-", "Bernie Sanders")


def test_according_to_around_a_quote_and_its_speaker(quotes_of):
    text = "“Delegates should be able to vote the way they see fit,” Walker said, according to an AP account."
    direct, around = quotes_of(text)
    assert (direct.kind, direct.speaker.text) == ("direct", "Walker")
    assert around.text.endswith("Walker said") and around.start == direct.start
    assert (around.cue.text, around.speaker.text) == ("according to", "an AP account")


@pytest.mark.parametrize("text, cue, speaker", [
    ("The results showed that about half of voters want change.", "showed", "The results"),
    ("The new evidence suggests that the deals should be gradual.", "suggests", "The new evidence"),
])
def test_findings_are_credited_to_the_data(quotes_of, text, cue, speaker):
    q = next(q for q in quotes_of(text) if q.cue.text == cue)
    assert q.speaker is not None and q.speaker.text == speaker


@pytest.mark.parametrize("text, cue, speaker", [
    ("Those surveyed said they would vote for the incumbent.", "said", "Those"),
    ("The airline said the co-pilot had logged 2,766 flying hours.", "said", "The airline"),
    ("The affidavit says the officer saw the candidate grab the reporter.", "says", "The affidavit"),
])
def test_more_nouns_that_speak(quotes_of, text, cue, speaker):
    q = next(q for q in quotes_of(text) if q.cue.text == cue)
    assert q.speaker is not None and speaker in q.speaker.text


def test_a_name_tagged_as_a_noun_still_speaks(quotes_of):
    # the tagger reads `Trump predicts` as two nouns; the capitalised one is still a name
    text = ("Trump predicts that as Jeb Bush and other Republican candidates eventually drop out, "
            "many of their supporters will switch to his side.")
    q = next(q for q in quotes_of(text) if q.cue.text == "predicts")
    assert q.speaker is not None and q.speaker.text == "Trump"


@pytest.mark.parametrize("text, cue, speaker", [
    ("Democratic voters are slightly more likely to say that Clinton represents their views.", "say",
     "Democratic voters"),
    ("The retired neurosurgeon said his campaign would go on.", "said", "The retired neurosurgeon"),
    ("Another said the vote had been rigged.", "said", "Another"),
])
def test_people_who_say_through_an_adjective_and_more_nouns(quotes_of, text, cue, speaker):
    q = next(q for q in quotes_of(text) if q.cue.text == cue)
    assert q.speaker is not None and q.speaker.text == speaker


@pytest.mark.parametrize("text, cue, speaker", [
    # a participle inside the reported clause: its pronoun stands for the one who reports
    ("Trump insisted that he has expanded the Republican party, claiming that he is responsible for "
     "higher turnout.", "claiming", "Trump"),
    # a pronoun subject of the verb's own stays its speaker
    ("Rubio said the real extremist is Clinton, and he railed against the moderators for ignoring it.",
     "railed", "he"),
])
def test_a_pronoun_inside_a_reported_clause(quotes_of, text, cue, speaker):
    q = next(q for q in quotes_of(text) if q.cue.text == cue)
    assert q.speaker is not None and q.speaker.text == speaker


def test_a_person_named_by_age_speaks(quotes_of):
    q = quotes_of("“Donald is an amazing leader,” said the 46-year-old.")[0]
    assert q.speaker is not None and q.speaker.text == "the 46-year-old"


def test_a_paragraph_after_an_abbreviation_is_its_own_sentence(quotes_of):
    # `Jr.` ends the paragraph: the speech verb of the next one keeps its own subject
    text = ("“That’s the challenge,” said Jared Bernstein, a former adviser to Joseph R. Biden Jr.\n\n"
            "Mrs. Clinton often says she is not running for her husband’s third term.")
    q = next(q for q in quotes_of(text) if q.cue is not None and q.cue.text == "says")
    assert q.speaker is not None and q.speaker.text == "Mrs. Clinton"


@pytest.mark.parametrize("text, cue, speaker", [
    ("About 4 in 10 say they want the next president to have more liberal policies.", "say", "About 4 in 10"),
    ("Less than a third agreed that the party should change course.", "agreed", "Less than a third"),
    ("85% of Democrats said the economic system favors the wealthy.", "said", "85% of Democrats"),
    ("While 86 percent liked Clinton, 43 said the same for Sanders.", "said", "43"),
])
def test_a_poll_share_speaks_for_the_people_it_counts(quotes_of, text, cue, speaker):
    q = next(q for q in quotes_of(text) if q.cue is not None and q.cue.text == cue)
    assert q.speaker is not None and q.speaker.text == speaker


@pytest.mark.parametrize("number, speaks", [("43", True), ("2016", False)])
def test_a_count_tagged_as_a_date_speaks_but_a_year_does_not(number, speaks):
    # `43 said the same`: the tagger reads the count as a date; a year is never people
    words = [number, "said", "it", "works", "."]
    from tidings.quotes import find_quotes

    doc = _hand_parsed(words, [1, 1, 3, 1, 1], ["nsubj", "ROOT", "nsubj", "ccomp", "punct"],
                       ["CD", "VBD", "PRP", "VBZ", "."], ["NUM", "VERB", "PRON", "VERB", "PUNCT"],
                       [number, "say", "it", "work", "."], ents=[(0, 1, "DATE")])
    q = next(q for q in find_quotes(doc, []) if q.cue.text == "said")
    assert (q.speaker is not None and q.speaker.text == number) is speaks


@pytest.mark.parametrize("text, cue, speaker", [
    # the one who voices a stance of their own is the verb's subject, not the pronoun
    ("Sanders reiterated his belief that there will be a contested convention.", "belief", "Sanders"),
    ("Trump laid out his concerns that the West was facing an existential threat.", "concerns", "Trump"),
    # a subject the pronoun does not agree with leaves the pronoun its speaker
    ("The senators voiced his criticism of the plan.", "criticism", "his"),
    # no verb whose object the noun is: the possessor speaks
    ("Clinton has been persistent in her criticism of Sanders.", "criticism", "her"),
])
def test_his_stance_voiced_by_the_subject(quotes_of, text, cue, speaker):
    q = next(q for q in quotes_of(text) if q.cue is not None and q.cue.text == cue)
    assert q.speaker is not None and q.speaker.text == speaker


@pytest.mark.parametrize("text, cue, speaker", [
    ("After blasting the Drudge Report for its headline, Glenn Beck doubled down on his rhetoric.",
     "blasting", "Glenn Beck"),
    ("Despite challenging the majority leader, Cruz said he could work with the party.", "challenging", "Cruz"),
    ("In rejecting a similar challenge to his eligibility, the commission said a court should settle it.",
     "rejecting", "the commission"),
])
def test_a_fronted_participle_shares_the_subject_after_it(quotes_of, text, cue, speaker):
    q = next(q for q in quotes_of(text) if q.cue is not None and q.cue.text == cue)
    assert q.speaker is not None and q.speaker.text == speaker


def test_a_participle_inside_a_quote_takes_no_subject_from_it(quotes_of):
    # the subject after the participle is inside the quoted words: nobody is named there
    text = "Flea shared the news, writing “Feels great to support someone I believe in.”"
    q = next(q for q in quotes_of(text) if q.cue is not None and q.cue.text == "writing")
    assert q.speaker is not None and q.speaker.text == "Flea"


@pytest.mark.parametrize("text, content, speaker", [
    ("Sanders has made clear that he expects the Clinton camp to attack him.",
     "that he expects the Clinton camp to attack him", "Sanders"),
    ("Jane Sanders made it clear that her husband's supporters won't simply fall in line.",
     "that her husband's supporters won't simply fall in line", "Jane Sanders"),
])
def test_made_it_clear_is_a_speech_verb(quotes_of, text, content, speaker):
    q = next(q for q in quotes_of(text) if q.cue is not None and q.cue.text.startswith("made"))
    assert (q.text, q.speaker.text) == (content, speaker)
    assert q.cue.text in ("made clear", "made it clear")


def test_a_participle_in_what_was_made_clear_speaks_for_who_made_it_clear(quotes_of):
    text = "Clinton made it clear to House Democrats that she has their backs, touting a message of unity."
    q = next(q for q in quotes_of(text) if q.cue is not None and q.cue.text == "touting")
    assert q.speaker is not None and q.speaker.text == "Clinton"


@pytest.mark.parametrize("text", ["The storm made the roads clear.", "He made it clear."])
def test_made_clear_without_a_clause_attributes_nothing(quotes_of, text):
    assert quotes_of(text) == []


@pytest.mark.parametrize("text, content, cue, speaker", [
    ("Viguerie is upbeat about Cruz's chances of winning in November.",
     "Cruz's chances of winning in November", "upbeat", "Viguerie"),
    ("Many voters are worried that the economy is slowing.", "that the economy is slowing", "worried",
     "Many voters"),
])
def test_a_stance_adjective_after_a_copula_attributes(quotes_of, text, content, cue, speaker):
    q = only(quotes_of(text))
    assert (q.text, q.cue.text, q.speaker.text) == (content, cue, speaker)


@pytest.mark.parametrize("text", [
    "The roads are clear of snow.",  # not a stance adjective
    "He is sure to win.",  # no clause nor object of about/of/with/over
    "The plan is critical of nothing.",  # a thing holds no stance
])
def test_no_stance_without_a_person_and_a_content(quotes_of, text):
    assert quotes_of(text) == []


@pytest.mark.parametrize("text, content, speaker", [
    ("The group polled its members: 1,409 teachers said they wanted to endorse Sanders.",
     "they wanted to endorse Sanders", "1,409 teachers"),
    ("The leaders were split; Republicans have often argued that guns make people safer.",
     "that guns make people safer", "Republicans"),
])
def test_the_clause_before_a_colon_is_not_what_the_verb_after_it_says(quotes_of, text, content, speaker):
    q = next(q for q in quotes_of(text) if q.cue is not None and q.cue.text in ("said", "argued"))
    assert (q.text, q.speaker.text) == (content, speaker)


@pytest.mark.parametrize("text, speaker", [
    ("The head of the major Super PAC backing former Florida Gov. Jeb Bush for president, Mike Murphy, "
     "praised Rubio's campaign on Friday.", "Mike Murphy"),
    ("Her senior policy adviser, Jake Sullivan, said the plan was dead.", "Jake Sullivan"),
])
def test_the_name_set_beside_a_title_speaks(quotes_of, text, speaker):
    q = next(q for q in quotes_of(text) if q.cue is not None and q.cue.text in ("praised", "said"))
    assert q.speaker is not None and q.speaker.text == speaker


@pytest.mark.parametrize("text, content, cue, speaker", [
    ("He said at a conference that he was ''very comfortable with all of it,'' The Post reported.",
     "He said at a conference that he was", "reported", "The Post"),
    ("Roger Ailes also met with Mr. Trump that day, as The New York Times has reported.",
     "Roger Ailes also met with Mr. Trump that day", "reported", "The New York Times"),
])
def test_a_closing_report_attributes_the_sentence_before_it(quotes_of, text, content, cue, speaker):
    q = next(q for q in quotes_of(text) if q.cue is not None and q.cue.text == cue)
    assert (q.text, q.speaker.text) == (content, speaker)


@pytest.mark.parametrize("text", [
    "Clinton is targeting black voters, who have backed her in high numbers, as she campaigns across the state.",
    "California flipped to the Democrats, as Mexican-American voters responded to the crackdown.",
])
def test_no_closing_report_without_a_reporting_verb_or_with_words_of_its_own(quotes_of, text):
    assert all(not q.text.startswith(("Clinton is targeting", "California flipped")) for q in quotes_of(text))


@pytest.mark.parametrize("text, cue, speaker", [
    # the parse makes the dateline the subject and hangs the speaker on it: the one after the dash speaks
    ("CLEVELAND — Former Attorney General Michael Mukasey told reporters that Clinton should be prosecuted.",
     "told", "Former Attorney General Michael Mukasey"),
    ("New York (AFP) – Actress Susan Sarandon is not sure she can vote for Clinton.", "sure",
     "Actress Susan Sarandon"),
    # the parse makes the dateline a modifier of the speaker: his phrase starts after the dash
    ("WASHINGTON (Reuters) - Bernie Sanders said the party was unfair to him.", "said", "Bernie Sanders"),
    ("PHILADELPHIA, July 29 (UPI) — Fans of the team said they were angry.", "said", "Fans of the team"),
    # a name before a dash is a speaker unless it carries a state or a wire
    ("Trump — who said he would win — told reporters the race was over.", "told", "Trump"),
])
def test_a_dateline_is_never_the_speaker(quotes_of, text, cue, speaker):
    q = next(q for q in quotes_of(text) if q.cue is not None and q.cue.text == cue)
    assert (q.speaker.text if q.speaker else None) == speaker
