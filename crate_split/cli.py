"""The command line: parses arguments, wires the stages, renders results.

It holds no analysis logic. It is the only place that catches
``CrateSplitError`` (one line on stderr, the error's exit code; ``--debug``
re-raises) and the only place that builds rich consoles.
"""

from __future__ import annotations

import argparse
import json
import shlex
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TaskID, TaskProgressColumn, TextColumn, TimeElapsedColumn

from crate_split import __version__
from crate_split.analysis import AnalysisConfig, analyze_crate, load_source_tree, locate_package
from crate_split.analysis.crate_model import CrateModel
from crate_split.analysis.source_tree import list_package_files, missing_path_dependencies
from crate_split.errors import (
    BrokenModuleTree,
    CrateSplitError,
    GeneratedPathTaken,
    InvalidInput,
    ManifestInvalid,
    ParseFailed,
    PathEscapesCrate,
    PlanRejected,
    SourceUnreadable,
    VerificationFailed,
)
from crate_split.model import Severity
from crate_split.report import build_analysis_report, render_dot, render_human, render_json, render_mermaid
from crate_split.report.apply_render import apply_result_data, render_apply_human, verification_problem
from crate_split.report.bench_render import bench_data, render_bench_human
from crate_split.report.plan_render import (
    hop_data,
    plan_to_data,
    render_payoff_warning,
    render_plan_dot,
    render_plan_human,
    render_plan_mermaid,
)
from crate_split.report.split_md import SPLIT_MD, render_split_md
from crate_split.rewrite.source_change import OutputFile
from crate_split.rewrite.workspace_writer import (
    check_in_place,
    check_output_dir,
    check_output_file,
    preview,
    write_output_file,
)
from crate_split.splitter.cost import CostModel, calibrate_from_timings, effective_tokens, parse_timings_html
from crate_split.splitter.plan import SplitPlan
from crate_split.splitter.plan_builder import build_plan
from crate_split.splitter.plan_file import assign_items, read_plan_file, render_plan_file
from crate_split.splitter.planner import Granularity, PlanConfig
from crate_split.splitter.validate import validate_assignment
from crate_split.splitter.why import explain_why
from crate_split.verify.apply_flow import ApplyConfig, apply_split, commit_in_place
from crate_split.verify.bench import BenchConfig, run_bench
from crate_split.verify.cargo import FeatureFlags
from crate_split.verify.measure import measure_timings

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
    bench.add_argument("--no-nightly", action="store_true", help="skip the nightly -Zthreads comparison")
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


# -- shared steps ------------------------------------------------------------------------------


def _load_model(arguments: argparse.Namespace, stderr: Console) -> tuple[CrateModel, Path]:
    package_dir = locate_package(arguments.path, arguments.package)
    source_tree = load_source_tree(package_dir)
    config = AnalysisConfig(target=f"bin:{arguments.bin}" if arguments.bin else None)
    model = _run_with_progress(
        stderr, len(source_tree.files), "analysing", lambda progress: analyze_crate(source_tree, config, progress)
    )
    _raise_for_fatal(model)
    return model, package_dir


def _plan_config(arguments: argparse.Namespace) -> PlanConfig:
    if arguments.max_crates is not None and arguments.max_crates < 1:
        raise InvalidInput("--max-crates must be at least 1")
    if arguments.jobs < 1:
        raise InvalidInput("--jobs must be at least 1")
    return PlanConfig(
        max_crates=arguments.max_crates,
        min_lines=max(arguments.min_lines, 0),
        granularity=arguments.granularity,
        target_jobs=arguments.jobs,
    )


def _cost_model(arguments: argparse.Namespace, model: CrateModel, package_dir: Path) -> CostModel:
    base = CostModel()
    tokens = sum(effective_tokens(model).values())
    if arguments.timings is not None:
        try:
            html = arguments.timings.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise InvalidInput(f"cannot read {arguments.timings}: {error}") from error
        return calibrate_from_timings(base, parse_timings_html(html), model.manifest.package, tokens)
    if arguments.measure:
        return calibrate_from_timings(base, measure_timings(package_dir), model.manifest.package, tokens)
    return base


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


def _report(stderr: Console, model: CrateModel, plan_config: PlanConfig | None, cost: CostModel = CostModel()):
    """The analysis report (with the plan), under a progress bar on a terminal."""
    return _run_with_progress(
        stderr, len(model.files), "planning", lambda progress: build_analysis_report(model, plan_config, cost, progress)
    )


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


def _raise_for_fatal(model: CrateModel) -> None:
    """Turn diagnostics that make the crate unanalysable into one error: the
    most specific first (a module file that leaves the package, is not UTF-8
    or cannot be read explains a crate root that was not found)."""
    errors = [d for d in model.diagnostics if d.severity is Severity.ERROR]
    for code in ("path-escapes", "not-utf8", "unreadable", "module-missing"):
        for diagnostic in errors:
            if diagnostic.code != code or (code == "module-missing" and diagnostic.span is not None):
                continue
            where = f"{diagnostic.span.location()}: " if diagnostic.span else ""
            if code == "path-escapes":
                raise PathEscapesCrate(where + diagnostic.message)
            if code == "not-utf8":
                raise SourceUnreadable(where + diagnostic.message, hint="Rust source files must be UTF-8")
            raise SourceUnreadable(where + diagnostic.message)
    if not model.items:
        raise ParseFailed(f"{model.root_file}: no items could be read", hint="is this Rust source?")


#: Hints for the module errors ``apply`` refuses (rustc refuses these crates too).
_MODULE_ERROR_HINTS = {
    "module-missing": "rustc refuses this crate too (E0583); apply splits a crate that compiles",
    "module-ambiguous": "rustc refuses this crate too (E0761); remove one of the two files",
    "module-circular": "rustc refuses this crate too (circular modules)",
}


def _refuse_broken_modules(model: CrateModel) -> None:
    """``apply`` writes a workspace meant to compile: a ``mod x;`` whose file is
    missing or found twice (an error in ``analyze``, which goes on) stops it."""
    for diagnostic in model.diagnostics:
        if diagnostic.severity is Severity.ERROR and diagnostic.code in _MODULE_ERROR_HINTS:
            where = f"{diagnostic.span.location()}: " if diagnostic.span else ""
            raise BrokenModuleTree(where + diagnostic.message, hint=_MODULE_ERROR_HINTS[diagnostic.code])


def _print_warnings(stderr: Console, model: CrateModel) -> None:
    for diagnostic in model.diagnostics:
        if diagnostic.severity is not Severity.INFO:
            stderr.print(diagnostic.render())


# -- commands --------------------------------------------------------------------------------


def _analyze(arguments: argparse.Namespace, stderr: Console) -> int:
    model, package_dir = _load_model(arguments, stderr)
    report = _report(stderr, model, _plan_config(arguments), _cost_model(arguments, model, package_dir))
    if arguments.format == "json":
        sys.stdout.write(render_json(report))
    elif arguments.format == "dot":
        sys.stdout.write(render_dot(report))
    elif arguments.format == "mermaid":
        sys.stdout.write(render_mermaid(report))
    else:
        render_human(report, _make_console(stderr=False), verbose=arguments.verbose)
    if arguments.format != "human":
        _print_warnings(stderr, model)
    render_payoff_warning(report.plan, stderr, arguments.format)
    return 0


def _resolve_plan(arguments: argparse.Namespace, model: CrateModel, package_dir: Path, stderr: Console):
    """The proposed plan, or the plan file checked; returns (report, plan, cost)."""
    cost = _cost_model(arguments, model, package_dir)
    report = _report(stderr, model, None if arguments.plan_file else _plan_config(arguments), cost)
    plan = report.plan
    if arguments.plan_file is not None:
        try:
            text = arguments.plan_file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise InvalidInput(f"cannot read {arguments.plan_file}: {error}") from error
        spec = read_plan_file(text, model)
        assignment = assign_items(model, spec)
        violations = validate_assignment(model, report.atoms.strong_graph, report.constraints, assignment)
        if violations:
            for violation in violations:
                stderr.print(f"violation[{violation.kind}]: {violation.message}")
                for hop in violation.chain:
                    stderr.print(f"    {hop.render()}")
            raise PlanRejected(f"{arguments.plan_file}: {len(violations)} violation(s), listed above")
        modules = {name: mods for name, mods, _items in spec.crates}
        plan = build_plan(
            model,
            report.atoms.strong_graph,
            assignment,
            modules,
            cost,
            notes=(f"checked plan file {arguments.plan_file}",),
            target_jobs=arguments.jobs,
        )
    assert plan is not None
    return report, plan, cost


def _module_plan(arguments: argparse.Namespace, model: CrateModel, cost: CostModel) -> SplitPlan:
    """The proposed plan without item-level cuts: modules stay whole."""
    plan = build_analysis_report(model, replace(_plan_config(arguments), granularity=Granularity.MODULE), cost).plan
    assert plan is not None
    return plan


def _plan(arguments: argparse.Namespace, stderr: Console) -> int:
    if arguments.output is not None:
        check_output_file(
            arguments.output, force=arguments.force, package_dir=locate_package(arguments.path, arguments.package)
        )
    model, package_dir = _load_model(arguments, stderr)
    _print_warnings(stderr, model)
    _report, plan, _cost = _resolve_plan(arguments, model, package_dir, stderr)
    if arguments.output is not None:
        write_output_file(arguments.output, render_plan_file(plan).encode("utf-8"))
        stderr.print(f"wrote {arguments.output}")
    if arguments.format == "json":
        sys.stdout.write(json.dumps(plan_to_data(plan), indent=2, sort_keys=True, ensure_ascii=False) + "\n")
    elif arguments.format == "dot":
        sys.stdout.write(render_plan_dot(plan))
    elif arguments.format == "mermaid":
        sys.stdout.write(render_plan_mermaid(plan))
    else:
        render_plan_human(plan, _make_console(stderr=False), verbose=arguments.verbose)
    render_payoff_warning(plan, stderr, arguments.format)
    return 0


def _why(arguments: argparse.Namespace, stderr: Console) -> int:
    model, _package_dir = _load_model(arguments, stderr)
    _print_warnings(stderr, model)
    report = build_analysis_report(model, None)
    answer = explain_why(model, report.atoms.strong_graph, arguments.source, arguments.target)
    if arguments.format == "json":
        data = {
            "source": answer.source,
            "target": answer.target,
            "verdict": answer.verdict,
            "forward": [hop_data(h) for h in answer.forward],
            "backward": [hop_data(h) for h in answer.backward],
            "in_facade": [
                {
                    "item": reason.item.qualified(),
                    "rule": reason.rule.kind.value if reason.rule else None,
                    "reason": reason.render(),
                    "chain": [hop_data(h) for h in reason.chain],
                }
                for reason in answer.in_facade
            ],
        }
        sys.stdout.write(json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n")
        return 0
    stdout = _make_console(stderr=False)
    stdout.print(answer.verdict)
    for title, chain in (
        (f"{answer.source} -> {answer.target}", answer.forward),
        (f"{answer.target} -> {answer.source}", answer.backward),
    ):
        if chain:
            stdout.print(f"{title}:")
            for hop in chain:
                stdout.print(f"  {hop.render()}")
    for reason in answer.in_facade:
        stdout.print(reason.render())
        for hop in reason.chain:
            stdout.print(f"  {hop.render()}")
    return 0


def _apply(arguments: argparse.Namespace, stderr: Console) -> int:
    if arguments.in_place and not arguments.branch:
        raise InvalidInput("--in-place needs --branch NAME")
    if arguments.bench and (arguments.out is None or arguments.dry_run):
        raise InvalidInput("--bench needs --out (and no --dry-run)")
    out = arguments.out
    if out is not None and not arguments.dry_run:
        # Before the analysis: a refusal should not wait for it.
        check_output_dir(locate_package(arguments.path, arguments.package), out, force=arguments.force)
    model, package_dir = _load_model(arguments, stderr)
    _refuse_broken_modules(model)
    missing = missing_path_dependencies(package_dir, model.manifest.dependencies)
    if missing:
        key, path = missing[0]
        raise ManifestInvalid(
            f"dependency {key}: no Cargo.toml at its path {path!r}", hint="cargo refuses this package too"
        )
    _print_warnings(stderr, model)
    if arguments.in_place and not arguments.dry_run:
        # Refuse a dirty tree or a bad branch name before any long work.
        check_in_place(package_dir, arguments.branch)
    if model.manifest.is_proc_macro:
        raise InvalidInput(
            f"{model.manifest.package} is a proc-macro crate: it can "
            "export only macros, so a facade cannot re-export members",
            hint="split the library it uses instead",
        )
    package_files = list_package_files(package_dir)
    if SPLIT_MD in package_files:
        raise GeneratedPathTaken(f"{SPLIT_MD} is in the way of the page the split writes there")
    report, plan, cost = _resolve_plan(arguments, model, package_dir, stderr)
    if not plan.members:
        raise InvalidInput(
            f"the plan for {model.manifest.package} has no member crate: nothing to split",
            hint="crate-split plan shows why; a plan file can name crates",
        )
    if arguments.check:
        stderr.print("note: --check runs cargo, which runs the crate's build scripts and proc macros")
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
    with _RoundProgress(stderr) as round_progress:
        result = apply_split(
            model=model,
            graph=report.atoms.strong_graph,
            plan=plan,
            package_dir=package_dir,
            package_files=package_files,
            output_dir=None if (arguments.dry_run or arguments.in_place) else out,
            config=config,
            extra_files=lambda partial: [OutputFile.generated(SPLIT_MD, render_split_md(partial))],
            cost=cost,
            progress=round_progress,
            fallback=None
            if arguments.plan_file or Granularity(arguments.granularity) is not Granularity.ITEM
            else lambda: _module_plan(arguments, model, cost),
        )
    problem = verification_problem(result)
    if arguments.dry_run:
        sys.stdout.write(preview(result.change, package_dir, result.placement.package_dir))
        if problem:
            raise VerificationFailed(problem)
        return 0
    if arguments.in_place and (problem is None or arguments.keep_failed):
        message = (
            f"Split {model.manifest.package} into {len(result.plan.members)} crates with "
            "crate-split\n\nSee SPLIT.md for the crate graph, widened items and repairs."
        )
        commit = commit_in_place(result, package_dir, branch=arguments.branch, message=message)
        stderr.print(f"committed {commit[:12]} on branch {arguments.branch}")
    elif result.written:
        stderr.print(f"wrote {out}")
    bench = _run_bench(package_dir, out, BenchConfig(), stderr) if arguments.bench and not problem else None
    if arguments.format == "json":
        data = {**apply_result_data(result), **({"bench": bench_data(bench)} if bench else {})}
        sys.stdout.write(json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n")
    else:
        render_apply_human(result, _make_console(stderr=False))
        if bench:
            render_bench_human(bench, _make_console(stderr=False))
    if problem:
        written = (
            "" if arguments.keep_failed else ("; nothing written" if not arguments.in_place else "; nothing committed")
        )
        raise VerificationFailed(
            problem + written, hint=None if arguments.keep_failed else "--keep-failed writes it anyway"
        )
    return 0


def _split_arguments(option: str, value: str) -> tuple[str, ...]:
    """Split an option's value the way a shell would (quotes kept together)."""
    try:
        return tuple(shlex.split(value))
    except ValueError as error:
        raise InvalidInput(f"{option}: {error}") from None


def _run_bench(original: Path, split: Path, config: BenchConfig, stderr: Console):
    stderr.print(
        "note: bench runs cargo, which runs the crate's build scripts and proc macros (on copies of both trees)"
    )
    return run_bench(original, split, config, progress=lambda message: stderr.print(message))


def _bench(arguments: argparse.Namespace, stderr: Console) -> int:
    if arguments.runs < 1 or (arguments.jobs is not None and arguments.jobs < 1):
        raise InvalidInput("--runs and --jobs must be at least 1")
    jobs = {"jobs": arguments.jobs} if arguments.jobs is not None else {}
    config = BenchConfig(runs=arguments.runs, nightly=not arguments.no_nightly, target_dir=arguments.target_dir, **jobs)
    result = _run_bench(arguments.original, arguments.split, config, stderr)
    if arguments.format == "json":
        sys.stdout.write(json.dumps(bench_data(result), indent=2, sort_keys=True, ensure_ascii=False) + "\n")
    else:
        render_bench_human(result, _make_console(stderr=False))
    return 0
