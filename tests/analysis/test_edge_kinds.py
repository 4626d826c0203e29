"""Edge kinds are values, written as the strings reports and JSON show."""

from __future__ import annotations

import pytest

from crate_split.analysis.item_graph import EdgeKind
from crate_split.model.items import RefKind


def test_a_reference_kind_is_written_as_its_value() -> None:
    assert str(EdgeKind(RefKind.GENERATED_IMPL)) == "generated-impl"
    assert not EdgeKind(RefKind.USE).is_rule


def test_a_rule_is_written_with_its_prefix() -> None:
    kind = EdgeKind.of_rule("orphan-rule")
    assert (str(kind), kind.is_rule, kind.rule, kind.reference) == ("rule:orphan-rule", True, "orphan-rule", None)


def test_edge_kinds_sort_as_they_are_written() -> None:
    kinds = [
        EdgeKind(RefKind.TYPE),
        EdgeKind.of_rule("macro-scope"),
        EdgeKind(RefKind.PATH),
        EdgeKind.of_rule("cfg-test-module"),
    ]
    assert [str(k) for k in sorted(kinds)] == sorted(str(k) for k in kinds)


def test_an_edge_kind_is_one_of_the_two() -> None:
    with pytest.raises(ValueError):
        EdgeKind()
    with pytest.raises(ValueError):
        EdgeKind(RefKind.USE, "orphan-rule")
