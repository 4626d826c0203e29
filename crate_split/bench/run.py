"""``crate-split bench``: measure what a split bought, the way cargo builds.

Both trees are copied to a scratch directory (the user's trees are never
built in), their dependencies are built once, and then, for ``runs``
rounds alternating which tree goes first: a clean ``cargo check`` and a
clean ``cargo build`` of only the crate's own packages (``cargo clean -p``
each first; ``--timings`` on, so every clean build also yields its unit
data). After that: no-op runs (cargo's own fixed time), incremental
rebuilds after touching a file of the largest leaf member (and the same
file of the original) and the facade's root (and the original's), and
clean checks of the original with rustc's parallel front-end
(``RUSTFLAGS=-Zthreads=N``, on the same stable compiler with
``RUSTC_BOOTSTRAP=1``: a nightly compiler would not be comparable, and
dependencies that probe for nightly features may not build on it). The
unit data feed the planner's simulator (:mod:`.timings`); the analysis'
token counts give the planner's own prediction and a cost model fitted to
what was measured.

Running cargo runs the crate's build scripts and proc macros: callers
only do it when the user asked for a bench.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Mapping
from contextlib import ExitStack
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from crate_split.bench.cargo_runs import (
    BenchTree,
    Measured,
    cargo_step,
    cargo_version,
    clean_build,
    clean_own,
    timed_step,
    touch,
)
from crate_split.bench.model_check import ModelComparison, compare_model
from crate_split.bench.stats import Phase, Timing
from crate_split.bench.timings import ModePrediction, predict, tree_units
from crate_split.bench.tree import TouchTarget, compiled_files, facade_touch_target, leaf_touch_target, read_tree
from crate_split.errors import BenchFailed, InvalidInput
from crate_split.splitter.cost import CostModel, UnitTiming
from crate_split.verify.package_copy import copy_package

MODES = ("check", "build")


@dataclass(frozen=True, slots=True)
class BenchConfig:
    """What to measure and how often."""

    runs: int = 3
    #: cargo's ``-j``.
    jobs: int = field(default_factory=lambda: os.cpu_count() or 1)
    #: Time clean checks of the original with ``-Zthreads=N`` for each of ``threads``.
    frontend_threads: bool = True
    threads: tuple[int, ...] = (1, 2)
    #: Keeps scratch copies and target directories here (reused between runs).
    target_dir: Path | None = None
    #: Compare with the planner's token-based prediction (runs the analysis).
    model: bool = True


@dataclass(frozen=True, slots=True)
class BenchResult:
    """Everything one bench measured and predicted (rendered by ``report.bench_render``)."""

    package: str
    original_dir: Path
    split_dir: Path
    jobs: int
    cores: int
    runs: int
    cargo: str
    #: Why the ``-Zthreads`` runs were skipped (``None`` when they ran or were not asked for).
    threads_skipped: str | None
    members: tuple[str, ...]
    #: check, build, noop-*, incremental-*: original versus split.
    phases: tuple[Phase, ...]
    #: Clean ``cargo check`` of the original per ``-Zthreads`` value (empty when skipped).
    threads: Mapping[int, Timing]
    #: The simulator on the measured units, per mode.
    predictions: tuple[ModePrediction, ...]
    #: The planner's token-based prediction, and a model fitted to this bench.
    model: ModelComparison | None
    #: The leaf member touched for the incremental runs, if the split has members.
    leaf: str | None
    #: One-minute load average before and after: other work on the machine skews the figures.
    load_average: tuple[float, float]

    def phase(self, name: str) -> Phase | None:
        return next((phase for phase in self.phases if phase.name == name), None)

    def prediction(self, mode: str) -> ModePrediction:
        return next(p for p in self.predictions if p.mode == mode)


def calibrated_cost_model(result: BenchResult, base: CostModel = CostModel()) -> CostModel:
    """The cost model fitted to this bench's measured units (``base`` without a model comparison)."""
    return result.model.fitted if result.model is not None else base


def run_bench(
    original: Path, split: Path, config: BenchConfig = BenchConfig(), progress: Callable[[str], None] = lambda m: None
) -> BenchResult:
    """Benchmark the original package against its split workspace.

    Raises:
        InvalidInput: a directory is not a package, or the split's facade
            is not named like the original.
        BenchFailed: a build failed.
    """
    for directory in (original, split):
        if not (directory / "Cargo.toml").is_file():
            raise InvalidInput(f"{directory} has no Cargo.toml")
    if config.runs < 1 or config.jobs < 1:
        raise InvalidInput("--runs and --jobs must be at least 1")
    load_before = os.getloadavg()[0]
    with ExitStack() as stack:
        work = config.target_dir or Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="crate-split-bench-")))
        trees = _copy_trees(original, split, work / "trees")
        info = {name: read_tree(path) for name, path in trees.items()}
        if info["original"].package != info["split"].package:
            raise InvalidInput(
                f"the split's facade is {info['split'].package}, the original is {info['original'].package}"
            )
        stable = {name: BenchTree(info[name], work / "target" / name, name == "split") for name in trees}
        reports = _clean_builds(stable, config, progress)
        noop = tuple(
            _phase(f"noop-{mode}", stable, config, partial(timed_step, mode=mode, jobs=config.jobs)) for mode in MODES
        )
        compiled = {name: compiled_files(info["split"], stable["split"].target, name) for name in info["split"].members}
        leaf = leaf_touch_target(
            info["split"],
            info["original"],
            compiled,
            compiled_files(info["original"], stable["original"].target, info["original"].package),
        )
        incremental = _incremental(stable, leaf, facade_touch_target(info["split"], info["original"]), config, progress)
        threads, threads_skipped = (
            _threads(info["original"], work, config, progress) if config.frontend_threads else ({}, None)
        )
        clean = tuple(
            Phase(
                mode,
                Timing.of(m for m, _ in reports[("original", mode)]),
                Timing.of(m for m, _ in reports[("split", mode)]),
            )
            for mode in MODES
        )
        units = {key: tree_units([report for _, report in runs], info[key[0]], key[1]) for key, runs in reports.items()}
        by_name = {phase.name: phase for phase in (*clean, *noop)}
        predictions = tuple(_predict(mode, info["split"].package, units, by_name, config.jobs) for mode in MODES)
        model = None
        if config.model:
            progress("analysing both trees for the planner's prediction")
            measured = {mode: by_name[mode].ratio for mode in MODES}
            model = compare_model(info["original"], info["split"], units, measured, config.jobs)
    return BenchResult(
        package=info["original"].package,
        original_dir=original,
        split_dir=split,
        jobs=config.jobs,
        cores=os.cpu_count() or 1,
        runs=config.runs,
        cargo=cargo_version() or "cargo",
        threads_skipped=threads_skipped,
        members=info["split"].members,
        phases=(*clean, *noop, *incremental),
        threads=threads,
        predictions=predictions,
        model=model,
        leaf=leaf.package if leaf else None,
        load_average=(load_before, os.getloadavg()[0]),
    )


def _copy_trees(original: Path, split: Path, destination: Path) -> dict[str, Path]:
    """Fresh scratch copies of both trees (the split's own target/ left out)."""
    shutil.rmtree(destination, ignore_errors=True)
    destination.mkdir(parents=True)
    copies = {"original": copy_package(original, destination / "original")}
    shutil.copytree(split, destination / "split", ignore=shutil.ignore_patterns("target", ".git", ".hg"))
    copies["split"] = destination / "split"
    return copies


Reports = dict[tuple[str, str], list[tuple[Measured, tuple[UnitTiming, ...]]]]


def _clean_builds(trees: Mapping[str, BenchTree], config: BenchConfig, progress: Callable[[str], None]) -> Reports:
    """Warm up, then time clean check and build runs, alternating the trees."""
    for name, tree in trees.items():
        progress(f"building the dependencies of the {name} (once)")
        for mode in MODES:
            cargo_step(tree, mode, config.jobs)
    reports: Reports = {(name, mode): [] for name in trees for mode in MODES}
    for run in range(config.runs):
        progress(f"clean check and build, run {run + 1} of {config.runs}")
        order = ("original", "split") if run % 2 == 0 else ("split", "original")
        for mode in MODES:
            for name in order:
                reports[(name, mode)].append(clean_build(trees[name], mode, config.jobs))
    for tree in trees.values():
        cargo_step(tree, "check", config.jobs)  # the clean builds removed the check artifacts
    return reports


def _phase(
    name: str,
    trees: Mapping[str, BenchTree],
    config: BenchConfig,
    step: Callable[[BenchTree], Measured],
    note: str = "",
) -> Phase:
    times: dict[str, list[Measured]] = {"original": [], "split": []}
    for run in range(config.runs):
        for tree_name in ("original", "split") if run % 2 == 0 else ("split", "original"):
            times[tree_name].append(step(trees[tree_name]))
    return Phase(name, Timing.of(times["original"]), Timing.of(times["split"]), note)


def _incremental(
    trees, leaf: TouchTarget | None, facade: TouchTarget, config: BenchConfig, progress
) -> tuple[Phase, ...]:
    phases = []
    for label, target in (("leaf", leaf), ("facade", facade)):
        if target is None:
            continue
        progress(f"incremental rebuilds after touching {label} {target.package}: {target.split_file.name}")
        files = {"original": target.original_file, "split": target.split_file}
        note = f"{target.package}: {target.split_file.resolve().relative_to(trees['split'].info.root.resolve())}"
        for mode in MODES:

            def step(tree: BenchTree, mode: str = mode, files: dict[str, Path] = files) -> Measured:
                touch(files["split" if tree.workspace else "original"])
                return timed_step(tree, mode, config.jobs)

            phases.append(_phase(f"incremental-{label}-{mode}", trees, config, step, note))
    return tuple(phases)


def _threads(original, work: Path, config: BenchConfig, progress) -> tuple[dict[int, Timing], str | None]:
    """Clean checks of the original with each ``-Zthreads`` value, alternating.

    Returns:
        The timings, or none and why: a compiler without the parallel
        front-end, or a dependency that does not build with the flag.
    """
    trees = {
        n: BenchTree(original, work / "target" / f"threads-{n}", False, f"-Zthreads={n}", unstable=True)
        for n in config.threads
    }
    for n, tree in trees.items():
        progress(f"-Zthreads={n}: building the dependencies (once)")
        try:
            cargo_step(tree, "check", config.jobs)
        except BenchFailed as error:
            return {}, f"-Zthreads={n} does not build: {error}"
    times: dict[int, list[Measured]] = {n: [] for n in trees}
    for run in range(config.runs):
        for n in trees if run % 2 == 0 else reversed(list(trees)):
            clean_own(trees[n])
            times[n].append(timed_step(trees[n], "check", config.jobs))
    return {n: Timing.of(values) for n, values in times.items()}, None


def _predict(mode: str, facade: str, units, phases: Mapping[str, Phase], jobs: int) -> ModePrediction:
    clean, noop = phases[mode], phases[f"noop-{mode}"]
    return predict(
        mode, jobs, units[("original", mode)], units[("split", mode)], facade,
        (clean.original.median, clean.split.median), (noop.original.median, noop.split.median),
    )  # fmt: skip
