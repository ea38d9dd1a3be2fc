"""Scale-out on Dask: partitions of documents coded on workers, written as Parquet, read back in order.

The same ``pipeline.code`` runs on every worker, so the records (and their event ids) are the ones a
serial run makes. Workers write their partition to ``out_dir``; on a multi-node cluster that must be
a path every worker and the client can reach (a shared file system, or an fsspec URL such as
``s3://bucket/run``).
"""

from __future__ import annotations

import json
import logging
from collections import deque
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from tidings import learn
from tidings.model import RawDocument
from tidings.pipeline import chunked, code, coder_for

log = logging.getLogger(__name__)


def code_partition(index: int, raws: list[RawDocument], published: str | None, out_dir: str,
                   actors: tuple[str, ...] = (), agents: tuple[str, ...] = (), model: bool = True) -> str:
    """Code one partition on a worker and write it as Parquet; returns the file's path."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    # model: the caller's choice (learn.ENABLED), not the worker's default
    coder = coder_for(actors, agents, model)
    records = [coded.to_dict() for coded in code(raws, published=published, coder=coder)]
    table = pa.table({
        "id": [r["id"] for r in records],
        "published": [r["published"] for r in records],
        "record": [json.dumps(r, ensure_ascii=False) for r in records],
    })
    path = f"{out_dir.rstrip('/')}/part-{index:06d}.parquet"
    if "://" not in out_dir:
        Path(out_dir).mkdir(parents=True, exist_ok=True)
    pq.write_table(table, path)
    return path


def read_partition(path: str) -> Iterator[dict]:
    import pyarrow.parquet as pq

    for value in pq.read_table(path, columns=["record"]).column("record").to_pylist():
        yield json.loads(value)


def connect(scheduler: str | None = None, workers: int = 2):
    """A Dask client: to ``scheduler`` (tcp://host:8786) or to a new LocalCluster of processes."""
    from dask.distributed import Client, LocalCluster

    if scheduler:
        return Client(scheduler)
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                           # a local job opens nothing to the network: the dashboard, like the
                           # scheduler and workers, listens on loopback, on any free port
                           dashboard_address="127.0.0.1:0")
    return Client(cluster)


def code_on_dask(raws: Iterable[RawDocument], out_dir: str | Path, *, client=None,
                 scheduler: str | None = None, workers: int = 2, partition_size: int = 32,
                 published: str | None = None, actors: Sequence[str] = (),
                 agents: Sequence[str] = ()) -> Iterator[dict]:
    """Code ``raws`` on Dask and yield contract records in input order.

    At most two partitions per worker are in flight, so the input is read lazily and memory stays
    bounded however large it is.
    """
    own_client = client is None
    client = client or connect(scheduler, workers)
    try:
        width = 2 * max(1, len(client.scheduler_info().get("workers", {})) or workers)
        pending: deque = deque()
        for index, chunk in enumerate(chunked(raws, partition_size)):
            pending.append(client.submit(code_partition, index, chunk, published, str(out_dir),
                                         tuple(actors), tuple(agents), learn.ENABLED, pure=False))
            if len(pending) >= width:
                yield from read_partition(pending.popleft().result())
        while pending:
            yield from read_partition(pending.popleft().result())
    finally:
        if own_client:
            cluster = client.cluster
            client.close()
            if cluster is not None:
                cluster.close()
