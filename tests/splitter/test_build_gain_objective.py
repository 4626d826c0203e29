"""The planner's objective: a clean check at the target job count.

Each member that gets the build script pays for compiling and running it,
the critical path counts a little next to the makespan, and a plan that
is not predicted to make the check faster says so.
"""

from __future__ import annotations

from dataclasses import replace

from crate_split.analysis import analyze_crate
from crate_split.analysis.cfg import custom_cfg_names, is_custom_cfg_name
from crate_split.splitter import derive_constraints, find_atoms
from crate_split.splitter.build_scripts import script_items, with_build_scripts
from crate_split.splitter.cost import CostModel
from crate_split.splitter.grouping import DEPTH_WEIGHT, PlanConfig, Scorer, build_units
from crate_split.splitter.planner import plan_split
from crate_split.splitter.schedule import BuildUnit, simulate
from crate_split.splitter.units import find_units
from fixture import source_tree

SCRIPTED = """
    //- /Cargo.toml
    [package]
    name = "demo"
    version = "0.1.0"
    edition = "2021"
    //- /build.rs
    fn main() { println!("cargo:rustc-cfg=has_fast"); }
    //- /src/lib.rs
    pub mod a;
    pub mod b;
    //- /src/a.rs
    #[cfg(has_fast)]
    pub fn fast() -> u32 { 1 }
    pub fn plain() -> u32 { 2 }
    //- /src/b.rs
    #[cfg(all(unix, feature = "x"))]
    pub fn unix_only() -> u32 { 3 }
    pub fn other() -> u32 { 4 }
"""


def test_custom_cfg_names_are_those_neither_cargo_nor_rustc_sets() -> None:
    assert custom_cfg_names("all(has_std, unix)") == {"has_std"}
    assert custom_cfg_names('any(feature = "std", target_os = "linux", test)') == set()
    assert custom_cfg_names("not(rustc_1_57)") == {"rustc_1_57"}


def test_custom_cfg_names_and_source_facts_share_one_list_of_built_in_names() -> None:
    # `doc_cfg` and `sanitize` were custom here and built in for the facts;
    # `clippy` the other way round.
    assert custom_cfg_names('any(doc_cfg, sanitize = "address", clippy)') == set()
    assert not any(is_custom_cfg_name(name) for name in ("doc_cfg", "sanitize", "clippy", "rustfmt"))


def test_only_items_behind_a_build_script_cfg_need_the_script() -> None:
    model = analyze_crate(source_tree(SCRIPTED))
    assert sorted(i.qualified() for i in script_items(model)) == ["a::fast"]


def test_a_crate_without_build_script_needs_none() -> None:
    model = analyze_crate(source_tree(SCRIPTED.replace("//- /build.rs", "//- /other.txt")))
    assert script_items(model) == frozenset()


def test_a_crate_waits_for_its_build_script() -> None:
    units = with_build_scripts((BuildUnit("a", 1.0, 0.0, ()), BuildUnit("b", 1.0, 0.0, ("a",))), ("b",), seconds=0.5)
    assert [u.name for u in units] == ["a", "b (build script)", "b"]
    assert units[2].depends_on == ("a", "b (build script)")
    # Unlimited jobs: the script runs beside `a`; one job: it adds its time.
    assert simulate(units, jobs=4).makespan == 2.0
    assert simulate(units, jobs=1).makespan == 2.5


def _scorer(fixture: str, config: PlanConfig, cost: CostModel) -> tuple[Scorer, list[frozenset[int]]]:
    model = analyze_crate(source_tree(fixture))
    atoms = find_atoms(model, derive_constraints(model))
    split = find_units(model, atoms.strong_graph)
    return Scorer(model, split, config, cost), [frozenset({unit.id}) for unit in split.units]


def test_the_score_is_the_check_at_the_target_jobs_plus_a_share_of_its_critical_path() -> None:
    cost = CostModel(build_script=0.0)
    serial, groups = _scorer(SCRIPTED, PlanConfig(target_jobs=1), cost)
    wide, _ = _scorer(SCRIPTED, PlanConfig(target_jobs=64), cost)
    units = build_units(serial.split, groups, cost, facade_tokens=serial.facade_tokens)
    one_job, path = simulate(units, jobs=1).makespan, simulate(units, jobs=64).makespan
    assert one_job > path
    assert abs(serial.score(groups) - (one_job + DEPTH_WEIGHT * path)) < 1e-9
    assert abs(wide.score(groups) - (1 + DEPTH_WEIGHT) * path) < 1e-9


def test_members_getting_the_build_script_pay_for_it() -> None:
    config = PlanConfig(target_jobs=1)
    without, groups = _scorer(SCRIPTED, config, CostModel(build_script=0.0))
    charged, _ = _scorer(SCRIPTED, config, CostModel(build_script=0.5))
    # One job: the one member with `a::fast` runs the script once, serially.
    assert abs(charged.score(groups) - without.score(groups) - 0.5 * (1 + DEPTH_WEIGHT)) < 1e-9


def test_a_plan_not_predicted_to_pay_says_so_with_the_figure() -> None:
    model = analyze_crate(source_tree(SCRIPTED))
    atoms = find_atoms(model, derive_constraints(model))
    plan = plan_split(model, atoms, PlanConfig(target_jobs=2, min_lines=0))
    assert plan.target is not None and plan.target.jobs == 2
    warning = plan.payoff_warning()
    assert plan.target.check_speedup < 1.0
    assert warning is not None
    assert f"{plan.target.check_speedup:.2f}x" in warning and "at 2 job(s)" in warning
    paying = replace(plan, target=replace(plan.target, original_check=10.0))
    assert paying.payoff_warning() is None


CHAIN = """
    //- /Cargo.toml
    [package]
    name = "chain"
    version = "0.1.0"
    edition = "2021"
    //- /src/lib.rs
    pub mod a;
    pub mod b;
    pub mod c;
    //- /src/a.rs
    pub fn a() -> u32 { crate::b::b() + 1 }
    //- /src/b.rs
    pub fn b() -> u32 { crate::c::c() + 1 }
    //- /src/c.rs
    pub fn c() -> u32 { 1 }
"""


def test_each_crate_pays_for_every_member_crate_it_reaches() -> None:
    # a -> b -> c: rustc loads c's metadata for a too; the facade reaches all three.
    base = CostModel(dependency_overhead=0.0)
    loading = replace(base, dependency_overhead=0.5)
    scorer, groups = _scorer(CHAIN, PlanConfig(target_jobs=1), base)
    before = {u.name: u.frontend for u in build_units(scorer.split, groups, base, facade_tokens=scorer.facade_tokens)}
    after = {u.name: u.frontend for u in build_units(scorer.split, groups, loading, facade_tokens=scorer.facade_tokens)}
    assert sorted(round(after[name] - before[name], 9) for name in before) == [0.0, 0.5, 1.0, 1.5]
    assert after["(facade)"] - before["(facade)"] == 1.5


def test_the_scorer_charges_dependency_loading_as_the_schedule_does() -> None:
    cost = CostModel(dependency_overhead=0.5)
    scorer, groups = _scorer(CHAIN, PlanConfig(target_jobs=1), cost)
    units = build_units(scorer.split, groups, cost, facade_tokens=scorer.facade_tokens)
    one_job, path = simulate(units, jobs=1).makespan, simulate(units, jobs=64).makespan
    assert abs(scorer.score(groups) - (one_job + DEPTH_WEIGHT * path)) < 1e-9
    assert one_job > CostModel(dependency_overhead=0.0).frontend(0) * len(units) + 3.0 - 1e-9
