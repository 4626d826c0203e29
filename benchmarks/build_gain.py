"""Measured build gain of crate-split on the real crates, written to docs/performance.md.

For each real crate of `tests/real_crates.py` (or, with `--open`, each
crate of the open corpus named by `--crates`, prepared as
`scripts/open_corpus.py prepare` does) and each planner job count
asked for (`--plan-jobs`, default: the planner's default of 8): materialize
the crate (offline cargo config included), `crate-split apply ... --out`
(with `--check` if asked), then run the bench of `crate-split bench`
(clean check and build of only the crate's own units, incremental
rebuilds, `-Zthreads` on the original, the simulator fed with the measured
`--timings` units). Crates run one after another, never in parallel.

Writes every figure to `benchmarks/results/build_gain.json` and replaces
the "Build gain (measured)" section of `docs/performance.md` (creating it
when missing; every other section is left as it is); with `--open`,
`build_gain_open.json` and the "Build gain on the open corpus (measured)"
section. `--rank` only measures the clean `cargo check` of each named
crate's own package (dependencies prebuilt, median of `--runs`) and prints
them longest first: how the largest crates of the open corpus are found.

Run it from the repository root (it runs cargo, hence build scripts):

    .venv/bin/python benchmarks/build_gain.py [--crates NAME,...] [--runs N] [--plan-jobs 8,2] [--check] [--no-threads]
    .venv/bin/python benchmarks/build_gain.py --open --crates a,b,c [--rank] ...

Invariant: work directories live under `--work` (default
`<tmp>/crate-split-build-gain/`), so
dependencies stay built from one run of this script to the next.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

import real_crates  # noqa: E402  (lives in tests/)
from crate_split.bench.run import BenchConfig, run_bench  # noqa: E402
from crate_split.report.bench_render import bench_data  # noqa: E402

RESULTS = REPO / "benchmarks" / "results" / "build_gain.json"
PERFORMANCE = REPO / "docs" / "performance.md"
HEADING = "## Build gain (measured)"
OPEN_RESULTS = REPO / "benchmarks" / "results" / "build_gain_open.json"
OPEN_HEADING = "## Build gain on the open corpus (measured)"
WORK = Path(tempfile.gettempdir()) / "crate-split-build-gain"
SIMULATED_JOBS = ("4", "8", "16", "64")


def bench_crate(crate: real_crates.RealCrate, plan_jobs: int, arguments: argparse.Namespace) -> dict:
    work = arguments.work / f"{crate.dir_name}-j{plan_jobs}"
    for stale in ("orig", "split"):
        shutil.rmtree(work / stale, ignore_errors=True)
    original = real_crates.materialize(crate, work / "orig")
    split = work / "split"
    command = [
        sys.executable,
        "-m",
        "crate_split",
        "apply",
        str(original),
        "--out",
        str(split),
        "--jobs",
        str(plan_jobs),
    ]
    if arguments.check:
        command += ["--check", f"--check-args={' '.join(crate.check_args[1:])}"]
    print(f"== {crate.dir_name} (plan --jobs {plan_jobs}): {' '.join(command[3:])}", flush=True)
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    config = BenchConfig(runs=arguments.runs, frontend_threads=not arguments.no_threads, target_dir=work / "bench")
    result = run_bench(original, split, config, progress=lambda message: print(f"   {message}", flush=True))
    return {"crate": crate.dir_name, "plan_jobs": plan_jobs, **bench_data(result)}


def _x(value: float) -> str:
    return f"{value:.2f}x"


def summary(rows: list[dict]) -> list[str]:
    """One line per planner job count: the median check speedup and how good the predictions were."""
    lines = []
    for plan_jobs in sorted({row["plan_jobs"] for row in rows}, reverse=True):
        group = [row for row in rows if row["plan_jobs"] == plan_jobs]
        median = statistics.median(row["phases"]["check"]["speedup"] for row in group)
        simulated = sum(abs(row["prediction"]["check"]["error"]) <= 0.25 for row in group)
        planner = sum(abs(row["model"]["check"]["default_error"]) <= 0.25 for row in group if row["model"])
        lines.append(
            f"- plan `--jobs {plan_jobs}`: median measured `cargo check` speedup across the {len(group)} crates "
            f"**{median:.2f}x** ({'reaches' if median >= 1.3 else 'below'} "
            "the 1.3x target); the simulator fed with the "
            "measured units is within 25 % of the measured check "
            f"speedup on {simulated} of {len(group)}, the planner's "
            f"token-based prediction on {planner} of {len(group)}."
        )
    return lines


def render_section(rows: list[dict], command: str, heading: str = HEADING) -> str:
    first = rows[0]
    lines = [
        heading,
        "",
        f"Measured on {datetime.date.today().isoformat()} by `benchmarks/build_gain.py` on a machine with "
        f"**{first['machine']['cores']} cores** (cargo `-j {first['machine']['jobs']}`), {first['toolchains']['cargo']}"
        + f"; {first['runs']} runs of each measurement, alternating original and split. Reproduce with:",
        "",
        "```sh",
        command,
        "```",
        "",
        "Speedups are original / split (above 1: the split is faster): median wall times of clean builds of only the "
        "crate's own packages (`cargo clean -p` each, dependencies prebuilt), "
        "`cargo check --lib` / `--workspace --lib` "
        "and the same with `cargo build`. Incremental: the rebuild after touching the largest file of the largest leaf "
        "member that both trees compile (and the same file in the original; `-` when every leaf member only holds code "
        "behind a feature that is off) or the facade's `src/lib.rs` (and the original's). `-Zthreads`: "
        "clean `cargo check --lib` of the original with `RUSTFLAGS=-Zthreads=2` against `=1` "
        "(`RUSTC_BOOTSTRAP=1`; the parallel front-end's gain, to compare with the split's check gain). "
        "See docs/bench.md for the method and caveats.",
        "",
        *summary(rows),
        "",
        "| crate | plan `--jobs` | members | check: orig / split (s) | check | build: orig / split (s) | build "
        "| incr. leaf check / build | incr. facade check / build | `-Zthreads=2` vs 1 | load avg |",
        "|---|---:|---:|---|---:|---|---:|---|---|---:|---:|",
    ]
    for row in rows:
        phases, threads = row["phases"], row["threads"]
        zt = _x(threads["1"]["median"] / threads["2"]["median"]) if {"1", "2"} <= set(threads) else "-"

        def incr(kind: str, phases: dict = phases) -> str:
            pair = [phases.get(f"incremental-{kind}-{mode}") for mode in ("check", "build")]
            return " / ".join(_x(p["speedup"]) for p in pair) if all(pair) else "-"

        lines.append(
            f"| {row['crate']} | {row['plan_jobs']} | {len(row['members'])} "
            f"| {phases['check']['original']['median']:.2f} / "
            f"{phases['check']['split']['median']:.2f} | **{_x(phases['check']['speedup'])}** "
            f"| {phases['build']['original']['median']:.2f} / "
            f"{phases['build']['split']['median']:.2f} | **{_x(phases['build']['speedup'])}** "
            f"| {incr('leaf')} | {incr('facade')} | {zt} | {row['machine']['load_average'][0]:.1f} |"
        )
    lines += [
        "",
        "Simulated from the split's measured `--timings` units (the planner's simulator, plus cargo's measured no-op "
        "time), against the measurement at the job count used; then the planner's own prediction from token counts "
        "(default cost model) and the per-crate overhead fitted to the measured units:",
        "",
        "| crate | plan `--jobs` | check @4/8/16/64 | build @4/8/16/64 | check @2: predicted / measured (error) "
        "| build @2: predicted / measured (error) | planner check @2 (error) | rustc work orig -> split (check) "
        "| CPU split / orig (check) | critical path (check) | facade (check) | fitted overhead / crate |",
        "|---|---:|---|---|---|---|---|---|---:|---|---:|---:|",
    ]
    for row in rows:
        check, build, model = row["prediction"]["check"], row["prediction"]["build"], row["model"]

        def at(p: dict) -> str:
            return " / ".join(f"{p['simulated_speedup'][n]:.2f}" for n in SIMULATED_JOBS)

        def versus(p: dict) -> str:
            return f"{_x(p['predicted_speedup'])} / {_x(p['measured_speedup'])} ({p['error']:+.0%})"

        planner = f"{_x(model['check']['default_speedup'])} ({model['check']['default_error']:+.0%})" if model else "-"
        overhead = f"{model['fitted']['crate_overhead']:.3f} s" if model else "-"
        lines.append(
            f"| {row['crate']} | {row['plan_jobs']} | {at(check)} | "
            f"{at(build)} | {versus(check)} | {versus(build)} | {planner} "
            f"| {check['work']['original']:.2f} s -> {check['work']['split']:.2f} "
            f"s | {row['phases']['check']['cpu_ratio']:.2f} "
            f"| {' -> '.join(check['critical_path'])} | {check['facade_seconds']:.2f} s | {overhead} |"
        )
    lines += limits(rows)
    return "\n".join(lines) + "\n"


def limits(rows: list[dict]) -> list[str]:
    """A table of what bounds the check speedup, from the measured check units of each row."""
    lines = [
        "",
        'What bounds the check speedup (from the measured check units; "largest member" is the member with the '
        "longest check, its share of the original's tokens and of the original's check time; the critical path is "
        "the chain of units that decides the split's makespan with unlimited jobs; the smallest unit is about the "
        "fixed cost of one crate):",
        "",
        "| crate | plan `--jobs` | largest member: tokens / time share | critical path / original | "
        "build-script units: original / split (s) | smallest unit | facade share of split @2 |",
        "|---|---:|---|---:|---|---:|---:|",
    ]
    for row in rows:
        check = row["prediction"]["check"]
        original, split = check["units"]["original"], check["units"]["split"]
        libs = {name: unit["frontend"] for name, unit in split.items() if "(" not in name}
        original_lib = original[row["package"]]["frontend"]
        largest = max((name for name in libs if name != row["package"]), key=libs.get, default=row["package"])
        tokens = row["model"]["tokens"].get(largest, 0) / row["model"]["original_tokens"] if row["model"] else 0.0
        path = sum(split[name]["frontend"] for name in check["critical_path"])
        scripts = [sum(u["frontend"] for n, u in units.items() if "(" in n) for units in (original, split)]
        lines.append(
            f"| {row['crate']} | {row['plan_jobs']} | {largest}: {tokens:.0%} / {libs[largest] / original_lib:.0%} "
            f"| {path / check['work']['original']:.2f} | {scripts[0]:.2f} / {scripts[1]:.2f} "
            f"| {min(libs.values()):.2f} s | "
            f"{check['facade_seconds'] / check['simulated']['split'][str(check['jobs'])]:.0%} |"
        )
    return lines


def write_section(section: str, heading: str = HEADING) -> None:
    """Replace (or add) our section of docs/performance.md, keeping every other section."""
    text = PERFORMANCE.read_text(encoding="utf-8") if PERFORMANCE.exists() else "# Performance\n"
    pattern = re.compile(rf"^{re.escape(heading)}\n.*?(?=^## |\Z)", re.S | re.M)
    if pattern.search(text):
        text = pattern.sub(lambda _: section + "\n", text, count=1).rstrip("\n") + "\n"
    else:
        text = text.rstrip("\n") + "\n\n" + section
    PERFORMANCE.write_text(text, encoding="utf-8")


def own_check_seconds(crate: real_crates.RealCrate, runs: int, work_root: Path) -> float:
    """Median seconds of a clean `cargo check --lib` of the crate's own
    package, its dependencies built once before."""
    work = work_root / f"{crate.dir_name}-rank"
    shutil.rmtree(work / "orig", ignore_errors=True)
    package = real_crates.materialize(crate, work / "orig")
    env = {**os.environ, "CARGO_TARGET_DIR": str(work / "target")}
    check = ["cargo", "check", "--lib", "--offline", "--quiet"]
    quiet = {"cwd": package, "env": env, "check": True, "capture_output": True}
    subprocess.run(check, **quiet)
    seconds = []
    for _ in range(runs):
        subprocess.run(["cargo", "clean", "--offline", "-p", crate.name], **quiet)
        start = time.perf_counter()
        subprocess.run(check, **quiet)
        seconds.append(time.perf_counter() - start)
    return statistics.median(seconds)


def rank(crates: list[real_crates.RealCrate], runs: int, work: Path) -> int:
    measured = []
    for crate in crates:
        measured.append((own_check_seconds(crate, runs, work), crate.dir_name))
        print(f"   {crate.dir_name}: {measured[-1][0]:.2f} s", flush=True)
    load = os.getloadavg()[0]
    print(f"clean own-package `cargo check --lib`, median of {runs}, load average {load:.1f}:")
    for seconds, name in sorted(measured, reverse=True):
        print(f"{name}\t{seconds:.2f} s")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--crates", help="comma-separated crate names (default: all real crates)")
    parser.add_argument("--open", action="store_true", help="the crates are from the open corpus (needs --crates)")
    parser.add_argument("--rank", action="store_true", help="only measure each crate's own clean check, longest first")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--plan-jobs", default="8", help="comma-separated planner --jobs values (default: 8)")
    parser.add_argument("--check", action="store_true", help="apply with --check (verifies the split first; slower)")
    parser.add_argument("--no-threads", "--no-nightly", dest="no_threads", action="store_true")
    parser.add_argument("--no-docs", action="store_true", help="only write the JSON results")
    parser.add_argument("--work", type=Path, default=WORK, help="work directory (default: %(default)s)")
    arguments = parser.parse_args()
    wanted = arguments.crates.split(",") if arguments.crates else None
    if arguments.open and not wanted:
        parser.error("--open needs --crates")
    if arguments.open:
        crates = [real_crates.open_crate(name) for name in wanted or ()]
    else:
        crates = [crate for crate in real_crates.REAL_CRATES if wanted is None or crate.name in wanted]
    if arguments.rank:
        return rank(crates, arguments.runs, arguments.work)
    rows = []
    for crate in crates:
        for plan_jobs in (int(n) for n in arguments.plan_jobs.split(",")):
            rows.append(bench_crate(crate, plan_jobs, arguments))
    results, heading = (OPEN_RESULTS, OPEN_HEADING) if arguments.open else (RESULTS, HEADING)
    results.parent.mkdir(parents=True, exist_ok=True)
    results.write_text(json.dumps({"cores": os.cpu_count(), "rows": rows}, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {results.relative_to(REPO)}")
    if not arguments.no_docs:
        command = ".venv/bin/python benchmarks/build_gain.py " + shlex.join(sys.argv[1:])
        write_section(render_section(rows, command.strip(), heading), heading)
        print(f"wrote the {heading[3:]!r} section of {PERFORMANCE.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
