"""Shared fixtures of the hardening tests: one loaded Coder per session, a small real store."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"

# Short runs in CI; benchmarks/fuzz_long.py is the long run (>= 100,000 inputs).
settings.register_profile("hardening", deadline=None, derandomize=True, print_blob=True,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                                 HealthCheck.function_scoped_fixture])


def fuzz_settings(examples: int):
    return settings(settings.get_profile("hardening"), max_examples=examples)


@pytest.fixture(scope="session")
def coder():
    from tidings.pipeline import Coder

    return Coder.load()


COUNTRIES = ["France", "Germany", "China", "Russia", "India", "Brazil", "Japan", "Turkey"]


def news_docs(n: int, prefix: str = "h") -> list[dict]:
    """Short constructed news documents (not real news), distinct enough not to be duplicates."""
    docs = []
    for i in range(n):
        a, b = COUNTRIES[i % 8], COUNTRIES[(i * 3 + 1) % 8]
        docs.append({"id": f"{prefix}{i:03d}", "published": "2024-05-02",
                     "text": f"The foreign minister of {a} met the president of {b} on Monday in "
                             f"meeting number {i}. {a} accused {b} of violating the border accord "
                             f"{i * 7}, officials said. \"We will respond to case {i},\" the "
                             f"minister said."})
    return docs


def write_jsonl(path: Path, docs: list[dict]) -> Path:
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    return path


def run_env() -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO / "src") + os.pathsep + env.get("PYTHONPATH", "")
    return env


TIDINGS = [sys.executable, "-m", "tidings"]
