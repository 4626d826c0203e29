"""Lines of Rust source as a person edits them: where a line starts, its
indentation, the blank runs and comments a deletion leaves behind.

Helpers of :mod:`crate_files`, on bytes of one file.
"""

from __future__ import annotations

from crate_split.analysis.wrappers import whole_lines
from crate_split.rewrite.text_edit import FileEditBuilder

BYTE_ORDER_MARK = "\ufeff".encode()


def deletion(source: bytes, start: int, end: int, builder: FileEditBuilder) -> tuple[int, int]:
    """The bytes to delete for an item at ``[start, end)``, as a person would.

    Whole lines when nothing else shares them; with the ``//`` comment
    lines right above it when a blank line or the start of the block sets
    them apart from the code before (they speak of this item). Never
    across what another edit deletes or inserts at. Blank lines around it
    are :func:`blank_runs`' business.
    """
    start, end = whole_lines(source, start, end)
    if not (at_line_start(source, start) and at_line_start(source, end)):
        return start, end

    comment_start = start
    while (previous := previous_line(source, comment_start)) is not None:
        text = source[previous:comment_start].strip()
        if not text.startswith(b"//") or text.startswith((b"//!", b"///")):
            break
        comment_start = previous
    # A comment opening the file is a header (a licence), not this item's.
    opening = previous_line(source, comment_start) is None
    if (
        comment_start < start
        and not opening
        and opens_block(source, comment_start)
        and not builder.touches(comment_start, start)
    ):
        start = comment_start
    return start, end


def at_line_start(source: bytes, offset: int) -> bool:
    return offset == 0 or offset == len(source) or source[offset - 1 : offset] == b"\n"


def previous_line(source: bytes, line_start: int) -> int | None:
    """Start of the line before the one starting at ``line_start``."""
    if line_start == 0:
        return None
    return source.rfind(b"\n", 0, line_start - 1) + 1


def opens_block(source: bytes, line_start: int) -> bool:
    """Whether the line before ``line_start`` is blank, opens a block or
    ends inner attributes or docs, or there is none."""
    before = previous_line(source, line_start)
    if before is None:
        return True
    text = source[before:line_start].strip()
    return text == b"" or text.endswith(b"{") or text.startswith((b"#![", b"//!")) or text == BYTE_ORDER_MARK


def blank_runs(source: bytes, builder: FileEditBuilder) -> list[tuple[int, int]]:
    """Blank lines to delete so that deletions leave no run of them.

    Where deleted lines and blank lines follow each other, one blank line
    stays between the code before and after them, none at the start or end
    of a block or file: the file as a person would have left it.
    """
    gone = sorted(builder.deleted_ranges())
    lines: list[tuple[int, int, str]] = []
    offset = 0
    for line in source.splitlines(keepends=True):
        end = offset + len(line)
        covered = any(s <= offset and end <= e for s, e in gone)
        lines.append((offset, end, "gone" if covered else "blank" if line.strip() == b"" else "code"))
        offset = end
    extra: list[tuple[int, int]] = []
    index = 0
    while index < len(lines):
        if lines[index][2] == "code":
            index += 1
            continue
        run_end = index
        while run_end < len(lines) and lines[run_end][2] != "code":
            run_end += 1
        run = lines[index:run_end]
        blanks = [(s, e) for s, e, kind in run if kind == "blank" and not builder.touches(s, e)]
        if any(kind == "gone" for _s, _e, kind in run) and blanks:
            opened = index == 0 or source[lines[index - 1][0] : lines[index - 1][1]].rstrip().endswith(b"{")
            at_edge = opened or closes_block(source, run[-1][1])
            keep = 0 if at_edge else 1
            extra.extend(blanks[keep:] if keep == 0 else blanks[:-1])
        index = run_end
    return extra


def closes_block(source: bytes, line_start: int) -> bool:
    """Whether the line at ``line_start`` closes a block, or the file ends."""
    line_end = source.find(b"\n", line_start)
    text = source[line_start : len(source) if line_end == -1 else line_end].strip()
    return line_start >= len(source) or text.startswith(b"}")


def indent_at(source: bytes, offset: int) -> str:
    line_start = source.rfind(b"\n", 0, offset) + 1
    prefix = source[line_start:offset]
    return prefix.decode("utf-8", "replace") if prefix.strip() == b"" else ""
