"""Titles only one country has give it (roles.tsv's country column, issue 15 item 3)."""

from __future__ import annotations

import pytest

from tests.actors.conftest import find


@pytest.mark.parametrize("text,mention,code", [
    ("The Taoiseach said Ireland would not block the deal.", "The Taoiseach", "IRLGOV"),
    ("The Bundeskanzler spoke to reporters.", "The Bundeskanzler", "DEUGOV"),
    ("The Chancellor of the Exchequer will present the budget.", "The Chancellor of the Exchequer", "GBRGOV"),
])
def test_a_title_of_one_country_gives_it(mentions_of, text, mention, code):
    m = find(mentions_of(text, None), mention)
    assert m.code == code and "is " + code[:3] + "'s" in m.why


def test_a_country_in_the_text_wins_over_the_titles(mentions_of):
    """A place written in the mention is read before the title's own country."""
    assert find(mentions_of("The French chancellor spoke.", None), "The French chancellor").code == "FRAGOV"
    assert find(mentions_of("Germany's Bundeskanzlerin spoke.", None), "Germany's Bundeskanzlerin").code == "DEUGOV"


def test_a_general_title_stays_open(mentions_of):
    """"chancellor" alone belongs to no country: no code is guessed from the title."""
    assert find(mentions_of("The chancellor spoke.", None), "The chancellor").code == "---GOV"


def test_the_officer_of_a_body_we_do_not_know_is_no_states(resolver, parse):
    text = ("Vladimir Putin met Joe Biden. The president of Harvard University resigned. "
            "Wayne Frederick, president of Howard University, wrote a letter.")
    mentions = resolver.find(parse(text), published="2021-11-05")
    assert not any(m.code and m.code.endswith("GOV") for m in mentions if m.start > text.index("resigned") - 40)



def test_a_name_after_a_titles_office_is_the_titled_person(mentions_of):
    """spaCy tags no person in "… of the President of Ukraine Ihor Zhovkva": the capitalised words after the
    title's office are the titled person's name, and his surname later is him."""
    ms = mentions_of("Deputy Head of the Office of the President of Ukraine Ihor Zhovkva held talks in Vienna. "
                     "Zhovkva thanked the hosts.")
    assert find(ms, "Zhovkva").code == "UKRGOV"


def test_a_name_after_a_titles_body_is_the_titled_person(mentions_of):
    """spaCy reads "Rosatom Alexei Likhachev" as one organisation: the body is Rosatom, the rest its head."""
    m = find(mentions_of("Vladimir Putin had a meeting with Head of Rosatom Alexei Likhachev.", "2021-11-20"),
             "Head of Rosatom Alexei Likhachev")
    assert (m.code, m.name) == ("RUSGOV", "Alexei Likhachev")


def test_an_adviser_to_a_title_is_that_countrys_and_named_after_the_field(mentions_of):
    """"Adviser to the Prime Minister of Finland on Defence Matters Liisa Virtanen-Koski": the adviser (not the
    prime minister) is the one named, after the policy field; her double-barrelled name later is her."""
    ms = mentions_of("Security Adviser to the Prime Minister of Finland on Defence Matters Liisa Virtanen-Koski "
                     "met the delegation. Later Liisa Virtanen-Koski praised the plan.", "2021-11-20")
    first = next(m for m in ms if m.text.startswith("Adviser to the Prime Minister of Finland"))
    assert first.text.endswith("Liisa Virtanen-Koski") and (first.code, first.name) == ("FINGOV", "Liisa Virtanen-Koski")
    assert find(ms, "Liisa Virtanen-Koski").code == "FINGOV"


def test_an_advisers_field_in_small_letters_comes_before_the_name_too(mentions_of):
    """"Adviser to the President of Ukraine on economic issues Oleg Ustenko": the field may be written in small
    letters; the adviser is the one named after it, and "the President's adviser" later is he, not the president."""
    ms = mentions_of("This was stated by Adviser to the President of Ukraine on economic issues Oleg Ustenko. "
                     "The President's adviser pointed out that Germany imports oil.", "2022-04-10")
    first = next(m for m in ms if m.text.startswith("Adviser to the President of Ukraine"))
    assert first.text.endswith("Oleg Ustenko") and (first.code, first.name) == ("UKRGOV", "Oleg Ustenko")
    assert find(ms, "The President's adviser").name == "Oleg Ustenko"


def test_a_field_in_small_letters_does_not_join_a_known_official_nor_a_title_that_serves_no_one(mentions_of):
    ms = mentions_of("The minister spoke on security issues Vladimir Putin raised.", "2022-04-10")
    assert find(ms, "Vladimir Putin").name == "Vladimir Putin"


def test_a_title_owned_by_another_title_has_the_head_nouns_class(mentions_of):
    """"The President's spokesman Ivan Petrenko" is a spokesman, no head of state whose country stays open:
    like "the presidential spokesman", he is the story's country's."""
    ms = mentions_of("Ukraine's army held its ground near Kharkiv. The President's spokesman Ivan Petrenko met "
                     "reporters in Kyiv. Ukraine said it would fight.", "2022-04-10")
    assert next(m for m in ms if m.text.endswith("Ivan Petrenko")).code == "UKRGOV"


def test_a_region_naming_a_titles_policy_field_is_no_actor(mentions_of):
    """"Trade and Asian Policy Adviser to the Federal President of Lithuania X": Asia is what the adviser
    works on, not a party to what he does."""
    ms = mentions_of("Trade and Asian Policy Adviser to the Federal President of Lithuania Tomas Petraitis-Vaitkus "
                     "held a call with Mark Rutte.", "2021-11-20")
    assert not [m for m in ms if m.text in ("Asian", "Asia")]
    adviser = next(m for m in ms if "Petraitis" in m.text)
    assert (adviser.code, adviser.name) == ("LTUGOV", "Tomas Petraitis-Vaitkus")


def test_an_adviser_to_a_known_official_is_not_that_official(mentions_of):
    """"Adviser to President Joe Biden": Biden keeps his own mention; the adviser does not take his name."""
    ms = mentions_of("An adviser to President Joe Biden spoke to reporters.", "2022-03-01")
    assert not any(m.name == "Joe Biden" and m.text.lower().startswith("adviser") for m in ms)
    assert any(m.name == "Joe Biden" and m.code == "USAGOV" for m in ms)


@pytest.mark.parametrize("text,place,code", [
    ("The minister stressed Warsaw's firm commitment to the alliance.", "Warsaw", "POLGOV"),
    ("The spokesman repeated Ottawa's official position on the treaty.", "Ottawa", "CANGOV"),
])
def test_a_role_word_used_as_an_adjective_is_no_role(mentions_of, text, place, code):
    """"Warsaw's firm commitment" is Poland's commitment, not a Polish company's."""
    ms = mentions_of(text, None)
    assert find(ms, place).code == code
    assert not any(m.code and m.code.endswith(("BUS",)) for m in ms)


def test_a_region_word_is_the_places_not_the_governors_name(mentions_of):
    """"Governor of Kursk Region Roman Starovoit": the governor is Roman Starovoit, and "Starovoit" later is him."""
    ms = mentions_of("Vladimir Putin met with Governor of Kursk Region Roman Starovoit. Starovoit reported.", "2021-11-20")
    m = find(ms, "Governor of Kursk Region Roman Starovoit")
    assert (m.code, m.name) == ("RUSGOV", "Roman Starovoit")
    assert find(ms, "Starovoit").code == "RUSGOV"


def test_the_head_of_a_state_body_a_press_office_names_is_that_states(resolver, parse):
    """"Head of the Federal Customs Service Vladimir Bulavin" on kremlin.ru: the service is Russia's (a bare state
    body on its office's page), and so is the person its title names; elsewhere both stay uncoded."""
    text = "Vladimir Putin had a meeting with Head of the Federal Customs Service Vladimir Bulavin. Bulavin reported."
    on_page = resolver.find(parse(text), published="2021-11-20", url="http://en.kremlin.ru/events/president/news/1")
    assert find(on_page, "Vladimir Bulavin").code == "RUSGOV" and find(on_page, "Bulavin").code == "RUSGOV"
    elsewhere = resolver.find(parse(text), published="2021-11-20")
    assert find(elsewhere, "Vladimir Bulavin").code is None


def test_the_government_of_a_known_leader_is_his_countrys(mentions_of):
    """"the government of Abdrabbuh Mansur Hadi": Yemen's (his dated role), not a government of no country."""
    ms = mentions_of("Riyadh has backed the government of Abdrabbuh Mansur Hadi since 2015.", "2019-09-15")
    m = next(m for m in ms if "government" in m.text)
    assert m.code == "YEMGOV" and "Hadi" in m.text
    # a body of another sector keeps the group apart: the army named with a leader is not his government
    ms = mentions_of("The army of Viktor Orban rejected the plan.", "2019-09-15")
    assert not any(m.code == "HUNGOV" and "army" in m.text for m in ms)


def test_a_titled_person_of_one_name_is_named_so_again(mentions_of):
    """"Malaysia's home minister Suharjo" (one name, unknown to us): "Suharjo" later is the minister."""
    ms = mentions_of("Malaysia's home minister Suharjo was injured on Monday. Later Suharjo left the hospital.",
                     "2019-10-11")
    assert find(ms, "Suharjo").code == "MYSGOV" and "surname" in find(ms, "Suharjo").why
