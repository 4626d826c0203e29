"""The command line: parses arguments, wires the stages, renders results.

It holds no analysis logic. It is the only place that catches
``CrateSplitError`` (one line on stderr, the error's exit code; ``--debug``
re-raises) and the only place that builds rich consoles.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Sequence

from rich.console import Console

from crate_split import __version__
from crate_split.analysis import AnalysisConfig, analyze_crate, load_source_tree, locate_package
from crate_split.analysis.crate_model import CrateModel
from crate_split.errors import CrateSplitError, ParseFailed, PathEscapesCrate, SourceUnreadable
from crate_split.model import Severity
from crate_split.report import build_analysis_report, render_dot, render_human, render_json, render_mermaid

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

    analyze = commands.add_parser("analyze", help="report the crate's modules, cycles, rules and split units")
    analyze.add_argument("path", type=Path, nargs="?", default=Path("."), help="package directory (default: .)")
    analyze.add_argument("-p", "--package", help="member of the workspace at PATH to analyse")
    analyze.add_argument(
        "--format", choices=("human", "json", "dot", "mermaid"), default="human", help="output format (default: human)"
    )
    analyze.add_argument("-v", "--verbose", action="store_true", help="list unresolved references and all rules")
    analyze.add_argument("--bin", help="analyse this binary target instead of the library")
    analyze.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; return the process exit code."""
    arguments = build_parser().parse_args(argv)
    stderr = _make_console(stderr=True)
    try:
        if arguments.command == "analyze":
            return _analyze(arguments, stderr)
    except CrateSplitError as error:
        if arguments.debug:
            raise
        stderr.print(error.one_line())
        return error.exit_code
    except KeyboardInterrupt:
        stderr.print("error: interrupted")
        return 130
    return 2


def cargo_main() -> int:
    """Entry point of ``cargo crate-split``: cargo passes ``crate-split`` first."""
    argv = sys.argv[1:]
    if argv and argv[0] == "crate-split":
        argv = argv[1:]
    return main(argv)


def _analyze(arguments: argparse.Namespace, stderr: Console) -> int:
    package_dir = locate_package(arguments.path, arguments.package)
    source_tree = load_source_tree(package_dir)
    config = AnalysisConfig(target=f"bin:{arguments.bin}" if arguments.bin else None)
    model = _run_with_progress(stderr, len(source_tree.files), lambda progress: analyze_crate(source_tree, config, progress))
    _raise_for_fatal(model)
    report = build_analysis_report(model)
    stdout = _make_console(stderr=False)
    if arguments.format == "json":
        sys.stdout.write(render_json(report))
    elif arguments.format == "dot":
        sys.stdout.write(render_dot(report))
    elif arguments.format == "mermaid":
        sys.stdout.write(render_mermaid(report))
    else:
        render_human(report, stdout, verbose=arguments.verbose)
    if arguments.format != "human":
        for diagnostic in report.warnings:
            stderr.print(diagnostic.render())
    return 0


def _run_with_progress(stderr: Console, n_files: int, job):
    if not stderr.is_terminal or n_files < _PROGRESS_MIN_FILES:
        return job(None)
    with stderr.status("analysing") as status:
        started = time.monotonic()

        def progress(step: str, fraction: float) -> None:
            status.update(f"analysing: {step} ({fraction:.0%}, {time.monotonic() - started:.1f}s)")

        return job(progress)


def _raise_for_fatal(model: CrateModel) -> None:
    """Turn diagnostics that make the crate unanalysable into one error."""
    errors = [d for d in model.diagnostics if d.severity is Severity.ERROR]
    for diagnostic in errors:
        where = f"{diagnostic.span.location()}: " if diagnostic.span else ""
        if diagnostic.code == "path-escapes":
            raise PathEscapesCrate(where + diagnostic.message)
        if diagnostic.code == "not-utf8":
            raise SourceUnreadable(where + diagnostic.message, hint="Rust source files must be UTF-8")
        if diagnostic.code == "module-missing" and diagnostic.span is None:
            raise SourceUnreadable(diagnostic.message)
    if model.items == {} or (not model.items and model.syntax_errors):
        raise ParseFailed(f"{model.root_file}: no items could be read", hint="is this Rust source?")
