"""The greedy merge search against the plain way of scoring every merge.

The merge search of :mod:`crate_split.splitter.greedy_merge` scores a
candidate merge from an index of the grouping (:class:`GroupIndex`), with
numbered schedules (:func:`simulate_indexed`), skips candidates whose lower
bound cannot win, and finds cycles from bit sets. Each test compares one of
these with the plain computation on generated unit graphs: the grouping
``merged`` returns, its build units by name and :func:`simulate`, every
candidate scored in order, and a walk of the group graph.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

import networkx as nx
import pytest

from crate_split.analysis import analyze_crate
from crate_split.splitter.cost import CostModel
from crate_split.splitter.greedy_merge import best_merge
from crate_split.splitter.group_index import GroupIndex, indirect_reach
from crate_split.splitter.grouping import (
    DEPTH_WEIGHT,
    MergeBounds,
    PlanConfig,
    Scorer,
    build_units,
    group_graph,
    initial_groups,
    merged,
)
from crate_split.splitter.merge_paths import MergePaths
from crate_split.splitter.schedule import critical_path, simulate
from crate_split.splitter.units import Unit, UnitSplit
from fixture import source_tree

SEEDS = range(8)


def unit_split(seed: int) -> UnitSplit:
    """Units with dependencies on earlier units only (acyclic), token
    counts that repeat (equal scores, so ties matter), the root unit 0."""
    rng = random.Random(seed)
    count = rng.randrange(5, 20)
    units = []
    for index in range(count):
        depends = tuple(sorted({rng.randrange(index) for _ in range(rng.randrange(3))})) if index else ()
        tokens = rng.choice([0, 500, 500, 2_000, rng.randrange(50_000)])
        modules = ((),) if index == 0 else ((f"m{index}",),)
        units.append(Unit(index, f"u{index}", modules, (), tokens // 10, tokens, depends, tokens > 0))
    return UnitSplit(tuple(units), {}, root_may_stay=rng.random() < 0.7)


def scorer_for(split: UnitSplit, seed: int) -> Scorer:
    model = analyze_crate(source_tree("//- /src/lib.rs\npub fn entry() -> u32 {\n    7\n}\n"))
    rng = random.Random(seed)
    jobs = rng.choice([1, 2, 8])
    scorer = Scorer(model, split, PlanConfig(target_jobs=jobs), CostModel())
    # Some units need the build script, so the members holding them pay for it.
    scorer.script_units = frozenset(unit.id for unit in split.units if rng.random() < 0.2)
    return scorer


def plain_score(scorer: Scorer, groups: list[frozenset[int]]) -> float:
    units = build_units(
        scorer.split, groups, scorer.cost, facade_tokens=scorer.facade_tokens, script_units=scorer.script_units
    )
    check = simulate(units, jobs=scorer.jobs, mode="check").makespan
    return check + DEPTH_WEIGHT * critical_path(units)


def groupings(split: UnitSplit, seed: int) -> list[list[frozenset[int]]]:
    """The units alone, then after random acyclic merges, one at a time."""
    rng = random.Random(seed)
    groups = initial_groups(split)
    found = [groups]
    while len(groups) > 2:
        pairs = acyclic_pairs(groups, split)
        if not pairs:
            break
        groups = merged(groups, *rng.choice(pairs))
        found.append(groups)
    return found


def acyclic_pairs(groups: list[frozenset[int]], split: UnitSplit) -> list[tuple[int, int]]:
    graph = group_graph(split, groups)
    result = []
    for first in range(len(groups)):
        for second in range(first + 1, len(groups)):
            trial = merged(groups, first, second)
            if nx.is_directed_acyclic_graph(group_graph(split, trial)):
                result.append((first, second))
    assert graph.number_of_nodes() == len(groups)
    return result


@pytest.mark.parametrize("seed", SEEDS)
def test_a_merge_scored_from_the_index_is_the_merged_grouping_scored_by_name(seed: int) -> None:
    split = unit_split(seed)
    scorer = scorer_for(split, seed)
    for groups in groupings(split, seed)[::3]:
        index = scorer.index(groups)
        assert scorer.score_index(index) == plain_score(scorer, groups)
        for first, second in acyclic_pairs(groups, split):
            after = merged(groups, first, second)
            assert index.merge(first, second) == scorer.index(after)
            assert scorer.score_index(index.merge(first, second)) == plain_score(scorer, after)


@pytest.mark.parametrize("seed", SEEDS)
def test_indirect_reach_is_what_a_path_of_two_or_more_hops_reaches(seed: int) -> None:
    split = unit_split(seed)
    scorer = scorer_for(split, seed)
    for groups in groupings(split, seed):
        successors = scorer.index(groups).successors
        for start, bits in enumerate(indirect_reach(successors)):
            two_hops = {after for near in successors[start] for after in successors[near]}
            reached, stack = set(two_hops), list(two_hops)
            while stack:
                for after in successors[stack.pop()]:
                    if after not in reached:
                        reached.add(after)
                        stack.append(after)
            assert {node for node in range(len(groups)) if bits >> node & 1} == reached


@pytest.mark.parametrize("seed", SEEDS)
def test_the_best_merge_is_the_first_best_of_every_candidate_scored_in_order(seed: int) -> None:
    split = unit_split(seed)
    scorer = scorer_for(split, seed)
    for groups in groupings(split, seed):
        graph = group_graph(split, groups)
        edges = sorted({(min(a, b), max(a, b)) for a, b in graph.edges})
        for candidates in (edges, [(a, b) for a in range(len(groups)) for b in range(a + 1, len(groups))]):
            acyclic = set(acyclic_pairs(groups, split))
            expected: tuple[float, list[frozenset[int]]] | None = None
            for first, second in candidates:
                if (first, second) not in acyclic:
                    continue
                score = plain_score(scorer, merged(groups, first, second))
                # Equal to the nanosecond is equal: the first in order wins.
                if expected is None or round(score, 9) < round(expected[0], 9):
                    expected = (score, merged(groups, first, second))
            assert best_merge(scorer, scorer.index(groups), candidates) == expected


def test_of_many_equal_merges_only_the_first_is_simulated(monkeypatch: pytest.MonkeyPatch) -> None:
    # Twenty equal modules on one base, a job for each: every merge of two
    # of them gives the same schedule, and each bound is its score (the
    # bounds leave out loading dependencies, which costs nothing here).
    units = [Unit(0, "u0", ((),), (), 10, 100, (), True), Unit(1, "u1", (("base",),), (), 100, 1_000, (), True)]
    units += [Unit(index, f"u{index}", ((f"m{index}",),), (), 100, 1_000, (1,), True) for index in range(2, 22)]
    split = UnitSplit(tuple(units), {})
    model = analyze_crate(source_tree("//- /src/lib.rs\npub fn entry() -> u32 {\n    7\n}\n"))
    scorer = Scorer(model, split, PlanConfig(target_jobs=64), CostModel(dependency_overhead=0.0))
    groups = initial_groups(split)
    candidates = [(a, b) for a in range(2, len(groups)) for b in range(a + 1, len(groups))]
    simulated: list[object] = []
    check = Scorer.check

    def counted(self: Scorer, indexed: object) -> float:
        simulated.append(indexed)
        return check(self, indexed)  # type: ignore[arg-type]

    monkeypatch.setattr(Scorer, "check", counted)
    found = best_merge(scorer, scorer.index(groups), candidates)
    assert found is not None and found[1] == merged(groups, 2, 3)
    assert len(simulated) == 1, f"{len(simulated)} of {len(candidates)} candidates simulated"


@pytest.mark.parametrize("seed", SEEDS)
def test_a_grouping_without_its_implied_dependencies_scores_the_same(seed: int) -> None:
    split = unit_split(seed)
    scorer = scorer_for(split, seed)
    for groups in groupings(split, seed)[::2]:
        index = scorer.index(groups)
        reduced = index.reduced(indirect_reach(index.successors))
        assert scorer.score_index(reduced) == plain_score(scorer, groups)
        for first, second in acyclic_pairs(groups, split):
            assert scorer.score_index(reduced.merge(first, second)) == plain_score(
                scorer, merged(groups, first, second)
            )


def indexed_groupings(seed: int) -> Iterator[tuple[Scorer, list[frozenset[int]], GroupIndex]]:
    """The scorer of a generated split, and each of its groupings indexed."""
    split = unit_split(seed)
    scorer = scorer_for(split, seed)
    for groups in groupings(split, seed):
        yield scorer, groups, scorer.index(groups)


@pytest.mark.parametrize("seed", SEEDS)
def test_the_critical_path_from_the_groups_is_the_one_of_their_numbered_units(seed: int) -> None:
    for scorer, groups, index in indexed_groupings(seed):
        reduced = index.reduced(indirect_reach(index.successors))
        for indexed in (index, reduced):
            assert scorer.critical_path_of(indexed) == scorer.critical_path(scorer.units_of(indexed))
        for first, second in acyclic_pairs(groups, scorer.split)[:5]:
            trial = reduced.merge(first, second)
            assert scorer.critical_path_of(trial) == scorer.critical_path(scorer.units_of(trial))


@pytest.mark.parametrize("seed", SEEDS)
def test_merge_bounds_stay_below_the_scores(seed: int) -> None:
    for scorer, groups, index in indexed_groupings(seed):
        bounds = MergeBounds(scorer, index)
        for first, second in acyclic_pairs(groups, scorer.split):
            bound = bounds.of_merge(first, second)
            if bound is None:
                continue
            units = scorer.units_of(index.merge(first, second))
            assert bound[0] <= scorer.check(units) * (1 + 1e-12)
            assert bound[1] <= scorer.depth(units) * (1 + 1e-12)


def test_the_check_bound_counts_the_dependencies_members_load() -> None:
    # Ten modules on one base, one job: the check is every front-end in
    # turn, loading included, which the bound of merging two of them sums.
    units = [Unit(0, "u0", ((),), (), 10, 100, (), True), Unit(1, "u1", (("base",),), (), 100, 1_000, (), True)]
    units += [Unit(index, f"u{index}", ((f"m{index}",),), (), 100, 1_000, (1,), True) for index in range(2, 12)]
    split = UnitSplit(tuple(units), {})
    model = analyze_crate(source_tree("//- /src/lib.rs\npub fn entry() -> u32 {\n    7\n}\n"))
    scorer = Scorer(model, split, PlanConfig(target_jobs=1), CostModel())
    index = scorer.index(initial_groups(split))
    check_bound, _ = MergeBounds(scorer, index).of_merge(2, 3) or (0.0, 0.0)
    assert check_bound == pytest.approx(scorer.check(scorer.units_of(index.merge(2, 3))), rel=1e-12)


@pytest.mark.parametrize("seed", SEEDS)
def test_a_merge_s_critical_path_from_the_round_s_chains_is_the_merged_grouping_s(seed: int) -> None:
    compared = 0
    for scorer, groups, index in indexed_groupings(seed):
        reduced = index.reduced(indirect_reach(index.successors))
        for indexed in (index, reduced):
            paths = MergePaths(scorer, indexed)
            for first, second in acyclic_pairs(groups, scorer.split):
                found = paths.of_merge(first, second)
                if found is not None:
                    assert found == scorer.critical_path_of(indexed.merge(first, second))
                    compared += 1
    assert compared
