"""`make run`'s job: `tidings run` ingests the bundled examples and prints a readable summary."""

from click.testing import CliRunner

from tidings.cli import main
from tidings.store import Store
from tests.conftest import REPO


def test_run_ingests_examples_and_summarises(tmp_path):
    db = tmp_path / "run.db"
    result = CliRunner().invoke(main, ["run", "--no-serve", "--db", str(db), str(REPO / "examples")])
    assert result.exit_code == 0, result.output
    assert "Events by dyad and CAMEO root" in result.stdout
    assert "Antony Blinken (USAGOV)" in result.stdout
    with Store.open(db) as store:
        stats = store.stats()
    assert stats["documents"] == 4 and stats["events"] > 10
    # a second run changes nothing
    again = CliRunner().invoke(main, ["run", "--no-serve", "--db", str(db), str(REPO / "examples")])
    assert again.exit_code == 0
    assert "unchanged 4" in again.stderr
    with Store.open(db) as store:
        assert store.stats() == stats
