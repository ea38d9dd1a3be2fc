import io
import json

from tidings.sources import read_sources
from tidings.sources.files import read_stdin


def test_text_html_and_jsonl(tmp_path):
    (tmp_path / "a.txt").write_text("Plain text.", encoding="utf-8")
    (tmp_path / "b.html").write_text("<html><body><p>Hi</p></body></html>", encoding="utf-8")
    lines = [json.dumps({"id": "one", "text": "First.", "published": "2024-01-02"}),
             "{not json",
             json.dumps({"id": "three", "html": "<p>x</p>", "url": "https://example.org/x"}),
             json.dumps(["not", "an", "object"]),
             json.dumps({"title": "no body"})]
    (tmp_path / "c.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs = list(read_sources([str(tmp_path / n) for n in ("a.txt", "b.html", "c.jsonl")],
                             default_date="2024-04-26"))
    assert [d.id for d in docs] == ["a.txt", "b.html", "one", "c.jsonl:2", "three", "c.jsonl:4", "c.jsonl:5"]
    assert docs[0].text == "Plain text." and docs[0].published == "2024-04-26"
    assert docs[1].html and not docs[1].text
    assert docs[2].published == "2024-01-02"  # the document's own date wins over the default
    assert "malformed JSON on line 2" in str(docs[3].error)
    assert docs[4].url == "https://example.org/x"
    assert "not a JSON object" in str(docs[5].error)
    assert "no 'text' or 'html'" in str(docs[6].error)


def test_unreadable_files(tmp_path):
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02binary\x00")
    (tmp_path / "hollow").mkdir()
    docs = list(read_sources([str(tmp_path / "missing.txt"), str(tmp_path / "bin.txt"),
                              str(tmp_path / "hollow")]))
    assert "no such file" in str(docs[0].error)
    assert "binary" in str(docs[1].error)
    assert "no documents in directory" in str(docs[2].error)


def test_stdin_jsonl_and_text():
    docs = list(read_stdin(io.StringIO('{"id": "s1", "text": "A."}\n{"id": "s2", "text": "B."}\n')))
    assert [d.id for d in docs] == ["s1", "s2"]
    docs = list(read_stdin(io.StringIO("Just a story.\n")))
    assert docs[0].id == "stdin" and docs[0].text == "Just a story.\n"
