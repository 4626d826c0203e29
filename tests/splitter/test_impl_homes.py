"""Impls with two homes by the orphan rule (``corpora/impl_homes``).

``report`` holds the crate's ``Error`` (over ``lex`` and ``check``) and the
``Report`` formatter that ``LexError`` and ``CheckError`` print with; it also
holds ``impl From<&LexError> for Report`` (and the same for ``CheckError``),
which Rust lets live with ``Report`` or with the error. A test module of
``check`` holds ``impl PartialEq<At> for Report``, which may live with
``Report`` or with its own ``At``. Tied to ``Report``, these impls made the
three modules one cycle; tied to the other home, the impls follow it and
``Report`` is a base that ``lex`` and ``check`` share side by side.
"""

from __future__ import annotations

from pathlib import Path

from crate_split.analysis import analyze_crate, load_source_tree
from crate_split.splitter import derive_constraints, find_atoms
from crate_split.splitter.cost import CostModel
from crate_split.splitter.grouping import PlanConfig
from crate_split.splitter.planner import _place_two_home_impls, plan_split
from crate_split.splitter.validate import validate_assignment

FIXTURE = Path(__file__).resolve().parents[2] / "corpora" / "impl_homes"
#: Crates cost almost nothing: only the front-end work counts.
CHEAP_CRATES = CostModel(crate_overhead=0.0001, dependency_overhead=0.0)


def _load():
    model = analyze_crate(load_source_tree(FIXTURE))
    constraints = derive_constraints(model)
    return model, constraints, find_atoms(model, constraints)


def test_each_impl_goes_with_the_home_that_needs_the_other_or_else_with_the_one_beside_it() -> None:
    model, _, atoms = _load()
    _, placed = _place_two_home_impls(model, atoms)
    homes = {impl.qualified(): home.qualified() for impl, home in placed.items()}
    # `LexError`'s `Display` uses `Report`: with `Report`, the impl would
    # make the two one cycle of items.
    assert homes["report::impl From<&'e lex::LexError> for Report<'e>"] == "lex::LexError"
    assert homes["report::impl From<&'e check::CheckError> for Report<'e>"] == "check::CheckError"
    # Neither `Report` nor `At` needs the other: the impl stays beside `At`.
    assert homes["check::tests::impl PartialEq<At> for Report<'_>"] == "check::tests::At"


def test_when_crates_are_cheap_lex_and_check_stand_side_by_side_on_the_report_base() -> None:
    model, constraints, atoms = _load()
    plan = plan_split(model, atoms, PlanConfig(target_jobs=4, min_lines=5), CHEAP_CRATES)
    assert validate_assignment(model, atoms.strong_graph, constraints, plan.assignment) == ()
    crates = {crate.name: crate for crate in plan.members}
    assert sorted(crates) == ["impl_homes-base", "impl_homes-check", "impl_homes-lex", "impl_homes-report"]
    assert sorted(item.qualified() for item in crates["impl_homes-base"].items) == [
        "report::Report",
        "report::impl fmt::Display for Report<'_>",
    ]
    assert crates["impl_homes-lex"].depends_on == ("impl_homes-base",)
    assert crates["impl_homes-check"].depends_on == ("impl_homes-base",)
    assert crates["impl_homes-report"].depends_on == ("impl_homes-check", "impl_homes-lex")
    assert plan.assignment[next(i for i in model.items if i.name == "impl From<&'e lex::LexError> for Report<'e>")] == (
        "impl_homes-lex"
    )
