"""Planning time and predicted speedups on the real crates.

For each real crate from Debian's packages: analysis time, planning time
(constraints, atoms, units, plan), the plan's member crates, and the
simulated check/build speedups at 1..64 jobs with the default cost model.
Prints a table and writes ``benchmarks/results/plan.json``.

Run: ``.venv/bin/python benchmarks/plan.py [--crates NAME,...] [--runs N]``
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

import real_crates  # noqa: E402
from crate_split.analysis import analyze_crate, load_source_tree  # noqa: E402
from crate_split.splitter import derive_constraints, find_atoms  # noqa: E402
from crate_split.splitter.planner import PlanConfig, plan_split  # noqa: E402


def measure(crate: real_crates.RealCrate, runs: int) -> dict:
    source = load_source_tree(real_crates.source_dir(crate))
    analyse_times, plan_times = [], []
    plan = None
    for _ in range(runs):
        started = time.perf_counter()
        model = analyze_crate(source)
        analysed = time.perf_counter()
        atoms = find_atoms(model, derive_constraints(model))
        plan = plan_split(model, atoms, PlanConfig())
        finished = time.perf_counter()
        analyse_times.append(analysed - started)
        plan_times.append(finished - analysed)
    assert plan is not None
    return {
        "crate": crate.dir_name,
        "analyze_seconds": round(statistics.median(analyse_times), 3),
        "plan_seconds": round(statistics.median(plan_times), 3),
        "members": len(plan.members),
        "largest_member_lines": max((c.lines for c in plan.members), default=0),
        "moves": len(plan.moves),
        "forced_merges": len(plan.merges),
        "widened_items": len(plan.bumps),
        "critical_path": list(plan.critical_path),
        "predictions": [
            {
                "jobs": p.jobs,
                "check_speedup": round(p.check_speedup, 2),
                "build_speedup": round(p.build_speedup, 2),
            }
            for p in plan.predictions
        ],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--crates", help="comma-separated crate names (default: all)")
    parser.add_argument("--runs", type=int, default=3)
    arguments = parser.parse_args()
    wanted = set(arguments.crates.split(",")) if arguments.crates else None
    rows = [measure(c, arguments.runs) for c in real_crates.REAL_CRATES if wanted is None or c.name in wanted]
    header = (
        f"{'crate':18} {'analyze':>8} {'plan':>7} {'crates':>6} {'moves':>5} "
        f"{'bumps':>5}  check speedup @1/2/4/8/16/64    build speedup @1/2/4/8/16/64"
    )
    print(header)
    for row in rows:
        checks = "/".join(f"{p['check_speedup']:.2f}" for p in row["predictions"])
        builds = "/".join(f"{p['build_speedup']:.2f}" for p in row["predictions"])
        print(
            f"{row['crate']:18} {row['analyze_seconds']:7.2f}s {row['plan_seconds']:6.2f}s {row['members']:6d} "
            f"{row['moves']:5d} {row['widened_items']:5d}  {checks:31} {builds}"
        )
    output = REPO / "benchmarks" / "results" / "plan.json"
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps({"cores": os.cpu_count(), "crates": rows}, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {output.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
