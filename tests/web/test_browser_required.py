"""Under `make test` (TIDINGS_REQUIRE_BROWSER=1) a missing Chromium fails the dashboard tests."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _run_one_dashboard_test(require: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, TIDINGS_CHROMIUM="/nonexistent/chromium", TIDINGS_REQUIRE_BROWSER=require)
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
         "tests/web/test_dashboard.py", "-k", "test_api_docs_page_renders_offline", "-x"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)


def test_missing_browser_is_a_failure_when_required():
    done = _run_one_dashboard_test("1")
    assert done.returncode == 1, done.stdout[-2000:]
    assert "1 error" in done.stdout and "skipped" not in done.stdout
    assert "apt-get install chromium" in done.stdout


def test_makefile_runs_tests_with_the_browser_required():
    makefile = (ROOT / "Makefile").read_text()
    assert "TIDINGS_REQUIRE_BROWSER=1" in makefile
    assert "test: $(STAMP) browser" in makefile
