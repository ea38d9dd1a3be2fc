"""The long fuzz run: >= 100,000 generated or mutated inputs through every entry point that takes
outside data. Seeded (replayable); no network beyond an in-process ASGI client.

    .venv/bin/python benchmarks/fuzz_long.py [--scale 1.0] [--seed 1] [--out fuzz_long.json]

For each entry point it counts inputs, accepted, rejected by named reason, and unhandled exceptions
by type (with the first failing input saved next to --out). An unhandled exception is a bug; the
run goes on to count them all. Figures of the documented run are in docs/reliability.md.
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import sys
import tempfile
import time
import traceback
import warnings
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "src"))

from tests.hardening.fuzzing import (ARTICLE_HTML, ATOM, ODD_URLS, RSS, SITEMAP,  # noqa: E402
                                     SITEMAP_INDEX, gz, named, nested, warc_bytes)

TOKENS = [b"<", b">", b"&", b"]]>", b"<![CDATA[", b"&amp;", b"\x00", b"\xff\xfe", b"\r\n\r\n",
          b"&#0;", b"&#x110000;", b"<item>", b"</channel>", b'"', b"\xe2\x80", b"<!DOCTYPE x>",
          b"<!--", b"-->", b"\xef\xbb\xbf", b"WARC/1.0\r\n", b"Content-Length: 99999999\r\n",
          b"Content-Length: -1\r\n", b"\x1f\x8b\x08"]
WORDS = ["France", "Germany", "China", "the", "minister", "said", "met", "accused", "Mr", "Biden",
         "President", "of", "in", "on", "Monday", "attack", "talks", ",", ".", '"', "“", "”", "'",
         "(", ")", "—", "…", "\n", "\n\n", "according", "to", "CNN", "reported", "not", "will",
         "Read more:", "By John Smith", "Share this article", "<b>", "&amp;", "\u200b", "\u202e",
         "\ud800", "\udfff", "\udc80"]  # lone surrogates, as a JSON escape or a file name makes them
FIELDS = ["id", "text", "html", "url", "title", "published"]


def mutate(rng: random.Random, data: bytes, max_ops: int = 6) -> bytes:
    buf = bytearray(data)
    for _ in range(rng.randint(0, max_ops)):
        op = rng.choice(("flip", "insert", "delete", "truncate", "dup"))
        pos = rng.randint(0, max(0, len(buf) - 1))
        if op == "flip" and buf:
            buf[pos] = rng.randrange(256)
        elif op == "insert":
            buf[pos:pos] = rng.choice(TOKENS) if rng.random() < 0.5 else rng.randbytes(rng.randint(1, 16))
        elif op == "delete" and buf:
            del buf[pos:pos + rng.randint(1, 64)]
        elif op == "truncate":
            del buf[pos:]
        elif op == "dup" and buf:
            buf[pos:pos] = buf[pos:min(len(buf), pos + rng.randint(1, 200))]
    return bytes(buf)


def rand_text(rng: random.Random, n: int = 60) -> str:
    kind = rng.random()
    if kind < 0.5:
        return " ".join(rng.choice(WORDS) for _ in range(rng.randint(0, n)))
    if kind < 0.8:
        return "".join(chr(rng.choice([rng.randint(32, 126), rng.randint(0, 0x2FFF), rng.randint(0, 31)]))
                       for _ in range(rng.randint(0, n)))
    return rng.randbytes(rng.randint(0, n)).decode("utf-8", "replace")


def rand_json(rng: random.Random, depth: int = 0):
    r = rng.random()
    if depth > 2 or r < 0.5:
        return rng.choice([None, True, 1, -1.5, 10**30, "", rand_text(rng, 10), [], {}])
    if r < 0.75:
        return [rand_json(rng, depth + 1) for _ in range(rng.randint(0, 3))]
    return {rand_text(rng, 5): rand_json(rng, depth + 1) for _ in range(rng.randint(0, 3))}


def rand_url(rng: random.Random) -> str:
    return rng.choice(ODD_URLS) if rng.random() < 0.7 else "http://" + rand_text(rng, 12)


def rand_jsonl_line(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.03:  # nested far past the recursion limit
        return nested(rng.randint(900, 120_000), rng.choice(["list", "object", "text"]))
    if r < 0.08:  # ids of every JSON type, odd URLs, impossible dates, surrogate escapes
        return json.dumps({"id": rand_json(rng), "text": rand_text(rng), "url": rand_url(rng),
                           "published": rng.choice(["2024-13-45", "2024-02-30", "2024-05-02"])})
    if r < 0.5:
        rec = {f: (rand_text(rng) if rng.random() < 0.7 else rand_json(rng)) for f in FIELDS
               if rng.random() < 0.5}
        line = json.dumps(rec)
    elif r < 0.7:
        line = json.dumps(rand_json(rng))
    elif r < 0.85:
        line = json.dumps({"id": "x", "text": rand_text(rng)})[: rng.randint(0, 40)]
    else:
        line = rand_text(rng)
    return line.replace("\n", " ").replace("\r", " ")


class Tally:
    def __init__(self, out_dir: Path):
        self.stats: dict[str, dict] = {}
        self.out_dir = out_dir

    def entry(self, name: str) -> dict:
        return self.stats.setdefault(name, {"inputs": 0, "accepted": 0, "rejected": collections.Counter(),
                                            "unhandled": collections.Counter(), "unnamed": 0,
                                            "seconds": 0.0})

    def crash(self, name: str, exc: BaseException, sample) -> None:
        e = self.entry(name)
        key = f"{type(exc).__name__}"
        if not e["unhandled"][key]:
            path = self.out_dir / f"fuzz_crash_{name}_{key}.bin"
            path.write_bytes(sample if isinstance(sample, bytes) else repr(sample).encode("utf-8"))
            (self.out_dir / f"fuzz_crash_{name}_{key}.txt").write_text(
                "".join(traceback.format_exception(exc))[-4000:])
        e["unhandled"][key] += 1

    def error(self, name: str, error) -> None:
        from tidings.store.store import reason_for

        e = self.entry(name)
        if error:
            e["rejected"][reason_for(error)] += 1
            if not named(error):
                e["unnamed"] += 1
        else:
            e["accepted"] += 1


def run(n_scale: float, seed: int, out: Path) -> dict:
    rng = random.Random(seed)
    out.parent.mkdir(parents=True, exist_ok=True)
    tally = Tally(out.parent)
    counts = {k: max(1, int(v * n_scale)) for k, v in {
        "jsonl": 30_000, "files": 5_000, "html": 8_000, "text": 12_000, "feeds": 15_000,
        "sitemaps": 15_000, "sitemaps_gz": 5_000, "warc": 5_000, "api": 10_000, "pipeline": 2_000,
        "gzip": 8_000, "store": 4_000,
    }.items()}

    from tidings.extract import extract
    from tidings.model import RawDocument, Reason
    from tidings.sources.feeds import parse_feed
    from tidings.sources.files import SourceError, from_jsonl, gunzip, read_path
    from tidings.sources.sitemaps import parse_sitemap
    from tidings.sources.warc import read_warc

    def timed(name, fn):
        started = time.monotonic()
        fn()
        tally.entry(name)["seconds"] += time.monotonic() - started
        e = tally.entry(name)
        print(f"{name}: {e['inputs']} inputs, {e['accepted']} accepted, "
              f"{sum(e['rejected'].values())} rejected, unhandled {dict(e['unhandled'])} "
              f"({e['seconds']:.0f}s)", file=sys.stderr, flush=True)

    def jsonl():
        for _ in range(counts["jsonl"]):
            line = rand_jsonl_line(rng)
            e = tally.entry("jsonl")
            e["inputs"] += 1
            try:
                for doc in from_jsonl([line], "f.jsonl"):
                    tally.error("jsonl", doc.error)
            except Exception as exc:
                tally.crash("jsonl", exc, line)

    tmp = Path(tempfile.mkdtemp(prefix="fuzz_long_"))

    def files():
        seeds = [ARTICLE_HTML.encode(), b"Plain text about France.", RSS,
                 b'{"id": "a", "text": "x"}\n{"id": "b", "html": "<p>y</p>"}\n']
        for i in range(counts["files"]):
            data = mutate(rng, rng.choice(seeds)) if rng.random() < 0.7 else rng.randbytes(rng.randint(0, 300))
            path = tmp / f"f{i % 50}{rng.choice(['.txt', '.html', '.jsonl', '.json', '.md', ''])}"
            path.write_bytes(data)
            tally.entry("files")["inputs"] += 1
            try:
                for doc in read_path(path):
                    tally.error("files", doc.error)
            except Exception as exc:
                tally.crash("files", exc, data)

    def html():
        for _ in range(counts["html"]):
            data = mutate(rng, ARTICLE_HTML.encode(), 8).decode("utf-8", "replace")
            tally.entry("html")["inputs"] += 1
            try:
                tally.error("html", extract(RawDocument(id="h", html=data)).error)
            except Exception as exc:
                tally.crash("html", exc, data)

    def text():
        for _ in range(counts["text"]):
            t = rand_text(rng, 200)
            published = rng.choice([None, "", "2024-05-02", "2024-05-02T10:00:00Z", rand_text(rng, 12)])
            tally.entry("text")["inputs"] += 1
            try:
                tally.error("text", extract(RawDocument(id="t", text=t, published=published)).error)
            except Exception as exc:
                tally.crash("text", exc, t)

    def feeds():
        for _ in range(counts["feeds"]):
            data = mutate(rng, rng.choice([RSS, ATOM]))
            tally.entry("feeds")["inputs"] += 1
            try:
                parse_feed(data, "https://news.example/feed")
                tally.error("feeds", None)
            except SourceError as exc:  # a named refusal (UnsafeXML is one)
                tally.error("feeds", exc.rejection)
            except ValueError as exc:  # the documented refusal of a non-feed
                tally.error("feeds", f"unreadable: {exc}")
            except Exception as exc:
                tally.crash("feeds", exc, data)

    def sitemaps(name, seeds):
        for _ in range(counts[name]):
            data = mutate(rng, rng.choice(seeds), 4 if name == "sitemaps_gz" else 6)
            tally.entry(name)["inputs"] += 1
            try:
                parse_sitemap(data)
                tally.error(name, None)
            except SourceError as exc:
                tally.error(name, exc.rejection)
            except ValueError as exc:
                tally.error(name, f"unreadable: {exc}")
            except Exception as exc:
                tally.crash(name, exc, data)

    def warc():
        seeds = [warc_bytes(gz=False), warc_bytes(gz=True)]
        for i in range(counts["warc"]):
            data = mutate(rng, rng.choice(seeds), 4)
            path = tmp / ("a.warc.gz" if rng.random() < 0.5 else "a.warc")
            path.write_bytes(data)
            tally.entry("warc")["inputs"] += 1
            try:
                for doc in read_warc(path):
                    tally.error("warc", doc.error)
            except Exception as exc:
                tally.crash("warc", exc, data)

    def gzip_members():
        import gzip as gzip_module

        for _ in range(counts["gzip"]):
            parts = [rng.randbytes(rng.randint(0, 300)) for _ in range(rng.randint(1, 4))]
            data = b"".join(gzip_module.compress(p, mtime=0) for p in parts)
            if rng.random() < 0.5:
                data = mutate(rng, data, 3)
            tally.entry("gzip")["inputs"] += 1
            try:
                out = gunzip(data)
                if data == b"".join(gzip_module.compress(p, mtime=0) for p in parts):
                    assert out == b"".join(parts), "a member was lost"
                tally.error("gzip", None)
            except SourceError as exc:
                tally.error("gzip", exc.rejection)
            except Exception as exc:
                tally.crash("gzip", exc, data)

    def store():
        """Runs of outside contract records: colliding ids, odd URLs, surrogates; a rerun must
        change nothing and the first text under each id must stay."""
        from tests.store.records import record
        from tidings.store import Store
        from tidings.jobs import store_records

        done = 0
        while done < counts["store"]:
            db = str(tmp / f"store{done}.db")
            run = [(rng.choice("abcdef"), rand_text(rng, 30) or "x", rand_url(rng))
                   for _ in range(rng.randint(1, 20))]
            records = [record(i, text=t, url=u) for i, t, u in run]
            done += len(records)
            tally.entry("store")["inputs"] += len(records)
            try:
                dumps, summaries = [], []
                for _ in range(2):
                    summaries.append(store_records(records, db, validate=False))
                    assert summaries[-1].failed == 0, summaries[-1].errors[:3]
                    with Store.open(db) as st:
                        dumps.append(st.dump())
                assert dumps[0] == dumps[1], "a rerun changed the store"
                first = summaries[0]
                for name, n in first.rejected.items():
                    tally.entry("store")["rejected"][name] += n
                tally.entry("store")["accepted"] += first.coded + first.unchanged
            except Exception as exc:
                tally.crash("store", exc, run)

    def api():
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from fastapi.testclient import TestClient
        from tests.api.records import corpus
        from tests.hardening.test_fuzz import ENDPOINTS
        from tidings.api import create_app
        from tidings.store import Store
        from tidings.jobs import store_records

        db = str(tmp / "api.db")
        store_records(corpus(), db)
        with Store.open(db) as store:
            before = store.dump()
        specials = ["'", "\"", ";", "' OR '1'='1", "1; DROP TABLE events; --", "%", "_", "*", "NEAR(",
                    "-1", "0", "99999999999999999999", "2024-13-45", "2024-05-02", "USA", "04", "NaN",
                    "a" * 3000, "true", "null", "()", "col:value", "^"]
        with TestClient(create_app(db), raise_server_exceptions=False) as client:
            for _ in range(counts["api"]):
                path = rng.choice(sorted(ENDPOINTS))
                names = rng.sample(ENDPOINTS[path], rng.randint(0, min(4, len(ENDPOINTS[path]))))
                params = {n: (rng.choice(specials) if rng.random() < 0.4 else
                              rand_text(rng, 20).replace("\x00", "")) for n in names}
                tally.entry("api")["inputs"] += 1
                try:
                    r = client.get(path, params=params)
                except Exception as exc:  # the client refusing to send it (control characters)
                    tally.error("api", f"bad_url: {exc}")
                    continue
                if r.status_code >= 500:
                    tally.crash("api", RuntimeError(f"HTTP {r.status_code} {r.text[:200]}"), (path, params))
                elif r.status_code == 200:
                    tally.error("api", None)
                else:
                    tally.entry("api")["rejected"][f"http_{r.status_code}"] += 1
        with Store.open(db) as store:
            assert store.dump() == before, "an API query changed the store"

    def pipeline():
        from tidings.pipeline import Coder, code

        coder = Coder.load()
        batch = []
        for i in range(counts["pipeline"]):
            batch.append(RawDocument(id=f"p{i}", text=rand_text(rng, 120)))
            if len(batch) == 50 or i == counts["pipeline"] - 1:
                tally.entry("pipeline")["inputs"] += len(batch)
                try:
                    out = list(code(batch, coder=coder))
                    assert [o.article.id for o in out] == [b.id for b in batch]
                    for o in out:
                        if o.error and o.error.reason == Reason.CODING_FAILED:
                            tally.crash("pipeline", RuntimeError(str(o.error)), o.article.text)
                        else:
                            tally.error("pipeline", o.error)
                except Exception as exc:
                    tally.crash("pipeline", exc, [b.text for b in batch])
                batch = []

    started = time.monotonic()
    timed("jsonl", jsonl)
    timed("files", files)
    timed("html", html)
    timed("text", text)
    timed("feeds", feeds)
    timed("sitemaps", lambda: sitemaps("sitemaps", [SITEMAP, SITEMAP_INDEX]))
    timed("sitemaps_gz", lambda: sitemaps("sitemaps_gz", [gz(SITEMAP), gz(SITEMAP_INDEX)]))
    timed("warc", warc)
    timed("gzip", gzip_members)
    timed("store", store)
    timed("api", api)
    timed("pipeline", pipeline)
    total = sum(e["inputs"] for e in tally.stats.values())
    summary = {"seed": seed, "scale": n_scale, "inputs": total,
               "seconds": round(time.monotonic() - started, 1),
               "unhandled": sum(sum(e["unhandled"].values()) for e in tally.stats.values()),
               "entry_points": {k: {**v, "rejected": dict(v["rejected"]), "unhandled": dict(v["unhandled"]),
                                    "seconds": round(v["seconds"], 1)} for k, v in tally.stats.items()}}
    out.write_text(json.dumps(summary, indent=1, sort_keys=True))
    return summary


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scale", type=float, default=1.0, help="multiply every input count")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", type=Path, default=Path("benchmarks/results/fuzz_long.json"))
    args = ap.parse_args()
    summary = run(args.scale, args.seed, args.out)
    print(json.dumps({k: summary[k] for k in ("seed", "inputs", "seconds", "unhandled")}))
    for name, e in summary["entry_points"].items():
        print(f"{name:12} {e['inputs']:7d} inputs  accepted {e['accepted']:6d}  "
              f"rejected {sum(e['rejected'].values()):6d} {e['rejected']}  "
              f"unnamed {e['unnamed']}  unhandled {e['unhandled']}  {e['seconds']}s")


if __name__ == "__main__":
    main()
