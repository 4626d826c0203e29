"""How fast and how lean the analysis stage is on the four real crates.

crate-split is only worth running if analysing a crate costs little next to
what the split saves, so the analysis has two speed targets: at most 3x the
time tree-sitter alone needs to parse the same files, and at most 1/5 of the
crate's own `cargo check`. This script measures, for each real crate of
`tests/real_crates.py`: the wall time of `load_source_tree` + `analyze_crate`
and that of a bare tree-sitter parse of the files the analysis parsed (each
the median of N runs after one warm-up, the two alternating run by run), the
peak memory of one analysis (the tracemalloc peak of Python allocations, and
the ru_maxrss of a fresh process doing one analysis), and the time of
`cargo check --lib` on a copy of the crate with its dependencies prebuilt.
It prints a table and writes everything to `benchmarks/results/analyze.json`.

It deliberately checks nothing about the analysis' results, installs no
crates (scripts/install_debian_crates.sh does that) and never touches
crate-split's code: it only calls the public analysis API.

Run it from the repository root:

    .venv/bin/python benchmarks/analyze.py [--crates NAME,...] [--runs N] [--no-cargo]

Invariant: each cargo target directory lives under the system temp directory
(`<tmp>/crate-split-bench/<crate>`), so dependencies stay built from one run
of this script to the next and only the crate itself is ever re-checked.
"""

from __future__ import annotations

import argparse
import datetime
import gc
import importlib.metadata
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

import tree_sitter
import tree_sitter_rust

from crate_split.analysis import analyze_crate, load_source_tree

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT / "tests"))

import real_crates  # noqa: E402  (lives in tests/, which is only now on sys.path)

RESULTS_PATH = REPO_ROOT / "benchmarks" / "results" / "analyze.json"

#: Analysis time may be at most this many times the bare tree-sitter parse.
MAX_ANALYZE_OVER_PARSE = 3.0
#: Analysis time may be at most this fraction of the crate's `cargo check --lib`.
MAX_ANALYZE_OVER_CHECK = 1 / 5

CARGO_CHECK_NOTE = (
    "cargo check = wall time of `cargo check --lib` after `cargo clean -p <name>`, "
    "with every dependency prebuilt: the crate's own front-end check time, "
    "not a build from scratch"
)

_MIB = 1024 * 1024

# Runs in a fresh interpreter, so that ru_maxrss is the peak of exactly one
# analysis on top of the interpreter and its imports. It prints the peak
# before and after the analysis, in the platform's ru_maxrss unit.
_CHILD_RSS_CODE = """\
import json, resource, sys
from pathlib import Path
from crate_split.analysis import analyze_crate, load_source_tree
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
analyze_crate(load_source_tree(Path(sys.argv[1])))
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"before": before, "after": after}))
"""


@dataclass(frozen=True, slots=True)
class RunTimes:
    """The times of the timed runs of one task."""

    #: Wall-clock seconds of each run, in run order.
    wall_seconds: tuple[float, ...]
    #: CPU seconds of this process during each run, in run order.
    cpu_seconds: tuple[float, ...]


@dataclass(frozen=True, slots=True)
class AnalysisTiming:
    """Analysis wall times and peak memory of one crate."""

    #: Wall time of every timed run of load_source_tree + analyze_crate, in seconds.
    run_seconds: tuple[float, ...]
    median_seconds: float
    #: Median CPU time of this process over the same runs, in seconds.
    cpu_median_seconds: float
    #: Peak of Python allocations during one run, in MiB (tracemalloc).
    tracemalloc_peak_mib: float
    #: Peak resident set of a fresh process doing one analysis, in MiB.
    maxrss_mib: float
    #: The same process' peak after its imports, before analysing, in MiB.
    maxrss_before_analysis_mib: float


@dataclass(frozen=True, slots=True)
class ParseTiming:
    """Bare tree-sitter parse times of the files the analysis parsed."""

    n_files: int
    n_bytes: int
    #: Wall time of every timed parse of all the files, in seconds.
    run_seconds: tuple[float, ...]
    median_seconds: float
    #: Median CPU time of this process over the same runs, in seconds.
    cpu_median_seconds: float


@dataclass(frozen=True, slots=True)
class CargoTiming:
    """`cargo check --lib` times of one crate with its dependencies prebuilt."""

    target_dir: str
    #: The crate's full check command, run once to build all dependencies.
    setup_command: str
    #: Wall time of that command, in seconds (short when the cache was warm).
    setup_seconds: float
    #: Every timed `cargo check --lib` after `cargo clean -p <name>`, in seconds.
    run_seconds: tuple[float, ...]
    median_seconds: float


@dataclass(frozen=True, slots=True)
class CrateResult:
    """Every measurement of one crate, and how it compares with the targets."""

    crate: str
    version: str
    n_files: int
    n_lines: int
    n_items: int
    resolved_ratio: float
    analysis: AnalysisTiming
    parse: ParseTiming
    #: None with --no-cargo or when cargo failed (see cargo_error).
    cargo: CargoTiming | None
    cargo_error: str | None
    analyze_over_parse: float
    analyze_over_check: float | None
    meets_parse_target: bool
    meets_check_target: bool | None


def main(argv: list[str] | None = None) -> int:
    """Benchmark the selected crates, print the table and write the JSON.

    Args:
        argv: command-line arguments without the program name; defaults to
            `sys.argv[1:]`.

    Returns:
        The exit status: 0, or 1 when a cargo check failed.
    """
    options = _parse_arguments(argv)
    if not options.no_cargo and shutil.which("cargo") is None:
        print("error: cargo is not on PATH; install Rust or pass --no-cargo", file=sys.stderr)
        return 1
    load_before = _load_average()
    results = []
    for crate in options.crates:
        results.append(benchmark_crate(crate, options.runs, None if options.no_cargo else options.cargo_runs))
    machine = describe_machine(with_cargo=not options.no_cargo)
    # Other processes on the machine slow the figures down; these say how busy it was.
    machine["load_average_1min_before"] = load_before
    machine["load_average_1min_after"] = _load_average()
    print(render_table(results, machine))
    document = {
        "date": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "command": " ".join(["benchmarks/analyze.py", *(sys.argv[1:] if argv is None else argv)]),
        "runs": options.runs,
        "cargo_runs": None if options.no_cargo else options.cargo_runs,
        "machine": machine,
        "targets": {
            "max_analyze_over_parse": MAX_ANALYZE_OVER_PARSE,
            "max_analyze_over_check": MAX_ANALYZE_OVER_CHECK,
        },
        "cargo_check_note": CARGO_CHECK_NOTE,
        "crates": [asdict(result) for result in results],
    }
    RESULTS_PATH.parent.mkdir(parents=True, exist_ok=True)
    RESULTS_PATH.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
    print(f"\nwrote {RESULTS_PATH.relative_to(REPO_ROOT)}")
    return 1 if any(result.cargo_error for result in results) else 0


def benchmark_crate(crate: real_crates.RealCrate, runs: int, cargo_runs: int | None) -> CrateResult:
    """Take every measurement of one real crate.

    Args:
        crate: the crate to measure; it must be installed.
        runs: how many timed runs the analysis and parse medians take.
        cargo_runs: how many timed `cargo check --lib` runs; None skips cargo.

    Returns:
        The measurements and their ratios to the targets.

    Raises:
        FileNotFoundError: the crate is not installed.
    """
    crate_dir = real_crates.source_dir(crate)
    model = analyze_crate(load_source_tree(crate_dir))
    # The parse times only tree-sitter: the files are read once, up front.
    sources = [(crate_dir / path).read_bytes() for path in model.files]
    _progress(f"{crate.dir_name}: analysing and parsing {len(sources)} files ({runs} runs each)")
    run_times = time_interleaved(
        {
            "analysis": lambda: analyze_crate(load_source_tree(crate_dir)),
            "parse": lambda: parse_all(sources),
        },
        runs,
    )
    _progress(f"{crate.dir_name}: measuring peak memory")
    tracemalloc_peak, rss_before, rss_after = measure_peak_memory(crate_dir)
    analysis = AnalysisTiming(
        run_seconds=run_times["analysis"].wall_seconds,
        median_seconds=statistics.median(run_times["analysis"].wall_seconds),
        cpu_median_seconds=statistics.median(run_times["analysis"].cpu_seconds),
        tracemalloc_peak_mib=tracemalloc_peak,
        maxrss_mib=rss_after,
        maxrss_before_analysis_mib=rss_before,
    )
    parse = ParseTiming(
        n_files=len(sources),
        n_bytes=sum(len(source) for source in sources),
        run_seconds=run_times["parse"].wall_seconds,
        median_seconds=statistics.median(run_times["parse"].wall_seconds),
        cpu_median_seconds=statistics.median(run_times["parse"].cpu_seconds),
    )
    cargo = None
    cargo_error = None
    if cargo_runs is not None:
        _progress(f"{crate.dir_name}: cargo check ({cargo_runs} runs)")
        try:
            cargo = measure_cargo_check(crate, cargo_runs)
        except CargoFailed as error:
            cargo_error = str(error)
            print(f"error: {crate.dir_name}: {error}", file=sys.stderr)
    analyze_over_parse = analysis.median_seconds / parse.median_seconds
    analyze_over_check = analysis.median_seconds / cargo.median_seconds if cargo else None
    return CrateResult(
        crate=crate.name,
        version=crate.version,
        n_files=len(model.files),
        n_lines=model.lines,
        n_items=len(model.items),
        resolved_ratio=model.stats.resolved_ratio,
        analysis=analysis,
        parse=parse,
        cargo=cargo,
        cargo_error=cargo_error,
        analyze_over_parse=analyze_over_parse,
        analyze_over_check=analyze_over_check,
        meets_parse_target=analyze_over_parse <= MAX_ANALYZE_OVER_PARSE,
        meets_check_target=None if analyze_over_check is None else analyze_over_check <= MAX_ANALYZE_OVER_CHECK,
    )


def time_interleaved(tasks: dict[str, Callable[[], object]], runs: int) -> dict[str, RunTimes]:
    """Time several tasks, alternating between them run by run.

    Each task runs once untimed as a warm-up, then all tasks run in turn,
    `runs` times over, after a garbage collection each. Alternating keeps a
    slow spell of the machine from landing on one task only, so the ratio of
    two medians stays meaningful on a noisy machine. CPU time is taken too:
    on a shared machine it is less disturbed by other processes than wall
    time.

    Args:
        tasks: the callables to time, by name.
        runs: how many timed runs each task gets.

    Returns:
        Each task's wall and CPU times, in run order.
    """
    for task in tasks.values():
        task()
    wall_seconds: dict[str, list[float]] = {name: [] for name in tasks}
    cpu_seconds: dict[str, list[float]] = {name: [] for name in tasks}
    for _ in range(runs):
        for name, task in tasks.items():
            gc.collect()
            wall_start = time.perf_counter()
            cpu_start = time.process_time()
            task()
            cpu_seconds[name].append(time.process_time() - cpu_start)
            wall_seconds[name].append(time.perf_counter() - wall_start)
    return {name: RunTimes(tuple(wall_seconds[name]), tuple(cpu_seconds[name])) for name in tasks}


def measure_peak_memory(crate_dir: Path) -> tuple[float, float, float]:
    """Measure the peak memory of one load_source_tree + analyze_crate.

    Args:
        crate_dir: the package directory to analyse.

    Returns:
        `(tracemalloc peak, fresh process peak RSS after its imports, the
        same after one analysis)`, all in MiB. tracemalloc sees only Python
        allocations, not tree-sitter's trees; the RSS sees everything.
    """
    gc.collect()
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        model = analyze_crate(load_source_tree(crate_dir))
        _, peak_bytes = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    del model
    rss_before, rss_after = measure_child_maxrss(crate_dir)
    return peak_bytes / _MIB, rss_before, rss_after


def measure_child_maxrss(crate_dir: Path) -> tuple[float, float]:
    """Analyse a crate once in a fresh interpreter and report its peak RSS.

    Args:
        crate_dir: the package directory to analyse.

    Returns:
        `(after imports, after the analysis)` peak resident sets in MiB.
    """
    # Linux carries the peak RSS of a process across exec, and a forked child
    # starts with its parent's, so a child of this (by now large) process
    # would report at least our own peak. A shell in between has a small
    # memory of its own to hand on; its trailing `:` keeps it from exec-ing
    # Python in its own place.
    completed = subprocess.run(
        ["/bin/sh", "-c", '"$0" -c "$1" "$2"; :', sys.executable, _CHILD_RSS_CODE, str(crate_dir)],
        check=True,
        capture_output=True,
        text=True,
    )
    peaks = json.loads(completed.stdout)
    # Linux reports ru_maxrss in KiB, macOS in bytes.
    unit = 1 if sys.platform == "darwin" else 1024
    return peaks["before"] * unit / _MIB, peaks["after"] * unit / _MIB


def parse_all(sources: list[bytes]) -> None:
    """Parse each source with a new `Parser(Language(tree_sitter_rust.language()))`.

    This is the bare-parse baseline: no tree is walked, no text is decoded.

    Args:
        sources: the bytes of the Rust files, read beforehand.
    """
    for source in sources:
        tree_sitter.Parser(tree_sitter.Language(tree_sitter_rust.language())).parse(source)


class CargoFailed(Exception):
    """A cargo command exited with an error."""


def measure_cargo_check(crate: real_crates.RealCrate, runs: int) -> CargoTiming:
    """Time `cargo check --lib` of a crate copy whose dependencies are built.

    The crate is copied into a scratch directory, its full check command runs
    once in the persistent target directory (building any dependency not yet
    cached there), then each run does `cargo clean -p <name>` and times
    `cargo check --lib`.

    Args:
        crate: the crate to check.
        runs: how many timed checks to take.

    Returns:
        The setup and check times.

    Raises:
        CargoFailed: a cargo command failed; the message ends with its stderr.
    """
    target_dir = Path(tempfile.gettempdir()) / "crate-split-bench" / crate.name
    target_dir.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "CARGO_TARGET_DIR": str(target_dir), "CARGO_TERM_COLOR": "never"}
    with tempfile.TemporaryDirectory(prefix=f"crate-split-bench-{crate.name}-") as scratch:
        package_dir = real_crates.materialize(crate, Path(scratch))
        setup_seconds = _run_cargo(crate.check_args, package_dir, env)
        run_seconds = []
        for _ in range(runs):
            _run_cargo(("clean", "-p", crate.name), package_dir, env)
            run_seconds.append(_run_cargo(("check", "--lib"), package_dir, env))
    return CargoTiming(
        target_dir=str(target_dir),
        setup_command="cargo " + " ".join(crate.check_args),
        setup_seconds=setup_seconds,
        run_seconds=tuple(run_seconds),
        median_seconds=statistics.median(run_seconds),
    )


def _run_cargo(args: tuple[str, ...], package_dir: Path, env: dict[str, str]) -> float:
    """Run one cargo command in `package_dir` and return its wall time in seconds."""
    start = time.perf_counter()
    completed = subprocess.run(["cargo", *args], cwd=package_dir, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if completed.returncode != 0:
        tail = "\n".join(completed.stderr.splitlines()[-20:])
        raise CargoFailed(f"`cargo {' '.join(args)}` exited with {completed.returncode}:\n{tail}")
    return elapsed


def describe_machine(*, with_cargo: bool) -> dict[str, object]:
    """Return the cores, platform and tool versions the figures depend on.

    Args:
        with_cargo: also ask cargo and rustc for their versions.

    Returns:
        A JSON-ready mapping.
    """
    usable_cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    machine: dict[str, object] = {
        "cores": usable_cores,
        "cpu_count": os.cpu_count(),
        "platform": platform.platform(),
        "processor": _cpu_model() or platform.processor() or platform.machine(),
        "python": platform.python_version(),
        "python_implementation": platform.python_implementation(),
        "tree_sitter": importlib.metadata.version("tree-sitter"),
        "tree_sitter_rust": importlib.metadata.version("tree-sitter-rust"),
        "crate_split": importlib.metadata.version("crate-split"),
    }
    if with_cargo:
        for tool in ("cargo", "rustc"):
            completed = subprocess.run([tool, "--version"], capture_output=True, text=True)
            machine[tool] = completed.stdout.strip() if completed.returncode == 0 else None
    return machine


def _cpu_model() -> str | None:
    """Return the CPU model name from /proc/cpuinfo, where there is one."""
    try:
        cpuinfo = Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    for line in cpuinfo.splitlines():
        if line.startswith("model name"):
            return line.partition(":")[2].strip()
    return None


def render_table(results: list[CrateResult], machine: dict[str, object]) -> str:
    """Lay the results out as a plain-text table with aligned columns.

    Args:
        results: one result per crate, in the order to show.
        machine: the output of `describe_machine`.

    Returns:
        The table, a legend and the cargo note, without a trailing newline.
    """
    header = (
        "crate",
        "files",
        "lines",
        "analyze s",
        "parse s",
        "analyze/parse",
        "check s",
        "analyze/check",
        "py peak MiB",
        "maxrss MiB",
    )
    rows = [header]
    for result in results:
        rows.append(
            (
                f"{result.crate}-{result.version}",
                str(result.n_files),
                f"{result.n_lines:,}",
                f"{result.analysis.median_seconds:.3f}",
                f"{result.parse.median_seconds:.3f}",
                _ratio_cell(result.analyze_over_parse, result.meets_parse_target),
                f"{result.cargo.median_seconds:.3f}" if result.cargo else "-",
                _ratio_cell(result.analyze_over_check, result.meets_check_target),
                f"{result.analysis.tracemalloc_peak_mib:.1f}",
                f"{result.analysis.maxrss_mib:.1f}",
            )
        )
    widths = [max(len(row[column]) for row in rows) for column in range(len(header))]
    lines = []
    for index, row in enumerate(rows):
        # The crate name is left-aligned, every number right-aligned.
        cells = [row[0].ljust(widths[0])]
        cells.extend(cell.rjust(width) for cell, width in zip(row[1:], widths[1:], strict=True))
        lines.append("  ".join(cells).rstrip())
        if index == 0:
            lines.append("  ".join("-" * width for width in widths))
    lines.append("")
    lines.append(
        f"machine: {machine['cores']} cores, Python {machine['python']}, "
        f"tree-sitter {machine['tree_sitter']}, tree-sitter-rust {machine['tree_sitter_rust']}"
    )
    lines.append(
        f"targets: analyze/parse <= {MAX_ANALYZE_OVER_PARSE:g}, analyze/check <= {MAX_ANALYZE_OVER_CHECK:g}; "
        "'!' marks a miss"
    )
    lines.append("analyze = load_source_tree + analyze_crate; parse = bare tree-sitter parse of the same files")
    lines.append(CARGO_CHECK_NOTE)
    return "\n".join(lines)


def _ratio_cell(ratio: float | None, meets_target: bool | None) -> str:
    if ratio is None:
        return "-"
    return f"{ratio:.2f}" + ("" if meets_target else " !")


def _parse_arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Benchmark crate-split's analysis on the real crates of tests/real_crates.py.",
    )
    parser.add_argument(
        "--crates",
        type=_crate_list,
        default=real_crates.REAL_CRATES,
        metavar="NAME,...",
        help="comma-separated crate names, e.g. toml,quick-xml (default: all four)",
    )
    parser.add_argument(
        "--runs",
        type=_positive_int,
        default=5,
        metavar="N",
        help="timed runs of the analysis and of the parse, after one warm-up (default: 5)",
    )
    parser.add_argument(
        "--cargo-runs",
        type=_positive_int,
        default=3,
        metavar="N",
        help="timed `cargo check --lib` runs per crate (default: 3)",
    )
    parser.add_argument("--no-cargo", action="store_true", help="skip the cargo check timing")
    return parser.parse_args(argv)


def _crate_list(value: str) -> tuple[real_crates.RealCrate, ...]:
    by_name = {crate.name: crate for crate in real_crates.REAL_CRATES}
    by_name.update({crate.dir_name: crate for crate in real_crates.REAL_CRATES})
    selected = []
    for name in (part.strip() for part in value.split(",")):
        if name not in by_name:
            known = ", ".join(crate.name for crate in real_crates.REAL_CRATES)
            raise argparse.ArgumentTypeError(f"unknown crate {name!r}; known crates: {known}")
        if by_name[name] not in selected:
            selected.append(by_name[name])
    return tuple(selected)


def _positive_int(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return number


def _load_average() -> float | None:
    """Return the 1-minute load average, where the platform has one."""
    return os.getloadavg()[0] if hasattr(os, "getloadavg") else None


def _progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


if __name__ == "__main__":
    sys.exit(main())
