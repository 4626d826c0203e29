"""The cargo commands ``crate-split bench`` runs, each one timed.

A :class:`BenchTree` is one tree (the original package or the split
workspace, always a scratch copy) with its own target directory, and
optionally extra ``RUSTFLAGS`` with unstable options allowed (the
``-Zthreads=N`` runs). Only libraries are built: ``cargo check --lib`` /
``cargo build --lib`` for the original, the same with ``--workspace`` for
the split. A clean build first runs ``cargo clean -p`` on every package of
the tree, so dependencies stay built and only the crate's own units are
timed.

Running cargo runs the crate's build scripts and proc macros.
"""

from __future__ import annotations

import os
import resource
import shutil
from dataclasses import dataclass
from pathlib import Path

from crate_split.bench.tree import TreeInfo
from crate_split.errors import BenchFailed, CrateSplitError
from crate_split.splitter.cost import UnitTiming, parse_timings_html
from crate_split.verify.cargo import CargoRun, run_cargo

#: Seconds before one cargo command is given up.
CARGO_TIMEOUT = 1800.0


@dataclass(frozen=True, slots=True)
class Measured:
    """One timed cargo command."""

    #: Wall seconds.
    wall: float
    #: CPU seconds (user + system) of cargo and every process it waited for (rustc, build scripts).
    cpu: float


@dataclass(frozen=True, slots=True)
class BenchTree:
    """One tree to build: its packages, target directory and compiler flags."""

    info: TreeInfo
    target: Path
    #: True for the split workspace (``--workspace``).
    workspace: bool
    #: Added to the environment's ``RUSTFLAGS``.
    rustflags: str | None = None
    #: Let the stable compiler take ``-Z`` options (``RUSTC_BOOTSTRAP=1``).
    unstable: bool = False

    def env(self) -> dict[str, str]:
        env = {"CARGO_TARGET_DIR": str(self.target)}
        if self.unstable:
            env["RUSTC_BOOTSTRAP"] = "1"
        if self.rustflags:
            env["RUSTFLAGS"] = " ".join(part for part in (os.environ.get("RUSTFLAGS", ""), self.rustflags) if part)
        return env

    def lib_args(self) -> tuple[str, ...]:
        return ("--workspace", "--lib") if self.workspace else ("--lib",)


def cargo_step(tree: BenchTree, mode: str, jobs: int, *, timings: bool = False) -> CargoRun:
    """Run ``cargo check|build`` on the tree's libraries.

    Raises:
        BenchFailed: cargo exited with an error.
    """
    args = [mode, *tree.lib_args(), "-j", str(jobs), *(["--timings"] if timings else [])]
    run = run_cargo(args, tree.info.root, env=tree.env(), timeout=CARGO_TIMEOUT)
    if run.returncode != 0:
        raise BenchFailed(f"`cargo {' '.join(args)}` failed in {tree.info.root}: {_last_error(run.stderr)}")
    return run


def clean_own(tree: BenchTree) -> None:
    """``cargo clean -p`` every package of the tree (dependencies stay built).

    Raises:
        BenchFailed: cargo exited with an error.
    """
    args = ["clean", *(f"-p{name}" for name in tree.info.packages)]
    run = run_cargo(args, tree.info.root, env=tree.env(), timeout=CARGO_TIMEOUT)
    if run.returncode != 0:
        raise BenchFailed(f"`cargo clean` failed in {tree.info.root}: {_last_error(run.stderr)}")


def clean_build(tree: BenchTree, mode: str, jobs: int) -> tuple[Measured, tuple[UnitTiming, ...]]:
    """Clean the tree's own packages, build them with ``--timings``.

    Returns:
        The time of the build and the units of its timings report.
    """
    clean_own(tree)
    measured = timed_step(tree, mode, jobs, timings=True)
    report_dir = tree.target / "cargo-timings"
    report = report_dir / "cargo-timing.html"
    try:
        units = parse_timings_html(report.read_text(encoding="utf-8"))
    except OSError as error:
        raise BenchFailed(f"cargo wrote no timings report at {report}: {error}") from error
    shutil.rmtree(report_dir, ignore_errors=True)
    return measured, units


def timed_step(tree: BenchTree, mode: str, jobs: int, *, timings: bool = False) -> Measured:
    """Wall and CPU seconds of one ``cargo check|build`` of the tree as it is now."""
    before = _children_cpu()
    run = cargo_step(tree, mode, jobs, timings=timings)
    return Measured(run.duration, _children_cpu() - before)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def touch(path: Path) -> None:
    """Set the file's modification time to now, so cargo sees it changed."""
    os.utime(path, None)


def cargo_version() -> str | None:
    """``cargo --version``, or ``None`` when cargo does not run."""
    try:
        run = run_cargo(["--version"], Path.cwd(), timeout=120)
    except CrateSplitError:
        return None
    return run.stdout.strip() if run.returncode == 0 else None


def _last_error(stderr: str) -> str:
    lines = [line for line in stderr.strip().splitlines() if line.strip()]
    errors = [line for line in lines if line.startswith("error")]
    return (errors or lines or ["(no output)"])[-1]
