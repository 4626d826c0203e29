"""``next_round``: every round repairs or merges, and the loop ends.

Fake problems (no cargo) on the plan of ``corpora/crate_identity``, whose
three members ``registry``, ``tags`` and ``text`` depend on no other
member. Each test goes through ``check_round``, which returns the next
state (or None) and asserts that a returned state changes the plan or the
widening.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from crate_split.analysis import analyze_crate, load_source_tree
from crate_split.model import ItemId, ItemKind
from crate_split.report import build_analysis_report
from crate_split.rewrite.crate_files import Widening
from crate_split.verify.escalation import Reach
from crate_split.verify.repair import Repair, RepairPlan
from crate_split.verify.repair_loop import LoopContext, LoopState, Problem, ProblemKind, next_round

CORPUS = Path(__file__).resolve().parents[2] / "corpora" / "crate_identity"
REGISTRY, TAGS, TEXT = "crate_identity-registry", "crate_identity-tags", "crate_identity-text"
FACADE = "crate_identity"


@lru_cache(maxsize=1)
def context() -> tuple[LoopContext, LoopState]:
    model = analyze_crate(load_source_tree(CORPUS))
    report = build_analysis_report(model)
    assert report.plan is not None
    assert {crate.name for crate in report.plan.members} == {REGISTRY, TAGS, TEXT}
    return LoopContext(model, report.atoms.strong_graph, repair_rounds=2), LoopState(report.plan)


def problem(*, involved=(), merges=(), widening=Widening(), signature="E0425: x", repairs=()) -> Problem:
    """A problem whose own repairs are ``merges`` and ``widening`` (each recorded as a repair too)."""
    repairs = (*repairs, *(Repair("widen", item.qualified(), signature) for item in widening.items))
    plan = RepairPlan(tuple(repairs), widening, tuple(frozenset(g) for g in merges), frozenset(involved), (signature,))
    return Problem(ProblemKind.CHECK, signature, frozenset({signature}), plan)


def members(state: LoopState) -> set[frozenset[str]]:
    """Each member as the set of original members its modules came from."""
    origin = {("registry",): REGISTRY, ("tags",): TAGS, ("text",): TEXT}
    return {frozenset(origin[m] for m in crate.modules if m in origin) for crate in state.plan.members}


def check_round(state: LoopState, found: Problem, ctx: LoopContext | None = None) -> LoopState | None:
    following = next_round(ctx or context()[0], state, found)
    if following is not None:
        changed_plan = {c.name for c in following.plan.members} != {c.name for c in state.plan.members}
        assert changed_plan or following.widening != state.widening, "a round must change something"
        assert len(following.repairs) > len(state.repairs), "every change is recorded with its reason"
    return following


def test_the_merge_a_problem_asks_for_is_applied_with_its_reason():
    _ctx, start = context()
    reason = "test `tests::t` (src/lib.rs) passes in the original, FAILED in the split"
    asked = Repair("merge", f"{REGISTRY} + {TAGS}", reason, frozenset({REGISTRY, TAGS}))
    state = check_round(start, problem(involved={REGISTRY, TAGS}, merges=[{REGISTRY, TAGS}], repairs=[asked]))
    assert state is not None
    assert members(state) == {frozenset({REGISTRY, TAGS}), frozenset({TEXT})}
    assert state.repairs == (asked,)
    assert (state.targeted_rounds, state.last_reach) == (1, None)


def test_a_widening_already_made_changes_nothing_so_the_loop_merges_instead():
    _ctx, start = context()
    item = ItemId(("tags",), ItemKind.FUNCTION, "first_segment")
    widened = Widening(frozenset({item}), frozenset(), frozenset(), frozenset())
    state = LoopState(start.plan, widened)
    following = check_round(state, problem(involved={TAGS}, widening=widened))
    assert following is not None
    # tags has no member neighbours: the merge reaches all members.
    assert members(following) == {frozenset({REGISTRY, TAGS, TEXT})}
    assert following.last_reach is Reach.ALL
    assert "has no repair that changes anything" in following.repairs[-1].reason


def test_the_same_problem_again_merges_further_than_the_last_round():
    _ctx, start = context()
    state = check_round(start, problem(involved={TAGS}, merges=[{TAGS, TEXT}]))
    assert state is not None and members(state) == {frozenset({TAGS, TEXT}), frozenset({REGISTRY})}
    again = check_round(state, problem(involved={TAGS}, merges=[{TAGS, TEXT}]))
    assert again is not None
    assert members(again) == {frozenset({REGISTRY, TAGS, TEXT})}
    assert "came back" in again.repairs[-1].reason


def test_errors_in_the_facade_merge_every_member():
    _ctx, start = context()
    state = check_round(start, problem(involved={FACADE}))
    assert state is not None and members(state) == {frozenset({REGISTRY, TAGS, TEXT})}


def test_with_one_member_left_the_loop_stops():
    _ctx, start = context()
    merged = check_round(start, problem(involved=set()))
    assert merged is not None and len(merged.plan.members) == 1
    assert check_round(merged, problem(involved=set(), signature="E0433: y")) is None


def test_after_the_repair_budget_every_round_merges():
    ctx, start = context()
    spent = LoopState(start.plan, targeted_rounds=ctx.repair_rounds)
    item = ItemId(("tags",), ItemKind.FUNCTION, "first_segment")
    widening = Widening(frozenset({item}), frozenset(), frozenset(), frozenset())
    following = check_round(spent, problem(involved={TAGS}, widening=widening))
    assert following is not None
    assert following.widening == Widening()
    assert len(following.plan.members) == 1
    assert "remains after the targeted repairs" in following.repairs[-1].reason


def test_any_sequence_of_problems_ends_within_the_bound():
    ctx, start = context()
    state, rounds = start, 0
    bound = ctx.repair_rounds + len(start.plan.members) + 1
    item = ItemId(("tags",), ItemKind.FUNCTION, "first_segment")
    while state is not None:
        rounds += 1
        assert rounds <= bound
        # A new widening each round, and a problem that never goes away.
        widening = Widening(
            frozenset({ItemId(("tags",), ItemKind.FUNCTION, f"{item.name}{rounds}")}),
            frozenset(),
            frozenset(),
            frozenset(),
        )
        state = check_round(state, problem(involved={TAGS}, widening=widening, signature=f"E0425: x{rounds}"))
    assert rounds == ctx.repair_rounds + 2


def test_an_own_name_asked_for_is_applied_without_merging():
    _ctx, start = context()
    reason = "test `src/text.rs - text::word_count` (doc) passes in the original, FAILED in the split"
    asked = Repair("own-name", TEXT, reason, frozenset({TEXT}))
    state = next_round(context()[0], start, problem(involved={TEXT}, repairs=[asked]))
    assert state is not None
    assert state.own_names == {TEXT}
    assert members(state) == members(start)
    assert state.repairs == (asked,)
    # The same repair again changes nothing: the loop merges instead.
    following = next_round(context()[0], state, problem(involved={TEXT}, repairs=[asked], signature="other"))
    assert following is not None and members(following) != members(start)
