"""Source locations as byte offsets into a file of the analysed crate.

Spans are kept in bytes because tree-sitter reports bytes and because every
later edit is a byte splice; lines are derived only for display.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """A byte range in one source file."""

    #: Path of the file relative to the package root, with forward slashes.
    file: str
    #: Byte offset, 0-based, inclusive.
    start: int
    #: Byte offset, 0-based, end-exclusive.
    end: int
    #: Line of ``start``, 1-based (kept so reports need no file access).
    line: int = 0

    def location(self) -> str:
        """Return ``file:line`` as shown to users."""
        return f"{self.file}:{self.line}"
