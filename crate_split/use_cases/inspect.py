"""``analyze``, ``plan`` and ``why``: the commands that read a crate and
report on it. They write nothing but the plan file ``plan -o`` asks for.
"""

from __future__ import annotations

from pathlib import Path

from crate_split.report.analysis_report import AnalysisReport
from crate_split.rewrite.workspace_writer import check_output_file, write_output_file
from crate_split.splitter.plan import SplitPlan
from crate_split.splitter.plan_file import render_plan_file
from crate_split.splitter.why import WhyAnswer, explain_why
from crate_split.use_cases.apply import Say
from crate_split.use_cases.loading import StepRunner, Target, load_model, run_plainly, warnings_of
from crate_split.use_cases.planning import PlanOptions, analysis_report, cost_model, plan_config, resolve_plan


def analyze_package(target: Target, options: PlanOptions, run_step: StepRunner = run_plainly) -> AnalysisReport:
    """The analysis report of the target, with a proposed plan."""
    model, package_dir = load_model(target, run_step)
    return analysis_report(model, plan_config(options), cost_model(options, model, package_dir), run_step)


def plan_package(
    target: Target,
    options: PlanOptions,
    *,
    output: Path | None = None,
    force: bool = False,
    say: Say,
    run_step: StepRunner = run_plainly,
) -> SplitPlan:
    """The proposed plan (or the plan file checked), written to ``output``
    as a plan file when given.

    Raises:
        CrateSplitError: bad input, an ``output`` in the way, or a plan
            file that breaks the crate's rules.
    """
    if output is not None:
        check_output_file(output, force=force, package_dir=target.package_dir())
    model, package_dir = load_model(target, run_step)
    for diagnostic in warnings_of(model):
        say(diagnostic.render())
    plan = resolve_plan(options, model, package_dir, run_step).plan
    if output is not None:
        write_output_file(output, render_plan_file(plan).encode("utf-8"))
        say(f"wrote {output}")
    return plan


def explain_link(target: Target, source: str, other: str, *, say: Say, run_step: StepRunner = run_plainly) -> WhyAnswer:
    """The chains of references and rules that tie ``source`` to ``other``."""
    model, _package_dir = load_model(target, run_step)
    for diagnostic in warnings_of(model):
        say(diagnostic.render())
    report = analysis_report(model, None)
    return explain_why(model, report.atoms.strong_graph, source, other)
