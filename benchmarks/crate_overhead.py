"""Measure what a crate costs apart from its code: the planner's fixed costs.

Generates tiny std-only crates in a scratch directory and times them, so
that what is measured is overhead, not code:

- rustc alone: `rustc --emit=dep-info,metadata` (what `cargo check` runs)
  on an empty library, and on a library that re-exports the items of K
  small libraries (`pub use leafI::*;`, as a split's facade re-exports its
  members), K in `--deps`. The cost of one dependency edge is the slope of
  seconds over K (least squares over the medians).
- cargo: a clean `cargo check --workspace` of a workspace of one empty
  library and of one of M (`--members`); the cost of one more member
  crate, cargo's own work per unit included, is the difference over M - 1.
- a real split (`--split DIR`, a crate prepared by `scripts/open_corpus.py
  prepare`): `crate-split apply --jobs N --out --check --no-tests
  --no-api` (the repair loop may merge members), then clean `cargo check
  --workspace --lib` of the original and of the split, rustc wrapped
  (`RUSTC_WRAPPER`) so that each unit's CPU seconds are recorded. Prints
  each unit with its tokens (the planner's ``effective_tokens`` of its own
  analysis), the smallest unit (about the fixed cost of a crate), the
  ratio of the planner's prediction of the original's check to its
  measured CPU seconds (to turn CPU seconds into the planner's), and the
  planner's simulator fed with the measured units. Adds the figures to
  `benchmarks/results/crate_overhead_splits.json`.

Each variant runs `--runs` times, the variants alternating within a round,
and the median is taken. The figure reported is CPU seconds (user + system
of the child processes, from `getrusage`), which the other processes on a
shared machine disturb less than wall seconds; wall seconds are printed
next to it. Writes `benchmarks/results/crate_overhead.json`.

    .venv/bin/python benchmarks/crate_overhead.py [--runs 9] [--deps 0,1,4,16] [--members 9]
    .venv/bin/python benchmarks/crate_overhead.py --split DIR [--jobs 2] [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUTPUT = REPO / "benchmarks" / "results" / "crate_overhead.json"

#: The items of each small dependency: a little of each kind a member exports.
LEAF_SOURCE = """pub struct Leaf{n} {{
    pub value: u32,
}}

pub trait Named{n} {{
    fn name(&self) -> &'static str;
}}

impl Named{n} for Leaf{n} {{
    fn name(&self) -> &'static str {{
        "leaf{n}"
    }}
}}

pub fn make{n}(value: u32) -> Leaf{n} {{
    Leaf{n} {{ value }}
}}
"""

#: What cargo passes rustc for a `cargo check` of a library (besides paths).
CHECK_FLAGS = ("--crate-type", "lib", "--edition", "2021", "--emit=dep-info,metadata", "-C", "embed-bitcode=no")


def run_timed(command: list[str], cwd: Path) -> tuple[float, float]:
    """CPU seconds (children's user + system) and wall seconds of a command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, wall


def write_leaves(root: Path, count: int, copies: int) -> list[Path]:
    """``count`` small library sources (``copies`` times the items of
    ``LEAF_SOURCE`` each), checked once into ``root/out``."""
    out = root / "out"
    out.mkdir(parents=True, exist_ok=True)
    sources = []
    for n in range(count):
        source = root / f"leaf{n}.rs"
        source.write_text("".join(LEAF_SOURCE.format(n=f"{n}_{copy}") for copy in range(copies)))
        subprocess.run(
            ["rustc", *CHECK_FLAGS, "--crate-name", f"leaf{n}", "--out-dir", str(out), str(source)],
            check=True,
        )
        sources.append(source)
    return sources


def hub_command(root: Path, deps: int) -> list[str]:
    """rustc on a library that re-exports ``deps`` leaves."""
    source = root / f"hub{deps}.rs"
    source.write_text("".join(f"pub use leaf{n}::*;\n" for n in range(deps)))
    out = root / f"hub{deps}-out"
    out.mkdir(exist_ok=True)
    externs = [arg for n in range(deps) for arg in ("--extern", f"leaf{n}={root}/out/libleaf{n}.rmeta")]
    return ["rustc", *CHECK_FLAGS, "--crate-name", f"hub{deps}", "--out-dir", str(out), *externs, str(source)]


def measure_rustc(root: Path, deps: list[int], runs: int, copies: int) -> dict[int, dict[str, float]]:
    """Median CPU and wall seconds of rustc per number of dependencies."""
    write_leaves(root, max(deps), copies)
    commands = {k: hub_command(root, k) for k in deps}
    samples: dict[int, list[tuple[float, float]]] = {k: [] for k in deps}
    run_timed(commands[deps[0]], root)  # warm the caches once
    for round_number in range(runs):
        order = deps if round_number % 2 == 0 else list(reversed(deps))
        for k in order:
            samples[k].append(run_timed(commands[k], root))
    return {k: _medians(samples[k]) for k in deps}


def write_workspace(root: Path, members: int) -> Path:
    """A workspace of ``members`` empty libraries."""
    workspace = root / f"ws{members}"
    names = [f"m{n}" for n in range(members)]
    (workspace).mkdir(parents=True)
    (workspace / "Cargo.toml").write_text(
        '[workspace]\nresolver = "2"\nmembers = [' + ", ".join(f'"{n}"' for n in names) + "]\n"
    )
    for name in names:
        (workspace / name / "src").mkdir(parents=True)
        (workspace / name / "Cargo.toml").write_text(
            f'[package]\nname = "{name}"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\n'
        )
        (workspace / name / "src" / "lib.rs").write_text("")
    return workspace


def measure_cargo(root: Path, members: int, runs: int) -> dict[int, dict[str, float]]:
    """Median CPU and wall seconds of a clean ``cargo check`` of 1 and ``members`` crates."""
    sizes = [1, members]
    workspaces = {m: write_workspace(root, m) for m in sizes}
    check = ["cargo", "check", "--workspace", "--offline", "-q"]
    samples: dict[int, list[tuple[float, float]]] = {m: [] for m in sizes}
    for m in sizes:  # lock files and a first build, not measured
        subprocess.run(check, cwd=workspaces[m], check=True)
    for round_number in range(runs):
        for m in sizes if round_number % 2 == 0 else list(reversed(sizes)):
            shutil.rmtree(workspaces[m] / "target")
            samples[m].append(run_timed(check, workspaces[m]))
    return {m: _medians(samples[m]) for m in sizes}


def wrap_rustc(arguments: list[str]) -> int:
    """Run rustc as cargo's ``RUSTC_WRAPPER``; append the package's name and
    the rustc's CPU and wall seconds to the file ``$CRATE_OVERHEAD_LOG``."""
    cpu, wall = 0.0, 0.0
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    code = subprocess.call(arguments)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if "--crate-name" in arguments and "build_script_build" not in arguments:
        with open(os.environ["CRATE_OVERHEAD_LOG"], "a") as log:
            log.write(f"{os.environ.get('CARGO_PKG_NAME', '?')} {cpu:.4f} {wall:.4f}\n")
    return code


def member_facts(package: Path, workspace: Path) -> dict:
    """A package's planner tokens (``effective_tokens`` of its own analysis)
    and the number of the workspace's packages it depends on."""
    # Imported here, not at the top: the same file is the rustc wrapper,
    # which runs once per unit and needs none of it.
    sys.path.insert(0, str(REPO))
    from crate_split.analysis import analyze_crate
    from crate_split.analysis.source_tree import load_source_tree
    from crate_split.splitter.cost import effective_tokens

    model = analyze_crate(load_source_tree(package))
    manifest = tomllib.loads((package / "Cargo.toml").read_text())
    paths = [
        (package / spec["path"]).resolve()
        for spec in manifest.get("dependencies", {}).values()
        if isinstance(spec, dict) and "path" in spec
    ]
    members = [
        tomllib.loads((path / "Cargo.toml").read_text())["package"]["name"]
        for path in paths
        if path.is_relative_to(workspace)
    ]
    return {"tokens": sum(effective_tokens(model).values()), "depends_on": members}


def measure_split(crate: Path, jobs: int, runs: int, scratch: Path) -> dict:
    """Per-unit CPU seconds of a clean check of ``crate`` and of its split for ``jobs``."""
    cli = [str(Path(sys.executable).with_name("crate-split"))]
    split = scratch / "split"
    apply = [*cli, "apply", str(crate), "--jobs", str(jobs), "--out", str(split), "--check", "--no-tests", "--no-api"]
    subprocess.run(apply, check=True, cwd=REPO)
    plan = json.loads(
        subprocess.run(
            [*cli, "plan", str(crate), "--jobs", str(jobs), "--format", "json"],
            check=True,
            cwd=REPO,
            capture_output=True,
            text=True,
        ).stdout
    )
    crates = {plan["package"]: member_facts(split, split)}
    for member in sorted((split / "crates").iterdir()):
        crates[tomllib.loads((member / "Cargo.toml").read_text())["package"]["name"]] = member_facts(member, split)
    wrapper = scratch / "rustc-wrapper"
    wrapper.write_text(f'#!/bin/sh\nexec "{sys.executable}" "{Path(__file__).resolve()}" --wrap "$@"\n')
    wrapper.chmod(0o755)
    trees = {"original": (crate, [plan["package"]]), "split": (split, sorted(crates))}
    samples: dict[str, dict[str, list[tuple[float, float]]]] = {side: {} for side in trees}
    for round_number in range(runs + 1):
        for side in list(trees) if round_number % 2 == 0 else list(reversed(trees)):
            tree, packages = trees[side]
            clean = ["cargo", "clean", "--offline", "-q", *(a for p in packages for a in ("-p", p))]
            subprocess.run(clean, cwd=tree, check=True)
            log = scratch / "units.log"
            log.unlink(missing_ok=True)
            check = ["cargo", "check", "--offline", "-q", "--workspace", "--lib"]
            env = {**os.environ, "RUSTC_WRAPPER": str(wrapper), "CRATE_OVERHEAD_LOG": str(log)}
            subprocess.run(check, cwd=tree, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            if round_number == 0:
                continue  # dependencies built, caches warm: not measured
            for line in log.read_text().splitlines():
                name, cpu, wall = line.split()
                if name in packages:
                    samples[side].setdefault(name, []).append((float(cpu), float(wall)))
    units = {side: {name: _medians(values) for name, values in samples[side].items()} for side in trees}
    from crate_split.splitter.schedule import BuildUnit, simulate

    measured = tuple(
        BuildUnit(name, unit["cpu"], 0.0, tuple(crates[name]["depends_on"])) for name, unit in units["split"].items()
    )
    original_cpu = units["original"][plan["package"]]["cpu"]
    predicted = next(p["original_check"] for p in plan["predictions"] if p["jobs"] == 1)
    smallest = min(units["split"], key=lambda name: units["split"][name]["cpu"])
    return {
        "crate": crate.name,
        "jobs": jobs,
        "units": units,
        "crates": crates,
        "smallest": smallest,
        "original_cpu": original_cpu,
        "split_cpu": round(sum(unit["cpu"] for unit in units["split"].values()), 4),
        "planner_original": predicted,
        "simulated_speedup": {
            str(n): round(original_cpu / simulate(measured, jobs=n).makespan, 3) for n in (1, 2, 4, 16)
        },
    }


def _medians(samples: list[tuple[float, float]]) -> dict[str, float]:
    return {
        "cpu": round(statistics.median(cpu for cpu, _ in samples), 4),
        "wall": round(statistics.median(wall for _, wall in samples), 4),
    }


def slope(points: dict[int, float]) -> tuple[float, float]:
    """Intercept and slope of the least-squares line through ``points``."""
    xs, ys = list(points), list(points.values())
    mean_x, mean_y = statistics.fmean(xs), statistics.fmean(ys)
    spread = sum((x - mean_x) ** 2 for x in xs)
    rate = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / spread if spread else 0.0
    return mean_y - rate * mean_x, rate


def main() -> None:
    if sys.argv[1:2] == ["--wrap"]:
        sys.exit(wrap_rustc(sys.argv[2:]))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--deps", default="0,1,4,16", help="numbers of dependencies of the rustc hub")
    parser.add_argument("--members", type=int, default=9, help="members of the larger cargo workspace")
    parser.add_argument("--work", type=Path, default=None, help="scratch directory (default: a temporary one)")
    parser.add_argument("--leaf-items", type=int, default=1, help="copies of the 4 items of each dependency")
    parser.add_argument("--split", type=Path, default=None, help="a prepared crate: measure its split instead")
    parser.add_argument("--jobs", type=int, default=2, help="job count of the split's plan")
    arguments = parser.parse_args()
    if arguments.split is not None:
        report_split(arguments)
        return
    deps = sorted({int(k) for k in arguments.deps.split(",")})
    root = Path(tempfile.mkdtemp(prefix="crate-overhead-", dir=arguments.work))
    try:
        rustc = measure_rustc(root / "rustc", deps, arguments.runs, arguments.leaf_items)
        cargo = measure_cargo(root / "cargo", arguments.members, arguments.runs)
    finally:
        shutil.rmtree(root)
    fits = {kind: slope({k: rustc[k][kind] for k in deps}) for kind in ("cpu", "wall")}
    per_member = {
        kind: (cargo[arguments.members][kind] - cargo[1][kind]) / (arguments.members - 1) for kind in ("cpu", "wall")
    }
    result = {
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "rustc": subprocess.run(["rustc", "--version"], capture_output=True, text=True).stdout.strip(),
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "runs": arguments.runs,
        "leaf_items": 4 * arguments.leaf_items,
        "rustc_by_deps": {str(k): v for k, v in rustc.items()},
        "rustc_fit": {kind: {"crate": round(a, 4), "per_dependency": round(b, 5)} for kind, (a, b) in fits.items()},
        "cargo_by_members": {str(k): v for k, v in cargo.items()},
        "cargo_per_member": {kind: round(v, 4) for kind, v in per_member.items()},
    }
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(json.dumps(result, indent=1) + "\n")
    for k in deps:
        print(f"rustc, {k:3d} dependencies: {rustc[k]['cpu']:.3f} s CPU, {rustc[k]['wall']:.3f} s wall")
    for kind, (a, b) in fits.items():
        print(f"rustc fit ({kind}): {a:.3f} s per crate + {b * 1000:.2f} ms per dependency")
    for m in (1, arguments.members):
        print(f"cargo check, {m} members: {cargo[m]['cpu']:.3f} s CPU, {cargo[m]['wall']:.3f} s wall")
    print(f"cargo, one more member: {per_member['cpu']:.3f} s CPU, {per_member['wall']:.3f} s wall")
    print(f"load average {result['load_average']}")


def report_split(arguments: argparse.Namespace) -> None:
    """Measure a real split; print its figures and add them to the results file."""
    scratch = Path(tempfile.mkdtemp(prefix="crate-overhead-split-", dir=arguments.work))
    try:
        result = measure_split(arguments.split.resolve(), arguments.jobs, arguments.runs, scratch)
    finally:
        shutil.rmtree(scratch)
    result["date"] = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    result["load_average"] = [round(x, 2) for x in os.getloadavg()]
    scale = result["planner_original"] / result["original_cpu"]
    result["planner_per_cpu_second"] = round(scale, 3)
    output = OUTPUT.with_name("crate_overhead_splits.json")
    previous = json.loads(output.read_text()) if output.exists() else {}
    previous[result["crate"]] = result
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(previous, indent=1) + "\n")
    crates = result["crates"]
    for name, unit in sorted(result["units"]["split"].items()):
        print(
            f"{name}: {crates[name]['tokens']} tokens, {len(crates[name]['depends_on'])} member dependencies, "
            f"{unit['cpu']:.3f} s CPU, {unit['wall']:.3f} s wall"
        )
    ratio = result["split_cpu"] / result["original_cpu"]
    print(
        f"original {result['original_cpu']:.3f} s CPU, split {result['split_cpu']:.3f} s CPU "
        f"(work ratio {ratio:.2f}); the planner predicts the original at {result['planner_original']} s "
        f"({scale:.2f} times its CPU seconds)"
    )
    smallest = result["units"]["split"][result["smallest"]]["cpu"]
    print(f"smallest unit {result['smallest']}: {smallest:.3f} s CPU, {smallest * scale:.3f} s at the planner's rate")
    speedups = ", ".join(f"{jobs} jobs {speedup:.2f}x" for jobs, speedup in result["simulated_speedup"].items())
    print(f"the simulator fed with the measured CPU units: {speedups}")
    print(f"load average {result['load_average']}")


if __name__ == "__main__":
    main()
