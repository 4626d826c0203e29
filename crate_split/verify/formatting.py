"""The split laid out by rustfmt where the original was.

The rewrite edits text, and some of its edits leave a layout rustfmt would
change: items a wrapper call held keep the call's indentation when written
unwrapped, `mod` and `use` items joined into one group stand in an order
rustfmt sorts, a trimmed `use a::{b}` keeps its braces. A reviewer of a
crate that keeps itself rustfmt-clean (CI runs `cargo fmt --check`) would
have to format the split before merging it. This module runs rustfmt on
each edited `.rs` file of the change whose original rustfmt finds nothing
to change in, and keeps the result as later edits of the change (the
file's unchanged parts stay the original's bytes, so moves stay renames).

rustfmt reads the file on stdin, from the package's directory, so it finds
the package's `rustfmt.toml` as `cargo fmt` would, with the crate's
edition and the original file's line endings (`\r\n` when it has any: on
stdin rustfmt would write `\n`). A file rustfmt cannot format (a parse error, rustfmt missing, a
time-out) stays as the rewrite wrote it.

Invariant: only files whose original is rustfmt-clean change, and only by
rustfmt's output for them.
"""

from __future__ import annotations

import difflib
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

from crate_split.rewrite.source_change import EditedFile, SourceChange
from crate_split.rewrite.text_edit import FileEdit, TextEdit

_TIMEOUT_SECONDS = 60


def formatted(
    change: SourceChange, read_origin: Callable[[str], bytes], *, package_dir: Path, edition: str
) -> SourceChange:
    """``change`` with each edited ``.rs`` file whose original is
    rustfmt-clean laid out by rustfmt.

    Args:
        change: the split.
        read_origin: reads an input file by its package-relative path.
        package_dir: the input package (rustfmt runs there, for its config).
        edition: the crate's edition.
    """
    if shutil.which("rustfmt") is None:
        return change
    clean: dict[str, bool] = {}
    later: dict[str, FileEdit] = {}
    for output in change.files:
        if not isinstance(output, EditedFile) or not output.path.endswith(".rs"):
            continue
        original = read_origin(output.origin)
        # rustfmt on stdin writes `\n` unless told: the original's endings.
        newlines = "Windows" if b"\r\n" in original else "Unix"
        if output.origin not in clean:
            clean[output.origin] = _rustfmt(original, package_dir, edition, newlines) == original
        if not clean[output.origin]:
            continue
        text = output.render(read_origin)
        pretty = _rustfmt(text, package_dir, edition, newlines)
        if pretty is not None and pretty != text:
            later[output.path] = line_changes(text, pretty)
    return change.with_later_edits(later, read_origin) if later else change


def _rustfmt(source: bytes, directory: Path, edition: str, newlines: str) -> bytes | None:
    """rustfmt's layout of ``source`` with ``newlines`` (its
    ``newline_style``); None when it cannot give one."""
    try:
        run = subprocess.run(
            ["rustfmt", "--emit", "stdout", "--edition", edition, "--config", f"newline_style={newlines}"],
            input=source,
            cwd=directory,
            capture_output=True,
            timeout=_TIMEOUT_SECONDS,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    return run.stdout if run.returncode == 0 else None


def line_changes(old: bytes, new: bytes) -> FileEdit:
    """The edit of ``old`` that gives ``new``, as replacements of whole
    lines (the lines both share stay untouched)."""
    old_lines = old.splitlines(keepends=True)
    new_lines = new.splitlines(keepends=True)
    starts = [0]
    for line in old_lines:
        starts.append(starts[-1] + len(line))
    edits = []
    matcher = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    for tag, old_start, old_end, new_start, new_end in matcher.get_opcodes():
        if tag != "equal":
            edits.append(TextEdit(starts[old_start], starts[old_end], b"".join(new_lines[new_start:new_end])))
    return FileEdit.new(edits)
