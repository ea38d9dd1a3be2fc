"""One error base, one CLI handler: every domain error is a TidingsError, the CLI prints its
message and exit code (no traceback), and a bad dictionary fails fast even with worker processes."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest
from click.testing import CliRunner

from tidings.cli import main
from tidings.errors import TidingsError

from tests.conftest import SEED

BAD_DICTIONARY = "UNBALANCED [[[\n"


def domain_errors() -> list[type]:
    from tidings.actors.dictionaries import DictionaryError
    from tidings.api.app import ApiError
    from tidings.events.cameo import UnknownCode
    from tidings.events.gold import GoldFormatError
    from tidings.events.lexicon import LexiconError
    from tidings.events.petrarch import PetrarchDictionaryError
    from tidings.nlp import ModelMissing
    from tidings.nlp.attributes import UnsupportedRule
    from tidings.pipeline import DocumentTimeout
    from tidings.query import QueryError
    from tidings.quotes.polnear import GoldError
    from tidings.settings import SettingError
    from tidings.sources.feeds import UnsafeXML
    from tidings.sources.fetch import FetchError
    from tidings.store.db import StoreError

    return [DictionaryError, ApiError, UnknownCode, GoldFormatError, LexiconError, PetrarchDictionaryError,
            ModelMissing, UnsupportedRule, DocumentTimeout, QueryError, GoldError, SettingError, UnsafeXML,
            FetchError, StoreError]


def test_every_domain_error_derives_from_the_base_and_keeps_its_builtin():
    from tidings.actors.dictionaries import DictionaryError
    from tidings.events.cameo import UnknownCode
    from tidings.nlp import ModelMissing

    assert all(issubclass(cls, TidingsError) for cls in domain_errors())
    # handlers written against the built-ins still match
    assert issubclass(DictionaryError, ValueError) and issubclass(UnknownCode, KeyError)
    assert issubclass(ModelMissing, RuntimeError)


def test_the_cli_reports_a_domain_error_without_a_traceback(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text(BAD_DICTIONARY)
    result = CliRunner().invoke(main, ["code", "--actors", str(bad), str(SEED)])
    assert result.exit_code == 1
    assert f"{bad}:1" in result.output and "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_a_bad_environment_variable_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(main, ["code", str(SEED)], env={"TIDINGS_FETCH_TIMEOUT": "soon"})
    assert result.exit_code == 1
    assert "TIDINGS_FETCH_TIMEOUT='soon' is not a valid float" in result.output


def test_workers_fail_fast_with_the_dictionary_error(tmp_path):
    """It used to hang: the pool restarted workers whose initializer raised, for ever."""
    bad = tmp_path / "bad.txt"
    bad.write_text(BAD_DICTIONARY)
    started = time.monotonic()
    proc = subprocess.run([sys.executable, "-m", "tidings", "code", "--workers", "2", "--actors", str(bad), str(SEED)],
                          capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert proc.returncode == 1
    assert f"{bad}:1: unbalanced brackets" in proc.stderr
    assert "Traceback" not in proc.stderr and proc.stdout == ""
    assert time.monotonic() - started < 60


def test_a_worker_that_cannot_load_raises_in_the_caller(monkeypatch, tmp_path):
    """Whatever fails in a worker's start-up reaches the caller with the first chunk (no hang)."""
    from tidings import pipeline
    from tidings.model import RawDocument

    bad = tmp_path / "bad.txt"
    bad.write_text(BAD_DICTIONARY)
    monkeypatch.setattr(pipeline, "check_dictionaries", lambda actors, agents: None)  # only the workers read it
    with pytest.raises(TidingsError, match=f"DictionaryError: {bad}:1: unbalanced brackets"):
        list(pipeline.code_parallel([RawDocument(id="a", text="Russia attacked Ukraine.")], workers=2,
                                    actors=[str(bad)]))


def test_code_parallel_leaves_the_callers_environment_alone(monkeypatch):
    from tidings import pipeline
    from tidings.model import RawDocument

    for var in pipeline.WORKER_THREAD_VARIABLES:
        monkeypatch.delenv(var, raising=False)
    before = dict(os.environ)
    out = list(pipeline.code_parallel([RawDocument(id="a", text="Russia attacked Ukraine on Friday.")],
                                      workers=2, published="2024-04-26"))
    assert [r.article.id for r in out] == ["a"] and out[0].events
    assert dict(os.environ) == before
