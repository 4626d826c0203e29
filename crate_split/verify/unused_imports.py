"""Imports the split left unused, removed where rustc says so.

Each crate copies the ``use`` items of the modules it holds and the
rewrite adds re-exports, overlay globs and ``extern crate`` lines; the
analysis leaves out what it can tell is unused (:mod:`..rewrite.unused_uses`),
but only rustc knows exactly. After a ``cargo check`` this module turns its
``unused_imports`` (and ``unused_extern_crates``) diagnostics into edits of
the output files: rustc's own fix (the whole ``use`` item, or the names of
a ``use a::{b, c}`` group), taken to whole lines where it empties them, and
an unused ``#[macro_use]`` with the ``extern crate`` the split generated
for it; an import only the tests use gets ``#[cfg(test)]`` instead. It
edits nothing the original crate's check already flagged, and nothing
outside the change.

Invariant: edits only delete (or put under ``#[cfg(test)]``) imports rustc
reported as unused in the checked configuration; the caller checks again
and writes a file back as it was when its edit breaks the check.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from crate_split.analysis.syntax import parse_rust
from crate_split.model.cfg_test import attribute_requires_test
from crate_split.rewrite.source_change import (
    GeneratedFile,
    SourceChange,
)
from crate_split.rewrite.text_edit import FileEdit, TextEdit
from crate_split.verify.rustc_diagnostics import RustcDiagnostic

#: Lints of unused imports (``extern crate`` items are imports too).
LINTS = frozenset({"unused_imports", "unused_extern_crates"})
_GENERATED_EXTERN_CRATE = re.compile(rb"\s*extern\s+crate\s+[A-Za-z_][A-Za-z0-9_]*\s*;")

#: ``(file relative to the output root, byte start, byte end)`` of a primary span.
SpanKey = tuple[str, int, int]


@dataclass(frozen=True, slots=True)
class ImportTrims:
    """Edits that remove unused imports, by output path."""

    #: Output path and its edit, offsets in the rendered file.
    edits: tuple[tuple[str, FileEdit], ...]
    #: How many diagnostics the edits answer.
    answered: int

    def by_path(self) -> dict[str, FileEdit]:
        return dict(self.edits)


def is_unused_import(diagnostic: RustcDiagnostic) -> bool:
    return diagnostic.code in LINTS


def original_spans(diagnostics: Iterable[RustcDiagnostic]) -> frozenset[SpanKey]:
    """The primary spans of the original crate's ``unused_imports`` diagnostics."""
    return frozenset(
        (span.file, span.byte_start, span.byte_end)
        for diagnostic in diagnostics
        if is_unused_import(diagnostic)
        for span in diagnostic.spans
        if span.is_primary
    )


def unused_import_trims(
    diagnostics: Iterable[RustcDiagnostic],
    change: SourceChange,
    read_origin: Callable[[str], bytes],
    original: Callable[[], frozenset[SpanKey]],
    *,
    origin_path: Callable[[str], str],
    edition: str,
    one_build_only: frozenset[RustcDiagnostic] = frozenset(),
) -> ImportTrims:
    """The edits that remove the imports rustc found unused.

    Args:
        diagnostics: the check's diagnostics, span files relative to the
            output root.
        change: the change the checked workspace was written from.
        read_origin: reads an input file by its package-relative path.
        original: the original crate's unused-import spans (called only
            when a span falls in text copied from an input file), files
            named like ``origin_path``.
        origin_path: an input file's path relative to the output root.
        edition: the crate's edition (a generated ``extern crate`` stays in 2015).
        one_build_only: diagnostics only one build of their library reported:
            an import only tests use, which gets ``#[cfg(test)]`` instead
            (a whole ``use`` item; one name of a group stays as it is).

    Returns:
        The edits, at most one set per output file. Of two fixes of one
        ``use`` from two builds, the one flagging fewer names goes (what
        both builds leave unused), and neither when neither flags a subset.
    """
    files = {output.path: output for output in change.files}
    rendered: dict[str, bytes] = {}
    planned: dict[str, list[_Fix]] = {}
    for diagnostic in diagnostics:
        if not is_unused_import(diagnostic):
            continue
        primary = [span for span in diagnostic.spans if span.is_primary]
        if not primary or len({span.file for span in primary}) != 1 or primary[0].file not in files:
            continue
        output = files[primary[0].file]
        if output.path not in rendered:
            rendered[output.path] = output.render(read_origin)
        text = rendered[output.path]
        if not isinstance(output, GeneratedFile):
            copied = {_original_range(output.file_edit, s.byte_start, s.byte_end) for s in primary} - {None}
            keys = {(origin_path(output.origin), *copied_range) for copied_range in copied if copied_range is not None}
            if keys & original():
                continue
        generated = isinstance(output, GeneratedFile) or output.original_offset(primary[0].byte_start) is None
        fix = _fix(diagnostic, text, generated=generated, edition=edition)
        if fix is not None:
            flagged = frozenset((span.byte_start, span.byte_end) for span in primary)
            planned.setdefault(output.path, []).append(
                replace(fix, flagged=flagged, one_build=diagnostic in one_build_only)
            )
    edits = []
    answered = 0
    for path, fixes in sorted(planned.items()):
        text = rendered[path]
        deletions: list[TextEdit] = []
        inserts: list[TextEdit] = []
        for fix, shared in _without_conflicts(fixes):
            # Code under `#[cfg(test)]` has one build: the tests'.
            if not fix.one_build or shared or _under_cfg_test(text, min(fix.flagged)[0]):
                deletions += fix.edits
            elif fix.whole_item is not None:
                line_start = text.rfind(b"\n", 0, fix.whole_item) + 1
                inserts.append(
                    TextEdit.new(fix.whole_item, fix.whole_item, b"#[cfg(test)]\n" + text[line_start : fix.whole_item])
                )
            else:
                continue
            answered += 1
        if deletions or inserts:
            edits.append((path, FileEdit.new(_blank_lines_joined(text, deletions) + inserts)))
    return ImportTrims(tuple(edits), answered)


@dataclass(frozen=True, slots=True)
class _Fix:
    """Rustc's fix of one diagnostic."""

    #: Deletions of the rendered file.
    edits: tuple[TextEdit, ...]
    #: Where the ``use`` item starts when the fix removes all of it.
    whole_item: int | None = None
    #: ``(start, end)`` of each name flagged.
    flagged: frozenset[tuple[int, int]] = frozenset()
    #: Only one build of the library reported it.
    one_build: bool = False


def _under_cfg_test(text: bytes, offset: int) -> bool:
    """Whether the item at ``offset``, or a module around it, is ``#[cfg(test)]``."""
    node = parse_rust(text).root_node.descendant_for_byte_range(offset, offset)
    while node is not None:
        attribute = node.prev_named_sibling
        while attribute is not None and attribute.type in ("attribute_item", "line_comment", "block_comment"):
            written = text[attribute.start_byte : attribute.end_byte].decode("utf-8", "replace")
            if attribute.type == "attribute_item" and attribute_requires_test(written):
                return True
            attribute = attribute.prev_named_sibling
        node = node.parent
    return False


def _original_range(edit: FileEdit, start: int, end: int) -> tuple[int, int] | None:
    """The original range of ``[start, end)`` of the edited file, when it is copied text."""
    first = edit.original_offset(start)
    last = edit.original_offset(end - 1) if end > start else first
    if first is None or last is None or last - first != max(end - 1, start) - start:
        return None
    return first, last + (end > start)


def _fix(diagnostic: RustcDiagnostic, text: bytes, *, generated: bool, edition: str) -> _Fix | None:
    """Rustc's machine fix for one diagnostic, deletions taken to whole lines."""
    if diagnostic.message.startswith("unused `#[macro_use]`"):
        span = diagnostic.primary_span
        assert span is not None
        end = span.byte_end
        following = _GENERATED_EXTERN_CRATE.match(text, end)
        if generated and edition != "2015" and following is not None:
            end = following.end()
        return _Fix((TextEdit.new(*_whole_lines(text, span.byte_start, end), b""),))
    for child in diagnostic.children:
        spans = [span for span in child.spans if span.suggested_replacement is not None]
        if spans and all(not span.suggested_replacement for span in spans):
            edits = sorted(
                {TextEdit.new(*_whole_lines(text, span.byte_start, span.byte_end), b"") for span in spans},
                key=lambda e: (e.start, e.end),
            )
            whole = spans[0].byte_start if len(spans) == 1 and "whole" in child.message else None
            return _Fix(tuple(edits), whole)
    return None


def _whole_lines(text: bytes, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` taken to whole lines when nothing else is on them."""
    line_start = text.rfind(b"\n", 0, start) + 1
    if text[line_start:start].strip():
        return start, end
    if end > start and text[end - 1 : end] == b"\n":
        return line_start, end
    line_end = text.find(b"\n", end)
    line_end = len(text) if line_end < 0 else line_end + 1
    if text[end:line_end].strip():
        return start, end
    return line_start, line_end


def _without_conflicts(fixes: list[_Fix]) -> list[tuple[_Fix, bool]]:
    """The fixes of one file, once each, and whether each overlaps another.
    Two builds of a file (the library and its tests) may flag different
    parts of one ``use``: of two fixes that overlap, the one flagging a
    subset of the other's names stays (what both builds leave unused), and
    neither when neither does."""
    unique = list({(fix.flagged, fix.edits): fix for fix in fixes}.values())
    dropped: set[int] = set()
    shared: set[int] = set()
    for index, fix in enumerate(unique):
        for other, other_fix in enumerate(unique):
            if other == index or not _overlap(fix.edits, other_fix.edits):
                continue
            shared.add(index)
            if not fix.flagged <= other_fix.flagged or fix.flagged == other_fix.flagged and other < index:
                dropped.add(index)
    return [(fix, index in shared) for index, fix in enumerate(unique) if index not in dropped]


def _overlap(first: tuple[TextEdit, ...], second: tuple[TextEdit, ...]) -> bool:
    return any(a.start < b.end and b.start < a.end or a.start == b.start for a in first for b in second)


def _blank_lines_joined(text: bytes, deletions: list[TextEdit]) -> list[TextEdit]:
    """Deletions with adjacent ones joined; a run of whole lines that would
    leave two blank lines meeting, or a blank line next to a block's brace,
    takes one of them."""
    joined: list[list[int]] = []
    for edit in sorted(deletions, key=lambda e: (e.start, e.end)):
        if joined and edit.start <= joined[-1][1]:
            joined[-1][1] = max(joined[-1][1], edit.end)
        else:
            joined.append([edit.start, edit.end])
    result: list[TextEdit] = []
    for start, end in joined:
        if (start == 0 or text[start - 1 : start] == b"\n") and text[end - 1 : end] == b"\n":
            before = _line_before(text, start)
            after_end = text.find(b"\n", end)
            after = text[end : after_end + 1] if after_end >= 0 else text[end:]
            if after and not after.strip() and (not before.strip() or before.rstrip().endswith(b"{")):
                end += len(after)
            elif before and not before.strip() and (not after.strip() or after.lstrip().startswith(b"}")):
                start -= len(before)
        if result and start <= result[-1].end:
            # Runs that meet are judged as one: the blank line before the
            # first goes when the last reaches a closing brace or the end.
            previous = result.pop()
            start, end = previous.start, max(end, previous.end)
            after_end = text.find(b"\n", end)
            after = text[end : after_end + 1] if after_end >= 0 else text[end:]
            before = _line_before(text, start)
            if before and not before.strip() and (not after.strip() or after.lstrip().startswith(b"}")):
                start -= len(before)
        result.append(TextEdit.new(start, end, b""))
    return result


def _line_before(text: bytes, line_start: int) -> bytes:
    """The line ending at ``line_start`` (with its newline); empty at the start."""
    if line_start == 0:
        return b""
    previous = text.rfind(b"\n", 0, line_start - 1) + 1
    return text[previous:line_start]
