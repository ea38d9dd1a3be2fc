from tidings.extract import extract
from tidings.extract.text import classify_line, clean_text
from tidings.model import RawDocument, Reason, Rejection


def test_seed_teasers_removed(seed_text):
    body, removed = clean_text(seed_text)
    teasers = [r for r in removed if r.reason == "teaser"]
    assert len(teasers) == 6
    for teaser in teasers:
        assert teaser.text.endswith("…")
        assert teaser.text not in body
    assert "VINBAX" not in body and "Narendra Modi" not in body
    # the article body is intact, including an ellipsis inside a quote
    assert body.startswith("US Secretary of State Antony Blinken")
    assert "and … if they don't, we will" in body.replace("’", "'")
    assert body.endswith("he added.")


def test_teaser_rule_is_general():
    assert classify_line("Protesters gathered outside the ministry as talks...") == "teaser"
    assert classify_line("He said the talks would go on.") is None
    long_line = " ".join(["word"] * 60) + "…"
    assert classify_line(long_line) is None  # a long paragraph is body text even with a trailing ellipsis


def test_navigation_lines_removed():
    text = "By Jane Smith\nThe minister met his counterpart.\nRead more: Other story\nShare on Twitter"
    body, removed = clean_text(text)
    assert body == "The minister met his counterpart."
    assert [r.reason for r in removed] == ["byline", "read-more", "share"]


def test_html_goes_through_trafilatura():
    html = ("<html><head><title>Talks in Geneva</title></head><body><nav>Home | World</nav>"
            "<article><h1>Talks in Geneva</h1>" + "<p>The foreign ministers of France and Germany met in "
            "Geneva on Tuesday to discuss the crisis, officials said. " * 3 + "</p></article>"
            "<footer>Copyright 2024</footer></body></html>")
    article = extract(RawDocument(id="x", html=html))
    assert article.error is None
    assert "foreign ministers of France and Germany" in article.text
    assert "Copyright" not in article.text
    assert article.title == "Talks in Geneva"


def test_empty_and_unreadable():
    assert str(extract(RawDocument(id="e", text="  \n ")).error) == "empty: empty document"
    assert extract(RawDocument(id="h", html="<html><body></body></html>")).error
    missing = Rejection(Reason.NOT_FOUND, "no such file: x")
    assert extract(RawDocument(id="r", error=missing)).error == missing
