"""rust-analyzer's multi-file fixture syntax, parsed into an in-memory tree.

A fixture is one dedented string in which ``//- /path`` lines start files::

    //- /Cargo.toml
    [package]
    name = "demo"
    //- /src/lib.rs
    mod a;
    //- /src/a.rs
    pub struct S;

Tests write crates this way so that a whole crate reads as one piece of text
and nothing touches the disk. Strings are normalised the way LibCST's
``CodemodTest.make_fixture_data`` does it: the fixture is dedented, and each
file loses its blank first and last lines and ends with exactly one newline.
When no ``Cargo.toml`` is given, a minimal 2021-edition package manifest is
added, so small fixtures only need their Rust files.

This module deliberately knows nothing about the analysis beyond
``SourceTree``; rendering results is the tests' business.
"""

from __future__ import annotations

import textwrap
from collections.abc import Mapping

from crate_split.analysis import SourceTree

#: Marker that starts a new file; the rest of the line is its path.
FILE_MARKER = "//- "

#: Manifest used when a fixture does not bring its own ``Cargo.toml``.
DEFAULT_MANIFEST = '[package]\nname = "fixture"\nversion = "0.1.0"\nedition = "2021"\n'


def parse_fixture(fixture: str) -> dict[str, str]:
    """Split a fixture into files.

    Args:
        fixture: text in the ``//- /path`` multi-file syntax; it may be
            indented as a whole (it is dedented first).

    Returns:
        Package-relative path (without the leading ``/``) to normalised file
        text, in the order the files appear.

    Raises:
        ValueError: text before the first marker, a marker without a path,
            or the same path twice.
    """
    lines = textwrap.dedent(fixture).splitlines()
    files: dict[str, list[str]] = {}
    current: list[str] | None = None
    for number, line in enumerate(lines, start=1):
        if line.startswith(FILE_MARKER):
            path = line[len(FILE_MARKER) :].strip().lstrip("/")
            if not path:
                raise ValueError(f"fixture line {number}: file marker without a path")
            if path in files:
                raise ValueError(f"fixture line {number}: {path} appears twice")
            current = files[path] = []
        elif current is None:
            if line.strip():
                raise ValueError(f"fixture line {number}: text before the first //- marker")
        else:
            current.append(line)
    return {path: _normalise(body) for path, body in files.items()}


def normalise(text: str) -> str:
    """Dedent ``text``, drop its blank edge lines and end it with one newline.

    Expected outputs in tests go through this too, so that they can be
    written as indented triple-quoted strings.
    """
    return _normalise(textwrap.dedent(text).splitlines())


def _normalise(lines: list[str]) -> str:
    """Drop blank edge lines and end the text with a single newline."""
    start, end = 0, len(lines)
    while start < end and not lines[start].strip():
        start += 1
    while end > start and not lines[end - 1].strip():
        end -= 1
    return "\n".join(lines[start:end]) + "\n"


def source_tree(fixture: str, *, workspace_manifest: str | None = None) -> SourceTree:
    """Build the ``SourceTree`` a fixture describes.

    Args:
        fixture: the multi-file fixture text.
        workspace_manifest: text of an enclosing workspace's ``Cargo.toml``,
            for tests of workspace inheritance (itself normalised).

    Returns:
        An in-memory source tree; a default manifest is added when the
        fixture has none.
    """
    files: dict[str, str] = parse_fixture(fixture)
    files.setdefault("Cargo.toml", DEFAULT_MANIFEST)
    workspace_text = None
    if workspace_manifest is not None:
        workspace_text = normalise(workspace_manifest)
    return SourceTree.new(files, workspace_manifest_text=workspace_text)


def render_fixture(files: Mapping[str, str | bytes]) -> str:
    """Print files back in fixture syntax, sorted by path, manifest first.

    Args:
        files: package-relative path to file text or UTF-8 bytes.

    Returns:
        Fixture text that :func:`parse_fixture` reads back into ``files``
        (once the texts are normalised).
    """
    ordered = sorted(files, key=lambda path: (path != "Cargo.toml", path))
    chunks = []
    for path in ordered:
        content = files[path]
        text = content.decode("utf-8") if isinstance(content, bytes) else content
        chunks.append(f"{FILE_MARKER}/{path}\n{_normalise(text.splitlines())}")
    return "".join(chunks)
