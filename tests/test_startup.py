"""Start-up of `tidings code`: what is loaded lazily stays unloaded, and the gazetteer read from
the compiled-data cache is the one built (benchmarks/bench_startup.py measures the time)."""

from __future__ import annotations

import subprocess
import sys

from tidings.actors import compiled

TEXT = "The foreign minister of France met the Chinese envoy in Beijing on Monday."


def test_coding_a_file_loads_no_web_server_feed_archive_data_frame_library_or_store(tmp_path):
    doc = tmp_path / "one.txt"
    doc.write_text(TEXT + "\n", encoding="utf-8")
    probe = ("import sys, io, contextlib\n"
             "from tidings.cli import main\n"
             "out = io.StringIO()\n"
             "with contextlib.redirect_stdout(out):\n"
             f"    main(['code', {str(doc)!r}], standalone_mode=False)\n"
             "assert '\"events\"' in out.getvalue()\n"
             "print(sorted(m for m in ('feedparser', 'warcio', 'fastapi', 'uvicorn', 'starlette',\n"
             "                         'pandas', 'pyarrow', 'dask', 'trafilatura', 'tidings.query',\n"
             "                         'tidings.store') if m in sys.modules))\n")
    # (httpx and requests are not in the list: spaCy itself imports them when it loads)
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-3000:]
    assert out.stdout.strip().splitlines()[-1] == "[]"


def _use_cache(monkeypatch, folder):
    monkeypatch.setattr(compiled, "_cache_setting", str(folder))


def test_the_cached_gazetteer_is_the_built_one(tmp_path, monkeypatch):
    from tidings.events import location

    _use_cache(monkeypatch, tmp_path)
    location._gazetteer.cache_clear()
    try:
        first = location._gazetteer()  # built and stored
        assert len(list((tmp_path / "builtin").glob("gazetteer-*.marshal"))) == 1
        location._gazetteer.cache_clear()
        cities, countries = location._gazetteer()  # read back
        built_cities, built_countries = location._build_gazetteer()
        assert dict(cities.items()) == built_cities == dict(first[0].items()) and len(built_cities) > 100000
        assert countries == built_countries
        assert "aleppo" in cities and "aleppox" not in cities and "" not in cities and "zzzz" not in cities
        assert location.lookup("Aleppo")["country"] == "SY"
        assert location.lookup("the Hague") == {"name": "The Hague", "country": "NL", "lat": 52.07667, "lon": 4.29861}
    finally:
        location._gazetteer.cache_clear()
