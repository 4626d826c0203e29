"""``analyze_crate`` runs with Python's cyclic garbage collector paused.

The analysis allocates many long-lived objects and makes almost no cycles,
so collections during it only cost time; the collector's state is restored
afterwards, also when the analysis fails, and a caller that had it off
keeps it off.
"""

from __future__ import annotations

import gc

import pytest

from crate_split.analysis import analyze_crate
from crate_split.errors import ManifestInvalid
from fixture import source_tree

_FIXTURE = """
//- src/lib.rs
pub mod a;
pub fn f() -> a::S { a::S }
//- src/a.rs
pub struct S;
"""


def _states_seen(tree) -> list[bool]:
    seen: list[bool] = []
    analyze_crate(tree, progress=lambda step, fraction: seen.append(gc.isenabled()))
    return seen


def test_the_collector_is_paused_during_the_analysis_and_enabled_after() -> None:
    assert gc.isenabled()
    seen = _states_seen(source_tree(_FIXTURE))
    assert seen and not any(seen)
    assert gc.isenabled()


def test_a_collector_the_caller_turned_off_stays_off() -> None:
    gc.disable()
    try:
        _states_seen(source_tree(_FIXTURE))
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_collector_is_enabled_again_when_the_analysis_fails() -> None:
    broken = source_tree('//- Cargo.toml\n[package\nname = "x"\n//- src/lib.rs\n')
    with pytest.raises(ManifestInvalid):
        analyze_crate(broken)
    assert gc.isenabled()
