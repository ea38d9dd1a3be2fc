"""The author a title names, and the first person of the text it stands for."""

from __future__ import annotations

import pytest

from tidings.actors.author import author_of, may_name_author


@pytest.mark.parametrize("title, code", [
    ("Address by the President of Ukraine to the Parliament of the United Kingdom", "UKRGOV"),
    ("We continue to fight - address by President Volodymyr Zelenskyy", "UKRGOV"),
    ("The supply of weapons is the best investment in stability - President Volodymyr Zelenskyy", "UKRGOV"),
    ("Volodymyr Zelenskyy: I would not like a story about Ukraine as about 300 Spartans", "UKRGOV"),
    ("Speech by Head of the Office of the President of Ukraine Andriy Yermak at Chatham House", "UKRGOV"),
    ("Address by the President of the Russian Federation", "RUSGOV"),
    ("We are fighting for a free future - the address of the President of Ukraine", "UKRGOV"),
])
def test_a_title_naming_who_speaks_gives_the_author(mentions_of, parse, title, code):
    assert may_name_author(title)
    author = author_of(parse(title), mentions_of(title, "2022-03-01"))
    assert author is not None and author.code == code, title


@pytest.mark.parametrize("title", [
    "Africa: Gay and Lesbian Voices in African Blogosphere",  # a place before the colon
    "Head of State: We have done everything to make Russia say it will not invade",  # no country
    "Zelenskyy met Duda in Kyiv to discuss weapons",  # a story about him, not by him
    "Ukraine and Poland - a partnership for decades",
])
def test_a_title_that_names_no_speaker_gives_none(mentions_of, parse, title):
    assert author_of(parse(title), mentions_of(title, "2022-03-01")) is None, title


def test_the_first_person_of_an_address_is_its_author_and_of_a_story_nobody():
    from tidings.model import RawDocument
    from tidings.pipeline import code

    text = "Today I spoke with President Andrzej Duda. I thanked him for the help."
    address, story = code([
        RawDocument(id="a", text=text, title="We continue to fight - address by President Volodymyr Zelenskyy",
                    published="2022-03-05"),
        RawDocument(id="b", text=text, title="A day in Warsaw", published="2022-03-05")])
    assert ("041", "UKRGOV", "POLGOV") in {(e.cameo, e.source and e.source.code, e.target and e.target.code)
                                           for e in address.events}
    assert not any(e.source and e.source.code == "UKRGOV" for e in story.events)
