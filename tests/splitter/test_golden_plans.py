"""Golden plan files for every corpus crate, and what each plan must show.

``check_corpus_plan`` analyses one crate of ``corpora/`` (for the
``workspace_member`` workspace, its library member ``core_lib``), plans it
with the default options, and compares the plan file text
(``render_plan_file``) with ``tests/splitter/golden/<case>.toml``. Run with
``CRATE_SPLIT_UPDATE_SNAPSHOTS=1`` to rewrite the golden files, then review
the diff.

The acceptance rule of the planner is checked on the same plans: wherever
the crate has at least two independent units, the plan has at least two
member crates besides the facade, or its notes say why not; and every plan
is valid (acyclic crate graph, every rule kept).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import networkx as nx
import pytest

from crate_split.analysis import analyze_crate, load_source_tree
from crate_split.splitter import derive_constraints, find_atoms, find_units
from crate_split.splitter.plan import SplitPlan
from crate_split.splitter.plan_file import render_plan_file
from crate_split.splitter.planner import plan_split
from crate_split.splitter.validate import Violation, validate_assignment
from snapshots import check_text_snapshot

CORPORA = Path(__file__).resolve().parents[2] / "corpora"
GOLDEN = Path(__file__).parent / "golden"


def corpus_cases() -> list[str]:
    return sorted(case.name for case in CORPORA.iterdir() if (_package_dir(case.name) / "src").is_dir())


def _package_dir(case: str) -> Path:
    return CORPORA / case / "core_lib" if case == "workspace_member" else CORPORA / case


@dataclass(frozen=True)
class CorpusPlan:
    plan: SplitPlan
    #: Independent units of the crate, as the analysis report shows them.
    units: int
    violations: tuple[Violation, ...]


def check_corpus_plan(case: str) -> CorpusPlan:
    """Plan the corpus crate ``case`` and compare its plan file with the golden one."""
    model = analyze_crate(load_source_tree(_package_dir(case)))
    constraints = derive_constraints(model)
    atoms = find_atoms(model, constraints)
    plan = plan_split(model, atoms)
    text = render_plan_file(plan)
    check_text_snapshot(GOLDEN / f"{case}.toml", text, f"{case}: the plan")
    violations = validate_assignment(model, atoms.strong_graph, constraints, plan.assignment)
    return CorpusPlan(plan, len(find_units(model, atoms.strong_graph).units), violations)


@pytest.mark.parametrize("case", corpus_cases())
def test_the_plan_file_of_each_corpus_crate_matches_its_golden_file(case: str) -> None:
    check_corpus_plan(case)


@pytest.mark.parametrize("case", corpus_cases())
def test_each_corpus_crate_with_independent_units_gets_two_member_crates_or_a_reason(case: str) -> None:
    result = check_corpus_plan(case)
    if result.units >= 2:
        assert len(result.plan.members) >= 2 or result.plan.notes, (
            f"{case}: {result.units} units but {len(result.plan.members)} member crate(s), and no note says why"
        )


@pytest.mark.parametrize("case", corpus_cases())
def test_each_corpus_plan_is_valid_and_its_crate_graph_acyclic(case: str) -> None:
    result = check_corpus_plan(case)
    assert result.violations == ()
    crate_graph = nx.DiGraph(
        (crate.name, dependency) for crate in result.plan.crates for dependency in crate.depends_on
    )
    assert nx.is_directed_acyclic_graph(crate_graph)
