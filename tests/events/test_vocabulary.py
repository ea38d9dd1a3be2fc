"""One modality vocabulary: the coder's list, and everything else derived from it."""

from __future__ import annotations

import json
import re
from importlib import resources

from tidings.events.modality import MODALITIES


def test_query_api_and_schema_agree_with_the_coder():
    from tidings import query
    from tidings.api.app import Modality

    assert query.MODALITIES is MODALITIES
    assert tuple(m.value for m in Modality) == MODALITIES
    schema = json.loads(resources.files("tidings").joinpath("schema/output.schema.json").read_text())
    assert schema["properties"]["events"]["items"] == {"$ref": "#/$defs/event"}
    assert tuple(schema["$defs"]["event"]["properties"]["modality"]["enum"]) == MODALITIES
    assert "future" not in MODALITIES  # no value the coder never emits


def test_dashboard_reads_the_generated_constant():
    from tidings.web import vocabulary

    static = resources.files("tidings").joinpath("web/static")
    assert static.joinpath("vocabulary.js").read_text() == vocabulary.render(), \
        "run `python -m tidings.web.vocabulary`"
    app = static.joinpath("app.js").read_text()
    assert not re.search(r"const MODALITY\s*=", app) and '"hypothetical"' not in app
    index = static.joinpath("index.html").read_text()
    assert index.index("/static/vocabulary.js") < index.index("/static/app.js")


def test_the_coder_emits_only_listed_modalities(code_text, seed_text):
    _, events = code_text(seed_text)
    assert len(events) > 10 and {e.modality for e in events} <= set(MODALITIES)
