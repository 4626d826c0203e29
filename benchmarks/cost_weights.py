"""Fit the cost model's token weights to measured member check times.

Reads a results file of `benchmarks/build_gain.py --open` (default
`benchmarks/results/build_gain_open.json`): per crate, the split workspace it
measured and each member's measured front-end seconds (`cargo check
--timings`). Each member crate is analysed with the project's own analysis
and its syntax nodes are counted by kind:

- code: nodes a default build compiles, outside literal data;
- data: nodes of literal-data arrays (`analysis/literal_data.py`);
- parsed: nodes of items a default build leaves out by `#[cfg]` but that
  rustc still parses (inline modules and items of loaded files; a
  `#[cfg]`-off `mod x;` is never read).

Then it fits, by least squares, member seconds = overhead + rate * (code +
w * data + v * parsed), with one rate for all crates or one per crate (the
crates were measured at different times, under different load), `w` and `v`
by a grid search, and prints the error of each model, the weights, the
weights fitted without each crate in turn, and each member's prediction.
No cargo runs. Writes `benchmarks/results/cost_weights.json`.

    .venv/bin/python benchmarks/cost_weights.py [--results PATH]
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from crate_split.analysis import CrateModel, analyze_crate  # noqa: E402
from crate_split.analysis.source_tree import load_source_tree  # noqa: E402
from crate_split.bench.model_check import compare_model  # noqa: E402
from crate_split.bench.tree import read_tree  # noqa: E402
from crate_split.model import ItemKind  # noqa: E402
from crate_split.splitter.cost import DATA_TOKEN_WEIGHT, Presence, item_presence  # noqa: E402
from crate_split.splitter.schedule import BuildUnit  # noqa: E402

RESULTS = REPO / "benchmarks" / "results" / "build_gain_open.json"
OUTPUT = REPO / "benchmarks" / "results" / "cost_weights.json"
#: Grid of the weights searched, in steps of 0.01.
DATA_GRID = tuple(step / 100 for step in range(0, 151))
PARSED_GRID = tuple(step / 100 for step in range(0, 31))


def count_member(model: CrateModel) -> dict[str, int]:
    """A member's nodes by kind: code, data, and parsed-only."""
    counts = {"code": 0, "data": 0, "parsed": 0}
    for item_id, presence in item_presence(model).items():
        item = model.items[item_id]
        if item_id.kind is ItemKind.MODULE:
            continue
        if presence is Presence.COMPILED:
            counts["code"] += item.tokens - item.data_tokens
            counts["data"] += item.data_tokens
        elif presence is Presence.PARSED:
            counts["parsed"] += item.tokens
    return counts


def measured_members(results: dict) -> list[dict]:
    """One row per measured member library unit, with its node counts."""
    rows = []
    for crate in results["rows"]:
        split = Path(crate["split"])
        units = crate["prediction"]["check"]["units"]["split"]
        for member, unit in sorted(units.items()):
            if "(" in member:  # build-script units
                continue
            member_dir = split / "crates" / member
            model = analyze_crate(load_source_tree(member_dir if member_dir.is_dir() else split))
            counts = count_member(model)
            rows.append({"crate": crate["package"], "member": member, "seconds": unit["frontend"], **counts})
    return rows


def least_squares(columns: list[list[float]], targets: list[float]) -> list[float]:
    """Coefficients minimising the squared error (normal equations)."""
    size = len(columns)
    matrix = [
        [sum(a * b for a, b in zip(columns[i], columns[j], strict=True)) for j in range(size)]
        + [sum(a * t for a, t in zip(columns[i], targets, strict=True))]
        for i in range(size)
    ]
    for pivot in range(size):
        best = max(range(pivot, size), key=lambda r: abs(matrix[r][pivot]))
        matrix[pivot], matrix[best] = matrix[best], matrix[pivot]
        for row in range(size):
            if row != pivot and matrix[pivot][pivot]:
                factor = matrix[row][pivot] / matrix[pivot][pivot]
                matrix[row] = [x - factor * y for x, y in zip(matrix[row], matrix[pivot], strict=True)]
    return [matrix[i][size] / matrix[i][i] if matrix[i][i] else 0.0 for i in range(size)]


def fit(rows: list[dict], data_weight: float, parsed_weight: float, per_crate: bool) -> dict:
    """Overhead and rate(s) for fixed weights; the fit's error and predictions."""
    crates = sorted({row["crate"] for row in rows}) if per_crate else ["all"]
    weighted = [row["code"] + data_weight * row["data"] + parsed_weight * row["parsed"] for row in rows]
    columns = [[1.0] * len(rows)]
    for crate in crates:
        columns.append([w if crate in ("all", row["crate"]) else 0.0 for w, row in zip(weighted, rows, strict=True)])
    targets = [row["seconds"] for row in rows]
    overhead, *rates = least_squares(columns, targets)
    predicted = [
        overhead + sum(rate * column[i] for rate, column in zip(rates, columns[1:], strict=True))
        for i in range(len(rows))
    ]
    rms = math.sqrt(sum((p - t) ** 2 for p, t in zip(predicted, targets, strict=True)) / len(rows))
    return {
        "data_weight": data_weight,
        "parsed_weight": parsed_weight,
        "overhead": round(overhead, 4),
        "rates": {crate: rate for crate, rate in zip(crates, rates, strict=True)},
        "rms": round(rms, 4),
        "predicted": [round(p, 3) for p in predicted],
    }


def best_fit(rows: list[dict], per_crate: bool, data: bool, parsed: bool) -> dict:
    """The fit with the least error over the weight grid (weights 1 and 0 when not searched)."""
    return min(
        (
            fit(rows, w, v, per_crate)
            for w in (DATA_GRID if data else (1.0,))
            for v in (PARSED_GRID if parsed else (0.0,))
        ),
        key=lambda f: f["rms"],
    )


def recheck_predictions(results: dict) -> list[dict]:
    """The planner's check prediction of each measured split, recomputed with
    today's ``effective_tokens``, next to the one the results file holds.

    Runs ``cargo metadata`` (offline) in both trees; nothing is built.
    """
    rows = []
    for crate in results["rows"]:
        recorded = crate["model"]["check"]
        original, split = read_tree(Path(crate["original"])), read_tree(Path(crate["split"]))
        units = {
            (tree, mode): tuple(
                BuildUnit(name, unit["frontend"], unit["codegen"], tuple(unit["depends_on"]))
                for name, unit in crate["prediction"][mode]["units"][tree].items()
            )
            for tree in ("original", "split")
            for mode in ("check", "build")
        }
        measured = {mode: crate["phases"][mode]["speedup"] for mode in ("check", "build")}
        comparison = compare_model(original, split, units, measured, crate["plan_jobs"])
        if comparison is None:
            continue
        rows.append(
            {
                "crate": crate["package"],
                "measured": recorded["measured_speedup"],
                "recorded": recorded["default_speedup"],
                "recorded_error": recorded["default_error"],
                "now": round(comparison.default_speedup["check"], 3),
                "now_error": round(comparison.error("check"), 3),
            }
        )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--results", type=Path, default=RESULTS)
    arguments = parser.parse_args()
    results = json.loads(arguments.results.read_text())
    rows = measured_members(results)
    fits = {}
    for per_crate in (False, True):
        for name, data, parsed in (("tokens", False, False), ("data", True, False), ("data+parsed", True, True)):
            key = f"{name}, {'rate per crate' if per_crate else 'one rate'}"
            fits[key] = best_fit(rows, per_crate, data, parsed)
            weights = f"w={fits[key]['data_weight']:.2f}  v={fits[key]['parsed_weight']:.2f}"
            print(f"{key:34} rms {fits[key]['rms']:.3f} s  {weights}")
    for per_crate in (False, True):
        key = f"chosen data weight, {'rate per crate' if per_crate else 'one rate'}"
        fits[key] = fit(rows, DATA_TOKEN_WEIGHT, 0.0, per_crate)
        print(f"{key:34} rms {fits[key]['rms']:.3f} s  w={DATA_TOKEN_WEIGHT:.2f}  v=0.00")
    for crate in sorted({row["crate"] for row in rows}):
        held_out = best_fit([row for row in rows if row["crate"] != crate], True, True, True)
        print(f"without {crate:24} w={held_out['data_weight']:.2f}  v={held_out['parsed_weight']:.2f}")
    before, after = fits["tokens, rate per crate"], fits["data+parsed, rate per crate"]
    print(f"\n{'member':52} {'code':>7} {'data':>7} {'parsed':>7} {'s':>5} {'tokens':>6} {'kinds':>6}")
    for index, row in enumerate(rows):
        print(
            f"{row['member']:52} {row['code']:7} {row['data']:7} {row['parsed']:7} {row['seconds']:5.2f}"
            f" {before['predicted'][index]:6.2f} {after['predicted'][index]:6.2f}"
        )
    predictions = recheck_predictions(results)
    print("\nplanner's check speedup (default cost model): recorded in the results, and now")
    for row in predictions:
        print(
            f"{row['crate']:16} measured {row['measured']:.2f}x  recorded {row['recorded']:.2f}x"
            f" ({row['recorded_error']:+.0%})  now {row['now']:.2f}x ({row['now_error']:+.0%})"
        )
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(json.dumps({"members": rows, "fits": fits, "predictions": predictions}, indent=1) + "\n")


if __name__ == "__main__":
    main()
