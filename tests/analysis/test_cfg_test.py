"""Which cfg predicates hold only in test builds (crate_split.model.cfg_test)."""

from __future__ import annotations

import pytest

from crate_split.model.cfg_test import attribute_requires_test, requires_test, without_test


@pytest.mark.parametrize(
    "predicate",
    [
        "test",
        'all(test, feature = "std")',
        "all(unix,test)",
        'all(test, any(feature = "a", feature = "b"))',
        "any(test, all(test, unix))",
    ],
)
def test_predicates_that_need_a_test_build(predicate: str) -> None:
    assert requires_test(predicate)


@pytest.mark.parametrize(
    "predicate",
    ["unix", "not(test)", "any(test, doc)", "all(not(test), unix)", 'feature = "test"', "not(all(test, unix))", ""],
)
def test_predicates_that_hold_without_a_test_build(predicate: str) -> None:
    assert not requires_test(predicate)


@pytest.mark.parametrize(
    ("predicate", "expected"),
    [
        ('any(test, feature = "testing")', 'any(any(), feature = "testing")'),
        ("test", "any()"),
        ('feature = "test"', 'feature = "test"'),
        ("all(unix, not(test))", "all(unix, not(any()))"),
    ],
)
def test_overlays_drop_the_test_atom(predicate: str, expected: str) -> None:
    assert without_test(predicate) == expected


@pytest.mark.parametrize(
    ("attribute", "expected"),
    [
        ("#[cfg(test)]", True),
        ("#[ cfg ( all(test, unix) ) ]", True),
        ("#[cfg(not(test))]", False),
        ("#[cfg_attr(test, derive(Debug))]", False),
        ("#[test]", False),
    ],
)
def test_a_cfg_attribute_is_judged_as_the_analysis_judges_its_predicate(attribute: str, expected: bool) -> None:
    assert attribute_requires_test(attribute) is expected
