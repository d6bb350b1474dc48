"""The import rules of docs/architecture.md, read from the source (every import, top-level or
inside a function; `if TYPE_CHECKING:` blocks excepted, since they never run).

- The core is pure: app.playbook and app.calendar import no I/O — no web framework, database,
  HTTP client, mail or calendar protocol, cloud SDK — only the standard library, a short list of
  pure parsing libraries, app.errors and each other (calendar may use the playbook's roles).
- Providers talk to Google, Microsoft, IMAP and CalDAV; they never import the HTTP surface
  (app.api, app.addons), the CLI or the auto-draft service above them.
- The storage layer imports no surface or service; the suggestion service no surface.
- No cycles among the imports Python runs when a module is loaded.

Where today's code still breaks the target picture, the exception is listed in KNOWN with the
reason; the test fails when one is fixed and not removed, so the list only shrinks.
"""

from __future__ import annotations

import ast
import sys
from collections import defaultdict
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP = ROOT / "app"

# Pure libraries the core may use: parsing and formats, no I/O of their own.
CORE_THIRD_PARTY = {"dateutil", "icalendar", "recurring_ical_events", "orjson", "pyphen"}
# What the core packages may import from the app.
CORE_APP = {
    "playbook": {"playbook"},
    "calendar": {"calendar", "playbook", "errors"},
}
SURFACES = {"api", "addons", "cli", "main", "autodraft", "connect"}

# Known breaks of the target picture (issue 17): (importing package, imported package) -> why.
KNOWN: dict[tuple[str, str], str] = {}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


class _Imports(ast.NodeVisitor):
    def __init__(self, module: str, is_package: bool) -> None:
        self.module = module
        self.is_package = is_package
        self.top: set[str] = set()
        self.all: set[str] = set()
        self._depth = 0

    def _add(self, names: list[str]) -> None:
        self.all.update(names)
        if self._depth == 0:
            self.top.update(names)

    def visit_If(self, node: ast.If) -> None:
        test = node.test
        name = test.id if isinstance(test, ast.Name) else getattr(test, "attr", None)
        if name == "TYPE_CHECKING":
            for child in node.orelse:
                self.visit(child)
            return
        self.generic_visit(node)

    def _nested(self, node: ast.AST) -> None:
        self._depth += 1
        self.generic_visit(node)
        self._depth -= 1

    visit_FunctionDef = _nested
    visit_AsyncFunctionDef = _nested

    def visit_Import(self, node: ast.Import) -> None:
        self._add([alias.name for alias in node.names])

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        if node.level:
            base = self.module.split(".")
            keep = len(base) - node.level + (1 if self.is_package else 0)
            module = ".".join(base[:keep] + ([node.module] if node.module else []))
        else:
            module = node.module or ""
        self._add([module, *(f"{module}.{alias.name}" for alias in node.names)])


@cache
def _graph() -> dict[str, _Imports]:
    out = {}
    for path in sorted(APP.rglob("*.py")):
        name = _module_name(path)
        visitor = _Imports(name, path.name == "__init__.py")
        visitor.visit(ast.parse(path.read_text(), str(path)))
        out[name] = visitor
    return out


def _package(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else parts[0]


def _app_packages(imports: set[str]) -> set[str]:
    return {_package(name) for name in imports if name.startswith("app.")}


def _third_party(imports: set[str]) -> set[str]:
    tops = {name.split(".")[0] for name in imports if name}
    return {t for t in tops if t != "app" and t not in sys.stdlib_module_names}


def test_the_core_imports_no_io() -> None:
    wrong = []
    for module, found in _graph().items():
        package = _package(module)
        if package not in CORE_APP:
            continue
        for lib in sorted(_third_party(found.all) - CORE_THIRD_PARTY):
            wrong.append(f"{module} imports {lib}")
        for other in sorted(_app_packages(found.all) - CORE_APP[package]):
            wrong.append(f"{module} imports app.{other}")
    assert not wrong, wrong


def _breaks(importer: str, forbidden: set[str]) -> set[tuple[str, str, str]]:
    out = set()
    for module, found in _graph().items():
        if _package(module) != importer:
            continue
        for other in _app_packages(found.all) & forbidden:
            out.add((importer, other, module))
    return out


def test_providers_and_storage_stay_below_the_surfaces() -> None:
    found = (
        _breaks("providers", SURFACES)
        | _breaks("store", SURFACES | {"providers"})
        # One suggestion service under both surfaces (the Gmail card and /v1/suggest).
        | _breaks("suggestions", {"api", "addons", "cli", "main"})
    )
    unexpected = sorted(b for b in found if (b[0], b[1]) not in KNOWN)
    assert not unexpected, unexpected
    # A known break that is gone must leave KNOWN, so the list only shrinks.
    still = {(a, b) for a, b, _ in found}
    assert set(KNOWN) <= still, set(KNOWN) - still


def test_no_cycles_among_load_time_imports() -> None:
    graph = _graph()
    edges: dict[str, set[str]] = defaultdict(set)
    for module, found in graph.items():
        edges[module] = {name for name in found.top if name in graph and name != module}
    # Tarjan's strongly connected components, iteratively (no recursion limit to hit).
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(edges[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    cycles.append(sorted(component))
    assert not cycles, cycles


def test_the_rules_see_real_imports() -> None:
    """The reader itself: it must find imports we know are there (else every rule passes)."""
    graph = _graph()
    assert "app.errors" in graph["app.calendar.ics"].all
    assert "fastapi" in _third_party(graph["app.main"].all)
    assert "app.playbook.voice" in graph["app.playbook.drafting"].top
