"""The seed article through the real stages (extract → spaCy → actors → outlets → events)."""

import pytest

from tests.conftest import SEED_DATE


@pytest.fixture(scope="module")
def seed(seed_text, stages):
    from tidings import nlp
    from tidings.extract import extract
    from tidings.model import RawDocument

    article = extract(RawDocument(id="seed", text=seed_text, published=SEED_DATE))
    doc = nlp.parse_one(article.text)
    return doc, stages.code_doc(article, doc).events


def dyad(events, src, tgt, roots):
    return [e for e in events if e.source and e.target and e.source.country == src
            and e.target.country == tgt and e.root in roots]


def test_visit_and_meetings_usa_chn_root_04(seed):
    _, events = seed
    found = dyad(events, "USA", "CHN", {"04"})
    assert any(e.cameo == "042" and e.trigger.text == "visit" for e in found)
    assert any(e.target.code == "CHNGOV" for e in found)
    assert any(e.source.code == "USAGOV" for e in found)


def test_threat_usa_chn_root_13(seed):
    _, events = seed
    threats = dyad(events, "USA", "CHN", {"13"})
    assert len({e.sentence for e in threats}) >= 2  # the quote and "will take further action … if"
    assert all(e.modality == "threatened" for e in threats)


def test_disapproval_usa_chn_root_11_or_12(seed):
    _, events = seed
    assert dyad(events, "USA", "CHN", {"11", "12"})


def test_support_chn_rus_is_the_us_sides_claim(seed):
    _, events = seed
    support = dyad(events, "CHN", "RUS", {"05", "06", "07", "08"})
    assert support
    enabling = [e for e in support if e.trigger.text == "enabling"]
    assert enabling and enabling[0].modality == "reported"
    assert all(e.modality == "reported" for e in support if "defence industrial base" in (e.target.text or ""))


def test_pledge_chn_usa(seed):
    _, events = seed
    pledge = dyad(events, "CHN", "USA", {"03", "05"})
    assert pledge and pledge[0].trigger.text == "pledged"


def test_existing_sanctions_are_historical(seed):
    _, events = seed
    sanctions = dyad(events, "USA", "CHN", {"16"})
    assert sanctions and {e.modality for e in sanctions} == {"historical"}


def test_no_events_from_teasers_and_every_offset_checks_out(seed):
    doc, events = seed
    assert "VINBAX" not in doc.text
    for e in events:
        assert e.evidence in doc.text
        for span in (e.source, e.target, e.trigger):
            if span is not None:
                assert doc.text[span.start:span.end] == span.text
        assert e.id and e.cameo.startswith(e.root)
    assert len({e.id for e in events}) == len(events)


def test_outlet_credit(seed):
    _, events = seed
    first = [e for e in events if e.sentence == 0]
    assert first and all(e.reported_by == "CNN" for e in first)
