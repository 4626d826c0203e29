"""Step 4 of the planner: units grouped into crates by merging.

A few units are grouped by the exact search of :mod:`grouping`; more are
merged greedily: first groups below ``min_lines`` into a neighbour, then
down to ``max_crates``, then while a merge of two dependent groups makes
the simulated build faster. Each round takes the candidate merge with the
best score, the simulated schedule of :mod:`schedule` (the first of equal
candidates in their given order).

A round indexes the grouping once (:class:`GroupIndex`); a candidate that
would close a cycle is known from bit sets of what each group reaches;
schedules are simulated without the dependencies that longer paths
imply; the candidates are scored in the order of a cheap lower bound of their
score (:class:`MergeBounds`): once the bound of the next reaches the
best score found the rest cannot win and are not simulated; the others
first get their critical path, from the groups (the check is never
shorter, and the score adds a share of it), and only those it does not
rule out are simulated.

Invariant: the grouping returned is acyclic when the one given is.
"""

from __future__ import annotations

from crate_split.analysis import CrateModel
from crate_split.model import ItemKind
from crate_split.splitter.cost import CostModel
from crate_split.splitter.group_index import GroupIndex, indirect_reach
from crate_split.splitter.grouping import (
    DEPTH_WEIGHT,
    EXACT_SEARCH_MAX_UNITS,
    GREEDY_MAX_GROUPS,
    MergeBounds,
    PlanConfig,
    Scorer,
    coarsen_groups,
    code_members,
    group_lines,
    member_floor,
    member_groups,
    merged,
    search_groups,
)
from crate_split.splitter.merge_paths import MergePaths
from crate_split.splitter.units import UnitSplit

#: Scores are compared rounded to this many decimals (a nanosecond), so
#: that the same schedule summed in another order scores the same.
_DECIMALS = 9
#: A bound is exact arithmetic on the same floats, give or take rounding:
#: a score is at least its bound less this share of it.
_BOUND_SLACK = 1e-13


def _rounded(score: float) -> float:
    return round(score, _DECIMALS)


def merge_groups(
    model: CrateModel,
    split: UnitSplit,
    groups: list[frozenset[int]],
    config: PlanConfig,
    cost: CostModel,
    notes: list[str],
) -> list[frozenset[int]]:
    """Group the units of ``split`` (``groups``: one per unit) into crates;
    what was merged and why is added to ``notes``."""
    floor = member_floor(config)
    scorer = Scorer(model, split, config, cost)
    if len(split.units) <= EXACT_SEARCH_MAX_UNITS:
        best = search_groups(scorer, split, config)
        if best is not None:
            notes.extend(search_notes(split, groups, best, config))
            return _without_shells(scorer, split, best)
    if len(groups) > GREEDY_MAX_GROUPS:
        notes.append(
            f"{len(groups)} units were first merged with their neighbours, smallest first, "
            f"down to {GREEDY_MAX_GROUPS} crates (the merge search is cubic in the number of crates)"
        )
        groups = coarsen_groups(split, groups, GREEDY_MAX_GROUPS, min_lines=config.min_lines, floor=floor)

    def members() -> int:
        return code_members(split, member_groups(split, groups))

    # Small groups join a neighbour.
    merged_small = 0
    while members() > floor:
        member_set = set(member_groups(split, groups))
        small = [i for i, g in enumerate(groups) if g in member_set and group_lines(split, g) < config.min_lines]
        if not small:
            break
        small.sort(key=lambda i: (group_lines(split, groups[i]), min(groups[i])))
        index = scorer.index(groups)
        found = best_merge(scorer, index, _neighbours(index, small[0]))
        if found is None:
            break
        groups = found[1]
        merged_small += 1
    if merged_small:
        notes.append(
            f"{merged_small} unit(s) smaller than {config.min_lines} lines were merged into a neighbour (--min-lines)"
        )

    # Down to the maximum.
    if config.max_crates is not None:
        # Every member counts here, with code or not: the limit is on crates.
        while len(member_groups(split, groups)) > max(config.max_crates, 1):
            pairs = [(a, b) for a in range(len(groups)) for b in range(a + 1, len(groups))]
            found = best_merge(scorer, scorer.index(groups), pairs)
            if found is None:
                crates = len(member_groups(split, groups))
                notes.append(f"could not merge further without a cycle; {crates} crates exceed --max-crates")
                break
            groups = found[1]

    # While merging makes the simulated build faster (per-crate overhead).
    merged_for_speed = 0
    current = scorer.score(groups)
    while members() > floor:
        index = scorer.index(groups)
        pairs = sorted({(min(a, b), max(a, b)) for a, following in enumerate(index.successors) for b in following})
        found = best_merge(scorer, index, pairs, worse_than=current * 0.995)
        if found is None:
            break
        score, trial = found
        if score >= current * 0.995:
            break
        groups, current = trial, score
        merged_for_speed += 1
    if merged_for_speed:
        notes.append(
            f"{merged_for_speed} merge(s) of dependent units made the simulated {config.target_jobs}-job build faster"
        )
    return _without_shells(scorer, split, groups)


def _without_shells(scorer: Scorer, split: UnitSplit, groups: list[frozenset[int]]) -> list[frozenset[int]]:
    """``groups`` with every member group that holds only ``mod`` items
    merged into a neighbour: what is left of modules whose items were all
    cut out to bases would be a crate with nothing in it."""
    while len(groups) > 1:
        members = set(member_groups(split, groups))
        shells = [
            i
            for i, group in enumerate(groups)
            if group in members and all(item.kind is ItemKind.MODULE for u in group for item in split.units[u].items)
        ]
        if not shells:
            break
        index = scorer.index(groups)
        found = best_merge(scorer, index, _neighbours(index, shells[0]))
        if found is None:
            break
        groups = found[1]
    return groups


def best_merge(
    scorer: Scorer, index: GroupIndex, candidates: list[tuple[int, int]], worse_than: float = float("inf")
) -> tuple[float, list[frozenset[int]]] | None:
    """The candidate merge with the best score and the grouping it gives
    (the first in ``candidates``' order of those whose scores are equal to
    the nanosecond); ``None`` when none is acyclic. Candidates that cannot
    score below ``worse_than`` may be skipped.

    The answer is the one of scoring every candidate in order: a candidate
    left out has a bound, so a score, that rounds above the best, or to
    the best when it comes after the best in candidate order (on many
    equal modules most candidates tie, and only the first is simulated).
    """
    groups = list(index.groups)
    # The grouping is acyclic: merging two groups closes a cycle exactly
    # when a path of two or more hops links them.
    indirect = indirect_reach(index.successors)
    bounds = MergeBounds(scorer, index)
    # Scored without the dependencies other paths imply (same schedules).
    reduced = index.reduced(indirect)
    paths = MergePaths(scorer, reduced)
    ranked: list[tuple[float, float, int, int, int]] = []
    for position, (first, second) in enumerate(candidates):
        if indirect[first] >> second & 1 or indirect[second] >> first & 1:
            continue
        bound = bounds.of_merge(first, second)
        check_bound, depth_bound = (float("-inf"), float("-inf")) if bound is None else bound
        ranked.append((check_bound + depth_bound, check_bound, position, first, second))
    ranked.sort()
    # The best so far: (score rounded, position, score, first, second).
    best: tuple[float, int, float, int, int] | None = None

    def cannot_win(floor: float, position: int) -> bool:
        """A candidate scoring at least ``floor`` (a bound) cannot win."""
        floor -= _BOUND_SLACK * abs(floor)
        return floor >= worse_than or (best is not None and (_rounded(floor), position) > best[:2])

    for total, check_bound, position, first, second in ranked:
        if cannot_win(total, -1):
            break  # Nor can any later one: their bounds are higher.
        if cannot_win(total, position):
            continue  # A tie at best, after the best in candidate order.
        # The check is at least the critical path, which the depth is a
        # share of: simulated only when that does not rule it out.
        critical = paths.of_merge(first, second)
        if critical is None:
            critical = scorer.critical_path_of(reduced.merge(first, second))
        depth = DEPTH_WEIGHT * critical
        if cannot_win(max(check_bound, critical) + depth, position):
            continue
        score = scorer.check(scorer.units_of(reduced.merge(first, second))) + depth
        if best is None or (_rounded(score), position) < best[:2]:
            best = (_rounded(score), position, score, first, second)
    return None if best is None else (best[2], merged(groups, best[3], best[4]))


def _neighbours(index: GroupIndex, group: int) -> list[tuple[int, int]]:
    """Merges of ``group`` with the groups it is linked to, or with any
    other group when it is linked to none."""
    adjacent = set(index.successors[group]) | index.predecessors()[group]
    others = adjacent or set(range(len(index.groups))) - {group}
    return [(group, other) for other in sorted(others) if other != group]


def search_notes(
    split: UnitSplit, before: list[frozenset[int]], after: list[frozenset[int]], config: PlanConfig
) -> list[str]:
    """What the exact search merged and why."""
    n_before, n_after = len(member_groups(split, before)), len(member_groups(split, after))
    if n_after >= n_before:
        return []
    notes = []
    small = [g for g in member_groups(split, before) if group_lines(split, g) < config.min_lines]
    merged_small = [g for g in small if g not in after]
    if merged_small:
        notes.append(
            f"{len(merged_small)} unit(s) smaller than {config.min_lines} "
            "lines were merged into other crates (--min-lines)"
        )
    if config.max_crates is not None and n_before > config.max_crates:
        notes.append(f"units were merged down to {config.max_crates} crate(s) (--max-crates)")
    notes.append(
        f"every acyclic grouping of the {len(split.units)} units was scored: {n_before - n_after} merge(s) "
        f"give the fastest simulated {config.target_jobs}-job build"
    )
    return notes
