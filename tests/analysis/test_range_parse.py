"""``syntax.parse_rust_range`` reads one stretch of a file as a file of its
own, with the offsets and lines of the whole file, as a blanked copy would."""

from __future__ import annotations

from crate_split.analysis import syntax

_SOURCE = b"fn before() {}\nm! {\n    mod inner;\n    pub fn f() -> u8 { 1 }\n}\nfn after() {}\n"


def _items(root: syntax.Node) -> list[tuple[str, int, int, tuple[int, int], str]]:
    return [(c.type, c.start_byte, c.end_byte, c.start_point, syntax.text(c)) for c in root.named_children]


def test_a_range_parses_like_the_file_blanked_outside_it() -> None:
    start = _SOURCE.index(b"{\n") + 1
    end = _SOURCE.rindex(b"}\nfn after")
    blanked = bytes(b if start <= i < end or b == 0x0A else 0x20 for i, b in enumerate(_SOURCE))
    items = _items(syntax.parse_rust_range(_SOURCE, start, end).root_node)
    assert items == _items(syntax.parse_rust(blanked).root_node)
    assert [(kind, point) for kind, _start, _end, point, _text in items] == [
        ("mod_item", (2, 4)),
        ("function_item", (3, 4)),
    ]
    assert items[1][4] == "pub fn f() -> u8 { 1 }"
