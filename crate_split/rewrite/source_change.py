"""The rewrite stage's result: every file of the output workspace, as a value.

A ``SourceChange`` lists each output file once, with where its bytes come
from: an input file copied as it is, an input file with a ``FileEdit``, or
generated content (manifests, new ``lib.rs`` files). Nothing here reads or
writes a disk; ``workspace_writer`` turns the value into files, and a preview
into diffs.

Invariant: output paths are unique, relative, POSIX, without ``.`` or ``..``
parts, and no output path is a directory of another.
Invariant: a file is either derived (``origin`` set, ``content`` None) or
generated (``content`` set, ``origin`` and ``edit`` None).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from itertools import pairwise
from pathlib import PurePosixPath

from crate_split.rewrite.text_edit import FileEdit


class ConflictingOutputFiles(AssertionError):
    """Two rewrite passes produced different files at one path: an internal bug."""


def _check_relative_path(path: str, what: str) -> None:
    # Only `/` separates: on POSIX a backslash is part of a file name (`a\\b.txt`).
    parts = path.split("/")
    if not path or any(part in ("", ".", "..") for part in parts):
        raise ValueError(f"{what} must be a relative POSIX path without '.' or '..': {path!r}")


@dataclass(frozen=True, slots=True)
class OutputFile:
    """One file of the output workspace and the recipe for its bytes."""

    #: Path relative to the output workspace root, POSIX separators.
    path: str
    #: Path of the input file relative to the input package root, or None when generated.
    origin: str | None
    #: Edit of the origin's bytes; None copies the origin unchanged.
    edit: FileEdit | None
    #: The whole content of a generated file; None when derived from ``origin``.
    content: bytes | None

    def __post_init__(self) -> None:
        _check_relative_path(self.path, "output path")
        if self.origin is None:
            if self.content is None or self.edit is not None:
                raise ValueError(f"{self.path}: a generated file needs content and no edit")
        else:
            _check_relative_path(self.origin, "origin path")
            if self.content is not None:
                raise ValueError(f"{self.path}: a file derived from {self.origin} cannot have content")
        if self.edit is not None and self.edit.is_empty:
            # An empty edit is a copy; normalising keeps equality meaningful for merge().
            object.__setattr__(self, "edit", None)

    @classmethod
    def copy(cls, path: str, origin: str) -> OutputFile:
        """An input file copied unchanged to ``path``."""
        return cls(path, origin, None, None)

    @classmethod
    def edited(cls, path: str, origin: str, edit: FileEdit) -> OutputFile:
        """An input file with ``edit`` applied, written to ``path``."""
        return cls(path, origin, edit, None)

    @classmethod
    def generated(cls, path: str, content: str | bytes) -> OutputFile:
        """A new file; ``str`` content is encoded as UTF-8."""
        return cls(path, None, None, content.encode("utf-8") if isinstance(content, str) else content)

    def render(self, read_origin: Callable[[str], bytes]) -> bytes:
        """Return the file's bytes.

        Args:
            read_origin: reads an input file by its path relative to the
                input package root.
        """
        if self.origin is None:
            assert self.content is not None
            return self.content
        source = read_origin(self.origin)
        return source if self.edit is None else self.edit.apply(source)


def _check_no_file_is_a_directory(files: tuple[OutputFile, ...]) -> None:
    paths = {output.path for output in files}
    for output in files:
        for parent in PurePosixPath(output.path).parents:
            if str(parent) in paths:
                raise ConflictingOutputFiles(f"{parent} is both a file and the directory of {output.path}")


@dataclass(frozen=True, slots=True)
class SourceChange:
    """Every output file of the workspace, sorted by path."""

    #: Sorted by ``path``; paths are unique.
    files: tuple[OutputFile, ...] = ()

    def __post_init__(self) -> None:
        files = tuple(sorted(self.files, key=lambda output: output.path))
        for previous, current in pairwise(files):
            if previous.path == current.path:
                raise ConflictingOutputFiles(f"two outputs at {current.path}: {previous!r} and {current!r}")
        _check_no_file_is_a_directory(files)
        object.__setattr__(self, "files", files)

    @classmethod
    def new(cls, files: Iterable[OutputFile]) -> SourceChange:
        """Build a change from output files in any order."""
        return cls(tuple(files))

    def merge(self, other: SourceChange) -> SourceChange:
        """Combine two changes; a path in both must have identical files.

        Raises:
            ConflictingOutputFiles: both changes have a file at one path with
                different origins, edits or contents.
        """
        by_path = {output.path: output for output in self.files}
        for output in other.files:
            existing = by_path.get(output.path)
            if existing is not None and existing != output:
                raise ConflictingOutputFiles(f"two outputs at {output.path}: {existing!r} and {output!r}")
            by_path[output.path] = output
        return SourceChange(tuple(by_path.values()))

    def with_later_edits(self, later: Mapping[str, FileEdit], read_origin: Callable[[str], bytes]) -> SourceChange:
        """This change with ``later[path]`` applied to the rendered file at
        each path; a derived file stays derived from its origin (its unchanged
        parts stay the origin's bytes), a generated one gets new content."""
        files = []
        for output in self.files:
            edit = later.get(output.path)
            if edit is None or edit.is_empty:
                files.append(output)
            elif output.origin is None:
                assert output.content is not None
                files.append(OutputFile.generated(output.path, edit.apply(output.content)))
            else:
                source = read_origin(output.origin)
                files.append(
                    OutputFile.edited(output.path, output.origin, (output.edit or FileEdit()).then(source, edit))
                )
        return SourceChange(tuple(files))

    def file(self, path: str) -> OutputFile | None:
        """Return the output file at ``path``, if any."""
        for output in self.files:
            if output.path == path:
                return output
        return None

    def origins(self) -> frozenset[str]:
        """Return the input paths some output derives from."""
        return frozenset(output.origin for output in self.files if output.origin is not None)

    def paths(self) -> tuple[str, ...]:
        """Return the output paths, sorted."""
        return tuple(output.path for output in self.files)
