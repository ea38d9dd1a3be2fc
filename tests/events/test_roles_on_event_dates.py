"""An official's role is read on the event's own date (issue 18, dates): an event dated before
publication codes the office held then, while the mention itself keeps the publication date."""

from __future__ import annotations

from tidings.model import RawDocument
from tidings.pipeline import code

TEXT = "On September 5, Boris Johnson met Volodymyr Zelensky in Kyiv. Boris Johnson said he was proud."


def test_an_event_before_publication_codes_the_role_held_on_its_date():
    coded = next(code([RawDocument(id="d", text=TEXT, published="2022-09-20")]))
    meeting = [e for e in coded.events if e.source and e.source.name == "Boris Johnson"]
    assert meeting and meeting[0].date == "2022-09-05" and meeting[0].source.code == "GBRGOV"
    assert "on the event's date" in meeting[0].source.why
    # the mention, read on the publication date, is a former head of government
    assert {m.code for m in coded.entities if m.text == "Boris Johnson"} == {"GBRELI"}


def test_a_former_in_the_text_is_not_redated():
    text = "On September 5, former prime minister Boris Johnson met Volodymyr Zelensky in Kyiv."
    coded = next(code([RawDocument(id="d", text=text, published="2022-09-20")]))
    sources = {e.source.code for e in coded.events if e.source and e.source.name == "Boris Johnson"}
    assert sources == {"GBRELI"}
