"""``why A B``: the shortest chains of references and rules between two
items or modules, each hop with ``file:line``.

Every test asks ``check_why`` about two selectors of a crate and compares
the answer printed as the verdict, then the chain from A to B (lines
starting ``>``) and the chain from B back to A (lines starting ``<``). A
selector that names nothing prints the one-line error users see.
"""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

from crate_split.analysis import SourceTree, analyze_crate, load_source_tree
from crate_split.errors import ItemNotFound
from crate_split.splitter import derive_constraints, find_atoms
from crate_split.splitter.why import explain_why
from fixture import normalise, source_tree

MODULE_CYCLE = Path(__file__).resolve().parents[2] / "corpora" / "module_cycle"


def check_why(crate: SourceTree, source: str, target: str, expected: str) -> None:
    """Explain how ``source`` and ``target`` of ``crate`` are tied; compare with ``expected``."""
    model = analyze_crate(crate)
    graph = find_atoms(model, derive_constraints(model)).strong_graph
    try:
        answer = explain_why(model, graph, source, target)
    except ItemNotFound as error:
        actual = error.one_line() + "\n"
    else:
        lines = [answer.verdict]
        lines.extend(f"  > {hop.render()}" for hop in answer.forward)
        lines.extend(f"  < {hop.render()}" for hop in answer.backward)
        for reason in answer.in_facade:
            lines.append(reason.render())
            lines.extend(f"  = {hop.render()}" for hop in reason.chain)
        for chain in (answer.forward, answer.backward):
            for hop, following in pairwise(chain):
                assert hop.dependency == following.dependent, "a chain's hops must connect"
        actual = "\n".join(lines) + "\n"
    assert actual == normalise(expected)


def test_two_modules_in_a_cycle_have_a_chain_each_way() -> None:
    check_why(
        load_source_tree(MODULE_CYCLE),
        "render::svg",
        "shapes",
        """
        render::svg and shapes depend on each other: they must share a crate
          > render::svg::draw -> shapes::Circle (src/render/svg.rs:5, type)
          < shapes::impl Circle -> render::svg::draw (src/shapes.rs:23, path)
        """,
    )


def test_a_chain_through_a_rule_shows_the_rule_as_a_hop() -> None:
    check_why(
        load_source_tree(MODULE_CYCLE),
        "crate::shapes::Circle",
        "render::svg::draw",
        """
        crate::shapes::Circle and render::svg::draw depend on each other: they must share a crate
          > shapes::Circle -> shapes::impl Circle (src/shapes.rs:16, rule:inherent-impl)
          > shapes::impl Circle -> render::svg::draw (src/shapes.rs:23, path)
          < render::svg::draw -> shapes::Circle (src/render/svg.rs:5, type)
        """,
    )


def test_a_module_that_depends_on_another_has_a_chain_one_way_only() -> None:
    check_why(
        load_source_tree(MODULE_CYCLE),
        "stats",
        "util",
        """
        stats depends on util: its crate must depend on util's
          > stats::mean -> util::sum (src/stats.rs:10, path)
        """,
    )


def test_asking_the_other_way_round_reports_the_dependency_backwards() -> None:
    check_why(
        load_source_tree(MODULE_CYCLE),
        "crate::util",
        "crate::stats",
        """
        crate::stats depends on crate::util, not the other way round
          < stats::mean -> util::sum (src/stats.rs:10, path)
        """,
    )


def test_unrelated_modules_have_no_chain() -> None:
    check_why(
        load_source_tree(MODULE_CYCLE),
        "stats",
        "shapes",
        """
        stats and shapes do not depend on each other: they can be in separate crates
        """,
    )


def test_the_shortest_of_several_chains_is_chosen() -> None:
    check_why(
        source_tree(
            """
            //- /src/lib.rs
            pub mod a;
            pub mod b;
            pub mod c;
            //- /src/a.rs
            pub fn start() -> u32 { crate::b::middle() + crate::c::end() }
            //- /src/b.rs
            pub fn middle() -> u32 { crate::c::end() }
            //- /src/c.rs
            pub fn end() -> u32 { 0 }
            """
        ),
        "a",
        "c::end",
        """
        a depends on c::end: its crate must depend on c::end's
          > a::start -> c::end (src/a.rs:1, path)
        """,
    )


def test_a_unique_bare_item_name_is_accepted() -> None:
    check_why(
        source_tree(
            """
            //- /src/lib.rs
            pub mod a;
            pub mod b;
            //- /src/a.rs
            pub fn ping() -> u32 { crate::b::pong() }
            //- /src/b.rs
            pub fn pong() -> u32 { 1 }
            """
        ),
        "ping",
        "pong",
        """
        ping depends on pong: its crate must depend on pong's
          > a::ping -> b::pong (src/a.rs:1, path)
        """,
    )


def test_an_ambiguous_bare_name_is_refused_with_the_candidates() -> None:
    check_why(
        source_tree(
            """
            //- /src/lib.rs
            pub mod a;
            pub mod b;
            //- /src/a.rs
            pub fn run() {}
            //- /src/b.rs
            pub fn run() {}
            """
        ),
        "run",
        "a",
        """
        error: unknown item or module: no item or module named 'run' (hint: ambiguous; one of: a::run, b::run)
        """,
    )


def test_a_name_that_matches_nothing_is_refused() -> None:
    check_why(
        load_source_tree(MODULE_CYCLE),
        "shapes",
        "crate::nowhere",
        """
        error: unknown item or module: no item or module named 'crate::nowhere'
        """,
    )


def test_an_item_that_depends_on_an_observer_says_which_rule_keeps_it_in_the_facade() -> None:
    check_why(
        source_tree(
            """
            //- /src/lib.rs
            pub mod place;
            pub mod report;
            pub mod other;
            //- /src/place.rs
            pub fn here() -> &'static str { module_path!() }
            //- /src/report.rs
            pub fn banner() -> String { crate::place::here().to_string() }
            //- /src/other.rs
            pub fn plain() -> u8 { 1 }
            """
        ),
        "report::banner",
        "other",
        """
        report::banner and other do not depend on each other: they can be in separate crates
        report::banner stays in the facade: `module_path!` in place::here observes the module path (it starts with the crate name): it stays in the facade, which keeps the original name and paths (src/place.rs:1)
          = report::banner -> place::here (src/report.rs:1, path)
        """,
    )
