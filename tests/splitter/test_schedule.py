"""The pipelined build simulation against schedules worked out by hand.

Every test writes its crates as text, one crate a line::

    name FRONTEND CODEGEN: DEPENDENCY DEPENDENCY

and the schedule it expects, one crate a line as ``name START-END`` followed
by ``makespan M``, both passed to ``check_schedule``. Durations are whole or
half seconds so the arithmetic is exact. A simulation that refuses its input
is expected as ``ValueError: message``.

The hand schedules follow cargo's rules: a crate starts once every
dependency's ``.rmeta`` exists (the end of its front-end), at most ``jobs``
crates run at once, a crate in ``build`` mode keeps its job slot for code
generation after its ``.rmeta``, and among ready crates the one with the
longest chain of work behind it starts first (ties by name).
"""

from __future__ import annotations

import random

import pytest

from crate_split.splitter.plan_builder import critical_chain
from crate_split.splitter.schedule import BuildUnit, IndexedUnits, critical_path_indexed, makespan_indexed, simulate
from fixture import normalise


def parse_units(text: str) -> tuple[BuildUnit, ...]:
    """Read ``name FRONTEND CODEGEN: DEPS`` lines into build units."""
    units = []
    for line in normalise(text).splitlines():
        if not line.strip():
            continue
        head, _, tail = line.partition(":")
        name, frontend, codegen = head.split()
        units.append(BuildUnit(name, float(frontend), float(codegen), tuple(tail.split())))
    return tuple(units)


def check_schedule(units: str, *, jobs: int, mode: str, expected: str) -> None:
    """Simulate ``units`` and compare the schedule, printed, with ``expected``."""
    try:
        schedule = simulate(parse_units(units), jobs=jobs, mode=mode)
    except ValueError as error:
        actual = f"ValueError: {error}\n"
    else:
        assert schedule.jobs == jobs
        lines = [f"{name} {start:g}-{end:g}" for name, (start, end) in sorted(schedule.spans.items())]
        lines.append(f"makespan {schedule.makespan:g}")
        actual = "\n".join(lines) + "\n"
    assert actual == normalise(expected)


# -- chains --------------------------------------------------------------------------------------


def test_a_chain_checked_on_one_job_runs_its_front_ends_back_to_back() -> None:
    check_schedule(
        """
        a 2 1
        b 3 2: a
        c 1 4: b
        """,
        jobs=1,
        mode="check",
        expected="""
        a 0-2
        b 2-5
        c 5-6
        makespan 6
        """,
    )


def test_a_chain_built_with_many_jobs_starts_each_crate_at_its_dependencys_rmeta() -> None:
    check_schedule(
        """
        a 2 1
        b 3 2: a
        c 1 4: b
        """,
        jobs=8,
        mode="build",
        expected="""
        a 0-3
        b 2-7
        c 5-10
        makespan 10
        """,
    )


def test_a_chain_built_on_one_job_waits_for_each_crates_code_generation() -> None:
    check_schedule(
        """
        a 2 1
        b 3 2: a
        c 1 4: b
        """,
        jobs=1,
        mode="build",
        expected="""
        a 0-3
        b 3-8
        c 8-13
        makespan 13
        """,
    )


def test_a_checked_chain_ignores_code_generation_entirely() -> None:
    check_schedule(
        """
        a 2 100
        b 3 100: a
        """,
        jobs=8,
        mode="check",
        expected="""
        a 0-2
        b 2-5
        makespan 5
        """,
    )


# -- diamonds ------------------------------------------------------------------------------------


def test_a_diamond_with_enough_jobs_runs_both_sides_at_once() -> None:
    check_schedule(
        """
        a 1 0
        b 4 0: a
        c 2 0: a
        d 1 0: b c
        """,
        jobs=2,
        mode="check",
        expected="""
        a 0-1
        b 1-5
        c 1-3
        d 5-6
        makespan 6
        """,
    )


def test_a_diamond_on_one_job_runs_the_side_with_the_longer_chain_first() -> None:
    check_schedule(
        """
        a 1 0
        c 2 0: a
        b 4 0: a
        d 1 0: b c
        """,
        jobs=1,
        mode="check",
        expected="""
        a 0-1
        b 1-5
        c 5-7
        d 7-8
        makespan 8
        """,
    )


def test_a_diamond_waits_for_the_later_of_its_two_dependencies() -> None:
    check_schedule(
        """
        a 1 1
        b 2 3: a
        c 5 1: a
        d 1 1: b c
        """,
        jobs=4,
        mode="build",
        expected="""
        a 0-2
        b 1-6
        c 1-7
        d 6-8
        makespan 8
        """,
    )


# -- pipelining and job slots -------------------------------------------------------------------


def test_a_dependent_starts_at_the_rmeta_while_its_dependency_still_generates_code() -> None:
    check_schedule(
        """
        a 2 3
        b 1 1: a
        """,
        jobs=2,
        mode="build",
        expected="""
        a 0-5
        b 2-4
        makespan 5
        """,
    )


def test_a_build_keeps_the_job_slot_during_code_generation_so_a_ready_dependent_waits() -> None:
    check_schedule(
        """
        a 1 5
        b 1 0: a
        c 3 0
        """,
        jobs=2,
        mode="build",
        expected="""
        a 0-6
        b 3-4
        c 0-3
        makespan 6
        """,
    )


def test_the_same_crates_checked_free_the_slot_at_the_rmeta() -> None:
    check_schedule(
        """
        a 1 5
        b 1 0: a
        c 3 0
        """,
        jobs=2,
        mode="check",
        expected="""
        a 0-1
        b 1-2
        c 0-3
        makespan 3
        """,
    )


# -- job limits ----------------------------------------------------------------------------------


def test_independent_crates_on_one_job_run_one_after_another_longest_first() -> None:
    check_schedule(
        """
        a 1 0
        b 3 0
        c 2 0
        """,
        jobs=1,
        mode="check",
        expected="""
        a 5-6
        b 0-3
        c 3-5
        makespan 6
        """,
    )


def test_independent_crates_on_two_jobs_fill_the_slot_that_frees_first() -> None:
    check_schedule(
        """
        a 1 0
        b 3 0
        c 2 0
        """,
        jobs=2,
        mode="check",
        expected="""
        a 2-3
        b 0-3
        c 0-2
        makespan 3
        """,
    )


def test_independent_crates_on_many_jobs_all_start_at_once() -> None:
    check_schedule(
        """
        a 1 1
        b 3 1
        c 2 1
        """,
        jobs=64,
        mode="build",
        expected="""
        a 0-2
        b 0-4
        c 0-3
        makespan 4
        """,
    )


# -- priority ------------------------------------------------------------------------------------


def test_the_ready_crate_with_the_longest_chain_behind_it_starts_before_names_that_sort_first() -> None:
    check_schedule(
        """
        a 5 0
        b 5 0
        z_head 1 0
        z_tail 10 0: z_head
        """,
        jobs=2,
        mode="check",
        expected="""
        a 0-5
        b 5-10
        z_head 0-1
        z_tail 1-11
        makespan 11
        """,
    )


def test_crates_with_equally_long_chains_start_in_name_order() -> None:
    check_schedule(
        """
        c 2 0
        a 2 0
        b 2 0
        """,
        jobs=1,
        mode="check",
        expected="""
        a 0-2
        b 2-4
        c 4-6
        makespan 6
        """,
    )


def test_the_priority_counts_the_code_generation_of_the_last_crate_in_a_build() -> None:
    check_schedule(
        """
        a 3 0
        b 1 5
        """,
        jobs=1,
        mode="build",
        expected="""
        a 6-9
        b 0-6
        makespan 9
        """,
    )


# -- input the simulation refuses ---------------------------------------------------------------


def test_crates_that_depend_on_each_other_are_a_cycle() -> None:
    check_schedule(
        """
        a 1 0: b
        b 1 0: a
        c 1 0
        """,
        jobs=2,
        mode="check",
        expected="ValueError: the units' dependencies form a cycle",
    )


def test_a_longer_cycle_behind_a_ready_crate_is_found_too() -> None:
    check_schedule(
        """
        a 1 0
        b 1 0: a d
        c 1 0: b
        d 1 0: c
        """,
        jobs=1,
        mode="build",
        expected="ValueError: the units' dependencies form a cycle",
    )


def test_a_dependency_on_an_unknown_crate_is_refused() -> None:
    check_schedule(
        """
        a 1 0: ghost
        """,
        jobs=1,
        mode="check",
        expected="ValueError: a depends on unknown unit ghost",
    )


def test_building_with_no_job_slot_is_refused() -> None:
    check_schedule(
        """
        a 1 0
        """,
        jobs=0,
        mode="build",
        expected="ValueError: cannot build with 0 jobs",
    )


def test_an_empty_build_takes_no_time() -> None:
    check_schedule("", jobs=4, mode="build", expected="makespan 0")


def test_a_chain_deeper_than_the_recursion_limit_is_simulated_and_its_critical_chain_found() -> None:
    depth = 3000
    units = tuple(BuildUnit(f"c{index}", 1.0, 0.0, (f"c{index - 1}",) if index else ()) for index in range(depth))
    assert simulate(units, jobs=4, mode="check").makespan == depth
    path, seconds = critical_chain(units)
    assert path == tuple(f"c{index}" for index in range(depth))
    assert seconds == depth


@pytest.mark.parametrize("mode", ["check", "build"])
@pytest.mark.parametrize("seed", range(6))
def test_the_critical_path_in_one_pass_is_the_simulation_with_a_job_per_crate(seed: int, mode: str) -> None:
    # Durations that are not whole seconds, so that the float sums must be
    # the simulation's own, in its order, to come out equal.
    rng = random.Random(seed)
    count = rng.randrange(1, 60)
    units = IndexedUnits(
        frontend=tuple(rng.random() * 3 for _ in range(count)),
        codegen=tuple(rng.choice([0.0, rng.random() * 5]) for _ in range(count)),
        dependencies=tuple(
            frozenset(rng.sample(range(index), min(index, rng.randrange(4)))) if index else frozenset()
            for index in range(count)
        ),
    )
    assert critical_path_indexed(units, mode=mode) == makespan_indexed(units, jobs=count, mode=mode)


def test_the_critical_path_of_a_cycle_is_refused() -> None:
    units = IndexedUnits(frontend=(1.0, 1.0), codegen=(0.0, 0.0), dependencies=(frozenset({1}), frozenset({0})))
    with pytest.raises(ValueError, match="cycle"):
        critical_path_indexed(units)
