"""A head of state's own site: its bare "the President" is the office's holder on the day."""

from __future__ import annotations

import pytest

from tests.actors.conftest import find
from tidings.actors.publishers import publisher_of

KREMLIN = "http://en.kremlin.ru/events/president/news/67081"


@pytest.mark.parametrize("url, country", [
    (KREMLIN, "RUS"),
    ("https://www.president.gov.ua/en/news/some-readout", "UKR"),
    ("president.gov.ua/en/news/x", "UKR"),
    ("https://kremlin.ru.example.com/", None),    # a parent domain must be the whole host's tail
    ("https://www.bbc.co.uk/news/world", None),
    ("http://[kremlin.ru/broken", None),             # malformed: no publisher, no error
    (None, None),
])
def test_publisher_of_a_page(url, country):
    found = publisher_of(url)
    assert (found.country if found else None) == country


def test_the_bare_title_on_the_office_site_is_its_holder_on_the_day(resolver, parse):
    text = "The President held a meeting with members of the Security Council. The Head of State thanked them."
    on_site = resolver.find(parse(text), published="2021-11-05", url=KREMLIN)
    for title in ("The President", "The Head of State"):
        m = find(on_site, title)
        assert (m.code, m.name) == ("RUSGOV", "Vladimir Putin"), m.why
        assert "kremlin.ru" in m.why
    earlier = find(resolver.find(parse(text), published="2010-03-01", url=KREMLIN), "The President")
    assert (earlier.code, earlier.name) == ("RUSGOV", "Dmitry Medvedev")
    elsewhere = find(resolver.find(parse(text), published="2021-11-05"), "The President")
    assert elsewhere.code == "---GOV" and elsewhere.name is None


def test_other_presidents_on_the_office_site_keep_their_own_country(resolver, parse):
    text = ("The President of France arrived in Moscow. The presidents discussed trade. "
            "The Deputy Head of the Office of the President met them.")
    mentions = resolver.find(parse(text), published="2021-11-05", url=KREMLIN)
    assert find(mentions, "The President of France").code == "FRAGOV"
    # only the office's own "the President" (of "the Office of the President") is its holder
    assert [m.text for m in mentions if m.name == "Vladimir Putin"] in ([], ["the President"])
    assert find(mentions, "The presidents").code == "FRAGOV"


def test_the_bare_security_council_on_the_office_site_is_its_states(resolver, parse):
    text = ("The President held a meeting with permanent members of the Security Council. "
            "Russia raised the issue at the UN Security Council.")
    on_site = resolver.find(parse(text), published="2021-11-05", url=KREMLIN)
    councils = [m for m in on_site if m.text == "Security Council"]
    assert [m.code for m in councils] == ["RUSGOV", "IGOUNO"], [m.why for m in councils]
    elsewhere = resolver.find(parse(text), published="2021-11-05")
    assert [m.code for m in elsewhere if m.text == "Security Council"] == ["IGOUNO", "IGOUNO"]


def test_a_state_agency_named_on_the_office_site_is_its_states(resolver, parse):
    text = "Vladimir Putin had a working meeting with Head of the Federal Taxation Service Daniil Yegorov."
    on_site = resolver.find(parse(text), published="2021-11-20", url=KREMLIN)
    assert find(on_site, "Federal Taxation Service").code == "RUSGOV"
    elsewhere = resolver.find(parse(text), published="2021-11-20")
    assert find(elsewhere, "Federal Taxation Service").code is None


def test_the_bare_title_is_the_holder_even_after_another_president_was_named(resolver, parse):
    text = "Vladimir Putin will meet Alexander Lukashenko. Later the President will meet the governor."
    m = find(resolver.find(parse(text), published="2022-04-12", url=KREMLIN), "the President")
    assert (m.code, m.name) == ("RUSGOV", "Vladimir Putin"), m.why


UA = "https://www.president.gov.ua/en/news/some-readout"


def test_a_role_in_the_name_of_a_state_body_on_the_office_site(resolver, parse):
    # the role gives the sector, the page its state (the story names two countries: no story country)
    text = ("The President spoke with the Prime Minister of Poland about the border. Representatives of the "
            "National Police reported on the forgery of certificates. France offered help.")
    m = find(resolver.find(parse(text), published="2021-11-05", url=UA), "Police")
    assert m.code == "UKRCOP", m.why
    elsewhere = find(resolver.find(parse(text), published="2021-11-05"), "Police")
    assert elsewhere.code.startswith("---"), elsewhere.why
    # a name with no role word is no state body: "the National Medical Chamber" is an association
    other = resolver.find(parse(text.replace("National Police", "National Medical Chamber")), published="2021-11-05",
                          url=UA)
    assert not any(a.code and a.code.startswith("UKR") and "Chamber" in a.text for a in other)


def test_a_leader_we_do_not_know_on_the_office_site_about_its_own_state(resolver, parse):
    text = ("The President held a meeting on economic issues. Russia's budget was discussed, and Russia's exports. "
            "Deputy Prime Minister Ivan Zorin reported on housing in Russia. The President thanked him.")
    m = find(resolver.find(parse(text), published="2022-06-07", url=KREMLIN), "Deputy Prime Minister Ivan Zorin")
    assert m.code == "RUSGOV", m.why
    # not on other pages: a deputy prime minister we do not know may be any country's
    m = find(resolver.find(parse(text), published="2022-06-07"), "Deputy Prime Minister Ivan Zorin")
    assert m.code.startswith("---"), m.why
    # nor on the office's pages about another state
    abroad = text.replace("Russia", "Armenia")
    m = find(resolver.find(parse(abroad), published="2022-06-07", url=KREMLIN), "Deputy Prime Minister Ivan Zorin")
    assert m.code.startswith("---"), m.why


def test_a_title_under_the_office_on_its_site_is_its_states(resolver, parse):
    """"Adviser to the President X" on president.gov.ua holds his post under the page's office: Ukraine's, not the
    country the story names most (the enemy he speaks of), and so is his bare name later."""
    text = ("Economic Adviser to the President Oleg Vasko is confident that sanctions work. "
            "Oleg Vasko considers the delay unacceptable. Russia receives billions from Europe for its gas.")
    mentions = resolver.find(parse(text), published="2022-05-01", url=UA)
    assert find(mentions, "Adviser to the President Oleg Vasko").code == "UKRGOV"
    assert find(mentions, "Oleg Vasko").code == "UKRGOV"
    # a country after the office's title is that country's; other pages leave the bare one to the story
    m = find(resolver.find(parse(text.replace("the President Oleg", "the President of Estonia Oleg")),
                           published="2022-05-01", url=UA), "Adviser to the President of Estonia Oleg Vasko")
    assert m.code == "ESTGOV"
    m = find(resolver.find(parse(text), published="2022-05-01"), "Adviser to the President Oleg Vasko")
    assert not m.code.startswith("UKR"), m.why


def test_a_national_security_body_on_the_office_site_is_its_states(resolver, parse):
    """"the National Security and Defense Council" on president.gov.ua is Ukraine's: a name opening with "National
    Security" is a state's body (not "National" alone: "the National Medical Chamber" is an association)."""
    text = ("The National Security and Defense Council imposed sanctions on the companies. "
            "The National Medical Chamber protested.")
    on_site = resolver.find(parse(text), published="2022-05-14", url=UA)
    assert find(on_site, "National Security and Defense Council").code == "UKRGOV"
    assert not find(on_site, "National Medical Chamber").code
    assert find(resolver.find(parse(text), published="2022-05-14"), "National Security and Defense Council").code is None
