"""No plan gets worse, by the planner's own prediction, than its golden plan.

The planner was made faster (incremental units, bounded merge search), and
may change its plans where that is an improvement. This is the guard: for
every corpus fixture (``tests/splitter/golden/<case>.toml``) and each of the
four real crates (``tests/splitter/golden_real/<crate>.toml``, the plans of
the planner before that work), ``check_not_worse`` reads the golden plan
file back into a plan, plans the crate afresh, and compares the simulated
check makespans at the planner's target job count: the new plan
may not be slower on a clean check (what the merge search minimises; a
full build may get slower, as it is not the objective). Both plans go through the same plan file reader, so only the
assignment of items to crates differs between them.

The real-crate tests need Debian's crate packages (see
``tests/real_crates.py``); their names contain "real" so that the fast
test runs can leave them out.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import real_crates
from crate_split.analysis import analyze_crate, load_source_tree
from crate_split.splitter import derive_constraints, find_atoms
from crate_split.splitter.cost import CostModel
from crate_split.splitter.edited_plan import plan_from_file
from crate_split.splitter.plan import Prediction
from crate_split.splitter.plan_file import render_plan_file
from crate_split.splitter.planner import PlanConfig, plan_split

HERE = Path(__file__).resolve().parent
CORPORA = HERE.parents[1] / "corpora"
GOLDEN = HERE / "golden"
GOLDEN_REAL = HERE / "golden_real"
#: Seconds of simulated time two predictions may differ by and count as equal.
TOLERANCE = 1e-9


def _package_dir(case: str) -> Path:
    return CORPORA / case / "core_lib" if case == "workspace_member" else CORPORA / case


def _prediction(model, atoms, constraints, plan_text: str) -> Prediction:
    """The prediction at the target job count of the plan a plan file describes."""
    plan = plan_from_file(model, atoms.strong_graph, constraints, plan_text, CostModel()).plan
    assert plan is not None
    return next(p for p in plan.predictions if p.jobs == PlanConfig().target_jobs)


def check_not_worse(package_dir: Path, golden: Path) -> None:
    model = analyze_crate(load_source_tree(package_dir))
    constraints = derive_constraints(model)
    atoms = find_atoms(model, constraints)
    new = _prediction(model, atoms, constraints, render_plan_file(plan_split(model, atoms)))
    old = _prediction(model, atoms, constraints, golden.read_text(encoding="utf-8"))
    assert new.planned_check <= old.planned_check + TOLERANCE, (new, old)


@pytest.mark.parametrize("case", sorted(path.stem for path in GOLDEN.glob("*.toml")))
def test_no_corpus_plan_is_predicted_slower_than_its_golden_plan(case: str) -> None:
    check_not_worse(_package_dir(case), GOLDEN / f"{case}.toml")


@pytest.mark.parametrize("crate", real_crates.REAL_CRATES, ids=lambda crate: crate.dir_name)
def test_no_real_crate_plan_is_predicted_slower_than_its_golden_plan(crate: real_crates.RealCrate) -> None:
    check_not_worse(real_crates.source_dir(crate), GOLDEN_REAL / f"{crate.dir_name}.toml")
