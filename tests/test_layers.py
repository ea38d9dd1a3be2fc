"""The layout: stages import only what is below them, and module imports have no cycle."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"
# lower to higher; a module may import from its own layer or below (errors/settings/model at the bottom)
LAYERS = [
    {"tidings.errors", "tidings.settings", "tidings.model"},
    {"tidings.nlp", "tidings.dates", "tidings.data", "tidings.vocab"},
    {"tidings.sources", "tidings.extract", "tidings.actors"},
    {"tidings.quotes", "tidings.events", "tidings.learn"},
    {"tidings.pipeline", "tidings.store"},
    {"tidings.query", "tidings.store.export"},  # exports format what the one read path selects
    {"tidings.jobs"},  # running the pipeline into the store: ingest, watch, engines
    {"tidings.api", "tidings.web", "tidings.cli", "tidings.__main__", "tidings"},
]
ALLOWED_UP: set[tuple[str, str]] = set()  # (module, import) pairs, each with its reason


def modules() -> dict[str, Path]:
    out = {}
    for path in (SRC / "tidings").rglob("*.py"):
        name = ".".join(path.relative_to(SRC).with_suffix("").parts)
        out[name[:-9] if name.endswith(".__init__") else name] = path
    return out


def imports(path: Path, known: dict) -> set[str]:
    """Modules imported at module level (``from pkg import submodule`` counts as the submodule)."""
    deps = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("tidings"):
            names = [a.name for a in node.names if a.name != "__version__"]  # a constant, not the API
            subs = [f"{node.module}.{n}" for n in names if f"{node.module}.{n}" in known]
            deps.update(subs if len(subs) == len(names) else subs + [node.module])
        elif isinstance(node, ast.Import):
            deps.update(a.name for a in node.names if a.name.startswith("tidings"))
    return {d for d in deps if d in known}


def layer(name: str) -> int:
    best = None
    for i, group in enumerate(LAYERS):
        for prefix in group:
            if name == prefix or name.startswith(prefix + "."):
                if best is None or len(prefix) > best[1]:
                    best = (i, len(prefix))
    assert best is not None, f"{name} has no layer"
    return best[0]


def test_no_import_from_a_lower_layer_to_a_higher_one():
    known = modules()
    upward = [(m, d) for m, p in known.items() for d in imports(p, known)
              if layer(d) > layer(m) and (m, d) not in ALLOWED_UP]
    assert upward == []


def test_no_import_cycle():
    known = modules()
    graph = {m: imports(p, known) - {m} for m, p in known.items()}
    # the CLI's command modules register on ``tidings.cli.main``: that package imports them last
    graph["tidings.cli"] = {d for d in graph["tidings.cli"] if not d.startswith("tidings.cli.")}
    state: dict[str, int] = {}
    cycles = []

    def visit(u, stack):
        state[u] = 1
        stack.append(u)
        for v in sorted(graph[u]):
            if state.get(v) == 1:
                cycles.append(stack[stack.index(v):] + [v])
            elif not state.get(v):
                visit(v, stack)
        stack.pop()
        state[u] = 2

    for m in sorted(graph):
        if not state.get(m):
            visit(m, [])
    assert cycles == []
