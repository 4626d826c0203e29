"""``apply``: write the split workspace, and with ``--check`` prove it (the
repair loop; :mod:`.verification` checks each round).

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
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path

from crate_split.analysis import CrateModel
from crate_split.analysis.item_graph import ItemGraph
from crate_split.analysis.source_tree import find_joined_workspace, find_workspace_manifest, workspace_packages
from crate_split.errors import InvalidInput
from crate_split.rewrite.layout import Placement, WorkspaceLayout
from crate_split.rewrite.source_change import (
    OutputFile,
    SourceChange,
)
from crate_split.rewrite.workspace import RewriteInputs, rewrite_workspace
from crate_split.rewrite.workspace_writer import apply_in_place, write_workspace
from crate_split.splitter.cost import CostModel
from crate_split.splitter.plan import SplitPlan
from crate_split.verify.cargo import update_lock_file
from crate_split.verify.formatting import formatted
from crate_split.verify.repair import Repair
from crate_split.verify.repair_loop import LoopContext, LoopState, next_round
from crate_split.verify.self_check import check_generated_files
from crate_split.verify.verification import ApplyConfig, CheckedRound, Verification, Verifier, Where


@dataclass(frozen=True, slots=True)
class ApplyResult:
    plan: SplitPlan
    layout: WorkspaceLayout
    change: SourceChange
    repairs: tuple[Repair, ...]
    rounds: int
    #: What cargo found on the last round; None when not checked.
    verification: Verification | None = None
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
    def checked(self) -> bool:
        return self.verification is not None

    @property
    def verified(self) -> bool:
        return self.checked and self.stopped is None


#: Builds files added to the workspace (SPLIT.md) from the result so far.
ExtraFiles = Callable[["ApplyResult"], list[OutputFile]]


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
    run = _Run(Where(package_dir, output_dir, placement, output_root), config, extra_files)
    with tempfile.TemporaryDirectory(prefix="crate-split-") as scratch_root:
        verifier = Verifier(model, graph, run.where, Path(scratch_root), config, progress)
        rounds = 0
        while True:
            rounds += 1
            change, layout = rewrite(state)
            check_generated_files(change, read, output_root)
            if not config.check:
                change = formatted(change, read, package_dir=package_dir, edition=model.manifest.edition)
                return _finish(run, _Round(rounds, state, layout, change))
            checked = verifier.verify(rounds, state, change, layout, read)
            done = _Round(rounds, state, layout, checked.change, checked)
            if checked.problem is None:
                return _finish(run, done)
            following = next_round(ctx, state, checked.problem)
            if following is None:
                stopped = (
                    f"the split does not verify even with all member crates merged into one: {checked.problem.line()}"
                )
                return _finish(run, replace(done, checked=replace(checked, unrepairable=stopped)))
            for kind, subject in dict.fromkeys((r.kind, r.subject) for r in following.repairs[len(state.repairs) :]):
                progress(f"round {rounds}: {kind} {subject}")
            assert rounds < most_rounds, "the repair loop did not converge: each round must repair or merge"
            state = following


@dataclass(frozen=True, slots=True)
class _Run:
    """What stays the same over the rounds of one plan."""

    where: Where
    config: ApplyConfig
    extra_files: ExtraFiles


@dataclass(frozen=True, slots=True)
class _Round:
    """The last round of a plan: its workspace and, when checked, the verdict."""

    number: int
    state: LoopState
    layout: WorkspaceLayout
    change: SourceChange
    #: None when the round was not checked.
    checked: CheckedRound | None = None


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


def _finish(run: _Run, last: _Round) -> ApplyResult:
    """The result of a plan's last round, with SPLIT.md added; written when
    an output directory is given and the split is verified (or kept anyway)."""
    where = run.where
    stopped = last.checked.stopped() if last.checked is not None else None
    write = where.output_dir is not None and (stopped is None or run.config.keep_failed)
    result = ApplyResult(
        plan=last.state.plan,
        layout=last.layout,
        change=last.change,
        repairs=last.state.repairs,
        rounds=last.number,
        verification=last.checked.verification if last.checked is not None else None,
        stopped=stopped,
        written=write,
        placement=where.placement,
        output_root=where.output_root,
    )
    # Extra files (SPLIT.md) go into the package.
    extra = [replace(output, path=where.placement.in_package(output.path)) for output in run.extra_files(result)]
    result = replace(result, change=last.change.merge(SourceChange.new(extra)))
    if write and where.output_dir is not None:
        write_workspace(result.change, where.package_dir, where.output_dir, force=run.config.force)
    return result


def _reader(root: Path) -> Callable[[str], bytes]:
    cache: dict[str, bytes] = {}

    def read(path: str) -> bytes:
        if path not in cache:
            cache[path] = (root / path).read_bytes()
        return cache[path]

    return read
