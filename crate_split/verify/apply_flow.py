"""``apply``: write the split workspace, and with ``--check`` prove it.

Every round rewrites the workspace from the current plan and widening and
self-checks it (:mod:`.self_check`, no cargo). Without checking, that
workspace is written once. With checking, it is written to a scratch
directory, and ``cargo check``, the tests (the original's run once, on a
copy) and the public APIs decide whether it is verified; if not, the
problem goes to :func:`.repair_loop.next_round`, which repairs or merges,
and the next round starts. The loop ends verified (possibly with fewer
crates) or, when no member is left to merge, with a refusal; a workspace
that is not verified is written only when the caller asks for it
(``keep_failed``). The input package is only ever read.

In place, a package that is a member of an enclosing workspace stays a
member: its new members join that workspace (``Placement``), the change is
relative to the workspace's root, and checking builds and tests the whole
workspace (a copy of it with the change written over), as the user would.

Checking runs the crate's build scripts and proc macros (cargo does).
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path

from crate_split.analysis import CrateModel
from crate_split.analysis.item_graph import ItemGraph
from crate_split.analysis.source_tree import find_joined_workspace, find_workspace_manifest, workspace_packages
from crate_split.errors import InvalidInput, PublicApiFailed
from crate_split.rewrite.layout import Placement, WorkspaceLayout
from crate_split.rewrite.source_change import OutputFile, SourceChange
from crate_split.rewrite.text_edit import FileEdit
from crate_split.rewrite.workspace import RewriteInputs, rewrite_workspace
from crate_split.rewrite.workspace_writer import apply_in_place, rewrite_files, write_over, write_workspace
from crate_split.splitter.cost import CostModel
from crate_split.splitter.plan import SplitPlan
from crate_split.verify.cargo import CheckResult, FeatureFlags, TestRun, check_workspace, run_tests, update_lock_file
from crate_split.verify.package_copy import copy_package, copy_workspace, point_outside_paths_at
from crate_split.verify.public_api import ApiDiff, compare_public_api, public_api
from crate_split.verify.repair import Repair, RepairPlan, plan_api_repairs, plan_repairs, plan_test_repairs
from crate_split.verify.repair_loop import NO_WIDENING, LoopContext, LoopState, Problem, ProblemKind, next_round
from crate_split.verify.self_check import check_generated_files
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
class ApplyResult:
    plan: SplitPlan
    layout: WorkspaceLayout
    change: SourceChange
    repairs: tuple[Repair, ...]
    rounds: int
    checked: bool
    check_ok: bool | None = None
    remaining_errors: tuple[str, ...] = ()
    tests_before: TestRun | None = None
    tests_after: TestRun | None = None
    #: Tests the original passes and the split does not, as ``target: name``.
    lost_tests: tuple[str, ...] = ()
    api_diff: ApiDiff | None = None
    #: Why a checked split is not verified: one line; None when verified.
    stopped: str | None = None
    #: True when the workspace was written to the output directory.
    written: bool = False
    notes: tuple[str, ...] = field(default=())
    #: Where the package and its members are in the change.
    placement: Placement = Placement()
    #: The directory the change's output paths are relative to in place:
    #: the package, or the workspace it is a member of.
    output_root: Path | None = None

    @property
    def verified(self) -> bool:
        return self.checked and self.stopped is None


#: Builds files added to the workspace (SPLIT.md) from the result so far.
ExtraFiles = Callable[["ApplyResult"], list[OutputFile]]


#: Rounds of removing unused imports after one check: a removal can leave
#: unused an import that only the removed one used (``use self::core::fmt;``
#: of ``mod core { pub use std::*; }``).
_TRIM_PASSES = 4


@dataclass(frozen=True, slots=True)
class _Outcome:
    """What one checked round found."""

    check_ok: bool
    remaining_errors: tuple[str, ...] = ()
    tests_before: TestRun | None = None
    tests_after: TestRun | None = None
    lost_tests: tuple[str, ...] = ()
    api_diff: ApiDiff | None = None
    #: What to repair, or None when verified (or when nothing can be repaired).
    problem: Problem | None = None
    #: A problem no merge can repair (the original's tests do not run).
    unrepairable: str | None = None
    #: The change the checked workspace holds (unused imports removed).
    change: SourceChange | None = None


def apply_split(
    *,
    model: CrateModel,
    graph: ItemGraph,
    plan: SplitPlan,
    package_dir: Path,
    package_files: tuple[str, ...],
    output_dir: Path | None,
    config: ApplyConfig,
    extra_files: ExtraFiles,
    cost: CostModel = CostModel(),
    progress: Callable[[str], None] = lambda message: None,
    fallback: Callable[[], SplitPlan] | None = None,
) -> ApplyResult:
    """Apply ``plan``; when checking ends unverified or with fewer than two
    members and a ``fallback`` plan is given (the plan without item-level
    cuts), apply that too and keep the better result: verified over not,
    then more member crates. Only the kept result is written."""
    placement, output_root = _placement(package_dir, config.in_place)
    taken = _other_packages(package_dir, output_root)
    _refuse_taken_names(plan, taken, output_root)
    apply_plan = partial(
        _apply_plan,
        model=model,
        graph=graph,
        package_dir=package_dir,
        package_files=package_files,
        config=config,
        extra_files=extra_files,
        cost=cost,
        progress=progress,
        placement=placement,
        output_root=output_root,
    )
    if fallback is None or not config.check:
        return apply_plan(plan=plan, output_dir=output_dir)
    first = apply_plan(plan=plan, output_dir=None)
    chosen = first
    if not (first.verified and len(first.plan.members) >= 2):
        alternative = fallback()
        if alternative.members and alternative.assignment != plan.assignment:
            _refuse_taken_names(alternative, taken, output_root)
            progress("the split with item-level cuts fell short; trying the plan that keeps modules whole")
            second = apply_plan(plan=alternative, output_dir=None)
            if (second.verified, len(second.plan.members)) > (first.verified, len(first.plan.members)):
                note = (
                    "the plan with item-level cuts did not verify with two members or more; "
                    "this is the plan that keeps modules whole"
                )
                chosen = replace(second, notes=(*second.notes, note))
    write = output_dir is not None and (chosen.stopped is None or config.keep_failed)
    if write and output_dir is not None:
        write_workspace(chosen.change, package_dir, output_dir, force=config.force)
    return replace(chosen, written=write)


def _placement(package_dir: Path, in_place: bool) -> tuple[Placement, Path]:
    """Where the split goes and the directory its paths are relative to:
    in place inside an enclosing workspace, that workspace's root."""
    root = find_joined_workspace(package_dir) if in_place else None
    if root is None:
        return Placement(), package_dir.resolve()
    relative = package_dir.resolve().relative_to(root).as_posix()
    return Placement.joining(relative, (root / "Cargo.toml").read_text(encoding="utf-8")), root


def _other_packages(package_dir: Path, output_root: Path) -> dict[str, Path]:
    """The packages of the workspace the members join, other than the package, by name."""
    package = package_dir.resolve()
    return {
        name: directory for name, directory in workspace_packages(output_root).items() if directory.resolve() != package
    }


def _refuse_taken_names(plan: SplitPlan, taken: dict[str, Path], output_root: Path) -> None:
    """Refuse a member crate named like another package of the workspace it
    joins (cargo refuses a workspace with two packages of one name)."""
    for member in plan.members:
        if member.name in taken:
            where = Path(os.path.relpath(taken[member.name].resolve(), output_root)).as_posix()
            raise InvalidInput(
                f"the member crate {member.name} would have the name of the workspace's package at {where}",
                "choose other crate names with a plan file (crate-split plan -o FILE), or rename that package",
            )


def commit_in_place(result: ApplyResult, package_dir: Path, *, branch: str, message: str) -> str:
    """Commit ``result``'s change on a new branch of the package's repository
    (see ``apply_in_place``); return the commit id. A ``Cargo.lock`` git
    tracks at the workspace's root is updated by cargo and committed too."""
    replaces = frozenset({"Cargo.toml"}) if result.placement.joins_workspace else frozenset()
    root = result.output_root or package_dir
    return apply_in_place(
        result.change,
        package_dir,
        branch=branch,
        message=message,
        output_root=root,
        replaces=replaces,
        refresh_lock=update_lock_file,
    )


def _apply_plan(
    *,
    model: CrateModel,
    graph: ItemGraph,
    plan: SplitPlan,
    package_dir: Path,
    package_files: tuple[str, ...],
    output_dir: Path | None,
    config: ApplyConfig,
    extra_files: ExtraFiles,
    cost: CostModel,
    progress: Callable[[str], None],
    placement: Placement,
    output_root: Path,
) -> ApplyResult:
    """Build the workspace, repair it until it is verified (if asked), write it.

    Args:
        model: the analysed crate.
        graph: the strong item graph.
        plan: the plan to apply.
        package_dir: the input package (read only).
        package_files: its files.
        output_dir: where to write; ``None`` to write nothing (in-place mode
            writes the returned change itself). A checked workspace that is
            not verified is written only with ``config.keep_failed``.
        config: what to check.
        extra_files: SPLIT.md and other files made from the final state.
        cost: cost model, for plans re-made by merges.
        progress: told about each step.
        placement: where the package and its members go.
        output_root: the directory output paths are relative to.

    Returns:
        The final plan, change, repairs and check results.

    Raises:
        CrateSplitBug: a generated file is broken (before cargo runs).
    """
    read = _reader(package_dir)
    rewrite = _rewriter(model, graph, package_dir, package_files, read, config, placement)
    ctx = LoopContext(model, graph, cost, config.repair_rounds)
    state = LoopState(plan)
    most_rounds = config.repair_rounds + len(plan.members) + 1
    where = _Where(package_dir, output_dir, placement, output_root)
    with tempfile.TemporaryDirectory(prefix="crate-split-") as scratch_root:
        verifier = _Verifier(model, graph, where, Path(scratch_root), config, progress)
        rounds = 0
        while True:
            rounds += 1
            change, layout = rewrite(state)
            check_generated_files(change, read, output_root)
            if not config.check:
                return _finish(where, config, state, change, layout, rounds, None, extra_files)
            outcome = verifier.verify(rounds, state, change, layout, read)
            change = outcome.change or change
            if outcome.problem is None:
                return _finish(where, config, state, change, layout, rounds, outcome, extra_files)
            following = next_round(ctx, state, outcome.problem)
            if following is None:
                stopped = (
                    f"the split does not verify even with all member crates merged into one: {outcome.problem.line()}"
                )
                return _finish(
                    where, config, state, change, layout, rounds, replace(outcome, unrepairable=stopped), extra_files
                )
            for kind, subject in dict.fromkeys((r.kind, r.subject) for r in following.repairs[len(state.repairs) :]):
                progress(f"round {rounds}: {kind} {subject}")
            assert rounds < most_rounds, "the repair loop did not converge: each round must repair or merge"
            state = following


@dataclass(frozen=True, slots=True)
class _Where:
    """Where the input is and where the split goes."""

    package_dir: Path
    #: The ``--out`` directory; None in place or when writing nothing.
    output_dir: Path | None
    placement: Placement
    #: The directory output paths are relative to.
    output_root: Path


def _rewriter(
    model, graph, package_dir, package_files, read, config, placement
) -> Callable[[LoopState], tuple[SourceChange, WorkspaceLayout]]:
    workspace_manifest = find_workspace_manifest(package_dir)
    manifest_text = read("Cargo.toml").decode("utf-8")

    def rewrite(state: LoopState) -> tuple[SourceChange, WorkspaceLayout]:
        inputs = RewriteInputs(
            model, state.plan, graph, package_files, read, manifest_text, state.widening, state.allows, state.own_names,
            input_root=None if config.in_place else package_dir.resolve().as_posix(),
            workspace_text=workspace_manifest.read_text(encoding="utf-8") if workspace_manifest else None,
            workspace_root=workspace_manifest.parent.resolve().as_posix() if workspace_manifest else None,
            placement=placement,
        )  # fmt: skip
        return rewrite_workspace(inputs)

    return rewrite


class _Verifier:
    """Runs cargo on each round's workspace; runs the original's tests and API once."""

    def __init__(
        self, model: CrateModel, graph: ItemGraph, where: _Where, scratch: Path, config: ApplyConfig, progress
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
    ) -> _Outcome:
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
            return _Outcome(False, remaining, problem=problem, change=change)
        outcome = _Outcome(True, change=change)
        if self.config.run_tests:
            outcome = replace(self._compare_tests(workspace, layout), change=change)
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
                repairs = RepairPlan((), NO_WIDENING, (), involved)
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
                return replace(outcome, api_diff=diff, problem=problem)
            outcome = replace(outcome, api_diff=diff)
        return outcome

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

    def _compare_tests(self, workspace: Path, layout: WorkspaceLayout) -> _Outcome:
        before = self._original_tests()
        self.progress("running the workspace's tests")
        after = run_tests(workspace, ("test", "--workspace", *self._test_args()), env=self.env)
        outcome = _Outcome(True, tests_before=before, tests_after=after)
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
            lost_tests=names,
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


def _finish(where: _Where, config, state, change, layout, rounds, outcome: _Outcome | None, extra_files) -> ApplyResult:
    checked = outcome is not None
    stopped = None
    if outcome is not None:
        stopped = outcome.unrepairable or (outcome.problem.line() if outcome.problem is not None else None)
    result = ApplyResult(
        plan=state.plan,
        layout=layout,
        change=change,
        repairs=state.repairs,
        rounds=rounds,
        checked=checked,
        check_ok=outcome.check_ok if outcome else None,
        remaining_errors=outcome.remaining_errors if outcome else (),
        tests_before=outcome.tests_before if outcome else None,
        tests_after=outcome.tests_after if outcome else None,
        lost_tests=outcome.lost_tests if outcome else (),
        api_diff=outcome.api_diff if outcome else None,
        stopped=stopped,
        placement=where.placement,
        output_root=where.output_root,
    )
    write = where.output_dir is not None and (stopped is None or config.keep_failed)
    result = replace(result, written=write)
    # Extra files (SPLIT.md) go into the package.
    extra = [replace(output, path=where.placement.in_package(output.path)) for output in extra_files(result)]
    result = replace(result, change=change.merge(SourceChange.new(extra)))
    if write and where.output_dir is not None:
        write_workspace(result.change, where.package_dir, where.output_dir, force=config.force)
    return result


def _last_error_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    errors = [line for line in lines if line.startswith("error")]
    return (errors or lines or ["(no output)"])[0 if errors else -1]


def _reader(root: Path) -> Callable[[str], bytes]:
    cache: dict[str, bytes] = {}

    def read(path: str) -> bytes:
        if path not in cache:
            cache[path] = (root / path).read_bytes()
        return cache[path]

    return read
