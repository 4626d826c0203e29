"""The rewrite stage's result: every file of the output workspace, as a value.

A ``SourceChange`` lists each output file once, with where its bytes come
from: an input file copied as it is, an input file with a ``FileEdit``, or
generated content (manifests, new ``lib.rs`` files). Nothing here reads or
writes a disk; ``workspace_writer`` turns the value into files, and a preview
into diffs.

Invariant: output paths are unique, relative, POSIX, without ``.`` or ``..``
parts, and no output path is a directory of another.
Invariant: a file is one of three cases, each with only its own fields:
``CopiedFile`` (an origin), ``EditedFile`` (an origin and a non-empty
edit), ``GeneratedFile`` (content).
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
class CopiedFile:
    """An input file copied unchanged."""

    #: Path relative to the output workspace root, POSIX separators.
    path: str
    #: Path of the input file relative to the input package root.
    origin: str

    def __post_init__(self) -> None:
        _check_relative_path(self.path, "output path")
        _check_relative_path(self.origin, "origin path")

    def render(self, read_origin: Callable[[str], bytes]) -> bytes:
        """Return the file's bytes (``read_origin`` reads an input file)."""
        return read_origin(self.origin)

    def original_offset(self, offset: int) -> int | None:
        """The origin's byte offset that ``offset`` of the output comes from."""
        return offset

    @property
    def file_edit(self) -> FileEdit:
        """The edit from the origin's bytes to this file's: none."""
        return FileEdit()


@dataclass(frozen=True, slots=True)
class EditedFile:
    """An input file with an edit applied.

    Invariant: the edit is not empty (an empty one is a ``CopiedFile``, so
    that equal files compare equal in ``SourceChange.merge``).
    """

    #: Path relative to the output workspace root, POSIX separators.
    path: str
    #: Path of the input file relative to the input package root.
    origin: str
    #: Edit of the origin's bytes.
    edit: FileEdit

    def __post_init__(self) -> None:
        _check_relative_path(self.path, "output path")
        _check_relative_path(self.origin, "origin path")
        if self.edit.is_empty:
            raise ValueError(f"{self.path}: an edited file needs an edit (use edited_file)")

    def render(self, read_origin: Callable[[str], bytes]) -> bytes:
        """Return the file's bytes (``read_origin`` reads an input file)."""
        return self.edit.apply(read_origin(self.origin))

    def original_offset(self, offset: int) -> int | None:
        """The origin's byte offset that ``offset`` of the output comes
        from, or None inside inserted text."""
        return self.edit.original_offset(offset)

    @property
    def file_edit(self) -> FileEdit:
        """The edit from the origin's bytes to this file's."""
        return self.edit


@dataclass(frozen=True, slots=True)
class GeneratedFile:
    """A new file (manifests, new ``lib.rs`` files, SPLIT.md)."""

    #: Path relative to the output workspace root, POSIX separators.
    path: str
    #: The whole content.
    content: bytes

    def __post_init__(self) -> None:
        _check_relative_path(self.path, "output path")

    @classmethod
    def new(cls, path: str, content: str | bytes) -> GeneratedFile:
        """A new file; ``str`` content is encoded as UTF-8."""
        return cls(path, content.encode("utf-8") if isinstance(content, str) else content)

    def render(self, read_origin: Callable[[str], bytes]) -> bytes:
        """Return the file's bytes."""
        return self.content


#: An input file as it is or edited: its bytes come from an origin.
DerivedFile = CopiedFile | EditedFile
#: One file of the output workspace and the recipe for its bytes.
OutputFile = CopiedFile | EditedFile | GeneratedFile


def edited_file(path: str, origin: str, edit: FileEdit) -> DerivedFile:
    """``origin`` with ``edit`` applied, written to ``path``; a copy when the
    edit is empty."""
    return CopiedFile(path, origin) if edit.is_empty else EditedFile(path, origin, edit)


def origin_of(output: OutputFile) -> str | None:
    """The input path ``output`` derives from, or None when generated."""
    return None if isinstance(output, GeneratedFile) else output.origin


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
            elif isinstance(output, GeneratedFile):
                files.append(GeneratedFile(output.path, edit.apply(output.content)))
            else:
                source = read_origin(output.origin)
                files.append(edited_file(output.path, output.origin, output.file_edit.then(source, edit)))
        return SourceChange(tuple(files))

    def file(self, path: str) -> OutputFile | None:
        """Return the output file at ``path``, if any."""
        for output in self.files:
            if output.path == path:
                return output
        return None

    def origins(self) -> frozenset[str]:
        """Return the input paths some output derives from."""
        return frozenset(output.origin for output in self.files if not isinstance(output, GeneratedFile))

    def paths(self) -> tuple[str, ...]:
        """Return the output paths, sorted."""
        return tuple(output.path for output in self.files)
