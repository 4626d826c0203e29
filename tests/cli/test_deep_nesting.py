"""Deeply nested Rust: ``analyze``, ``plan`` and ``apply --out`` finish on
whatever nesting tree-sitter parses, with no ``RecursionError``.

Each case is a small crate of two modules: ``deep`` holds one construct
nested far beyond Python's default recursion limit of 1,000 frames (a sum of
1,000 terms, 2,000 nested parentheses, 200 nested inline modules, and the
other constructs syntax walks descend into: blocks, types, patterns,
closures, ``else if`` chains, method chains, token trees, use trees, paths,
``cfg`` predicates), and refers to an item of ``base`` from the innermost
level, so that the walk must reach the bottom for the reference (and the
split) to be found. Every test goes through ``check_deep``, which runs one
command in-process and returns its exit code and output.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from crate_split.cli import main

#: Far past Python's default recursion limit (1,000), as the issue's inputs are.
DEPTH = 2000


def _nested(open_: str, close: str, inner: str, depth: int = DEPTH) -> str:
    return open_ * depth + inner + close * depth


def _modules(depth: int) -> str:
    opening = "".join(f"pub mod m{level} {{\n" for level in range(depth))
    return opening + "pub fn innermost() -> u32 { crate::base::BASE }\n" + "}\n" * depth


def _else_if_chain(depth: int) -> str:
    arms = "".join(f"if x == {level} {{ {level} }} else " for level in range(depth))
    return f"pub fn run(x: u32) -> u32 {{ {arms}{{ crate::base::BASE }} }}\n"


def _use_tree(depth: int) -> str:
    return "use crate::base::" + _nested("{", "}", "BASE as B", depth) + ";\npub fn run() -> u32 { B }\n"


#: The ``deep`` module of each case.
DEEP_MODULES = {
    "sum_of_1000_terms": "pub fn run() -> u32 { " + " + ".join(["crate::base::BASE"] * 1000) + " }\n",
    "parentheses_2000_deep": "pub fn run() -> u32 { " + _nested("(", ")", "crate::base::BASE") + " }\n",
    "modules_200_deep": _modules(200),
    "blocks": "pub fn run() -> u32 " + _nested("{ ", " }", "crate::base::BASE") + "\n",
    "generic_types": "pub fn run(_: " + _nested("Option<", ">", "crate::base::Base") + ") {}\n",
    "patterns": "pub fn run(v: u32) -> u32 { let "
    + _nested("(", ",)", "x")
    + " = "
    + _nested("(", ",)", "v")
    + "; crate::base::BASE + x }\n",
    "closures": "pub fn run() -> u32 { " + "(|| " * DEPTH + "crate::base::BASE" + ")()" * DEPTH + " }\n",
    "else_if_chain": _else_if_chain(DEPTH),
    "method_chain": "pub fn run() -> u32 { crate::base::BASE" + ".min(1)" * DEPTH + " }\n",
    "token_trees": "pub fn run() -> u32 { std::convert::identity"
    + _nested("!(", ")", "crate::base::BASE", 1)
    + " + m!"
    + _nested("(", ")", "crate::base::BASE")
    + " }\n"
    "macro_rules! m { ($($t:tt)*) => { 0 } }\n",
    "arrays": "pub fn run() -> u32 { let _a = " + _nested("[", "]", "crate::base::BASE") + "; 0 }\n",
    "use_tree": _use_tree(DEPTH),
    "long_path": "pub fn run() -> u32 { crate::base::BASE + " + "::".join(["a"] * DEPTH) + "() }\n",
    "cfg_predicate": "#[cfg(" + _nested("not(", ")", "any()") + ")]\npub fn run() -> u32 { crate::base::BASE }\n",
    "references_to_references": "pub fn run(_: " + "&" * DEPTH + "crate::base::Base) {}\n",
}

_MANIFEST = '[package]\nname = "deep"\nversion = "0.1.0"\nedition = "2021"\n'
_LIB = "pub mod base;\npub mod deep;\n"
_BASE = "pub const BASE: u32 = 1;\npub struct Base;\n" + "".join(
    f"pub fn pad{index}() -> u32 {{ {index} }}\n" for index in range(20)
)


@dataclass
class Run:
    code: int
    stdout: str
    stderr: str


def write_case(root: Path, case: str) -> Path:
    files = {"Cargo.toml": _MANIFEST, "src/lib.rs": _LIB, "src/base.rs": _BASE, "src/deep.rs": DEEP_MODULES[case]}
    for relative, content in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content)
    return root


def check_deep(capsys, *args: str | Path) -> Run:
    code = main([*map(str, args)])
    captured = capsys.readouterr()
    assert "RecursionError" not in captured.err
    return Run(code, captured.out, captured.err)


@pytest.mark.parametrize("case", sorted(DEEP_MODULES))
def test_deep_nesting_analyzes_and_finds_the_reference_at_the_bottom(tmp_path, capsys, case):
    crate = write_case(tmp_path / "crate", case)
    run = check_deep(capsys, "analyze", crate, "--format", "json")
    assert run.code == 0, run.stderr
    edges = {(edge["from"], edge["to"]) for edge in json.loads(run.stdout)["module_edges"]}
    assert any(source.startswith("crate::deep") and target == "crate::base" for source, target in edges), edges


@pytest.mark.parametrize("case", sorted(DEEP_MODULES))
def test_deep_nesting_plans(tmp_path, capsys, case):
    crate = write_case(tmp_path / "crate", case)
    run = check_deep(capsys, "plan", crate)
    assert run.code == 0, run.stderr


@pytest.mark.parametrize("case", sorted(DEEP_MODULES))
def test_deep_nesting_applies_to_a_new_directory(tmp_path, capsys, case):
    crate = write_case(tmp_path / "crate", case)
    run = check_deep(capsys, "apply", crate, "--out", tmp_path / "out")
    assert run.code == 0, run.stderr
    assert (tmp_path / "out" / "Cargo.toml").is_file()
