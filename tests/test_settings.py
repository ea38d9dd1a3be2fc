"""Settings: defined once, layered packaged defaults < environment < flags, read only at the edge."""

from __future__ import annotations

import dataclasses

import pytest
from click.testing import CliRunner

from tidings.settings import DEFAULT_DB, SettingError, Settings


def test_layers_defaults_then_environment_then_flags():
    assert Settings.load({}) == Settings()
    env = {"TIDINGS_DB": "env.db", "TIDINGS_FAST_PATH": "0", "TIDINGS_FETCH_TIMEOUT": "5"}
    from_env = Settings.load(env)
    assert (from_env.db, from_env.fast_path, from_env.fetch_timeout) == ("env.db", False, 5.0)
    flagged = Settings.load(env, db="flag.db", fetch_timeout=None)  # None: the flag was not given
    assert (flagged.db, flagged.fetch_timeout) == ("flag.db", 5.0)
    assert Settings.load({"TIDINGS_API_TOKEN": "  "}).api_token is None  # blank means none


def test_frozen_and_malformed_values_are_named():
    with pytest.raises(dataclasses.FrozenInstanceError):
        Settings().db = "x"  # type: ignore[misc]
    with pytest.raises(SettingError, match="TIDINGS_FETCH_MAX_BYTES='lots'"):
        Settings.load({"TIDINGS_FETCH_MAX_BYTES": "lots"})


def test_one_home_for_defaults():
    """The CLI options, the fetch policy and the library's default store all read the settings."""
    from tidings.cli import main
    from tidings.query import open_store
    from tidings.sources.fetch import FetchPolicy
    from tidings.store.store import Store
    import inspect

    policy = FetchPolicy()
    assert (policy.timeout, policy.max_bytes, policy.per_host_delay) == (
        Settings.default("fetch_timeout"), Settings.default("fetch_max_bytes"), Settings.default("fetch_delay"))
    assert DEFAULT_DB == "tidings.db"
    assert inspect.signature(open_store).parameters["db"].default == DEFAULT_DB
    assert inspect.signature(Store.open).parameters["db"].default == DEFAULT_DB
    help_text = CliRunner().invoke(main, ["ingest", "--help"]).output
    assert Settings.help("fetch_timeout") in help_text and Settings.help("db") in help_text


def test_fast_path_is_not_read_at_import(monkeypatch):
    """TIDINGS_FAST_PATH reaches spaCy only through the edge's settings."""
    from tidings import nlp
    from tidings.cli import main

    monkeypatch.setattr(nlp, "FAST_PATH", True)
    monkeypatch.setenv("TIDINGS_FAST_PATH", "0")
    assert nlp.FAST_PATH is True  # the environment alone changes nothing
    result = CliRunner().invoke(main, ["code", "--help"])
    assert result.exit_code == 0
    assert nlp.FAST_PATH is False  # the CLI built its settings and configured the pipeline


def test_api_text_limit_is_derived_from_the_pipeline_limit():
    from tidings.api.app import MAX_TEXT
    from tidings.pipeline import MAX_CHARS

    assert MAX_TEXT > MAX_CHARS and MAX_TEXT % MAX_CHARS == 0


def test_the_dictionary_cache_folder_is_a_setting():
    from tidings.settings import Settings

    assert Settings.load({}).cache_dir is None  # the library's default folder
    assert Settings.load({"XDG_CACHE_HOME": "/x"}).cache_dir == "/x/tidings"
    assert Settings.load({"TIDINGS_CACHE_DIR": "off", "XDG_CACHE_HOME": "/x"}).cache_dir == "off"
