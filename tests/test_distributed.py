"""Dask scale-out on a real LocalCluster of 2 worker processes: same records as a serial run."""

import json

import pytest

from tidings.jobs.dask import code_on_dask, connect
from tidings.pipeline import code
from tidings.sources import read_sources
from tests.conftest import REPO


@pytest.fixture(scope="module")
def client():
    client = connect(workers=2)
    yield client
    cluster = client.cluster
    client.close()
    cluster.close()


def test_dask_equals_serial(client, tmp_path):
    sources = [str(REPO / "examples" / "constructed.jsonl"), str(REPO / "examples" / "seed_article.txt")]
    serial = [c.to_dict() for c in code(read_sources(sources, default_date="2024-04-26"))]
    distributed = list(code_on_dask(read_sources(sources, default_date="2024-04-26"), tmp_path / "parts",
                                    client=client, partition_size=2))
    assert [r["id"] for r in distributed] == [r["id"] for r in serial]
    assert [[e["id"] for e in r["events"]] for r in distributed] == [[e["id"] for e in r["events"]] for r in serial]
    assert json.dumps(distributed, sort_keys=True) == json.dumps(serial, sort_keys=True)
    assert len(list((tmp_path / "parts").glob("part-*.parquet"))) == 2  # 4 documents, 2 per partition


def test_ingest_on_dask_gives_the_serial_store(tmp_path):
    from click.testing import CliRunner

    from tidings.cli import main
    from tidings.store import Store

    examples = str(REPO / "examples")
    serial_db, dask_db = tmp_path / "serial.db", tmp_path / "dask.db"
    for db, extra in ((serial_db, []), (dask_db, ["--engine", "dask", "--workers", "2",
                                                  "--parquet-dir", str(tmp_path / "parts")])):
        result = CliRunner().invoke(main, ["ingest", examples, "--db", str(db), "-q", *extra])
        assert result.exit_code == 0, result.output
    with Store.open(serial_db) as serial, Store.open(dask_db) as distributed:
        assert distributed.dump() == serial.dump()
    assert list((tmp_path / "parts").glob("part-*.parquet"))
