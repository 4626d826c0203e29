"""Which cfg predicates hold only in test builds (crate_split.model.cfg_test)."""

from __future__ import annotations

import pytest

from crate_split.model.cfg_test import requires_test


@pytest.mark.parametrize(
    "predicate",
    ["test", "all(test, feature = \"std\")", "all(unix,test)", "all(test, any(feature = \"a\", feature = \"b\"))", "any(test, all(test, unix))"],
)
def test_predicates_that_need_a_test_build(predicate: str) -> None:
    assert requires_test(predicate)


@pytest.mark.parametrize(
    "predicate",
    ["unix", "not(test)", "any(test, doc)", "all(not(test), unix)", "feature = \"test\"", "not(all(test, unix))", ""],
)
def test_predicates_that_hold_without_a_test_build(predicate: str) -> None:
    assert not requires_test(predicate)
