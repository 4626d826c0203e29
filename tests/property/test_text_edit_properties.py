"""Properties of text edits and source changes on generated inputs (hypothesis).

Sources are arbitrary bytes (so multi-byte UTF-8 and CRLF appear), edits are
random disjoint replacements, inserts and deletions handed to the builder in
a shuffled order, and output files use a tiny path alphabet so that merges
meet the same path often.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from crate_split.rewrite.indent import dedent_block, indent_block
from crate_split.rewrite.source_change import (
    ConflictingOutputFiles,
    CopiedFile,
    GeneratedFile,
    SourceChange,
    edited_file,
)
from crate_split.rewrite.text_edit import FileEdit, FileEditBuilder, TextEdit

sources = st.binary(max_size=40) | st.text(alphabet="aé\r\n ß€", max_size=20).map(str.encode)


@st.composite
def sources_and_edits(draw) -> tuple[bytes, FileEdit]:
    """A source and a ``FileEdit`` built from disjoint edits added in random order."""
    source = draw(sources)
    points = sorted(draw(st.lists(st.integers(0, len(source)), max_size=12)))
    edits = []
    for start, end in zip(points[::2], points[1::2], strict=False):
        kind = draw(st.sampled_from(["replace", "insert", "delete"]))
        text = draw(st.binary(max_size=6))
        edits.append(TextEdit(start, start if kind == "insert" else end, b"" if kind == "delete" else text))
    builder = FileEditBuilder()
    for edit in draw(st.permutations(edits)):
        builder.add(edit)
    return source, builder.finish()


def check_source_and_edit(source: bytes, file_edit: FileEdit) -> bytes:
    """Apply ``file_edit`` and check it against splicing edits one at a time."""
    edited = file_edit.apply(source)
    one_at_a_time = source
    for edit in reversed(file_edit.edits):
        one_at_a_time = one_at_a_time[: edit.start] + edit.new_text + one_at_a_time[edit.end :]
    assert edited == one_at_a_time
    return edited


@given(sources_and_edits())
def test_one_pass_apply_equals_back_to_front_one_at_a_time(case: tuple[bytes, FileEdit]) -> None:
    check_source_and_edit(*case)


@given(sources_and_edits())
def test_the_edited_length_is_the_original_length_plus_the_deltas(case: tuple[bytes, FileEdit]) -> None:
    source, file_edit = case
    edited = check_source_and_edit(source, file_edit)
    assert len(edited) == len(source) + sum(len(edit.new_text) - (edit.end - edit.start) for edit in file_edit.edits)


@given(sources_and_edits())
def test_generated_offsets_are_increasing_and_point_at_the_same_bytes(case: tuple[bytes, FileEdit]) -> None:
    source, file_edit = case
    edited = check_source_and_edit(source, file_edit)
    mapped = [(offset, file_edit.generated_offset(offset)) for offset in range(len(source) + 1)]
    kept = [(original, generated) for original, generated in mapped if generated is not None]
    assert [generated for _, generated in kept] == sorted({generated for _, generated in kept})
    assert all(source[original : original + 1] == edited[generated : generated + 1] for original, generated in kept)
    assert all(file_edit.original_offset(generated) == original for original, generated in kept)
    n_removed = sum(edit.end - edit.start for edit in file_edit.edits)
    assert len(kept) == len(source) + 1 - n_removed


@given(sources_and_edits())
def test_original_offsets_are_increasing_and_skip_exactly_the_new_text(case: tuple[bytes, FileEdit]) -> None:
    source, file_edit = case
    edited = check_source_and_edit(source, file_edit)
    mapped = [(generated, file_edit.original_offset(generated)) for generated in range(len(edited) + 1)]
    kept = [(generated, original) for generated, original in mapped if original is not None]
    assert [original for _, original in kept] == sorted({original for _, original in kept})
    assert all(file_edit.generated_offset(original) == generated for generated, original in kept)
    n_new = sum(len(edit.new_text) for edit in file_edit.edits)
    assert len(kept) == len(edited) + 1 - n_new


output_files = st.builds(
    lambda path, kind, payload: (
        GeneratedFile.new(path, payload)
        if kind == "generated"
        else edited_file(path, "src/lib.rs", FileEdit((TextEdit(0, 0, payload),)))
        if kind == "edited"
        else CopiedFile(path, "src/lib.rs")
    ),
    st.sampled_from(["a", "b", "c", "d"]),
    st.sampled_from(["generated", "edited", "copy"]),
    st.sampled_from([b"", b"x", b"y"]),
)
changes = st.lists(output_files, max_size=4, unique_by=lambda output: output.path).map(SourceChange.new)


@given(changes, changes)
def test_merge_fails_exactly_when_one_path_has_two_different_files(first: SourceChange, second: SourceChange) -> None:
    conflict = any(output.path == other.path and output != other for output in first.files for other in second.files)
    try:
        merged = first.merge(second)
    except ConflictingOutputFiles:
        assert conflict
    else:
        assert not conflict
        assert merged.paths() == tuple(sorted(set(first.paths()) | set(second.paths())))
        assert set(merged.files) == set(first.files) | set(second.files)


code_lines = st.lists(
    st.text(alphabet="ab {}/\t ", min_size=1, max_size=8).filter(lambda line: line.strip()), max_size=6
)


@given(code_lines, st.sampled_from([b"\n", b"\r\n"]), st.sampled_from([b"    ", b"\t", b"  "]))
def test_dedenting_an_indented_block_gives_it_back(lines: list[str], newline: bytes, unit: bytes) -> None:
    text = newline.join(line.encode() for line in lines) + newline
    assert dedent_block(indent_block(text, unit), 1, unit) == text
