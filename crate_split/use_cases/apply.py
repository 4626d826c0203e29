"""``apply`` and ``bench``: write the split workspace (checked and repaired
with ``--check``), commit it in place, and time it against the original.

The refusals come before any long work, cheapest first: the output place,
then the crate (broken modules, missing path dependencies, a dirty tree,
a proc-macro crate, a path the split writes to), then the plan.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path

from crate_split.analysis.source_tree import list_package_files, missing_path_dependencies
from crate_split.bench.run import BenchConfig, BenchResult, run_bench
from crate_split.errors import GeneratedPathTaken, InvalidInput, ManifestInvalid, VerificationFailed
from crate_split.report.apply_render import verification_problem
from crate_split.report.split_md import SPLIT_MD, render_split_md
from crate_split.rewrite.source_change import GeneratedFile
from crate_split.rewrite.workspace_writer import check_in_place, check_output_dir
from crate_split.splitter.planner import Granularity
from crate_split.use_cases.loading import (
    StepRunner,
    Target,
    load_model,
    refuse_broken_modules,
    run_plainly,
    warnings_of,
)
from crate_split.use_cases.planning import PlanOptions, module_plan, resolve_plan
from crate_split.verify.apply_flow import ApplyConfig, ApplyResult, apply_split, commit_in_place

#: Says one line while a command works (stderr in the CLI).
Say = Callable[[str], None]


@dataclass(frozen=True, slots=True)
class ApplyRequest:
    target: Target
    planning: PlanOptions
    config: ApplyConfig
    #: The directory to write to; None in place or for a dry run.
    out: Path | None = None
    #: The branch ``--in-place`` creates.
    branch: str | None = None
    dry_run: bool = False
    #: Time the original against the split afterwards.
    bench: bool = False


@dataclass(frozen=True, slots=True)
class ApplyOutcome:
    result: ApplyResult
    #: Why the checked split is not verified, or None.
    problem: str | None
    #: The package directory (the diff of a dry run is relative to it).
    package_dir: Path
    bench: BenchResult | None = None


def apply_package(
    request: ApplyRequest,
    *,
    say: Say,
    run_step: StepRunner = run_plainly,
    rounds: Callable[[], AbstractContextManager[Say]],
) -> ApplyOutcome:
    """Split the target and write (or commit, or only compute) the workspace.

    Args:
        request: what to split and where the result goes.
        say: told each message of the work (warnings, notes, what was written).
        run_step: runs analysis and planning (a progress display).
        rounds: a context giving the sink of the ``--check`` rounds' messages.

    Returns:
        The result; an unverified one is written only with ``keep_failed``.

    Raises:
        CrateSplitError: the input cannot be split (each refusal its kind).
    """
    config = request.config
    if config.in_place and not request.branch:
        raise InvalidInput("--in-place needs --branch NAME")
    if request.bench and (request.out is None or request.dry_run):
        raise InvalidInput("--bench needs --out (and no --dry-run)")
    if request.out is not None and not request.dry_run:
        # Before the analysis: a refusal should not wait for it.
        check_output_dir(request.target.package_dir(), request.out, force=config.force)
    model, package_dir = load_model(request.target, run_step)
    refuse_broken_modules(model)
    missing = missing_path_dependencies(package_dir, model.manifest.dependencies)
    if missing:
        key, path = missing[0]
        raise ManifestInvalid(
            f"dependency {key}: no Cargo.toml at its path {path!r}", hint="cargo refuses this package too"
        )
    for diagnostic in warnings_of(model):
        say(diagnostic.render())
    if config.in_place and not request.dry_run:
        # Refuse a dirty tree or a bad branch name before any long work.
        assert request.branch is not None
        check_in_place(package_dir, request.branch)
    if model.manifest.is_proc_macro:
        raise InvalidInput(
            f"{model.manifest.package} is a proc-macro crate: it can "
            "export only macros, so a facade cannot re-export members",
            hint="split the library it uses instead",
        )
    package_files = list_package_files(package_dir)
    if SPLIT_MD in package_files:
        raise GeneratedPathTaken(f"{SPLIT_MD} is in the way of the page the split writes there")
    resolved = resolve_plan(request.planning, model, package_dir, run_step)
    if not resolved.plan.members:
        raise InvalidInput(
            f"the plan for {model.manifest.package} has no member crate: nothing to split",
            hint="crate-split plan shows why; a plan file can name crates",
        )
    if config.check:
        say("note: --check runs cargo, which runs the crate's build scripts and proc macros")
    planning = request.planning
    item_cuts = planning.plan_file is None and planning.granularity is Granularity.ITEM
    with rounds() as round_progress:
        result = apply_split(
            model=model,
            graph=resolved.report.atoms.strong_graph,
            plan=resolved.plan,
            package_dir=package_dir,
            package_files=package_files,
            output_dir=None if (request.dry_run or config.in_place) else request.out,
            config=config,
            extra_files=lambda partial: [GeneratedFile.new(SPLIT_MD, render_split_md(partial))],
            cost=resolved.cost,
            progress=round_progress,
            fallback=(lambda: module_plan(planning, model, resolved.cost)) if item_cuts else None,
        )
    problem = verification_problem(result)
    if request.dry_run:
        return ApplyOutcome(result, problem, package_dir)
    if config.in_place and (problem is None or config.keep_failed):
        assert request.branch is not None
        message = (
            f"Split {model.manifest.package} into {len(result.plan.members)} crates with "
            "crate-split\n\nSee SPLIT.md for the crate graph, widened items and repairs."
        )
        commit = commit_in_place(result, package_dir, branch=request.branch, message=message)
        say(f"committed {commit[:12]} on branch {request.branch}")
    elif result.written:
        say(f"wrote {request.out}")
    bench = None
    if request.bench and not problem:
        assert request.out is not None
        bench = bench_split(package_dir, request.out, BenchConfig(), say=say)
    return ApplyOutcome(result, problem, package_dir, bench)


def unverified_error(request: ApplyRequest, outcome: ApplyOutcome) -> VerificationFailed | None:
    """The error an unverified split ends the command with (after its report)."""
    if outcome.problem is None:
        return None
    config = request.config
    if request.dry_run:
        return VerificationFailed(outcome.problem)
    written = "" if config.keep_failed else ("; nothing written" if not config.in_place else "; nothing committed")
    return VerificationFailed(
        outcome.problem + written, hint=None if config.keep_failed else "--keep-failed writes it anyway"
    )


def bench_split(original: Path, split: Path, config: BenchConfig, *, say: Say) -> BenchResult:
    """Time the original package against its split workspace."""
    say("note: bench runs cargo, which runs the crate's build scripts and proc macros (on copies of both trees)")
    return run_bench(original, split, config, progress=say)
