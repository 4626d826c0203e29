"""Module lists in reports: the first few paths, then an ellipsis."""

from __future__ import annotations

from crate_split.model import format_module_list


def test_a_short_list_is_written_whole() -> None:
    assert format_module_list(((), ("a", "type")), 2) == "crate, crate::a::r#type"


def test_a_long_list_ends_with_an_ellipsis() -> None:
    assert format_module_list((("a",), ("b",), ("c",)), 2, code=True) == "`crate::a`, `crate::b` ..."
