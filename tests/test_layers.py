"""Layers only look down: models, normalizers, the record path and offline extraction never import Scrapy."""

from __future__ import annotations

import subprocess
import sys


def test_bottom_layers_do_not_import_scrapy():
    code = ("import sys, autoparts_crawler.records.models, autoparts_crawler.normalize, autoparts_crawler.records.build, "
            "autoparts_crawler.extract, autoparts_crawler.sites, autoparts_crawler.web.urls, autoparts_crawler.induction; "
            "print(sorted(m for m in sys.modules if m == 'scrapy' or m.startswith('scrapy.')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_normalizers_do_not_load_dateparser_until_needed():
    code = "import sys, autoparts_crawler.normalize; print('dateparser' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def _package_imports() -> dict[str, set[str]]:
    """Module -> package modules it imports at module level (TYPE_CHECKING blocks excluded)."""
    import ast
    from pathlib import Path

    root = Path(__file__).resolve().parents[1] / "src" / "autoparts_crawler"
    graph: dict[str, set[str]] = {}
    for path in root.rglob("*.py"):
        name = ".".join(("autoparts_crawler", *path.relative_to(root).with_suffix("").parts)).removesuffix(".__init__")
        deps: set[str] = set()
        for node in ast.parse(path.read_text("utf-8")).body:
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("autoparts_crawler"):
                deps.add(node.module)
                deps.update(f"{node.module}.{a.name}" for a in node.names)
            elif isinstance(node, ast.Import):
                deps.update(a.name for a in node.names if a.name.startswith("autoparts_crawler"))
        graph[name] = deps
    return {m: {d for d in deps if d in graph and d != m} for m, deps in graph.items()}


def test_package_has_no_import_cycle():
    graph = _package_imports()
    state: dict[str, int] = {}

    def visit(module: str, trail: list[str]) -> None:
        state[module] = 1
        for dep in sorted(graph[module]):
            if state.get(dep) == 1:
                raise AssertionError("import cycle: " + " -> ".join([*trail, module, dep]))
            if dep not in state:
                visit(dep, [*trail, module])
        state[module] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module, [])


def test_no_private_name_is_imported_across_modules():
    import ast
    from pathlib import Path

    root = Path(__file__).resolve().parents[1] / "src" / "autoparts_crawler"
    offenders = []
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("autoparts_crawler"):
                offenders += [f"{path.name}: {node.module}.{a.name}" for a in node.names
                              if a.name.startswith("_") and not a.name.startswith("__")]
    assert offenders == []


def test_extraction_keeps_no_module_level_cache():
    """A page analysis lives on the PageAnalysis object only: no module-level dict/list/cache."""
    import ast
    from pathlib import Path

    root = Path(__file__).resolve().parents[1] / "src" / "autoparts_crawler" / "extraction"
    found = []
    for path in root.glob("*.py"):
        for node in ast.parse(path.read_text("utf-8")).body:
            value = node.value if isinstance(node, (ast.Assign, ast.AnnAssign)) else None
            targets = node.targets if isinstance(node, ast.Assign) else [getattr(node, "target", None)]
            if any(getattr(t, "id", "") == "__all__" for t in targets):
                continue
            if isinstance(value, (ast.Dict, ast.List, ast.Set)) or (
                    isinstance(value, ast.Call) and getattr(value.func, "id", getattr(value.func, "attr", ""))
                    in ("OrderedDict", "dict", "list", "defaultdict", "WeakValueDictionary")):
                found.append(f"{path.name}:{node.lineno}")
    assert found == []
