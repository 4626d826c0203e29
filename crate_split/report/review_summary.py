"""What a reviewer of the split will read, counted from the ``SourceChange``.

Files fall in five groups: moved unchanged (a rename in the diff), moved
with edits, split between crates (one original file copied into several
crates, each keeping its part), edited in place, and generated. The lines
the tool wrote itself are counted by what they are for, from the text of
each edit: overlay modules and globs (``pub use dep::a::*;``), widened
visibility (``#[doc(hidden)] pub``), imports and re-exports, manifests,
and the rest. Nothing is read from disk: moved and copied text is the
user's own and is not counted as written.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from crate_split.rewrite.source_change import EditedFile, GeneratedFile, SourceChange, origin_of

#: Kinds of written lines, in the order SPLIT.md lists them.
LINE_KINDS = ("overlay modules and globs", "widened visibility", "imports and re-exports", "manifests", "other")


@dataclass(frozen=True, slots=True)
class ReviewSummary:
    moved: int
    moved_edited: int
    split: int
    edited: int
    generated: int
    #: Lines the tool wrote, by kind (see ``LINE_KINDS``).
    written: dict[str, int]

    def render(self) -> list[str]:
        """Markdown lines for the top of SPLIT.md."""
        files = (
            f"{self.moved} file(s) moved unchanged, {self.moved_edited} moved with edits, "
            f"{self.split} copied into several crates (each keeps its part), "
            f"{self.edited} edited in place, {self.generated} generated."
        )
        written = ", ".join(f"{self.written[kind]} {kind}" for kind in LINE_KINDS if self.written.get(kind))
        return [
            "## What to review",
            "",
            f"- Files: {files}",
            f"- Lines written by crate-split: {written or 'none'}.",
            "",
        ]


def _kind_of(text: bytes) -> str:
    stripped = text.strip()
    if b"::*;" in text:
        return "overlay modules and globs"
    if stripped in (b"pub", b"#[doc(hidden)]", b"#[doc(hidden)] pub") or stripped.startswith(b"#[macro_export]"):
        return "widened visibility"
    if b"use " in text or b"extern crate" in text:
        return "imports and re-exports"
    return "other"


def _lines(text: bytes) -> int:
    return max(1, text.count(b"\n"))


def review_summary(change: SourceChange) -> ReviewSummary:
    """Count the files and written lines of ``change``."""
    outputs_per_origin = Counter(origin_of(output) for output in change.files)
    counts: Counter[str] = Counter()
    written: Counter[str] = Counter()
    for output in change.files:
        if isinstance(output, GeneratedFile):
            counts["generated"] += 1
            kind = "manifests" if output.path.endswith("Cargo.toml") else _kind_of(output.content)
            if not output.path.endswith(".md"):
                written[kind] += _lines(output.content)
            continue
        edited = isinstance(output, EditedFile)
        for edit in output.file_edit.edits:
            if edit.new_text.strip():
                written[_kind_of(edit.new_text)] += _lines(edit.new_text)
        if output.path == output.origin:
            counts["edited" if edited else "unchanged"] += 1
        elif outputs_per_origin[output.origin] > 1:
            counts["split"] += 1
        else:
            counts["moved_edited" if edited else "moved"] += 1
    return ReviewSummary(
        moved=counts["moved"],
        moved_edited=counts["moved_edited"],
        split=counts["split"],
        edited=counts["edited"],
        generated=counts["generated"],
        written=dict(written),
    )
