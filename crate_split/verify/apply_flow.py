"""``apply``: write the split workspace, and with ``--check`` prove it.

Without checking, the plan's workspace is written once. With checking, it
is first written to a scratch directory and ``cargo check`` runs on it;
each error becomes a repair (:mod:`repair`) and the workspace is built
again, at most ``max_rounds`` times. Then the tests of the original (on a
copy) and of the workspace run, and their public APIs are compared. The
final workspace is written to the output directory atomically; the input
package is only ever read.

Checking runs the crate's build scripts and proc macros (cargo does).
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable

from crate_split.analysis import CrateModel
from crate_split.analysis.source_tree import find_workspace_manifest
from crate_split.analysis.item_graph import ItemGraph
from crate_split.rewrite.crate_files import Widening
from crate_split.rewrite.layout import WorkspaceLayout
from crate_split.rewrite.source_change import OutputFile, SourceChange
from crate_split.rewrite.workspace import RewriteInputs, rewrite_workspace
from crate_split.rewrite.workspace_writer import write_workspace
from crate_split.splitter.cost import CostModel
from crate_split.splitter.merge import merge_crates
from crate_split.splitter.plan import SplitPlan
from crate_split.verify.package_copy import copy_package
from crate_split.verify.cargo import TestRun, check_workspace, run_tests
from crate_split.verify.public_api import ApiDiff, compare_public_api, public_api
from crate_split.verify.repair import Repair, merged_widening, plan_repairs

_EMPTY = Widening(frozenset(), frozenset(), frozenset(), frozenset())


@dataclass(frozen=True, slots=True)
class ApplyConfig:
    check: bool = False
    #: Arguments after ``cargo check --workspace``.
    check_args: tuple[str, ...] = ("--all-targets",)
    run_tests: bool = True
    compare_api: bool = True
    max_rounds: int = 6
    target_dir: Path | None = None
    force: bool = False
    #: The workspace replaces the package (paths stay relative).
    in_place: bool = False


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
    api_diff: ApiDiff | None = None
    notes: tuple[str, ...] = field(default=())


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
) -> ApplyResult:
    """Build the workspace, repair it until it checks (if asked), write it.

    Args:
        model: the analysed crate.
        graph: the strong item graph.
        plan: the plan to apply.
        package_dir: the input package (read only).
        package_files: its files.
        output_dir: where to write; ``None`` to write nothing (in-place mode
            writes the returned change itself).
        config: what to check.
        extra_files: SPLIT.md and other files made from the final state.
        cost: cost model, for plans re-made by merges.
        progress: told about each step.

    Returns:
        The final plan, change, repairs and check results.
    """
    read = _reader(package_dir)
    workspace_manifest = find_workspace_manifest(package_dir)
    manifest_text = read("Cargo.toml").decode("utf-8")
    widening = _EMPTY
    repairs: list[Repair] = []
    rounds = 0
    with tempfile.TemporaryDirectory(prefix="crate-split-") as scratch_root:
        scratch = Path(scratch_root)
        target = config.target_dir or scratch / "target"
        env = {"CARGO_TARGET_DIR": str(target)}
        while True:
            rounds += 1
            inputs = RewriteInputs(
                model, plan, graph, package_files, read, manifest_text, widening,
                input_root=None if config.in_place else package_dir.resolve().as_posix(),
                workspace_text=workspace_manifest.read_text(encoding="utf-8") if workspace_manifest else None,
                workspace_root=workspace_manifest.parent.resolve().as_posix() if workspace_manifest else None,
            )
            change, layout = rewrite_workspace(inputs)
            if not config.check:
                break
            workspace = scratch / f"round{rounds}"
            write_workspace(change, package_dir, workspace)
            if rounds > 1:
                shutil.rmtree(scratch / f"round{rounds - 1}", ignore_errors=True)
            progress(f"round {rounds}: cargo check on {len(layout.members)} member crate(s)")
            result = check_workspace(workspace, config.check_args, env=env)
            if result.ok:
                break
            if not result.errors:
                return _finish(package_dir, output_dir, config, change, plan, layout, repairs, rounds, False, (result.stderr.strip()[-500:],), extra_files)
            decided = plan_repairs(model, layout, change, result.errors, widening, read)
            if rounds >= config.max_rounds or (not decided.repairs):
                remaining = tuple(e.rendered.splitlines()[0] if e.rendered else e.message for e in result.errors[:10])
                return _finish(package_dir, output_dir, config, change, plan, layout, repairs, rounds, False, remaining, extra_files)
            repairs.extend(decided.repairs)
            widening = merged_widening(widening, decided.widening)
            for group in decided.merges:
                live = {c for c in group if c in {m.name for m in plan.members}}
                if len(live) > 1:
                    plan = merge_crates(model, graph, plan, live, "rustc rejected the split: " + _first_reason(decided.repairs, group), cost)
        if not config.check:
            return _finish(package_dir, output_dir, config, change, plan, layout, repairs, rounds, None, (), extra_files)
        tests_before = tests_after = None
        api = None
        if config.run_tests:
            progress("running the original crate's tests (on a copy)")
            original = copy_package(package_dir, scratch / "original")
            tests_before = run_tests(original, ("test", "--no-fail-fast"), env=env)
            progress("running the workspace's tests")
            tests_after = run_tests(workspace, ("test", "--workspace", "--no-fail-fast"), env=env)
        if config.compare_api:
            progress("comparing public APIs (rustdoc JSON, nightly)")
            original = scratch / "original"
            if not original.exists():
                copy_package(package_dir, original)
            api_target = scratch / "api-target"
            before = public_api(original, model.manifest.package, target_dir=api_target)
            after = public_api(workspace, model.manifest.package, target_dir=api_target)
            api = compare_public_api(before, after)
        verified = {"tests_before": tests_before, "tests_after": tests_after, "api_diff": api}
        return _finish(package_dir, output_dir, config, change, plan, layout, repairs, rounds, True, (), extra_files, verified)


def _first_reason(repairs: tuple[Repair, ...], group: frozenset[str]) -> str:
    subject = " + ".join(sorted(group))
    return next((r.reason for r in repairs if r.kind == "merge" and r.subject == subject), "an error")


def _finish(package_dir, output_dir, config, change, plan, layout, repairs, rounds, ok, remaining, extra_files, verified=None) -> ApplyResult:
    result = ApplyResult(
        plan=plan,
        layout=layout,
        change=change,
        repairs=tuple(repairs),
        rounds=rounds,
        checked=config.check,
        check_ok=ok,
        remaining_errors=tuple(remaining),
        **(verified or {}),
    )
    result = replace(result, change=change.merge(SourceChange.new(extra_files(result))))
    if output_dir is not None:
        write_workspace(result.change, package_dir, output_dir, force=config.force)
    return result


def _reader(root: Path) -> Callable[[str], bytes]:
    cache: dict[str, bytes] = {}

    def read(path: str) -> bytes:
        if path not in cache:
            cache[path] = (root / path).read_bytes()
        return cache[path]

    return read
