"""What ``bench`` prints: measured times of both trees, the parallel
front-end (``-Zthreads``) comparison, and the simulator's prediction against the
measurement; as rich tables for people and as a JSON document (keys in
``docs/bench.md``) for programs.
"""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from crate_split.bench.run import BenchResult
from crate_split.bench.stats import Timing
from crate_split.bench.timings import ModePrediction
from crate_split.splitter.cost import CostModel

#: Above this one-minute load average (per core) the figures are flagged as noisy.
BUSY_LOAD_PER_CORE = 0.5


def _timing(timing: Timing) -> dict[str, Any]:
    return {
        "median": round(timing.median, 4),
        "min": round(timing.low, 4),
        "max": round(timing.high, 4),
        "runs": [round(t, 4) for t in timing.runs],
        "cpu": [round(t, 4) for t in timing.cpu],
    }


def _cost(cost: CostModel) -> dict[str, Any]:
    return {
        "crate_overhead": round(cost.crate_overhead, 4),
        "frontend_per_token": cost.frontend_per_token,
        "codegen_per_token": cost.codegen_per_token,
        "source": cost.source,
    }


def _prediction(p: ModePrediction) -> dict[str, Any]:
    counts = sorted(p.split)
    return {
        "jobs": p.jobs,
        "measured_speedup": round(p.measured_speedup, 3),
        "predicted_speedup": round(p.predicted_speedup(p.jobs), 3),
        "error": round(p.error, 3),
        "simulated": {
            "original": {str(n): round(p.original[n], 3) for n in counts},
            "split": {str(n): round(p.split[n], 3) for n in counts},
        },
        "simulated_speedup": {str(n): round(p.predicted_speedup(n), 3) for n in counts},
        "overhead": {"original": round(p.original_overhead, 3), "split": round(p.split_overhead, 3)},
        "work": {"original": round(p.original_work, 3), "split": round(p.split_work, 3)},
        "critical_path": list(p.critical_path),
        "facade_seconds": round(p.facade_seconds, 3),
        "units": {
            tree: {
                u.name: {
                    "frontend": round(u.frontend, 3),
                    "codegen": round(u.codegen, 3),
                    "depends_on": list(u.depends_on),
                }
                for u in units
            }
            for tree, units in (("original", p.original_units), ("split", p.split_units))
        },
    }


def bench_data(result: BenchResult) -> dict[str, Any]:
    """The JSON document of ``bench --format json``."""
    model = result.model
    return {
        "package": result.package,
        "original": str(result.original_dir),
        "split": str(result.split_dir),
        "machine": {
            "cores": result.cores,
            "jobs": result.jobs,
            "load_average": [round(x, 2) for x in result.load_average],
        },
        "toolchains": {"cargo": result.cargo},
        "runs": result.runs,
        "members": list(result.members),
        "leaf": result.leaf,
        "phases": {
            phase.name: {
                "original": _timing(phase.original),
                "split": _timing(phase.split),
                "speedup": round(phase.ratio, 3),
                "cpu_ratio": round(phase.cpu_ratio, 3),
                "note": phase.note,
            }
            for phase in result.phases
        },
        "threads": {str(n): _timing(timing) for n, timing in sorted(result.threads.items())},
        "threads_skipped": result.threads_skipped,
        "prediction": {p.mode: _prediction(p) for p in result.predictions},
        "model": None
        if model is None
        else {
            "tokens": dict(model.tokens),
            "original_tokens": model.original_tokens,
            "default": _cost(model.default),
            "fitted": _cost(model.fitted),
            **{
                mode: {
                    "measured_speedup": round(model.measured_speedup[mode], 3),
                    "default_speedup": round(model.default_speedup[mode], 3),
                    "default_error": round(model.error(mode), 3),
                    "fitted_speedup": round(model.fitted_speedup[mode], 3),
                    "fitted_error": round(model.error(mode, fitted=True), 3),
                }
                for mode in sorted(model.measured_speedup)
            },
        },
    }


def _cell(timing: Timing) -> str:
    return f"{timing.median:.2f} [{timing.low:.2f}-{timing.high:.2f}]"


def render_bench_human(result: BenchResult, console: Console) -> None:
    """Tables of measured times, the -Zthreads comparison and the prediction."""
    console.print(Text(f"{result.package}: original vs facade + {len(result.members)} member crate(s)", style="bold"))
    console.print(f"{result.cores} core(s), cargo -j {result.jobs}, {result.runs} run(s) each; {result.cargo}")
    measured = Table(title="wall seconds: median [min-max]", title_justify="left")
    measured.add_column("phase", overflow="fold")
    for column in ("original", "split"):
        measured.add_column(column, justify="right", no_wrap=True)
    measured.add_column("speedup", justify="right")
    measured.add_column("CPU split/orig", justify="right")
    for phase in result.phases:
        label = phase.name.replace("incremental-", "incr. ").replace("-", " ")
        measured.add_row(
            label, _cell(phase.original), _cell(phase.split), f"{phase.ratio:.2f}x", f"{phase.cpu_ratio:.2f}"
        )
    console.print(measured)
    for note in sorted({(phase.name.rsplit("-", 1)[0], phase.note) for phase in result.phases if phase.note}):
        console.print(
            f"{note[0].replace('incremental-', 'incr. ')}: touched {note[1]} (and the same file of the original)"
        )
    if result.threads:
        threads = Table(
            title="clean `cargo check --lib` of the original, parallel front-end (RUSTC_BOOTSTRAP=1)",
            title_justify="left",
        )
        for column in ("RUSTFLAGS", "seconds", "speedup vs -Zthreads=1"):
            threads.add_column(column, justify="left" if column == "RUSTFLAGS" else "right", no_wrap=True)
        base = result.threads.get(1) or next(iter(result.threads.values()))
        for n, timing in sorted(result.threads.items()):
            threads.add_row(f"-Zthreads={n}", _cell(timing), f"{base.median / timing.median:.2f}x")
        console.print(threads)
        check = result.phase("check")
        if check is not None:
            console.print(
                f"(the split's own check speedup: {check.ratio:.2f}x; "
                "-Zthreads is an unstable option, its figures are not the default build's)"
            )
    if result.threads_skipped:
        console.print(f"parallel front-end not measured: {result.threads_skipped}")
    predicted = Table(title="speedup simulated from --timings units (measured in brackets)", title_justify="left")
    predicted.add_column("mode")
    counts = sorted(result.predictions[0].split)
    for n in counts:
        predicted.add_column(f"-j{n}", justify="right", no_wrap=True)
    for p in result.predictions:
        predicted.add_row(
            p.mode,
            *(
                f"{p.predicted_speedup(n):.2f}x" + (f" [{p.measured_speedup:.2f}x]" if n == p.jobs else "")
                for n in counts
            ),
        )
    console.print(predicted)
    for p in result.predictions:
        console.print(
            f"{p.mode}: predicted {p.predicted_speedup(p.jobs):.2f}x vs "
            f"measured {p.measured_speedup:.2f}x at {p.jobs} job(s) "
            f"(error {p.error:+.0%}); rustc work {p.original_work:.2f}s "
            f"-> {p.split_work:.2f}s; facade {p.facade_seconds:.2f}s; "
            f"critical path {' -> '.join(p.critical_path)}"
        )
    if result.model is not None:
        model = result.model
        for mode in sorted(model.measured_speedup):
            console.print(
                f"planner ({mode}): default model predicts "
                f"{model.default_speedup[mode]:.2f}x (error {model.error(mode):+.0%}); "
                f"fitted model {model.fitted_speedup[mode]:.2f}x"
            )
        fitted = model.fitted
        console.print(
            f"fitted cost model: {fitted.crate_overhead:.3f}s per crate, "
            f"{fitted.frontend_per_token:.2e} s/token front-end, "
            f"{fitted.codegen_per_token:.2e} s/token codegen (default {model.default.crate_overhead:.2f}s, "
            f"{model.default.frontend_per_token:.1e}, {model.default.codegen_per_token:.1e})"
        )
    if result.load_average[0] > BUSY_LOAD_PER_CORE * result.cores:
        console.print(
            f"warning: the machine was busy (load average {result.load_average[0]:.1f} "
            f"before, {result.load_average[1]:.1f} after): times are noisy"
        )
