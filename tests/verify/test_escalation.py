"""``escalate`` picks the member crates to merge when targeted repairs do not
help: each reach is wider than the last, and every group it returns merges
two members at least. Pure: no cargo, no plan.

The member graph of most tests: ``a -> b -> c``, ``e -> b``, and ``d`` alone.
"""

from __future__ import annotations

from crate_split.verify.escalation import Reach, escalate

MEMBERS = {"a": ("b",), "b": ("c",), "c": (), "d": (), "e": ("b",)}


def check_escalation(
    involved: set[str], reach: Reach, expected: set[str] | None, expected_reach: Reach | None = None, members=MEMBERS
) -> None:
    group = escalate(members, frozenset(involved), reach)
    if expected is None:
        assert group is None
        return
    assert group is not None
    assert (set(group.crates), group.reach) == (expected, expected_reach or reach)


def test_neighbours_are_the_direct_member_dependencies_and_dependents():
    check_escalation({"b"}, Reach.NEIGHBOURS, {"a", "b", "c", "e"})


def test_paths_reach_every_member_above_and_below():
    check_escalation({"a"}, Reach.NEIGHBOURS, {"a", "b"})
    check_escalation({"a"}, Reach.PATHS, {"a", "b", "c"})


def test_a_crate_without_member_neighbours_escalates_to_all_members():
    check_escalation({"d"}, Reach.NEIGHBOURS, {"a", "b", "c", "d", "e"}, Reach.ALL)


def test_the_facade_depends_on_every_member_so_its_neighbours_are_all_members():
    check_escalation({"facade"}, Reach.NEIGHBOURS, {"a", "b", "c", "d", "e"})


def test_a_problem_that_names_no_crate_merges_all_members():
    check_escalation(set(), Reach.NEIGHBOURS, {"a", "b", "c", "d", "e"})


def test_with_one_member_left_there_is_nothing_to_merge():
    check_escalation({"a"}, Reach.ALL, None, members={"a": ()})


def test_every_group_merges_at_least_two_members():
    for crate in MEMBERS:
        for reach in Reach:
            group = escalate(MEMBERS, frozenset({crate}), reach)
            assert group is not None and len(group.crates) >= 2 and group.reach >= reach
