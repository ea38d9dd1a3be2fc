"""Start-up of `tidings code`: what is loaded lazily stays unloaded, and the compiled-data caches
(gazetteer, built-in actor tables) give exactly what building gives (benchmarks/bench_startup.py
measures the time)."""

from __future__ import annotations

import json
import subprocess
import sys

from tidings import nlp
from tidings.actors import compiled

TEXT = "The foreign minister of France met the Chinese envoy in Beijing on Monday."


def test_coding_a_file_loads_no_web_server_feed_archive_or_data_frame_library(tmp_path):
    doc = tmp_path / "one.txt"
    doc.write_text(TEXT + "\n", encoding="utf-8")
    probe = ("import sys, io, contextlib\n"
             "from tidings.cli import main\n"
             "out = io.StringIO()\n"
             "with contextlib.redirect_stdout(out):\n"
             f"    main(['code', {str(doc)!r}], standalone_mode=False)\n"
             "assert '\"events\"' in out.getvalue()\n"
             "print(sorted(m for m in ('feedparser', 'warcio', 'fastapi', 'uvicorn', 'starlette',\n"
             "                         'pandas', 'pyarrow', 'dask', 'trafilatura') if m in sys.modules))\n")
    # (httpx and requests are not in the list: spaCy itself imports them when it loads)
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-3000:]
    assert out.stdout.strip().splitlines()[-1] == "[]"


def _plain(resolver):
    """The resolver's built-in tables as plain values (a Person compares by identity)."""
    def person(p):
        return str(p.name), [str(a) for a in p.aliases], p.roles

    table = {key: [(c.surface, {**vars(c.entry), "official": [person(p) for p in c.entry.official or ()]})
                   for c in cands] for key, cands in resolver.lexicon.table.items()}
    return table, resolver.lexicon.longest, resolver.countries, {n: person(p) for n, p in resolver.officials.items()}


def _use_cache(monkeypatch, folder):
    monkeypatch.setattr(compiled, "_cache_setting", str(folder))


def test_the_cached_builtin_actor_tables_are_the_built_ones(tmp_path, monkeypatch):
    from tidings.actors import resolver as resolver_module
    from tidings.actors.resolver import ActorResolver

    _use_cache(monkeypatch, tmp_path)
    nlp.load()
    assert compiled.load(resolver_module._builtin_cache_file()) is None
    built = ActorResolver.load()  # builds and stores
    assert compiled.load(resolver_module._builtin_cache_file()) is not None
    cached = ActorResolver.load()  # reads the cache
    assert cached.lexicon.table is not built.lexicon.table
    assert _plain(cached) == _plain(built)
    # officials' names keep the tokens they were cached with
    assert [getattr(p.name, "words", None) for p in cached.officials.values()] == \
           [getattr(p.name, "words", None) for p in built.officials.values()]
    doc = nlp.parse_one(TEXT)
    def mentions(resolver):
        return [(a.text, a.start, a.end, a.code, a.name, a.why) for a in resolver.find(doc, "2024-04-26")]

    assert mentions(cached) == mentions(built) and any(code == "FRAGOV" for _t, _s, _e, code, _n, _w in mentions(built))
    # a damaged cache file is read past: the tables are built again
    resolver_module._builtin_cache_file().write_bytes(b"not a pickle")
    again = ActorResolver.load()
    assert len(again.lexicon.table) == len(built.lexicon.table)
    # caching off: built every time, nothing written
    _use_cache(monkeypatch, "off")
    assert resolver_module._builtin_cache_file() is None
    assert len(ActorResolver.load().lexicon.table) == len(built.lexicon.table)


def test_the_cached_gazetteer_is_the_built_one(tmp_path, monkeypatch):
    from tidings.events import location

    _use_cache(monkeypatch, tmp_path)
    location._gazetteer.cache_clear()
    try:
        first = location._gazetteer()  # built and stored
        assert location._cache_file(compiled).exists()
        location._gazetteer.cache_clear()
        second = location._gazetteer()  # read back
        assert second == location._build_gazetteer() == first
        assert location.lookup("Aleppo")["country"] == "SY"
    finally:
        location._gazetteer.cache_clear()
