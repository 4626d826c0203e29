"""The use cases called as functions, with no console and no argument
parsing: what a script or another front end would do."""

from __future__ import annotations

from pathlib import Path

import pytest

from crate_split.errors import PlanRejected
from crate_split.use_cases.inspect import analyze_package, plan_package
from crate_split.use_cases.loading import Target
from crate_split.use_cases.planning import PlanOptions

MODULE_CYCLE = Path(__file__).resolve().parents[2] / "corpora" / "module_cycle"

#: Two crates that need each other: a cycle the plan file cannot have.
CYCLIC_PLAN = (
    '[plan]\npackage = "module_cycle"\nformat = 1\n\n'
    '[[crates]]\nname = "mc-shapes"\nmodules = ["crate::shapes"]\n\n'
    '[[crates]]\nname = "mc-render"\nmodules = ["crate::render"]\n'
)


def test_analyze_returns_the_report_with_a_proposed_plan() -> None:
    report = analyze_package(Target(MODULE_CYCLE), PlanOptions())
    assert report.plan is not None and report.plan.members


def test_a_plan_file_that_breaks_rules_raises_with_each_violation_in_its_details(tmp_path: Path) -> None:
    plan_file = tmp_path / "plan.toml"
    plan_file.write_text(CYCLIC_PLAN, encoding="utf-8")
    said: list[str] = []
    with pytest.raises(PlanRejected) as rejected:
        plan_package(Target(MODULE_CYCLE), PlanOptions(plan_file=plan_file), say=said.append)
    assert rejected.value.details[0].startswith("violation[crate-cycle]: crates mc-render -> mc-shapes")
    assert "listed above" in rejected.value.detail
