"""Running cargo on a generated workspace and reading back what it said.

The verify stage needs three things from cargo: did the workspace
type-check (and if not, which rustc diagnostics, with machine-readable
codes and spans that the repair loop can map back to items), and how many
tests passed, failed or were ignored. This module runs cargo as a
subprocess and turns its test summaries into frozen values, and its JSON
messages too through :mod:`.rustc_diagnostics`, whose types it re-exports.
It does not decide what a diagnostic means or how to repair it.

Running cargo runs the crate's build scripts and proc macros: callers only
do it when the user opted in.

Invariant: every cargo run gets ``CARGO_TERM_COLOR=never``, so the text
parsed here never holds colour escapes.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from crate_split.errors import CargoFailed
from crate_split.verify.rustc_diagnostics import (
    DiagnosticSpan,
    RustcDiagnostic,
    one_build_only,
    parse_compiler_messages,
)
from crate_split.verify.test_outcomes import TestCase, parse_test_cases

__all__ = [
    "CargoFailed", "CargoRun", "CheckResult", "DiagnosticSpan", "FeatureFlags", "RustcDiagnostic", "TestRun",
    "check_workspace", "parse_compiler_messages", "parse_test_summary", "run_cargo", "run_tests",
]  # fmt: skip


@dataclass(frozen=True, slots=True)
class FeatureFlags:
    """Cargo's feature options, the same for every cargo run of one ``apply``."""

    #: Features to enable (``--features``), unqualified.
    features: tuple[str, ...] = ()
    all_features: bool = False
    no_default_features: bool = False

    def args(self, package: str | None = None) -> tuple[str, ...]:
        """The cargo options; with ``package``, features are qualified as ``package/feature``
        (cargo wants that when several packages are selected by name)."""
        qualifier = f"{package}/" if package else ""
        args: list[str] = []
        if self.features:
            args += ["--features", ",".join(qualifier + feature for feature in self.features)]
        if self.all_features:
            args.append("--all-features")
        if self.no_default_features:
            args.append("--no-default-features")
        return tuple(args)


@dataclass(frozen=True, slots=True)
class CargoRun:
    """The outcome of one cargo command."""

    returncode: int
    stdout: str
    stderr: str
    #: Wall time of the command, in seconds.
    duration: float


@dataclass(frozen=True, slots=True)
class CheckResult:
    """The outcome of ``cargo check`` on a workspace."""

    #: True when cargo exited with 0 and rustc reported no error.
    ok: bool
    #: Every distinct compiler message (errors and warnings), in cargo's order.
    diagnostics: tuple[RustcDiagnostic, ...]
    #: Cargo's own stderr: the only place a failure before rustc ran (a bad manifest, resolution) shows.
    stderr: str = ""
    #: Wall time, in seconds.
    duration: float = 0.0
    #: Library diagnostics that only some of the library's builds reported
    #: (see ``one_build_only``).
    one_build_only: frozenset[RustcDiagnostic] = frozenset()

    @property
    def errors(self) -> tuple[RustcDiagnostic, ...]:
        return tuple(diagnostic for diagnostic in self.diagnostics if diagnostic.is_error)

    @property
    def warnings(self) -> tuple[RustcDiagnostic, ...]:
        return tuple(diagnostic for diagnostic in self.diagnostics if diagnostic.level == "warning")


@dataclass(frozen=True, slots=True)
class TestRun:
    """Test counts summed over all test binaries and doc tests of one ``cargo test``."""

    # Not a test class, although pytest would collect it by its name.
    __test__ = False

    passed: int
    failed: int
    ignored: int
    #: True when cargo exited with 0 and no test failed.
    ok: bool
    #: Standard output and standard error of cargo, interleaved as cargo wrote them.
    output: str
    #: Every test libtest reported, with its outcome.
    cases: tuple[TestCase, ...] = ()


_TEST_RESULT_LINE = re.compile(
    r"^test result: (?:ok|FAILED)\. (?P<passed>\d+) passed; (?P<failed>\d+) failed; (?P<ignored>\d+) ignored;",
    re.MULTILINE,
)


def run_cargo(
    args: Sequence[str],
    cwd: Path,
    *,
    env: Mapping[str, str] | None = None,
    timeout: float | None = None,
    toolchain: str | None = None,
    merge_stderr: bool = False,
) -> CargoRun:
    """Run ``cargo [+toolchain] ARGS`` in a directory and capture its output.

    Args:
        args: Arguments after ``cargo``, e.g. ``("check", "--workspace")``.
        cwd: Directory to run in (the package or workspace root).
        env: Variables added to the current environment, e.g. ``CARGO_TARGET_DIR``.
        timeout: Seconds before cargo and everything it started are killed.
        toolchain: A rustup toolchain such as ``nightly``, passed as ``+nightly``.
        merge_stderr: Send standard error into standard output, so lines
            keep their order (``cargo test`` names each test binary on
            standard error and prints its tests on standard output).

    Returns:
        The exit code, both output streams (standard error empty when
        merged) and the wall time.

    Raises:
        CargoFailed: cargo is not on PATH, or it ran longer than ``timeout``.
    """
    cargo = shutil.which("cargo")
    if cargo is None:
        raise CargoFailed("cargo is not on PATH", hint="install a Rust toolchain with rustup")
    command = [cargo, *([f"+{toolchain}"] if toolchain else []), *args]
    full_env = {**os.environ, **(env or {}), "CARGO_TERM_COLOR": "never"}
    started = time.monotonic()
    # A session of its own lets a timeout kill rustc and build scripts too, not just cargo.
    process = subprocess.Popen(
        command,
        cwd=cwd,
        env=full_env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT if merge_stderr else subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        stdout, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        raise CargoFailed(f"`cargo {' '.join(args)}` in {cwd} did not finish within {timeout} s") from None
    return CargoRun(process.returncode, stdout, stderr or "", time.monotonic() - started)


def check_workspace(
    workspace_dir: Path,
    extra_args: Sequence[str] = (),
    *,
    env: Mapping[str, str] | None = None,
    timeout: float | None = None,
) -> CheckResult:
    """Type-check every member of a workspace and collect rustc's diagnostics.

    Runs ``cargo check --workspace --message-format=json`` followed by
    ``extra_args`` (for example ``("--all-targets",)`` or
    ``("--lib", "--bins", "--tests", "--examples")``).

    Args:
        workspace_dir: The workspace (or single package) root.
        extra_args: More arguments for ``cargo check``.
        env: Extra environment, e.g. ``{"CARGO_TARGET_DIR": ...}``.
        timeout: Seconds before the run is killed.

    Returns:
        Whether the check passed and every distinct diagnostic; a message
        reported twice (the library built once plainly and once as a test)
        is kept once.

    Raises:
        CargoFailed: cargo is missing or timed out.
    """
    run = run_cargo(
        ["check", "--workspace", "--message-format=json", *extra_args], workspace_dir, env=env, timeout=timeout
    )
    diagnostics = parse_compiler_messages(run.stdout, workspace_dir)
    has_errors = any(diagnostic.is_error for diagnostic in diagnostics)
    partial = one_build_only(run.stdout, workspace_dir)
    return CheckResult(run.returncode == 0 and not has_errors, diagnostics, run.stderr, run.duration, partial)


def update_lock_file(workspace_dir: Path, *, timeout: float | None = None) -> None:
    """Bring the workspace's ``Cargo.lock`` up to date (members added or
    removed) with ``cargo metadata --offline``: it resolves and writes the
    lock from the manifests, and builds nothing, so no build script or proc
    macro of the crate runs.

    Raises:
        CargoFailed: cargo is missing, timed out or could not resolve offline.
    """
    run = run_cargo(["metadata", "--format-version", "1", "--offline"], workspace_dir, timeout=timeout)
    if run.returncode != 0:
        reason = (run.stderr.strip().splitlines() or ["no message"])[-1]
        raise CargoFailed(
            f"`cargo metadata --offline` could not update {workspace_dir / 'Cargo.lock'}: {reason}",
            hint="run `cargo fetch` first, so that cargo can resolve the workspace offline",
        )


def run_tests(
    directory: Path,
    args: Sequence[str] = ("test", "--workspace", "--no-fail-fast"),
    *,
    env: Mapping[str, str] | None = None,
    timeout: float | None = None,
) -> TestRun:
    """Run cargo's tests and add up every ``test result:`` line.

    Unit tests, integration tests and doc tests each end with such a line;
    all are summed.

    Args:
        directory: The package or workspace root.
        args: The cargo arguments, ``test`` included.
        env: Extra environment, e.g. ``{"CARGO_TARGET_DIR": ...}``.
        timeout: Seconds before the run is killed.

    Returns:
        Passed, failed and ignored counts, whether the run succeeded, the
        output, and each test with its outcome.

    Raises:
        CargoFailed: cargo is missing or timed out.
    """
    run = run_cargo(args, directory, env=env, timeout=timeout, merge_stderr=True)
    passed, failed, ignored = parse_test_summary(run.stdout)
    return TestRun(
        passed, failed, ignored, run.returncode == 0 and failed == 0, run.stdout, parse_test_cases(run.stdout)
    )


def parse_test_summary(cargo_test_output: str) -> tuple[int, int, int]:
    """Sum ``(passed, failed, ignored)`` over the ``test result:`` lines of ``cargo test`` output."""
    totals = [0, 0, 0]
    for match in _TEST_RESULT_LINE.finditer(cargo_test_output):
        totals[0] += int(match["passed"])
        totals[1] += int(match["failed"])
        totals[2] += int(match["ignored"])
    return totals[0], totals[1], totals[2]
