"""What any Python analysis costs at least, next to the raw parse.

Issue 10 asks for `crate-split analyze` (analysis and plan) in at most 3x
the raw tree-sitter parse. This benchmark measures what stands between the
parse and any analysis written in Python that resolves names, on the same
files the analysis reads, in CPU time (`time.process_time`), median of
`--runs`, each step timed in turn inside one round:

- `parse`: tree-sitter parses every file (C; the 1x of the target);
- `walk`: a `TreeCursor` visits every node and does nothing else;
- `query`: one query captures every identifier, type and field name (the
  matching in C, one Python object per capture);
- `touch`: the query, and for each name what the least name resolution
  does: read its text, look it up in a dict, record a tuple with its span;
- `analyze` and `plan`: crate-split's analysis and its default plan.

The first four are floors: no analysis that looks at every name from
Python can cost less than `parse + touch`, before it collects items,
builds scopes, expands macros, evaluates cfgs, builds the graph and plans.

    .venv/bin/python benchmarks/analysis_floor.py [CRATE_DIR ...] [--runs N]

Without directories: the four real crates of `tests/real_crates.py`, from
the Debian registry.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import tree_sitter
import tree_sitter_rust

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from crate_split.analysis import analyze_crate, load_source_tree  # noqa: E402
from crate_split.report.analysis_report import build_analysis_report  # noqa: E402
from tests.real_crates import REAL_CRATES, source_dir  # noqa: E402

LANGUAGE = tree_sitter.Language(tree_sitter_rust.language())
NAMES = tree_sitter.Query(LANGUAGE, "(identifier) @name (type_identifier) @name (field_identifier) @name")
STEPS = ("parse", "walk", "query", "touch", "analyze", "plan")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("crates", nargs="*", type=Path, help="crate directories (default: the four real crates)")
    parser.add_argument("--runs", type=int, default=5)
    arguments = parser.parse_args()
    crates = arguments.crates or [source_dir(crate) for crate in REAL_CRATES]
    print("| crate | parse s | walk | query | touch | parse + touch | analyze | plan | analyze + plan |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for crate in crates:
        times = measure(crate, arguments.runs)
        parse = times["parse"]
        ratio = {step: times[step] / parse for step in STEPS}
        print(
            f"| {crate.name} | {parse:.3f} | {ratio['walk']:.2f}x | {ratio['query']:.2f}x | {ratio['touch']:.2f}x "
            f"| {1 + ratio['touch']:.2f}x | {ratio['analyze']:.1f}x | {ratio['plan']:.1f}x "
            f"| {ratio['analyze'] + ratio['plan']:.1f}x |"
        )
    return 0


def measure(crate: Path, runs: int) -> dict[str, float]:
    """Median CPU seconds of each step on one crate."""
    source = load_source_tree(crate)
    model = analyze_crate(source)
    build_analysis_report(model)
    files = [source.files[path] for path in model.files]
    del model
    seconds: dict[str, list[float]] = {step: [] for step in STEPS}
    for _ in range(runs):
        gc.collect()
        started = time.process_time()
        parse(files)
        seconds["parse"].append(time.process_time() - started)
        for step, run in _ON_TREES.items():
            trees = parse(files)
            gc.collect()
            started = time.process_time()
            run(trees)
            seconds[step].append(time.process_time() - started)
        gc.collect()
        started = time.process_time()
        model = analyze_crate(load_source_tree(crate))
        analysed = time.process_time()
        build_analysis_report(model)
        seconds["analyze"].append(analysed - started)
        seconds["plan"].append(time.process_time() - analysed)
        del model
    return {step: statistics.median(values) for step, values in seconds.items()}


def parse(files: list[bytes]) -> list[tree_sitter.Tree]:
    parser = tree_sitter.Parser(LANGUAGE)
    return [parser.parse(data) for data in files]


def walk(trees: list[tree_sitter.Tree]) -> int:
    """Visit every node with a cursor; the number of nodes."""
    count = 0
    for tree in trees:
        cursor = tree.walk()
        while True:
            count += 1
            if cursor.goto_first_child():
                continue
            while not cursor.goto_next_sibling():
                if not cursor.goto_parent():
                    break
            else:
                continue
            break
    return count


def query(trees: list[tree_sitter.Tree]) -> int:
    """Capture every name; the number of captures."""
    return sum(
        len(nodes) for tree in trees for nodes in tree_sitter.QueryCursor(NAMES).captures(tree.root_node).values()
    )


def touch(trees: list[tree_sitter.Tree]) -> int:
    """Capture every name, read it, look it up and record it with its span."""
    known: dict[bytes, tuple[bytes, int]] = {}
    recorded = []
    for tree in trees:
        for nodes in tree_sitter.QueryCursor(NAMES).captures(tree.root_node).values():
            for node in nodes:
                name = node.text or b""
                target = known.get(name)
                if target is None:
                    known[name] = target = (name, len(known))
                recorded.append((target, node.start_byte, node.end_byte))
    return len(recorded)


_ON_TREES: dict[str, Callable[[list[tree_sitter.Tree]], int]] = {"walk": walk, "query": query, "touch": touch}


if __name__ == "__main__":
    raise SystemExit(main())
