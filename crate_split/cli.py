"""The command line: parses arguments, calls one use case per command
(:mod:`crate_split.use_cases`) and renders what it returns.

It holds no analysis logic and wires no stages. It is the only place that catches
``CrateSplitError`` (one line on stderr, the error's exit code; ``--debug``
re-raises) and the only place that builds rich consoles.
"""

from __future__ import annotations

import argparse
import shlex
import sys
from collections.abc import Sequence
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TaskID, TaskProgressColumn, TextColumn, TimeElapsedColumn

from crate_split import __version__
from crate_split.analysis.crate_model import CrateModel
from crate_split.bench.run import BenchConfig
from crate_split.errors import CrateSplitError, InvalidInput
from crate_split.report import render_dot, render_human, render_json, render_mermaid
from crate_split.report.apply_render import apply_result_data, render_apply_human
from crate_split.report.bench_render import bench_data, render_bench_human
from crate_split.report.json_report import dump_json
from crate_split.report.plan_render import (
    plan_to_data,
    render_payoff_warning,
    render_plan_dot,
    render_plan_human,
    render_plan_mermaid,
)
from crate_split.report.why_render import render_why_human, why_data
from crate_split.rewrite.workspace_writer import preview
from crate_split.splitter.planner import Granularity
from crate_split.use_cases.apply import ApplyRequest, apply_package, bench_split, unverified_error
from crate_split.use_cases.inspect import analyze_package, explain_link, plan_package
from crate_split.use_cases.loading import StepRunner, Target, warnings_of
from crate_split.use_cases.planning import PlanOptions
from crate_split.verify.apply_flow import ApplyConfig
from crate_split.verify.cargo import FeatureFlags

#: Crates with at least this many files get a progress display on a terminal.
_PROGRESS_MIN_FILES = 25


def _make_console(*, stderr: bool) -> Console:
    return Console(stderr=stderr, markup=False, highlight=False, emoji=False, soft_wrap=True)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="crate-split",
        description="Split a monolithic Rust crate into a Cargo workspace of smaller crates.",
    )
    parser.add_argument("--version", action="version", version=f"crate-split {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks instead of one-line errors")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def common(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("path", type=Path, nargs="?", default=Path("."), help="package directory (default: .)")
        sub.add_argument("-p", "--package", help="member of the workspace at PATH to work on")
        sub.add_argument("--bin", help="work on this binary target instead of the library")
        sub.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS)

    def planning(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("--max-crates", type=int, help="at most N member crates")
        sub.add_argument(
            "--min-lines", type=int, default=50, help="merge crates smaller than N lines (default: %(default)s)"
        )
        sub.add_argument(
            "--granularity",
            choices=tuple(Granularity),
            default=Granularity.ITEM.value,
            help="may single items move to break a cycle (default: item)",
        )
        sub.add_argument("--jobs", type=int, default=8, help="job count the plan optimises for (default: %(default)s)")
        sub.add_argument("--timings", type=Path, help="calibrate the cost model from a cargo --timings HTML report")
        sub.add_argument(
            "--measure", action="store_true", help="build the crate once to calibrate (runs its build scripts)"
        )

    analyze = commands.add_parser("analyze", help="report modules, cycles, rules, units and a proposed split")
    common(analyze)
    planning(analyze)
    analyze.add_argument(
        "--format", choices=("human", "json", "dot", "mermaid"), default="human", help="output format (default: human)"
    )
    analyze.add_argument("-v", "--verbose", action="store_true", help="list unresolved references and all rules")

    plan = commands.add_parser("plan", help="propose a split, write it as an editable file, or check an edited one")
    common(plan)
    planning(plan)
    plan.add_argument("-o", "--output", type=Path, help="write the plan as TOML to this file")
    plan.add_argument("--force", action="store_true", help="overwrite the -o file if it exists")
    plan.add_argument(
        "--plan", dest="plan_file", type=Path, help="check this (edited) plan file instead of proposing one"
    )
    plan.add_argument(
        "--format", choices=("human", "json", "dot", "mermaid"), default="human", help="output format (default: human)"
    )
    plan.add_argument("-v", "--verbose", action="store_true", help="list every widened item")

    apply = commands.add_parser("apply", help="write the split workspace (and with --check, prove it)")
    common(apply)
    planning(apply)
    target = apply.add_mutually_exclusive_group(required=True)
    target.add_argument("--out", type=Path, help="directory to write the workspace to (must not exist or be empty)")
    target.add_argument(
        "--in-place", action="store_true", help="rewrite the package in its git repository, on a new branch"
    )
    apply.add_argument("--branch", help="branch to create for --in-place")
    apply.add_argument("--plan", dest="plan_file", type=Path, help="apply this plan file instead of the proposed plan")
    apply.add_argument("--force", action="store_true", help="replace a non-empty --out directory")
    apply.add_argument("--dry-run", action="store_true", help="print the diff and write nothing")
    apply.add_argument(
        "--check",
        action="store_true",
        help="run cargo check/test on the result and repair it (runs build scripts and proc macros)",
    )
    apply.add_argument(
        "--check-args", default="--all-targets", help="arguments for cargo check --workspace (default: --all-targets)"
    )
    apply.add_argument(
        "--features",
        action="append",
        default=[],
        metavar="F",
        help="with --check: cargo features to enable in every cargo run (comma or space separated; repeatable)",
    )
    apply.add_argument(
        "--all-features", action="store_true", help="with --check: pass --all-features to every cargo run"
    )
    apply.add_argument(
        "--no-default-features", action="store_true", help="with --check: pass --no-default-features to every cargo run"
    )
    apply.add_argument(
        "--test-cargo-args",
        default="",
        metavar="ARGS",
        help='with --check: arguments for cargo test on both sides, e.g. "--lib --tests"',
    )
    apply.add_argument(
        "--test-args",
        default="",
        metavar="ARGS",
        help="with --check: arguments for the test binaries (after --) on both sides",
    )
    apply.add_argument(
        "--keep-failed",
        action="store_true",
        help="with --check: write (or commit) the workspace even when it is not verified",
    )
    apply.add_argument("--no-tests", action="store_true", help="with --check: skip running the tests")
    apply.add_argument(
        "--no-api", action="store_true", help="with --check: skip the public API comparison (rustdoc JSON)"
    )
    apply.add_argument("--target-dir", type=Path, help="cargo target directory for --check")
    apply.add_argument("--format", choices=("human", "json"), default="human")
    apply.add_argument(
        "--bench",
        action="store_true",
        help="with --out: then time the original against the split (runs cargo and build scripts)",
    )

    bench = commands.add_parser(
        "bench", help="time clean and incremental builds of the original and the split (runs cargo and build scripts)"
    )
    bench.add_argument("original", type=Path, help="the original package directory")
    bench.add_argument(
        "split", type=Path, metavar="split_workspace", help="the split workspace (crate-split apply --out)"
    )
    bench.add_argument("--runs", type=int, default=3, help="runs of each measurement (default: %(default)s)")
    bench.add_argument("--jobs", type=int, help="cargo -j (default: the number of cores)")
    bench.add_argument(
        "--no-threads",
        "--no-nightly",
        dest="no_threads",
        action="store_true",
        help="skip the -Zthreads comparison (rustc's parallel front-end on the original)",
    )
    bench.add_argument("--format", choices=("human", "json"), default="human")
    bench.add_argument(
        "--target-dir", type=Path, help="keep scratch copies and target directories here, to reuse built dependencies"
    )
    bench.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS)

    why = commands.add_parser("why", help="the chain of references and rules that ties A to B")
    common(why)
    why.add_argument("source", metavar="A", help="item (a::b::Name) or module (crate::a::b)")
    why.add_argument("target", metavar="B", help="item or module")
    why.add_argument("--format", choices=("human", "json"), default="human")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; return the process exit code."""
    raw = list(sys.argv[1:] if argv is None else argv)
    arguments = build_parser().parse_args(_options_before_names(_join_option_values(raw)))
    stderr = _make_console(stderr=True)
    handlers = {"analyze": _analyze, "plan": _plan, "why": _why, "apply": _apply, "bench": _bench}
    try:
        return handlers[arguments.command](arguments, stderr)
    except CrateSplitError as error:
        for line in error.details:
            stderr.print(line)
        if arguments.debug:
            raise
        stderr.print(error.one_line())
        return error.exit_code
    except KeyboardInterrupt as interrupt:
        # Work that must not stop half-way holds the interrupt and says what it finished.
        stderr.print(f"error: interrupted: {interrupt}" if str(interrupt) else "error: interrupted")
        return 130


#: Options whose value is itself a list of cargo options (``--lib --tests``).
_PASS_THROUGH = ("--check-args", "--test-cargo-args", "--test-args")


def _join_option_values(argv: list[str]) -> list[str]:
    """``--check-args --lib`` becomes ``--check-args=--lib``: argparse would
    take a value starting with ``--`` for an option of its own."""
    joined: list[str] = []
    index = 0
    while index < len(argv):
        if argv[index] in _PASS_THROUGH and index + 1 < len(argv):
            joined.append(f"{argv[index]}={argv[index + 1]}")
            index += 2
        else:
            joined.append(argv[index])
            index += 1
    return joined


#: Options of ``why`` that take a value.
_WHY_VALUE_OPTIONS = ("-p", "--package", "--bin", "--format")


def _options_before_names(argv: list[str]) -> list[str]:
    """``why PATH -p NAME A B`` becomes ``why -p NAME PATH A B``: argparse
    cannot give three positionals an option between them."""
    command = next((i for i, token in enumerate(argv) if not token.startswith("-")), None)
    if command is None or argv[command] != "why":
        return argv
    options: list[str] = []
    names: list[str] = []
    rest = iter(argv[command + 1 :])
    for token in rest:
        if token == "--":
            names.extend(rest)
        elif token in _WHY_VALUE_OPTIONS:
            options.extend([token, next(rest, "")])
        elif token.startswith("-") and len(token) > 1:
            options.append(token)
        else:
            names.append(token)
    return [*argv[: command + 1], *options, *names]


def cargo_main() -> int:
    """Entry point of ``cargo crate-split``: cargo passes ``crate-split`` first."""
    argv = sys.argv[1:]
    if argv and argv[0] == "crate-split":
        argv = argv[1:]
    return main(argv)


# -- progress and shared rendering -------------------------------------------------------------


def _run_with_progress(stderr: Console, n_files: int, label: str, job):
    """``job(progress)`` under a progress bar of its steps on stderr, for a
    crate of at least ``_PROGRESS_MIN_FILES`` files and a terminal;
    ``job(None)`` otherwise (nothing is drawn into pipes or logs)."""
    if not stderr.is_terminal or n_files < _PROGRESS_MIN_FILES:
        return job(None)
    columns = (
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        TaskProgressColumn(),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=stderr, transient=True) as bar:
        task = bar.add_task(label, total=1.0)

        def progress(step: str, fraction: float) -> None:
            bar.update(task, completed=fraction, description=f"{label}: {step}")

        return job(progress)


class _RoundProgress:
    """What ``apply --check`` says about each step: printed as it comes, and
    on a terminal also a bar per round (the round's steps are cargo runs of
    unknown length, so it pulses) that ends when the next round starts."""

    def __init__(self, stderr: Console) -> None:
        self.stderr = stderr
        self.bar: Progress | None = None
        self.task: TaskID | None = None

    def __enter__(self) -> _RoundProgress:
        if self.stderr.is_terminal:
            columns = (SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), TimeElapsedColumn())
            self.bar = Progress(*columns, console=self.stderr)
            self.bar.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self.bar is not None:
            self._finish_round()
            self.bar.stop()

    def __call__(self, message: str) -> None:
        if self.bar is None:
            self.stderr.print(message)
            return
        self.bar.console.print(message)
        round_name = message.split(":", 1)[0] if message.startswith("round ") else None
        if round_name is not None and (
            self.task is None or not self.bar.tasks[self.task].description.startswith(round_name + ":")
        ):
            self._finish_round()
            self.task = self.bar.add_task(message, total=None)
        elif self.task is not None:
            self.bar.update(
                self.task, description=f"{self.bar.tasks[self.task].description.split(':', 1)[0]}: {message}"
            )

    def _finish_round(self) -> None:
        if self.bar is not None and self.task is not None:
            self.bar.update(self.task, total=1, completed=1)


def _step_runner(stderr: Console) -> StepRunner:
    """Analysis and planning under a progress bar on a terminal."""
    return lambda n_files, label, job: _run_with_progress(stderr, n_files, label, job)


def _print_warnings(stderr: Console, model: CrateModel) -> None:
    for diagnostic in warnings_of(model):
        stderr.print(diagnostic.render())


def _write_json(data: object) -> None:
    sys.stdout.write(dump_json(data))


def _target(arguments: argparse.Namespace) -> Target:
    return Target(arguments.path, arguments.package, arguments.bin)


def _plan_options(arguments: argparse.Namespace) -> PlanOptions:
    return PlanOptions(
        max_crates=arguments.max_crates,
        min_lines=arguments.min_lines,
        granularity=Granularity(arguments.granularity),
        jobs=arguments.jobs,
        timings=arguments.timings,
        measure=arguments.measure,
        plan_file=getattr(arguments, "plan_file", None),
    )


# -- commands --------------------------------------------------------------------------------


def _analyze(arguments: argparse.Namespace, stderr: Console) -> int:
    report = analyze_package(_target(arguments), _plan_options(arguments), _step_runner(stderr))
    if arguments.format == "json":
        sys.stdout.write(render_json(report))
    elif arguments.format == "dot":
        sys.stdout.write(render_dot(report))
    elif arguments.format == "mermaid":
        sys.stdout.write(render_mermaid(report))
    else:
        render_human(report, _make_console(stderr=False), verbose=arguments.verbose)
    if arguments.format != "human":
        _print_warnings(stderr, report.model)
    render_payoff_warning(report.plan, stderr, arguments.format)
    return 0


def _plan(arguments: argparse.Namespace, stderr: Console) -> int:
    plan = plan_package(
        _target(arguments),
        _plan_options(arguments),
        output=arguments.output,
        force=arguments.force,
        say=stderr.print,
        run_step=_step_runner(stderr),
    )
    if arguments.format == "json":
        _write_json(plan_to_data(plan))
    elif arguments.format == "dot":
        sys.stdout.write(render_plan_dot(plan))
    elif arguments.format == "mermaid":
        sys.stdout.write(render_plan_mermaid(plan))
    else:
        render_plan_human(plan, _make_console(stderr=False), verbose=arguments.verbose)
    render_payoff_warning(plan, stderr, arguments.format)
    return 0


def _why(arguments: argparse.Namespace, stderr: Console) -> int:
    answer = explain_link(
        _target(arguments), arguments.source, arguments.target, say=stderr.print, run_step=_step_runner(stderr)
    )
    if arguments.format == "json":
        _write_json(why_data(answer))
    else:
        render_why_human(answer, _make_console(stderr=False))
    return 0


def _apply(arguments: argparse.Namespace, stderr: Console) -> int:
    config = ApplyConfig(
        check=arguments.check,
        check_args=_split_arguments("--check-args", arguments.check_args),
        features=FeatureFlags(
            tuple(f for value in arguments.features for f in value.replace(",", " ").split()),
            arguments.all_features,
            arguments.no_default_features,
        ),
        test_cargo_args=_split_arguments("--test-cargo-args", arguments.test_cargo_args),
        test_args=_split_arguments("--test-args", arguments.test_args),
        keep_failed=arguments.keep_failed,
        run_tests=not arguments.no_tests,
        compare_api=not arguments.no_api,
        target_dir=arguments.target_dir,
        force=arguments.force,
        in_place=arguments.in_place,
    )
    request = ApplyRequest(
        target=_target(arguments),
        planning=_plan_options(arguments),
        config=config,
        out=arguments.out,
        branch=arguments.branch,
        dry_run=arguments.dry_run,
        bench=arguments.bench,
    )
    outcome = apply_package(
        request, say=stderr.print, run_step=_step_runner(stderr), rounds=lambda: _RoundProgress(stderr)
    )
    if arguments.dry_run:
        sys.stdout.write(preview(outcome.result.change, outcome.package_dir, outcome.result.placement.package_dir))
    elif arguments.format == "json":
        bench = {"bench": bench_data(outcome.bench)} if outcome.bench else {}
        _write_json({**apply_result_data(outcome.result), **bench})
    else:
        render_apply_human(outcome.result, _make_console(stderr=False))
        if outcome.bench:
            render_bench_human(outcome.bench, _make_console(stderr=False))
    error = unverified_error(request, outcome)
    if error is not None:
        raise error
    return 0


def _split_arguments(option: str, value: str) -> tuple[str, ...]:
    """Split an option's value the way a shell would (quotes kept together)."""
    try:
        return tuple(shlex.split(value))
    except ValueError as error:
        raise InvalidInput(f"{option}: {error}") from None


def _bench(arguments: argparse.Namespace, stderr: Console) -> int:
    if arguments.runs < 1 or (arguments.jobs is not None and arguments.jobs < 1):
        raise InvalidInput("--runs and --jobs must be at least 1")
    jobs = {"jobs": arguments.jobs} if arguments.jobs is not None else {}
    config = BenchConfig(
        runs=arguments.runs, frontend_threads=not arguments.no_threads, target_dir=arguments.target_dir, **jobs
    )
    result = bench_split(arguments.original, arguments.split, config, say=stderr.print)
    if arguments.format == "json":
        _write_json(bench_data(result))
    else:
        render_bench_human(result, _make_console(stderr=False))
    return 0
