"""Verification of one round's workspace: ``cargo check``, the tests and
the public API, against the original crate's.

:mod:`.apply_flow` runs the repair loop and asks a :class:`Verifier` about
each round's workspace; the verifier writes it into a scratch directory,
runs cargo and says what it found (:class:`Verification`, the facts the
report shows) and what stands in the way (a ``Problem`` for the loop to
repair, or a reason no repair can help). The original crate's tests, API
and unused imports are found once, on a copy. The input package is only
ever read.

Checking runs the crate's build scripts and proc macros (cargo does).
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from crate_split.analysis import CrateModel
from crate_split.analysis.item_graph import ItemGraph
from crate_split.errors import PublicApiFailed
from crate_split.rewrite.crate_files import Widening
from crate_split.rewrite.layout import Placement, WorkspaceLayout
from crate_split.rewrite.source_change import SourceChange
from crate_split.rewrite.text_edit import FileEdit
from crate_split.rewrite.workspace_writer import rewrite_files, write_over, write_workspace
from crate_split.verify.cargo import CheckResult, FeatureFlags, TestRun, check_workspace, run_tests
from crate_split.verify.formatting import formatted
from crate_split.verify.package_copy import copy_package, copy_workspace, point_outside_paths_at
from crate_split.verify.public_api import ApiDiff, compare_public_api, public_api
from crate_split.verify.repair import RepairPlan, plan_api_repairs, plan_repairs, plan_test_repairs
from crate_split.verify.repair_loop import LoopState, Problem, ProblemKind
from crate_split.verify.test_outcomes import in_packages, lost_tests
from crate_split.verify.unused_imports import SpanKey, is_unused_import, original_spans, unused_import_trims


@dataclass(frozen=True, slots=True)
class ApplyConfig:
    check: bool = False
    #: Arguments after ``cargo check --workspace``.
    check_args: tuple[str, ...] = ("--all-targets",)
    #: Feature options for every cargo run (check, tests, rustdoc).
    features: FeatureFlags = FeatureFlags()
    #: Arguments after ``cargo test`` on both sides (e.g. ``--lib --tests``).
    test_cargo_args: tuple[str, ...] = ()
    #: Arguments for the test binaries, after ``--``, on both sides.
    test_args: tuple[str, ...] = ()
    run_tests: bool = True
    compare_api: bool = True
    #: Rounds of targeted repairs before every round must merge crates.
    repair_rounds: int = 6
    target_dir: Path | None = None
    force: bool = False
    #: The workspace replaces the package (paths stay relative).
    in_place: bool = False
    #: Write the workspace even when it is not verified.
    keep_failed: bool = False


@dataclass(frozen=True, slots=True)
class Where:
    """Where the input is and where the split goes."""

    package_dir: Path
    #: The ``--out`` directory; None in place or when writing nothing.
    output_dir: Path | None
    placement: Placement
    #: The directory output paths are relative to.
    output_root: Path


@dataclass(frozen=True, slots=True)
class Verification:
    """What cargo found on a checked workspace: the facts the report shows."""

    #: ``cargo check`` passed (then the tests and the API were compared).
    check_passed: bool
    #: First lines of the errors ``cargo check`` left, at most ten.
    remaining_errors: tuple[str, ...] = ()
    tests_before: TestRun | None = None
    tests_after: TestRun | None = None
    #: Tests the original passes and the split does not, as ``target: name``.
    lost_tests: tuple[str, ...] = field(default=())
    api_diff: ApiDiff | None = None


@dataclass(frozen=True, slots=True)
class CheckedRound:
    """One checked round: what cargo found, and what stands in the way of a
    verified split (nothing when both ``problem`` and ``unrepairable`` are None)."""

    verification: Verification
    #: The change the checked workspace holds (unused imports removed).
    change: SourceChange
    #: What to repair, or None when verified (or when nothing can be repaired).
    problem: Problem | None = None
    #: A problem no merge can repair (the original's tests do not run).
    unrepairable: str | None = None

    def stopped(self) -> str | None:
        """Why the round is not verified, in one line; None when it is."""
        return self.unrepairable or (self.problem.line() if self.problem is not None else None)


#: Rounds of removing unused imports after one check: a removal can leave
#: unused an import that only the removed one used (``use self::core::fmt;``
#: of ``mod core { pub use std::*; }``).
_TRIM_PASSES = 4


class Verifier:
    """Runs cargo on each round's workspace; runs the original's tests and API once."""

    def __init__(
        self,
        model: CrateModel,
        graph: ItemGraph,
        where: Where,
        scratch: Path,
        config: ApplyConfig,
        progress: Callable[[str], None],
    ) -> None:
        self.model, self.graph, self.package_dir, self.scratch = model, graph, where.package_dir, scratch
        self.where = where
        self.config, self.progress = config, progress
        self.env = {"CARGO_TARGET_DIR": str(config.target_dir or scratch / "target")}
        self._tests_before: TestRun | None = None
        self._api_before: frozenset[str] | None = None
        self._unused_before: frozenset[SpanKey] | None = None

    def verify(
        self, rounds: int, state: LoopState, change: SourceChange, layout: WorkspaceLayout, read: Callable[[str], bytes]
    ) -> CheckedRound:
        """Write the round's workspace into the scratch directory and check it:
        ``cargo check`` (unused imports removed), the tests, the public API,
        each only when the one before passed."""
        workspace = self.scratch / f"round{rounds}"
        shutil.rmtree(self.scratch / f"round{rounds - 1}", ignore_errors=True)
        if self.where.placement.joins_workspace:
            # The whole workspace, with the package replaced by the change.
            copy_workspace(self.where.output_root, workspace)
            write_over(change, self.package_dir, workspace, origin_dir=self.where.placement.package_dir)
        else:
            write_workspace(change, self.package_dir, workspace)
        # In place, paths stay relative: those leaving the copy lead beside the original.
        point_outside_paths_at(workspace, self.where.output_root)
        self.progress(f"round {rounds}: cargo check on {len(layout.members)} member crate(s)")
        result = self._check(workspace)
        change, result = self._without_unused_imports(rounds, workspace, change, result, read)
        if not result.ok:
            remaining, problem = _check_problem(self.model, layout, change, result, state, read)
            return CheckedRound(Verification(False, remaining), change, problem=problem)
        change = self._formatted(rounds, workspace, change, read)
        outcome = CheckedRound(Verification(True), change)
        if self.config.run_tests:
            outcome = self._compare_tests(workspace, layout, change)
            if outcome.problem is not None or outcome.unrepairable is not None:
                return outcome
        if self.config.compare_api:
            self.progress("comparing public APIs (rustdoc JSON)")
            original_api = self._original_api()
            try:
                after = public_api(
                    workspace,
                    self.model.manifest.package,
                    target_dir=self.scratch / "api-target",
                    features=self.config.features,
                )
            except PublicApiFailed as error:
                # rustdoc rejects what cargo check let through: a problem of
                # the split like any other, in the crate it could not document.
                failed = re.search(r"could not document `([^`]+)`", error.detail or error.title)
                involved = frozenset({failed[1]}) if failed else frozenset(m.name for m in layout.members)
                repairs = RepairPlan((), Widening(), (), involved)
                return replace(
                    outcome,
                    problem=Problem(
                        ProblemKind.API, f"rustdoc failed: {error.detail}", frozenset({error.detail}), repairs
                    ),
                )
            diff = compare_public_api(original_api, after)
            if not diff.equal:
                repairs = plan_api_repairs(self.model, layout, diff)
                summary = (
                    f"{len(diff.missing)} entries missing, {len(diff.added)} "
                    f"added, e.g. `{(diff.missing or diff.added)[0]}`"
                )
                problem = Problem(ProblemKind.API, summary, frozenset(diff.missing) | frozenset(diff.added), repairs)
                return replace(outcome, verification=replace(outcome.verification, api_diff=diff), problem=problem)
            outcome = replace(outcome, verification=replace(outcome.verification, api_diff=diff))
        return outcome

    def _formatted(
        self, rounds: int, workspace: Path, change: SourceChange, read: Callable[[str], bytes]
    ) -> SourceChange:
        """``change`` laid out by rustfmt where the original was
        (:mod:`.formatting`), written over the workspace: the tests and the
        API comparison then run on what is delivered."""
        pretty = formatted(change, read, package_dir=self.package_dir, edition=self.model.manifest.edition)
        changed = frozenset(new.path for new, old in zip(pretty.files, change.files, strict=True) if new is not old)
        if changed:
            self.progress(f"round {rounds}: rustfmt laid out {len(changed)} file(s) whose original it had")
            rewrite_files(pretty, self.package_dir, workspace, changed)
        return pretty

    def _check(self, workspace: Path) -> CheckResult:
        return check_workspace(workspace, (*self.config.check_args, *self._feature_args()), env=self.env)

    def _without_unused_imports(
        self, rounds: int, workspace: Path, change: SourceChange, result: CheckResult, read: Callable[[str], bytes]
    ) -> tuple[SourceChange, CheckResult]:
        """Remove the imports ``cargo check`` found unused (:mod:`.unused_imports`)
        and check again, until no more can go (an import may have served
        only one removed); the change and check the workspace then holds.

        Only a check that passed or failed on unused imports alone (a crate
        denying warnings) is trimmed: other errors come first.
        """
        for _ in range(_TRIM_PASSES):
            if any(not is_unused_import(error) for error in result.errors):
                break
            trims = unused_import_trims(
                result.diagnostics, change, read, self._original_unused_imports,
                origin_path=self.where.placement.in_package, edition=self.model.manifest.edition,
                one_build_only=result.one_build_only,
            )  # fmt: skip
            if not trims.edits:
                break
            self.progress(f"round {rounds}: removing {trims.answered} unused import(s); cargo check again")
            trimmed = self._trimmed(workspace, change, trims.by_path(), read)
            if trimmed is None:
                break
            change, result = trimmed
        return change, result

    def _trimmed(
        self, workspace: Path, change: SourceChange, edits: dict[str, FileEdit], read: Callable[[str], bytes]
    ) -> tuple[SourceChange, CheckResult] | None:
        """``change`` with ``edits``, written and checked; a file whose edit
        breaks the check (an import only another build, such as the
        tests', uses) is written back as it was. None when no edit stays."""
        while edits:
            trimmed = change.with_later_edits(edits, read)
            rewrite_files(trimmed, self.package_dir, workspace, frozenset(edits))
            again = self._check(workspace)
            errors = [error for error in again.errors if not is_unused_import(error)]
            if not errors:
                return trimmed, again
            rewrite_files(change, self.package_dir, workspace, frozenset(edits))
            broken = {span.file for error in errors for span in error.spans}
            edits = {path: edit for path, edit in edits.items() if path not in broken} if broken & set(edits) else {}
        return None

    def _original_unused_imports(self) -> frozenset[SpanKey]:
        """Where the original crate's own check finds unused imports (checked once)."""
        if self._unused_before is None:
            self.progress("cargo check on the original (on a copy), for its unused imports")
            self._unused_before = original_spans(self._check(self._original_copy()).diagnostics)
        return self._unused_before

    def _compare_tests(self, workspace: Path, layout: WorkspaceLayout, change: SourceChange) -> CheckedRound:
        before = self._original_tests()
        self.progress("running the workspace's tests")
        after = run_tests(workspace, ("test", "--workspace", *self._test_args()), env=self.env)
        outcome = CheckedRound(Verification(True, tests_before=before, tests_after=after), change)
        # Doc tests are named by their file from the workspace root: make
        # the names relative to their packages, so moved ones keep their key.
        facade = self.where.placement.package_dir
        before = replace(before, cases=in_packages(before.cases, [facade]))
        after = replace(after, cases=in_packages(after.cases, [facade, *(m.directory for m in layout.members)]))
        if not before.ok and not before.cases:
            return replace(
                outcome,
                unrepairable=f"the original crate's tests do not run on a copy: {_last_error_line(before.output)}",
            )
        lost = lost_tests(before.cases, after.cases)
        if not lost and after.passed >= before.passed:
            return outcome
        names = tuple(f"{target}: {name}" for target, name in lost)
        summary = f"{before.passed} passed in the original, {after.passed} in the split" + (
            f"; lost {names[0]}" if names else ""
        )
        repairs = plan_test_repairs(self.model, self.graph, layout, lost, after.cases)
        return replace(
            outcome,
            verification=replace(outcome.verification, lost_tests=names),
            problem=Problem(ProblemKind.TESTS, summary, frozenset(names) or frozenset({summary}), repairs),
        )

    def _test_args(self) -> tuple[str, ...]:
        passed_on = ("--", *self.config.test_args) if self.config.test_args else ()
        return ("--no-fail-fast", *self._feature_args(), *self.config.test_cargo_args, *passed_on)

    def _feature_args(self) -> tuple[str, ...]:
        # In a workspace the package joined, the features are the package's:
        # cargo wants them qualified when it builds several packages.
        joined = self.where.placement.joins_workspace
        return self.config.features.args(self.model.manifest.package if joined else None)

    def _original_copy(self) -> Path:
        original = self.scratch / "original"
        if not original.exists():
            if self.where.placement.joins_workspace:
                copy_workspace(self.where.output_root, original)
                point_outside_paths_at(original, self.where.output_root)
            else:
                copy_package(self.package_dir, original)
        return original

    def _original_tests(self) -> TestRun:
        if self._tests_before is None:
            what = "workspace's" if self.where.placement.joins_workspace else "crate's"
            self.progress(f"running the original {what} tests (on a copy)")
            # Inside a workspace, every member's tests, as after the split.
            scope = ("--workspace",) if self.where.placement.joins_workspace else ()
            self._tests_before = run_tests(self._original_copy(), ("test", *scope, *self._test_args()), env=self.env)
        return self._tests_before

    def _original_api(self) -> frozenset[str]:
        if self._api_before is None:
            package = self.model.manifest.package
            self._api_before = public_api(
                self._original_copy(), package, target_dir=self.scratch / "api-target", features=self.config.features
            )
        return self._api_before


def _check_problem(model, layout, change, result, state: LoopState, read) -> tuple[tuple[str, ...], Problem]:
    """The errors left (first lines, for the report) and the problem of a failed ``cargo check``."""
    # Unused imports beside other errors are removed once those are repaired.
    errors = tuple(error for error in result.errors if not is_unused_import(error)) or result.errors
    remaining = tuple(e.rendered.splitlines()[0] if e.rendered else e.message for e in errors[:10])
    if not errors:
        # Cargo failed before rustc reported anything: a manifest, a build script.
        remaining = (_last_error_line(result.stderr),)
    repairs = plan_repairs(model, layout, change, errors, state.widening, read, state.allows)
    problems = repairs.problems or remaining
    summary = problems[0] + (f" (and {len(problems) - 1} more)" if len(problems) > 1 else "")
    return remaining, Problem(ProblemKind.CHECK, summary, frozenset(problems), repairs)


def _last_error_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    errors = [line for line in lines if line.startswith("error")]
    return (errors or lines or ["(no output)"])[0 if errors else -1]
