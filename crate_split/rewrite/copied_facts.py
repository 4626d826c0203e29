"""The source facts of a member's copies of the original's files.

A member's copy of a file is the original bytes with a ``FileEdit``
applied. Its facts are those of the original bytes the edit keeps (the
analysis recorded them) and those of the text the edit writes (an
overlay's ``#[cfg]``), parsed here. Whatever the rewrite asks of a
member's code (:mod:`build_script`, :mod:`check_cfg`) it asks of these
facts, never of the copy's bytes.

An edit's new text is judged alone, so a fact spelled half by kept bytes
and half by written text would not be found: this assumes, as the
rewrite's edits do today, that no edit writes part of a ``cfg``
predicate or of an ``env!`` call.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence

from crate_split.analysis.source_facts import source_facts_in_text
from crate_split.model.items import SourceFact
from crate_split.rewrite.text_edit import FileEdit


def copied_facts(
    files: Iterable[str], facts_by_file: Mapping[str, Sequence[SourceFact]], edits: Mapping[str, FileEdit]
) -> Iterator[SourceFact]:
    """The facts of the copies of ``files``, file by file.

    Args:
        files: the member's files (package-relative paths).
        facts_by_file: the model's source facts, by file, sorted by offset.
        edits: the edit that makes each of ``files`` its copy.
    """
    for path in files:
        edit = edits[path]
        yield from kept_facts(facts_by_file.get(path, ()), edit)
        for change in edit.edits:
            yield from source_facts_in_text(change.new_text)


def kept_facts(facts: Sequence[SourceFact], edit: FileEdit) -> Iterator[SourceFact]:
    """The facts (sorted by offset) whose token the edit leaves in place:
    those ``FileEdit.generated_offset`` maps, in one sweep."""
    changes = iter(edit.edits)
    change = next(changes, None)
    for fact in facts:
        start = fact.span.start
        # Edits are sorted and disjoint, so their ends never decrease.
        while change is not None and change.end <= start:
            change = next(changes, None)
        if change is None or start < change.start:
            yield fact
