"""The plan a command works with: proposed by the planner, or read from a
plan file a person edited and checked against the crate's rules.

``analyze``, ``plan`` and ``apply`` share these steps; ``why`` needs only
the atoms.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from crate_split.analysis.crate_model import CrateModel
from crate_split.bench.measure import measure_timings
from crate_split.errors import InvalidInput, PlanRejected
from crate_split.report import build_analysis_report
from crate_split.report.analysis_report import AnalysisReport
from crate_split.splitter.cost import CostModel, calibrate_from_timings, effective_tokens, parse_timings_html
from crate_split.splitter.edited_plan import plan_from_file
from crate_split.splitter.plan import SplitPlan
from crate_split.splitter.planner import Granularity, PlanConfig
from crate_split.splitter.validate import Violation
from crate_split.use_cases.loading import StepRunner, run_plainly


@dataclass(frozen=True, slots=True)
class PlanOptions:
    """The planning options of ``analyze``, ``plan`` and ``apply``."""

    max_crates: int | None = None
    min_lines: int = 50
    granularity: Granularity = Granularity.ITEM
    jobs: int = 8
    #: A cargo ``--timings`` HTML report to calibrate the cost model from.
    timings: Path | None = None
    #: Build the crate once to calibrate (runs its build scripts).
    measure: bool = False
    #: A plan file to check (and use) instead of proposing a plan.
    plan_file: Path | None = None


@dataclass(frozen=True, slots=True)
class ResolvedPlan:
    """The analysis report, the plan a command goes on with, and its costs."""

    report: AnalysisReport
    plan: SplitPlan
    cost: CostModel


def plan_config(options: PlanOptions) -> PlanConfig:
    """The planner's settings (raises ``InvalidInput`` on a bad count)."""
    if options.max_crates is not None and options.max_crates < 1:
        raise InvalidInput("--max-crates must be at least 1")
    if options.jobs < 1:
        raise InvalidInput("--jobs must be at least 1")
    return PlanConfig(
        max_crates=options.max_crates,
        min_lines=max(options.min_lines, 0),
        granularity=options.granularity,
        target_jobs=options.jobs,
    )


def cost_model(options: PlanOptions, model: CrateModel, package_dir: Path) -> CostModel:
    """The cost model, calibrated from timings when the options ask for it."""
    base = CostModel()
    tokens = sum(effective_tokens(model).values())
    if options.timings is not None:
        try:
            html = options.timings.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise InvalidInput(f"cannot read {options.timings}: {error}") from error
        return calibrate_from_timings(base, parse_timings_html(html), model.manifest.package, tokens)
    if options.measure:
        return calibrate_from_timings(base, measure_timings(package_dir), model.manifest.package, tokens)
    return base


def analysis_report(
    model: CrateModel, config: PlanConfig | None, cost: CostModel = CostModel(), run_step: StepRunner = run_plainly
) -> AnalysisReport:
    """The analysis report, with the proposed plan unless ``config`` is None."""
    return run_step(len(model.files), "planning", lambda progress: build_analysis_report(model, config, cost, progress))


def resolve_plan(
    options: PlanOptions, model: CrateModel, package_dir: Path, run_step: StepRunner = run_plainly
) -> ResolvedPlan:
    """The proposed plan, or the plan file checked.

    Raises:
        InvalidInput: the plan file cannot be read or names what the crate
            does not have.
        PlanRejected: the plan file breaks rules of the crate; its
            ``details`` list each violation with its chain.
    """
    cost = cost_model(options, model, package_dir)
    report = analysis_report(model, None if options.plan_file else plan_config(options), cost, run_step)
    if options.plan_file is None:
        assert report.plan is not None
        return ResolvedPlan(report, report.plan, cost)
    try:
        text = options.plan_file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise InvalidInput(f"cannot read {options.plan_file}: {error}") from error
    edited = plan_from_file(
        model,
        report.atoms.strong_graph,
        report.constraints,
        text,
        cost,
        notes=(f"checked plan file {options.plan_file}",),
        target_jobs=options.jobs,
    )
    if edited.plan is None:
        raise PlanRejected(
            f"{options.plan_file}: {len(edited.violations)} violation(s), listed above",
            details=_violation_lines(edited.violations),
        )
    return ResolvedPlan(report, edited.plan, cost)


def _violation_lines(violations: tuple[Violation, ...]) -> tuple[str, ...]:
    lines: list[str] = []
    for violation in violations:
        lines.append(f"violation[{violation.kind}]: {violation.message}")
        lines.extend(f"    {hop.render()}" for hop in violation.chain)
    return tuple(lines)


def module_plan(options: PlanOptions, model: CrateModel, cost: CostModel) -> SplitPlan:
    """The proposed plan without item-level cuts: modules stay whole."""
    config = replace(plan_config(options), granularity=Granularity.MODULE)
    plan = build_analysis_report(model, config, cost).plan
    assert plan is not None
    return plan
