"""The editable TOML plan file: written from a plan, read back, refused.

Every test goes through ``check_plan_file``: it analyses a crate, plans it,
reads a plan file (the planner's own, written by ``render_plan_file``, when
the test gives none) and prints the assignment it describes, one crate a
line as ``crate: item, item, ...`` (crates and items by name). A
plan file that cannot be read prints its one-line error instead. When the
file is the planner's own, the helper also requires the assignment read back
to equal the plan's.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from crate_split.analysis import SourceTree, analyze_crate, load_source_tree
from crate_split.model import ItemId
from crate_split.splitter import derive_constraints, find_atoms
from crate_split.splitter.cost import CostModel
from crate_split.splitter.plan_file import InvalidPlanFile, assign_items, read_plan_file, render_plan_file
from crate_split.splitter.planner import PlanConfig, plan_split
from fixture import normalise, source_tree

CORPORA = Path(__file__).resolve().parents[2] / "corpora"


def corpus_dirs() -> list[Path]:
    """Corpus crates with sources (``workspace_member``: its library member)."""
    cases = []
    for case in sorted(CORPORA.iterdir()):
        package = case / "core_lib" if case.name == "workspace_member" else case
        if (package / "src").is_dir():
            cases.append(package)
    return cases


def check_plan_file(crate: SourceTree, plan_text: str | None = None, expected: str | None = None) -> None:
    """Read ``plan_text`` (default: the planner's plan, written out) against ``crate``.

    Args:
        crate: the crate the plan is for.
        plan_text: a plan file as a person wrote it, or ``None`` for the
            planner's own plan.
        expected: the printed assignment or error; ``None`` only for the
            planner's own plan, when the round trip is the whole check.
    """
    model = analyze_crate(crate)
    plan = plan_split(model, find_atoms(model, derive_constraints(model)), PlanConfig(min_lines=0), CostModel())
    text = render_plan_file(plan) if plan_text is None else normalise(plan_text)
    try:
        assignment = assign_items(model, read_plan_file(text, model))
    except InvalidPlanFile as error:
        actual = error.one_line() + "\n"
    else:
        assert set(assignment) == set(model.items), "every item is assigned"
        if plan_text is None:
            assert assignment == dict(plan.assignment), "the plan file does not read back to the plan"
        by_crate: dict[str, list[ItemId]] = {}
        for item, crate_name in assignment.items():
            by_crate.setdefault(crate_name, []).append(item)
        actual = "".join(
            f"{name}: {', '.join(item.qualified() for item in sorted(items, key=ItemId.qualified))}\n"
            for name, items in sorted(by_crate.items())
        )
    if expected is None:
        assert plan_text is None, "a hand-written plan needs an expected result"
    else:
        assert actual == normalise(expected)


LAYERED = """
    //- /Cargo.toml
    [package]
    name = "layers"
    version = "0.1.0"
    edition = "2021"
    //- /src/lib.rs
    pub mod base;
    pub mod middle;
    pub mod top;
    pub use top::run;
    pub const VERSION: u32 = 1;
    //- /src/base.rs
    pub fn seed() -> u32 { 7 }
    pub mod extra;
    //- /src/base/extra.rs
    pub fn more() -> u32 { 1 }
    //- /src/middle.rs
    pub fn grow() -> u32 { crate::base::seed() * 2 }
    #[cfg(test)]
    mod tests {
        #[test]
        fn grows() { assert_eq!(super::grow(), 14); }
    }
    //- /src/top.rs
    pub fn run() -> u32 { crate::middle::grow() + crate::base::extra::more() }
"""


def test_the_planners_plan_reads_back_to_the_same_assignment() -> None:
    check_plan_file(
        source_tree(LAYERED),
        expected="""
        layers: VERSION, crate: pub use top::run
        layers-base: base, base::seed
        layers-middle: base::extra, base::extra::more, middle, middle::grow, middle::tests, middle::tests::grows, top, top::run
        """,
    )


@pytest.mark.parametrize("package", corpus_dirs(), ids=lambda path: path.relative_to(CORPORA).as_posix())
def test_the_plan_of_each_corpus_crate_reads_back_to_the_same_assignment(package: Path) -> None:
    check_plan_file(load_source_tree(package))


def test_the_deepest_listed_module_wins_and_unlisted_modules_stay_in_the_facade() -> None:
    check_plan_file(
        source_tree(LAYERED),
        """
        [plan]
        package = "layers"
        format = 1

        [[crates]]
        name = "layers-base"
        modules = ["crate::base"]

        [[crates]]
        name = "layers-extra"
        modules = ["crate::base::extra"]
        """,
        """
        layers: VERSION, crate: pub use top::run, middle, middle::grow, middle::tests, middle::tests::grows, top, top::run
        layers-base: base, base::seed
        layers-extra: base::extra, base::extra::more
        """,
    )


def test_listed_items_move_alone_and_a_cfg_test_module_follows_its_parent() -> None:
    check_plan_file(
        source_tree(LAYERED),
        """
        [plan]
        package = "layers"
        format = 1

        [[crates]]
        name = "layers-core"
        modules = ["crate::base", "crate::middle"]
        items = ["top::run"]
        """,
        """
        layers: VERSION, crate: pub use top::run, top
        layers-core: base, base::extra, base::extra::more, base::seed, middle, middle::grow, middle::tests, middle::tests::grows, top::run
        """,
    )


def test_listing_the_crate_root_takes_only_the_roots_own_items() -> None:
    check_plan_file(
        source_tree(LAYERED),
        """
        [plan]
        package = "layers"
        format = 1

        [[crates]]
        name = "layers-root"
        modules = ["crate"]
        """,
        """
        layers: base, base::extra, base::extra::more, base::seed, crate: pub use top::run, middle, middle::grow, middle::tests, middle::tests::grows, top, top::run
        layers-root: VERSION
        """,
    )


def test_unknown_names_and_names_listed_twice_are_refused_in_one_message() -> None:
    check_plan_file(
        source_tree(LAYERED),
        """
        [plan]
        package = "layers"
        format = 1

        [[crates]]
        name = "layers-base"
        modules = ["crate::base", "crate::nowhere"]
        items = ["top::run", "top::walk"]

        [[crates]]
        name = "layers-more"
        modules = ["crate::base", "middle"]
        items = ["top::run"]
        """,
        """
        error: invalid plan file: crate 'layers-base': unknown module 'crate::nowhere'; crate 'layers-base': unknown item 'top::walk'; module 'crate::base' is listed in 'layers-base' and 'layers-more'; item 'top::run' is listed in 'layers-base' and 'layers-more'
        """,
    )


def test_a_crate_named_like_the_facade_or_twice_and_a_crate_without_a_name_are_refused() -> None:
    check_plan_file(
        source_tree(LAYERED),
        """
        [plan]
        package = "layers"
        format = 1

        [[crates]]
        name = "layers"
        modules = ["crate::base"]

        [[crates]]
        name = "layers-top"
        modules = ["crate::top"]

        [[crates]]
        name = "layers-top"
        modules = ["crate::middle"]

        [[crates]]
        modules = []
        """,
        """
        error: invalid plan file: crate name 'layers' is the facade's name; crate name 'layers-top' is used twice; crates[3] has no name
        """,
    )


def test_a_plan_for_another_package_is_refused() -> None:
    check_plan_file(
        source_tree(LAYERED),
        """
        [plan]
        package = "other"
        format = 1
        """,
        """
        error: invalid plan file: plan is for package 'other', not 'layers'
        """,
    )


def test_a_plan_file_that_is_not_toml_is_refused() -> None:
    check_plan_file(
        source_tree(LAYERED),
        """
        [plan
        package = "layers"
        """,
        """
        error: invalid plan file: not TOML: Expected ']' at the end of a table declaration (at line 1, column 6)
        """,
    )
