"""HTML pages: headline and permalink from the markup, language by the share of the text."""

from __future__ import annotations

import json
import re

from tests.conftest import shared_path
from tidings.extract import extract
from tidings.extract.language import split_by_language
from tidings.model import RawDocument

BODY = " ".join(["The foreign ministers of both countries met in the capital on Monday to discuss "
                 "the border dispute and agreed to hold further talks next month."] * 4)


def _page(head: str, body: str) -> str:
    return (f"<!DOCTYPE html><html><head>{head}</head><body>"
            '<h1 id="site-title"><a href="https://example.org/">Example News</a></h1>'
            f"{body}<div class='entry'><p>{BODY}</p><p>{BODY}</p></div></body></html>")


def _key(text):
    return re.sub(r"[\W_]+", " ", text.casefold()).strip()


def test_title_is_the_headline_not_the_site_name():
    html = _page("<title>Example News » Border talks resume after a year</title>",
                 '<h2 class="post-title"><a href="https://example.org/2020/border-talks/" rel="bookmark">'
                 "Border talks resume after a year</a></h2>"
                 '<a href="https://example.org/2020/other-story/" rel="bookmark">Other story</a>')
    article = extract(RawDocument(id="p", html=html))
    assert article.title == "Border talks resume after a year"
    # the bookmark of the headline, not the sidebar's other bookmark
    assert article.url == "https://example.org/2020/border-talks/"


def test_open_graph_and_canonical_win_and_a_given_url_is_kept():
    html = _page('<title>Example News</title><meta property="og:title" content="Ministers meet">'
                 '<link rel="canonical" href="https://example.org/ministers-meet">', "")
    article = extract(RawDocument(id="p", html=html))
    assert (article.title, article.url) == ("Ministers meet", "https://example.org/ministers-meet")
    given = extract(RawDocument(id="p", html=html, url="https://mirror.example/x"))
    assert given.url == "https://mirror.example/x"


def test_global_voices_pages_get_their_headline_and_permalink():
    path = shared_path("corpus", "globalvoices_html_2009", "articles.jsonl")
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 15
    for rec in records:
        article = extract(RawDocument(id=rec["id"], html=rec["html"]))
        assert _key(article.title) == _key(rec["title"]), rec["id"]
        assert article.url == rec["url"], rec["id"]
        assert article.language == "en" and article.error is None, rec["id"]


FRENCH = ("Ami de tous les gouvernements français depuis De Gaulle, il a été le symbole de la "
          "Françafrique et de ses réseaux, et les héritiers du pouvoir ne feront pas mieux pour le "
          "peuple gabonais que leur père, qui est mort dans une clinique en Espagne.")
ENGLISH = ("Bloggers in the region reacted to the death of the president on Sunday night, and many of "
           "them said that the country had been ruled by one man for more than forty years.")


def test_an_english_story_quoting_french_is_english_without_the_quote():
    text = "\n\n".join([ENGLISH, FRENCH, ENGLISH, FRENCH, ENGLISH])
    article = extract(RawDocument(id="gabon", text=text))
    assert article.language == "en" and article.error is None
    assert "gouvernements" not in article.text and article.text.count("Bloggers") == 3
    assert [r.reason for r in article.removed] == ["foreign-language:fr"] * 2
    # a French story stays French (and is not coded)
    french = extract(RawDocument(id="fr", text="\n\n".join([FRENCH] * 4 + [ENGLISH])))
    assert french.language == "fr"


def test_an_original_in_another_script_is_cut_from_its_translated_paragraph():
    hindi = "कोरोना भारत में यग्न अनुष्ठान के कारण शांत था। लोग घर पर रहे।"
    paragraph = f'The organiser said, "{ENGLISH}" ((hi))Hindi language: {hindi}'
    language, text, foreign = split_by_language(paragraph)
    assert language == "en"
    assert "कोरोना" not in text and "forty years" in text
    assert foreign == [(hindi, "hi")]


def test_the_headline_above_the_body_is_not_coded_with_the_lead_sentence():
    # issue 18.11: "Blinken meets Wang Yi in Beijing\nUS Secretary … met …" coded the meeting twice
    from tidings.pipeline import code

    html = ("<html><head><title>Blinken meets Wang Yi in Beijing</title></head><body><article>"
            "<h1>Blinken meets Wang Yi in Beijing</h1><p>US Secretary of State Antony Blinken met "
            "Chinese Foreign Minister Wang Yi in Beijing on Friday, the State Department said. The two "
            "discussed Taiwan and the war in Ukraine.</p><p>Officials said the talks were candid and "
            "that both sides wanted to keep the channels open.</p></article></body></html>")
    (doc,) = code([RawDocument(id="blinken", html=html, published="2024-04-26")])
    assert doc.article.title == "Blinken meets Wang Yi in Beijing"
    assert doc.article.text.startswith("US Secretary of State")
    assert doc.article.removed[0].reason == "headline"
    meetings = [(e.source.code, e.target.code) for e in doc.events if e.cameo.startswith("04")]
    assert sorted(meetings) == [("CHNGOV", "USAGOV"), ("USAGOV", "CHNGOV")]
    assert {e.trigger.text for e in doc.events if e.cameo.startswith("04")} == {"met"}


def test_language_split_is_linear_on_long_punctuation_runs():
    # a run of 20,000 quotes made the foreign-script pattern backtrack quadratically
    import time

    started = time.monotonic()
    language, text, foreign = split_by_language(ENGLISH + " " + '"' * 20_000 + " " + ENGLISH)
    assert time.monotonic() - started < 1.0
    assert language == "en" and foreign == []
