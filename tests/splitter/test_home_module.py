"""The module an item counts for when ``#[cfg(test)]`` modules fold into their parent."""

from __future__ import annotations

import itertools

from crate_split.splitter.module_graph import _home_module


def _by_definition(module: tuple[str, ...], test_modules: set[tuple[str, ...]]) -> tuple[str, ...]:
    # Strip the last segment while any test module is a prefix.
    while module and any(module[: len(t)] == t for t in test_modules):
        module = module[:-1]
    return module


def test_home_module_agrees_with_its_definition_on_nested_test_modules() -> None:
    names = ("a", "b", "tests")
    modules = [path for length in range(4) for path in itertools.product(names, repeat=length)]
    test_sets = [set(), {("a", "tests")}, {("a",), ("a", "b")}, {("tests",), ("a", "tests"), ("a", "b", "tests")}, {()}]
    for test_modules in test_sets:
        homes: dict[tuple[str, ...], tuple[str, ...]] = {}
        for module in modules:
            assert _home_module(module, test_modules, homes) == _by_definition(module, test_modules), (
                module,
                test_modules,
            )
