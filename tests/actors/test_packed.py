"""The packaged actor data read back from the cache (``actors/packed.py``): the same lexicon as a
build, a cache per version of the data and code, and a build whenever the cache cannot serve."""

from __future__ import annotations

import pytest

from tidings.actors import ActorResolver, compiled, packed
from tidings.actors.lexicon import Lexicon
from tidings.actors.resolver import _SpacyWords
from tidings.actors.spelling import Spelling

TEXT = ("US Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Beijing. "
        "Lavrov said the Kremlin and Hizbullah rejected the plan; the Ukrainan army advanced.")


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setattr(compiled, "_cache_setting", str(tmp_path / "cache"))
    return tmp_path / "cache"


def cached_files(cache):
    return sorted((cache / "builtin").glob("actors-*.marshal")) if (cache / "builtin").exists() else []


def shape(lexicon: Lexicon) -> dict:
    """Every key with its candidates' fields, in order (people by name: they are objects of their own)."""
    keys = list(lexicon.packed.keys()) if lexicon.packed is not None else []
    out = {}
    for key in sorted(set(keys) | set(lexicon.table)):
        out[key] = [(c.surface, c.entry.kind, str(c.entry.name), c.entry.code, c.entry.sectors, c.entry.role_kind,
                     c.entry.role_class, c.entry.needs_country, c.entry.plural, c.entry.restrictions,
                     c.entry.source, c.entry.user, c.entry.surname_only,
                     None if c.entry.official is None else [(str(p.name), [str(a) for a in p.aliases], p.roles)
                                                            for p in c.entry.official])
                    for c in lexicon.candidates(key)]
    return out


def test_read_back_is_the_built_lexicon(cache, monkeypatch, mentions_of):
    first = ActorResolver.load()  # builds, and writes the cache
    built, countries, officials, given_names = packed.build_lexicon(_SpacyWords())  # as before the cache
    assert len(cached_files(cache)) == 1

    def no_build(*args, **kwargs):
        raise AssertionError("built again although cached")

    monkeypatch.setattr(packed, "build", no_build)
    again = ActorResolver.load()
    assert again.lexicon.packed is not None and len(again.lexicon) == len(first.lexicon) > 20000
    # same keys, same candidates in the same order, same people, same misspelling index
    assert shape(again.lexicon) == shape(first.lexicon) == shape(built)
    assert list(again.officials) == list(officials) and len(officials) > 15000
    for name in ("Sergei Lavrov", "Antony Blinken", "Wang Yi"):
        person, read = officials[name], again.officials[name]
        assert (person.name, person.aliases, person.roles) == (read.name, read.aliases, read.roles)
        assert read.name.words == person.name.words
    spelling = Spelling(built)
    spelling.build_index()
    index, spelled = again.lexicon.packed.spelling
    assert index == spelling.index and set(spelled) == set(spelling.entries)
    assert again.spelling.match(["Afganistan"], "GPE")[0].code == "AFG"
    assert again.given_names == given_names and again.countries == countries
    # and the mentions of a text are those of a resolver over the lexicon built from scratch
    scratch = ActorResolver(built, countries, officials, given_names)
    ms = mentions_of(TEXT, r=again)
    assert [(m.text, m.code, m.why) for m in ms] == [(m.text, m.code, m.why) for m in mentions_of(TEXT, r=scratch)]
    assert {m.text: m.code for m in ms}["Lavrov"] == "RUSGOV"
    assert any("spelling: 'Ukrainan'" in (m.why or "") for m in ms)


def test_entries_are_shared_as_when_built(cache):
    """A person named by several aliases is one object, in the officials and in every entry."""
    r = ActorResolver.load()
    people = [c.entry.official for key in (("sergei", "lavrov"), ("lavrov",)) for c in r.lexicon.candidates(key)
              if c.entry.official]
    assert people and all(any(p is r.officials["Sergei Lavrov"] for p in ps) for ps in people)


def test_user_entries_still_win_over_the_packaged_ones(cache, tmp_path, mentions_of):
    path = tmp_path / "mine.txt"
    path.write_text("Lavrov = XYZGOV\n", encoding="utf-8")
    r = ActorResolver.load(actors=[str(path)])
    cands = r.lexicon.candidates(("lavrov",))
    assert cands[0].entry.user and not cands[-1].entry.user  # the packaged official is kept behind
    assert {m.text: m.code for m in mentions_of("Lavrov said no.", r=r)}["Lavrov"] == "XYZGOV"


@pytest.mark.parametrize("content", [b"", b"not marshal at all", b"\xff\x00garbage", None])
def test_a_corrupt_cache_is_rebuilt(cache, content, mentions_of):
    ActorResolver.load()
    (path,) = cached_files(cache)
    good = path.read_bytes()
    path.write_bytes(good[: len(good) // 2] if content is None else content)  # None: truncated
    r = ActorResolver.load()
    assert {m.text: m.code for m in mentions_of(TEXT, r=r)}["Lavrov"] == "RUSGOV"
    assert path.read_bytes() == good  # written again, whole


def test_an_unwritable_cache_folder_still_loads(tmp_path, monkeypatch, mentions_of):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setattr(compiled, "_cache_setting", str(blocker / "cache"))  # mkdir fails under a file
    r = ActorResolver.load()
    assert {m.text: m.code for m in mentions_of(TEXT, r=r)}["Lavrov"] == "RUSGOV"
    monkeypatch.setattr(compiled, "_cache_setting", "off")
    assert compiled.data_file("actors", "any") is None
    assert {m.text: m.code for m in mentions_of(TEXT, r=ActorResolver.load())}["Lavrov"] == "RUSGOV"


def test_the_cache_is_keyed_by_data_and_code():
    parts = packed.sources()
    names = [name for name, _ in parts]
    for needed in ("data/countries.tsv", "data/officials.tsv", "data/officials_phoenix.tsv", "data/orgs.tsv",
                   "data/orgs_phoenix.tsv", "data/roles.tsv", "data/cities.tsv", "data/given_names.tsv",
                   "code/lexicon.py", "code/officials.py", "code/packed.py", "code/spelling.py", "model"):
        assert needed in names
    key = compiled.data_key("actors", parts)
    assert compiled.data_key("actors", packed.sources()) == key  # stable
    assert compiled.data_key("verbs", parts) != key
    for at in (names.index("data/officials.tsv"), names.index("code/lexicon.py"), names.index("model")):
        edited = list(parts)
        name, content = edited[at]
        edited[at] = (name, content + b" ")  # one byte more
        assert compiled.data_key("actors", edited) != key
    assert compiled.data_key("actors", parts[:-1]) != key


def test_a_foreign_file_under_the_key_is_not_read(cache):
    import marshal

    path = compiled.data_file("actors", compiled.data_key("actors", packed.sources()))
    path.parent.mkdir(parents=True)
    path.write_bytes(marshal.dumps(("someone else's", {"table": {}})))
    r = ActorResolver.load()
    assert len(r.lexicon) > 20000 and marshal.loads(path.read_bytes())[0].startswith("tidings actors ")


def test_other_versions_unread_for_a_month_are_pruned(cache):
    import os
    import time

    ActorResolver.load()
    (current,) = cached_files(cache)
    stale, recent = cache / "builtin" / "actors-0ld.marshal", cache / "builtin" / "actors-n3w.marshal"
    for path, days in ((stale, compiled.STALE_DAYS + 1), (recent, 1)):
        path.write_bytes(b"another version")
        os.utime(path, (time.time() - days * 86400,) * 2)
    os.utime(current, (time.time() - 400 * 86400,) * 2)
    ActorResolver.load()  # reads the current file: marks it as read
    assert current.stat().st_mtime > time.time() - 60
    current.write_bytes(b"corrupt")  # the next load builds and writes, and prunes as it writes
    ActorResolver.load()
    assert sorted(p.name for p in cached_files(cache)) == sorted([current.name, recent.name])
