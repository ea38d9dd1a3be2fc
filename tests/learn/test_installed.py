"""The event model ships inside the package: built as a wheel, installed into a fresh virtualenv
(its dependencies taken from this environment's site-packages, not reinstalled), it loads from the
installed files and codes the same input to the same output as the source tree."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

# prints where the package and the model were read from, the model's digest, and the coded records
PROBE = r"""
import hashlib, json, sys
import tidings
from importlib import resources
from tidings.learn.model import MODEL_FILE, EventModel
from tidings.model import RawDocument
from tidings.pipeline import code
model = EventModel.load()
blob = resources.files("tidings.data.model").joinpath(MODEL_FILE).read_bytes()
docs = [RawDocument(id=f"d{i}", text=t, published="2024-04-26") for i, t in enumerate(json.loads(sys.argv[1]))]
print(json.dumps({"package": tidings.__file__, "model_sha256": hashlib.sha256(blob).hexdigest(),
                  "features": len(model.index), "records": [r.to_dict() for r in code(docs)]}))
"""
TEXTS = ["The British embassy asked the Iranian government for consular access to the detained journalist.",  # recoded
         "The foreign minister of France praised Germany for its aid to Greece and met the Italian envoy.",
         "Iran rejected the demands of the United States and threatened to close the strait."]


def probe(python: Path | str, cwd: Path) -> dict:
    out = subprocess.run([str(python), "-c", PROBE, json.dumps(TEXTS)], capture_output=True, text=True,
                         cwd=cwd, env={"PATH": "/usr/bin:/bin", "HOME": str(cwd), "TIDINGS_CACHE_DIR": "off"},
                         timeout=600)
    assert out.returncode == 0, out.stderr[-3000:]
    return json.loads(out.stdout.splitlines()[-1])


def test_the_model_loads_from_a_wheel_installed_in_a_fresh_virtualenv(tmp_path):
    # build from a copy: the build writes its own folders, never into the working tree
    src = tmp_path / "src-copy"
    src.mkdir()
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy2(REPO / name, src / name)
    shutil.copytree(REPO / "src", src / "src", ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", str(src), "--no-deps", "-q", "-w", str(tmp_path)],
                           capture_output=True, text=True, timeout=600)
    assert built.returncode == 0, built.stdout[-2000:] + built.stderr[-2000:]
    wheel = next(tmp_path.glob("tidings-*.whl"))

    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    site = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               capture_output=True, text=True, check=True).stdout.strip())
    # dependencies (spaCy, its English model, numpy, …) from this environment, as a plain path entry:
    # that folder's own .pth files (among them this checkout's editable install) are not read
    (site / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    installed = subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps",
                                "--no-index", "-q", str(wheel)], capture_output=True, text=True, timeout=600)
    assert installed.returncode == 0, installed.stdout[-2000:] + installed.stderr[-2000:]

    fresh = probe(python, tmp_path)
    assert Path(fresh["package"]).is_relative_to(env_dir), fresh["package"]  # not the source tree
    here = probe(sys.executable, tmp_path)
    assert Path(here["package"]).is_relative_to(REPO / "src")
    assert fresh["model_sha256"] == here["model_sha256"] and fresh["features"] == here["features"] > 1000
    assert fresh["records"] == here["records"]
    events = [e for r in fresh["records"] for e in r["events"]]
    assert any(e["cameo"] == "020" for e in events), "the model's recoding is missing from the installed run"
