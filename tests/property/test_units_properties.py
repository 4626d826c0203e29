"""``find_units`` against its definition, on random nested module trees.

``find_units`` keeps its block graph up to date as it splits subtree blocks
and only re-examines the cycle group a split touches. Its definition is
simpler: starting from the top-level subtrees, take the largest subtree
block whose split into its children gives more units, counting the units
of the whole item graph from scratch, until none does. ``check_units``
computes that definition here, by brute force from the item edges, and
compares both on crates whose modules nest up to three deep, whose
functions call each other across the tree (cycles included), and whose
items may be pinned to other blocks: modules (also children of subtree
blocks, which then hold their own items) and item-level base blocks, as
the planner pins them.
"""

from __future__ import annotations

import networkx as nx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crate_split.analysis import SourceTree, analyze_crate
from crate_split.model import ItemId, ModulePath
from crate_split.splitter import derive_constraints, find_atoms, find_units
from crate_split.splitter.units import base_block, facade_only, home_module

EXAMPLES = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_MANIFEST = '[package]\nname = "tree"\nversion = "0.1.0"\nedition = "2021"\n'


@st.composite
def nested_crates(draw: st.DrawFn) -> tuple[SourceTree, list[tuple[int, int]]]:
    """A crate of nested inline modules whose functions call each other,
    and ``(function, block)`` pin choices by index."""
    paths: list[ModulePath] = []
    for top in range(draw(st.integers(1, 4))):
        paths.append((f"m{top}",))
        for child in range(draw(st.integers(0, 3))):
            paths.append((f"m{top}", f"c{child}"))
            for grandchild in range(draw(st.integers(0, 2))):
                paths.append((f"m{top}", f"c{child}", f"g{grandchild}"))
    functions = [(path, index) for path in paths for index in range(draw(st.integers(0, 2)))]
    calls: dict[int, set[int]] = {}
    for caller in range(len(functions)):
        calls[caller] = (
            set(draw(st.lists(st.integers(0, max(len(functions) - 1, 0)), max_size=3))) if functions else set()
        )
    pins = draw(st.lists(st.tuples(st.integers(0, 10_000), st.integers(0, 10_000)), max_size=4))

    def body(path: ModulePath) -> str:
        text = ""
        for number, (where, _index) in enumerate(functions):
            if where != path:
                continue
            called = " ".join(
                f"crate::{'::'.join(functions[c][0])}::f{c}();" for c in sorted(calls[number]) if c != number
            )
            text += f"pub fn f{number}() {{ {called} }}\n"
        for child in paths:
            if len(child) == len(path) + 1 and child[: len(path)] == path:
                text += f"pub mod {child[-1]} {{\n{body(child)}}}\n"
        return text

    source = SourceTree.new({"Cargo.toml": _MANIFEST, "src/lib.rs": body(())})
    return source, pins


def reference_units(model, graph, pins: dict[ItemId, ModulePath]) -> list[tuple[tuple[ModulePath, ...], tuple]]:
    """Units by the definition: every trial counted on the whole item graph."""
    tests = model.test_modules()
    kept: frozenset[ItemId] = frozenset()

    def block_of(module: ModulePath, blocks: dict[ModulePath, str]) -> ModulePath:
        while module and module in tests:
            module = module[:-1]
        probe = module
        while True:
            mode = blocks.get(probe)
            if mode == "subtree" or (mode == "own" and probe == module):
                return probe
            if not probe:
                return ()
            probe = probe[:-1]

    def condensed(blocks: dict[ModulePath, str]) -> tuple[nx.DiGraph, dict[ItemId, ModulePath]]:
        item_block = {}
        for item in model.items:
            if facade_only(model, item) or item in kept:
                continue
            item_block[item] = pins.get(item, block_of(home_module(model, item), blocks))
        directed = nx.DiGraph()
        directed.add_nodes_from(item_block.values())
        directed.add_edges_from(
            (item_block[a], item_block[b])
            for a, b in graph.edges()
            if a in item_block and b in item_block and item_block[a] != item_block[b]
        )
        return nx.condensation(directed), item_block

    blocks: dict[ModulePath, str] = {
        (): "own",
        **{p: "subtree" for p in model.modules if len(p) == 1 and p not in tests},
    }
    for block in pins.values():
        blocks.setdefault(block, "own")
    lines = {p: sum(i.lines for k, i in model.items.items() if k.module[: len(p)] == p) for p in model.modules}
    best = len(condensed(blocks)[0])
    improved = True
    while improved:
        improved = False
        for path in sorted((p for p, m in blocks.items() if m == "subtree"), key=lambda p: (-lines.get(p, 0), p)):
            children = [
                p
                for p in sorted(model.modules)
                if len(p) == len(path) + 1 and p[: len(path)] == path and p not in tests
            ]
            if not children:
                continue
            trial = dict(blocks)
            trial[path] = "own"
            for child in children:
                trial.setdefault(child, "subtree")
            count = len(condensed(trial)[0])
            if count > best:
                blocks, best, improved = trial, count, True
                break
    graph_of_units, _ = condensed(blocks)
    members = {n: tuple(sorted(graph_of_units.nodes[n]["members"])) for n in graph_of_units.nodes}
    return sorted(
        (members[n], tuple(sorted(members[s] for s in graph_of_units.successors(n)))) for n in graph_of_units.nodes
    )


def check_units(source: SourceTree, pin_choices: list[tuple[int, int]]) -> None:
    model = analyze_crate(source)
    graph = find_atoms(model, derive_constraints(model)).strong_graph
    items = sorted(model.items, key=ItemId.sort_key)
    modules = sorted(model.modules)
    pins: dict[ItemId, ModulePath] = {}
    for item_choice, block_choice in pin_choices:
        if not items:
            break
        candidates = modules + [base_block(1), base_block(2)]
        pins[items[item_choice % len(items)]] = candidates[block_choice % len(candidates)]
    split = find_units(model, graph, pinned=pins, kept=frozenset())
    actual = sorted(
        (unit.modules, tuple(sorted(split.units[d].modules for d in unit.depends_on))) for unit in split.units
    )
    assert actual == reference_units(model, graph, pins)


@EXAMPLES
@given(crate=nested_crates())
def test_units_match_the_definition_counted_from_scratch(crate) -> None:
    source, pins = crate
    check_units(source, pins)
