"""Jobs: running the pipeline into the store — ingest (local, worker processes or Dask) and
watching feeds. The layer above ``pipeline`` (coding) and ``store`` (writing), below the CLI and
the API.

    from tidings.jobs import ingest
    summary = ingest(read_sources(["examples"]), "tidings.db")
"""

from tidings.jobs.ingest import IngestSummary, ingest, raw_hash, store_records

__all__ = ["IngestSummary", "ingest", "raw_hash", "store_records"]
