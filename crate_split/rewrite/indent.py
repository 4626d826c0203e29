"""Indentation of blocks of Rust source, kept small because it is easy to get wrong.

Moving an inline ``mod x { … }`` body into its own file dedents it by one
level; wrapping code into a new block indents it. Both work line by line on
``bytes`` and only ever touch the leading whitespace of a line. They never
reformat code, never change line endings (``\\n`` or ``\\r\\n`` stay as they
are), and never touch a line that starts inside a protected range: the caller
passes the byte ranges of string literals that span lines (raw strings
above all), whose continuation lines are part of the string's value.

Invariant: outside leading whitespace of unprotected lines, the output has the
same bytes in the same order as the input.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

#: Byte ranges ``(start, end)`` into the text, 0-based, end-exclusive.
ProtectedRanges = Sequence[tuple[int, int]]

_SPACE = 0x20
_TAB = 0x09


def _lines_with_offsets(text: bytes) -> list[tuple[int, bytes]]:
    """Split on ``\\n`` only, keeping it; ``\\r`` stays with the line's content."""
    lines = []
    offset = 0
    for line in text.split(b"\n"):
        lines.append((offset, line))
        offset += len(line) + 1
    return lines


def _is_protected(offset: int, protected: ProtectedRanges) -> bool:
    return any(start <= offset < end for start, end in protected)


def _is_blank(line: bytes) -> bool:
    return not line.strip(b" \t\r")


def detect_indent_unit(text: bytes, protected: ProtectedRanges = ()) -> bytes:
    """Guess one level of indentation: a tab, four spaces or two spaces.

    A tab is chosen when the first indented line starts with one. Otherwise
    the greatest common divisor of the space indentations decides: two spaces
    when it is 2 or 6, and four spaces in every other case (also when lines
    are aligned at odd columns, or nothing is indented). A caller that knows
    the real unit should pass it to ``dedent_block`` instead.

    Returns:
        ``b"\\t"``, ``b"    "`` or ``b"  "``.
    """
    space_widths: list[int] = []
    for offset, line in _lines_with_offsets(text):
        if _is_blank(line) or _is_protected(offset, protected):
            continue
        if line[0] == _TAB and not space_widths:
            return b"\t"
        width = len(line) - len(line.lstrip(b" "))
        if width:
            space_widths.append(width)
    divisor = math.gcd(*space_widths) if space_widths else 4
    return b"  " if divisor % 4 != 0 and divisor % 2 == 0 else b"    "


def _strip_levels(line: bytes, budget: int, unit_width: int) -> bytes:
    """Remove up to ``budget`` columns of indentation; a tab is a whole level."""
    index = 0
    while index < len(line) and budget > 0:
        if line[index] == _SPACE:
            budget -= 1
        elif line[index] == _TAB and budget >= unit_width:
            budget -= unit_width
        else:
            break
        index += 1
    return line[index:]


def dedent_block(text: bytes, levels: int = 1, unit: bytes | None = None, protected: ProtectedRanges = ()) -> bytes:
    """Remove ``levels`` levels of indentation from every line of ``text``.

    A line with less indentation loses what it has. A tab counts as one
    whole level whatever the unit, so mixed indentation dedents sensibly.

    Args:
        text: the block, as bytes of the original file.
        levels: how many levels to remove.
        unit: one level (``b"\\t"`` or spaces); detected from ``text`` if None.
        protected: byte ranges into ``text`` (multi-line string literals);
            a line whose first byte lies in one is left as it is.

    Returns:
        The dedented block, with the same line endings.
    """
    if levels < 0:
        raise ValueError(f"cannot dedent by {levels} levels")
    if unit is None:
        unit = detect_indent_unit(text, protected)
    if not unit or unit.strip(b" \t"):
        raise ValueError(f"indent unit must be spaces or a tab, not {unit!r}")
    unit_width = 4 if unit == b"\t" else len(unit)
    result = []
    for offset, line in _lines_with_offsets(text):
        if not _is_protected(offset, protected):
            line = _strip_levels(line, levels * unit_width, unit_width)
        result.append(line)
    return b"\n".join(result)


def indent_block(text: bytes, prefix: bytes, protected: ProtectedRanges = ()) -> bytes:
    """Put ``prefix`` in front of every line of ``text`` that has content.

    Empty and whitespace-only lines are left alone (no trailing whitespace
    is created), as are lines that start inside a protected range.

    Args:
        text: the block, as bytes.
        prefix: the indentation to add, e.g. ``b"    "``.
        protected: byte ranges into ``text`` of multi-line string literals.

    Returns:
        The indented block, with the same line endings.
    """
    if prefix.strip(b" \t"):
        raise ValueError(f"indent prefix must be spaces or tabs, not {prefix!r}")
    result = []
    for offset, line in _lines_with_offsets(text):
        if not _is_blank(line) and not _is_protected(offset, protected):
            line = prefix + line
        result.append(line)
    return b"\n".join(result)


def line_indent(source: bytes, offset: int) -> bytes:
    """Return the leading spaces and tabs of the line that contains ``offset``.

    Useful to find the indentation of a ``mod x {`` line, and so the unit a
    body nested in it carries.
    """
    if not 0 <= offset <= len(source):
        raise ValueError(f"offset {offset} outside a {len(source)}-byte source")
    line_start = source.rfind(b"\n", 0, offset) + 1
    line_end = source.find(b"\n", line_start)
    line = source[line_start : line_end if line_end != -1 else len(source)]
    return line[: len(line) - len(line.lstrip(b" \t"))]
