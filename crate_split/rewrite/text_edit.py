"""Byte-level text edits: the one way the rewrite stage changes a file.

Every rewrite pass describes what it wants as ``TextEdit`` values in byte
offsets of the *original* file, collects them in a ``FileEditBuilder``, and
gets back a ``FileEdit`` that is applied in one pass. Offsets are bytes because
tree-sitter reports bytes; ``line_col`` converts to lines and columns for
messages only. This module does not know about files, paths or Rust.

Invariant: the edits of a ``FileEdit`` are sorted by ``(start, end)`` and
disjoint; inserts at one offset keep the order in which they were added.
Invariant: two edits that overlap are a bug in the passes that made them, so
they raise ``OverlappingEdits`` instead of being dropped or merged.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise


class OverlappingEdits(AssertionError):
    """Two rewrite passes asked for edits of the same bytes: an internal bug."""


@dataclass(frozen=True, slots=True)
class TextEdit:
    """Replace the bytes ``[start, end)`` of the original file by ``new_text``."""

    #: Byte offset into the original file, 0-based, inclusive.
    start: int
    #: Byte offset into the original file, 0-based, end-exclusive (``start`` for an insert).
    end: int
    #: The replacement, as bytes (UTF-8 for text).
    new_text: bytes

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"invalid edit range {self.start}..{self.end}")
        if not isinstance(self.new_text, bytes):
            raise TypeError(f"new_text must be bytes, not {type(self.new_text).__name__}")

    @classmethod
    def new(cls, start: int, end: int, text: str | bytes) -> TextEdit:
        """Build an edit from ``str`` (encoded as UTF-8) or ``bytes``."""
        return cls(start, end, text.encode("utf-8") if isinstance(text, str) else bytes(text))

    @property
    def delta(self) -> int:
        """How many bytes longer the file gets: ``len(new_text) - (end - start)``."""
        return len(self.new_text) - (self.end - self.start)

    @property
    def is_insert(self) -> bool:
        """Whether the edit removes nothing."""
        return self.start == self.end


def _check_sorted_and_disjoint(edits: tuple[TextEdit, ...]) -> None:
    for previous, current in pairwise(edits):
        if (previous.start, previous.end) > (current.start, current.end):
            raise OverlappingEdits(f"edits are not sorted: {previous!r} before {current!r}")
        if previous.end > current.start:
            raise OverlappingEdits(f"overlapping edits: {previous!r} and {current!r}")


@dataclass(frozen=True, slots=True)
class FileEdit:
    """The sorted, disjoint edits of one file; build it with ``FileEditBuilder``."""

    #: Sorted by ``(start, end)``, pairwise disjoint; inserts at one offset in order.
    edits: tuple[TextEdit, ...] = ()

    def __post_init__(self) -> None:
        _check_sorted_and_disjoint(self.edits)

    @classmethod
    def new(cls, edits: Iterable[TextEdit]) -> FileEdit:
        """Sort and check ``edits`` in any order, as ``FileEditBuilder.finish`` does."""
        builder = FileEditBuilder()
        for edit in edits:
            builder.add(edit)
        return builder.finish()

    @property
    def is_empty(self) -> bool:
        """Whether applying the edit returns the source unchanged by construction."""
        return not self.edits

    def apply(self, source: bytes) -> bytes:
        """Return ``source`` with every edit spliced in, in one forward pass.

        Raises:
            AssertionError: an edit reaches past the end of ``source`` (the
                edit was made for another file), or the length law fails.
        """
        if self.edits and self.edits[-1].end > len(source):
            raise AssertionError(f"{self.edits[-1]!r} reaches past the end of a {len(source)}-byte source")
        parts: list[bytes] = []
        cursor = 0
        for edit in self.edits:
            parts.append(source[cursor : edit.start])
            parts.append(edit.new_text)
            cursor = edit.end
        parts.append(source[cursor:])
        result = b"".join(parts)
        expected_length = len(source) + sum(edit.delta for edit in self.edits)
        if len(result) != expected_length:
            raise AssertionError(f"edited length {len(result)} != expected {expected_length}")
        return result

    def generated_offset(self, original_offset: int) -> int | None:
        """Map a byte offset of the original file to the edited file.

        Text inserted at ``original_offset`` comes before the mapped byte.

        Returns:
            The offset in the edited file, or ``None`` when the byte at
            ``original_offset`` was deleted or replaced.
        """
        if original_offset < 0:
            raise ValueError(f"negative offset {original_offset}")
        shift = 0
        for edit in self.edits:
            if edit.end <= original_offset:
                shift += edit.delta
            elif edit.start <= original_offset:
                return None
            else:
                break
        return original_offset + shift

    def then(self, source: bytes, later: FileEdit) -> FileEdit:
        """One edit of ``source`` doing this edit, then ``later`` on its result.

        ``later``'s offsets are in the edited file. Where a later edit
        touches this edit's text (or the two touch at a point), both become
        one edit of the original range they cover; later edits inside
        copied text become edits of the original bytes, so a file keeps its
        unchanged parts as they were.

        Invariant: ``self.then(source, later).apply(source) ==
        later.apply(self.apply(source))``.
        """
        if later.is_empty:
            return self
        edited = self.apply(source)
        # Each interval: (start, end) in the edited file, and the edit it comes from.
        intervals: list[tuple[int, int, int, TextEdit]] = []
        shift = 0
        for edit in self.edits:
            start = edit.start + shift
            intervals.append((start, start + len(edit.new_text), 0, edit))
            shift += edit.delta
        intervals += [(edit.start, edit.end, 1, edit) for edit in later.edits]
        intervals.sort(key=lambda interval: (interval[0], interval[1], interval[2]))
        clusters: list[list[tuple[int, int, int, TextEdit]]] = []
        for interval in intervals:
            if clusters and interval[0] <= max(member[1] for member in clusters[-1]):
                clusters[-1].append(interval)
            else:
                clusters.append([interval])
        composed: list[TextEdit] = []
        for cluster in clusters:
            earlier = [edit for _, _, which, edit in cluster if which == 0]
            if not any(which == 1 for _, _, which, _ in cluster):
                composed.extend(earlier)
                continue
            start = min(interval[0] for interval in cluster)
            end = max(interval[1] for interval in cluster)
            points = [self._unedited(point) for s, e, w, _ in cluster if w == 1 for point in (s, e)]
            original_start = min([e.start for e in earlier] + [p for p in points if p is not None])
            original_end = max([e.end for e in earlier] + [p for p in points if p is not None])
            inside = FileEdit(
                tuple(TextEdit(e.start - start, e.end - start, e.new_text) for _, _, w, e in cluster if w == 1)
            )
            composed.append(TextEdit(original_start, original_end, inside.apply(edited[start:end])))
        return FileEdit.new(composed)

    def _unedited(self, generated_offset: int) -> int | None:
        """The original offset of a point of the edited file, or None when
        it is strictly inside an edit's text (at its ends it is the edit's
        original start or end)."""
        shift = 0
        for edit in self.edits:
            start = edit.start + shift
            if start + len(edit.new_text) > generated_offset:
                return None if start < generated_offset else generated_offset - shift
            shift += edit.delta
        return generated_offset - shift

    def original_offset(self, generated_offset: int) -> int | None:
        """Map a byte offset of the edited file back to the original file.

        Returns:
            The offset in the original file, or ``None`` when the byte at
            ``generated_offset`` belongs to inserted or replacement text.
        """
        if generated_offset < 0:
            raise ValueError(f"negative offset {generated_offset}")
        shift = 0
        for edit in self.edits:
            generated_start = edit.start + shift
            if generated_offset < generated_start:
                break
            if generated_offset < generated_start + len(edit.new_text):
                return None
            shift += edit.delta
        return generated_offset - shift


class FileEditBuilder:
    """Collects the edits of one file from several passes; ``finish`` checks them."""

    __slots__ = ("_edits",)

    def __init__(self) -> None:
        self._edits: list[TextEdit] = []

    def add(self, edit: TextEdit) -> None:
        """Record an already built edit."""
        self._edits.append(edit)

    def replace(self, start: int, end: int, text: str | bytes) -> None:
        """Replace the original bytes ``[start, end)`` by ``text``."""
        self._edits.append(TextEdit.new(start, end, text))

    def insert(self, offset: int, text: str | bytes) -> None:
        """Insert ``text`` before the original byte at ``offset``, after earlier inserts there."""
        self._edits.append(TextEdit.new(offset, offset, text))

    def delete(self, start: int, end: int) -> None:
        """Delete the original bytes ``[start, end)``."""
        self._edits.append(TextEdit.new(start, end, b""))

    def deleted_ranges(self) -> list[tuple[int, int]]:
        """The ranges recorded so far that are deleted with nothing in their place."""
        return [(edit.start, edit.end) for edit in self._edits if not edit.new_text and edit.end > edit.start]

    def touches(self, start: int, end: int) -> bool:
        """Whether an edit recorded so far overlaps ``[start, end)`` or inserts strictly inside it."""
        return any(
            (start < edit.start < end) if edit.is_insert else (edit.start < end and start < edit.end)
            for edit in self._edits
        )

    def finish(self) -> FileEdit:
        """Sort the edits and check that they are disjoint.

        Exact duplicates (same range and text, from passes that agree) are
        kept once, and edits that change nothing (empty range, empty text)
        are dropped; nothing else is merged.

        Raises:
            OverlappingEdits: two different edits touch the same bytes, or an
                insert falls strictly inside a replaced range.
        """
        kept: list[TextEdit] = []
        seen: set[TextEdit] = set()
        for edit in self._edits:
            if edit in seen or (edit.is_insert and not edit.new_text):
                continue
            seen.add(edit)
            kept.append(edit)
        # ``sorted`` is stable, so inserts at one offset keep their order.
        ordered = tuple(sorted(kept, key=lambda edit: (edit.start, edit.end)))
        return FileEdit(ordered)


def line_col(source: bytes, offset: int) -> tuple[int, int]:
    """Return the 1-based line and column of a byte offset, for messages.

    The column counts characters (UTF-8 decoded, invalid bytes as one
    character each), not bytes, as rustc does.

    Raises:
        ValueError: ``offset`` is outside ``0..=len(source)``.
    """
    if not 0 <= offset <= len(source):
        raise ValueError(f"offset {offset} outside a {len(source)}-byte source")
    line_start = source.rfind(b"\n", 0, offset) + 1
    line = source.count(b"\n", 0, offset) + 1
    column = len(source[line_start:offset].decode("utf-8", errors="replace")) + 1
    return line, column
