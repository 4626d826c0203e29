"""The cycle collector is off while a report is derived, and as before after."""

from __future__ import annotations

import gc

import pytest

from crate_split.analysis import analyze_crate
from crate_split.report import build_analysis_report
from crate_split.report.heap_scope import cycles_left_for_later
from fixture import source_tree

CRATE = """
//- /src/lib.rs
pub mod a;
pub mod b;
//- /src/a.rs
pub fn one() -> u32 {
    1
}
//- /src/b.rs
pub fn two() -> u32 {
    crate::a::one() + 1
}
"""


def test_planning_runs_without_the_cycle_collector_and_turns_it_back_on() -> None:
    model = analyze_crate(source_tree(CRATE))
    seen: list[bool] = []
    assert gc.isenabled()
    report = build_analysis_report(model, progress=lambda step, fraction: seen.append(gc.isenabled()))
    assert report.plan is not None
    assert seen and not any(seen)
    assert gc.isenabled()


def test_a_collector_turned_off_by_the_caller_stays_off() -> None:
    gc.disable()
    try:
        with cycles_left_for_later():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_collector_is_back_on_after_an_error() -> None:
    with pytest.raises(ValueError), cycles_left_for_later():
        raise ValueError("planning failed")
    assert gc.isenabled()
