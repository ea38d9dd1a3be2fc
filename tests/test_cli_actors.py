"""`tidings actors page.html` reads the page's main text as `tidings code` does, not its markup."""

from __future__ import annotations

import json

from click.testing import CliRunner

from tidings.cli import main

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Blinken in Beijing</title>
<script>var tracking = {"Pentagon": "NATO"};</script></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/russia">Russia</a></nav>
<article><h1>Blinken meets Wang Yi in Beijing</h1>
<p>US Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Beijing on Friday,
the State Department said, as the two countries tried to steady relations after months of tension
over trade, Taiwan and Russia's war in Ukraine.</p>
<p>Blinken told reporters that Washington wanted China to stop supplying Russia with machine tools
and microelectronics, and Wang said Beijing would defend its interests.</p></article>
<footer>Copyright NATO News Ltd. Subscribe to our newsletter.</footer></body></html>
"""


def run(*args):
    result = CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


def test_actors_extracts_the_main_text_of_html(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    mentions = [json.loads(line) for line in run("actors", page, "--format", "jsonl").splitlines()]
    texts = {m["text"] for m in mentions}
    assert not [t for t in texts if "<" in t or "DOCTYPE" in t or "html" in t.lower()]
    assert "Home" not in texts and not any("NATO" in t for t in texts)  # nav, script, footer
    assert any(m["code"] == "USAGOV" and "Blinken" in m["text"] for m in mentions)
    # offsets are into the text `tidings code` codes
    coded = json.loads(run("code", page).splitlines()[0])
    for m in mentions:
        assert coded["text"][m["start"]:m["end"]] == m["text"]
