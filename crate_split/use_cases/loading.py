"""Loading the crate a command works on, and refusing crates it cannot.

The analysis never raises on bad Rust (it records diagnostics); a command
that cannot go on with some of them turns them into one error here, the
most specific first.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from crate_split.analysis import AnalysisConfig, analyze_crate, load_source_tree, locate_package
from crate_split.analysis.crate_model import CrateModel
from crate_split.errors import BrokenModuleTree, ParseFailed, PathEscapesCrate, SourceUnreadable
from crate_split.model import Diagnostic, Severity

T = TypeVar("T")

#: Runs ``job(progress)`` for work on ``n_files`` files under ``label``;
#: ``progress`` is ``None`` or told ``(step, fraction done)``.
StepRunner = Callable[[int, str, Callable[[Any], T]], T]


def run_plainly(_n_files: int, _label: str, job: Callable[[Any], T]) -> T:
    """A ``StepRunner`` that shows no progress."""
    return job(None)


@dataclass(frozen=True, slots=True)
class Target:
    """The package a command works on, as the user named it."""

    #: The package directory, or a workspace root with ``package``.
    path: Path
    #: Member of the workspace at ``path``.
    package: str | None = None
    #: A binary target to work on instead of the library.
    bin: str | None = None

    def package_dir(self) -> Path:
        """The package's directory (raises ``InvalidInput`` when there is none)."""
        return locate_package(self.path, self.package)


def load_model(target: Target, run_step: StepRunner = run_plainly) -> tuple[CrateModel, Path]:
    """Analyse the target; return the model and the package directory.

    Raises:
        InvalidInput: no package at the path, or a source file that cannot
            be read or leaves the crate.
        ParseFailed: no item could be read.
    """
    package_dir = target.package_dir()
    source_tree = load_source_tree(package_dir, ask_cargo=True)
    config = AnalysisConfig(target=f"bin:{target.bin}" if target.bin else None)
    model = run_step(len(source_tree.files), "analysing", lambda progress: analyze_crate(source_tree, config, progress))
    raise_for_fatal(model)
    return model, package_dir


def warnings_of(model: CrateModel) -> tuple[Diagnostic, ...]:
    """The diagnostics a command shows while it works (all but notes)."""
    return tuple(d for d in model.diagnostics if d.severity is not Severity.INFO)


#: Diagnostic codes that make a crate unanalysable, the most specific first
#: (a module file that leaves the package, is not UTF-8 or cannot be read
#: explains a crate root that was not found).
_FATAL_CODES = ("path-escapes", "not-utf8", "unreadable", "module-missing")


def raise_for_fatal(model: CrateModel) -> None:
    """Turn diagnostics that make the crate unanalysable into one error."""
    errors = [d for d in model.diagnostics if d.severity is Severity.ERROR]
    for code in _FATAL_CODES:
        for diagnostic in errors:
            if diagnostic.code != code or (code == "module-missing" and diagnostic.span is not None):
                continue
            if code == "path-escapes":
                raise PathEscapesCrate(_located(diagnostic))
            if code == "not-utf8":
                raise SourceUnreadable(_located(diagnostic), hint="Rust source files must be UTF-8")
            raise SourceUnreadable(_located(diagnostic))
    if not model.items:
        raise ParseFailed(f"{model.root_file}: no items could be read", hint="is this Rust source?")


#: Hints for the module errors ``apply`` refuses (rustc refuses these crates too).
_MODULE_ERROR_HINTS = {
    "module-missing": "rustc refuses this crate too (E0583); apply splits a crate that compiles",
    "module-ambiguous": "rustc refuses this crate too (E0761); remove one of the two files",
    "module-circular": "rustc refuses this crate too (circular modules)",
}


def refuse_broken_modules(model: CrateModel) -> None:
    """``apply`` writes a workspace meant to compile: a ``mod x;`` whose file is
    missing or found twice (an error in ``analyze``, which goes on) stops it."""
    for diagnostic in model.diagnostics:
        if diagnostic.severity is Severity.ERROR and diagnostic.code in _MODULE_ERROR_HINTS:
            raise BrokenModuleTree(_located(diagnostic), hint=_MODULE_ERROR_HINTS[diagnostic.code])


def _located(diagnostic: Diagnostic) -> str:
    where = f"{diagnostic.span.location()}: " if diagnostic.span else ""
    return where + diagnostic.message
