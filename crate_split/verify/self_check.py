"""A self-check of the generated workspace before cargo sees it.

Cargo's errors about a broken workspace (a manifest that does not parse, a
path that does not exist, Rust that does not parse) say nothing about which
item to repair: they are crate-split's own bugs, and the repair loop would
only merge crates in vain. So before anything is written, every generated
or edited ``.rs`` file must parse with no more tree-sitter ``ERROR`` or
missing nodes than its original, every ``Cargo.toml`` must parse and name
only paths that exist (in the change or on disk), and every package name
must be a valid crate name. It needs no cargo and runs without ``--check``.

Invariant: a failure raises :class:`CrateSplitBug` naming the file and its
first bad line; a workspace that passes may still fail to compile.
"""

from __future__ import annotations

import posixpath
import re
import tomllib
from collections.abc import Callable, Iterator
from pathlib import Path

from crate_split.analysis.dependency_tables import dependency_tables, workspace_dependencies
from crate_split.analysis.syntax import syntax_problems
from crate_split.errors import CrateSplitBug
from crate_split.model.names import member_name_problem, package_name_problem
from crate_split.rewrite.source_change import (
    CopiedFile,
    OutputFile,
    SourceChange,
    origin_of,
)

_TARGET_TABLES = ("bin", "test", "bench", "example")


def check_generated_files(change: SourceChange, read: Callable[[str], bytes], package_dir: Path) -> None:
    """Raise if a generated or edited file of ``change`` is broken.

    Args:
        change: the workspace about to be written.
        read: reads an input file by its path relative to the package.
        package_dir: the directory output paths are relative to (the input
            package, or in place the workspace it is a member of); relative
            paths that leave the change are looked up from here.

    Raises:
        CrateSplitBug: the first broken file, with its first bad line.
    """
    paths = frozenset(output.path for output in change.files)
    for output in change.files:
        if isinstance(output, CopiedFile):
            # A copy is the user's file as it was (a nested package's broken
            # manifest too): nothing crate-split made.
            continue
        if output.path.endswith(".rs"):
            _check_rust(output, read)
        elif posixpath.basename(output.path) == "Cargo.toml":
            _check_manifest(output, read, paths, package_dir)


def _check_rust(output: OutputFile, read: Callable[[str], bytes]) -> None:
    """Syntax errors, and what rustc rejects though tree-sitter accepts it
    (inner attributes after items, attributes with no item), beyond those
    of the original file."""
    text = output.render(read)
    problems = syntax_problems(text)
    origin = origin_of(output)
    allowed = len(syntax_problems(read(origin))) if origin is not None else 0
    if len(problems) > allowed:
        offset, message = problems[0]
        line = text.count(b"\n", 0, offset) + 1
        where = f" (from {origin}, which has {allowed})" if origin is not None else ""
        raise CrateSplitBug(
            f"{output.path}:{line}: the generated Rust does not parse: {message}; {len(problems)} problem(s){where}"
        )


def _check_manifest(output: OutputFile, read: Callable[[str], bytes], paths: frozenset[str], package_dir: Path) -> None:
    text = output.render(read).decode("utf-8", "replace")
    try:
        manifest = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        line = re.search(r"at line (\d+)", str(error))
        raise CrateSplitBug(
            f"{output.path}:{line[1] if line else 1}: the generated manifest does not parse: {error}"
        ) from None
    directory = posixpath.dirname(output.path)
    for key, value, needs_manifest in _named_paths(manifest):
        if not _exists(directory, value, needs_manifest, paths, package_dir):
            what = "a package (no Cargo.toml)" if needs_manifest else "a file"
            raise CrateSplitBug(
                f"{output.path}:{_line_of(text, value)}: `{key}` names "
                f"{value!r}, which is not {what} of the workspace or on disk"
            )
    package = manifest.get("package", {})
    # The facade keeps the user's names, which cargo accepted; members' package
    # names are ours, but a member's library name is the original's (the user's).
    names = [
        (
            "package.name",
            package.get("name"),
            package_name_problem if output.path == "Cargo.toml" else member_name_problem,
        )
    ]
    if isinstance(manifest.get("lib"), dict) and "name" in manifest["lib"]:
        names.append(("lib.name", manifest["lib"]["name"], package_name_problem))
    for key, name, name_problem in names:
        problem = name_problem(str(name)) if name is not None else None
        if problem is not None:
            raise CrateSplitBug(
                f"{output.path}:{_line_of(text, str(name))}: `{key}` = {name!r} is not a valid crate name: {problem}"
            )


def _named_paths(manifest: dict) -> Iterator[tuple[str, str, bool]]:
    """``(key, path, is_a_package)`` for every path a manifest names."""
    build = manifest.get("package", {}).get("build")
    if isinstance(build, str):
        yield "package.build", build, False
    if isinstance(manifest.get("lib"), dict) and isinstance(manifest["lib"].get("path"), str):
        yield "lib.path", manifest["lib"]["path"], False
    for table in _TARGET_TABLES:
        for target in manifest.get(table, ()):
            if isinstance(target, dict) and isinstance(target.get("path"), str):
                yield f"{table}.path", target["path"], False
    tables = [(f"target.{t.target}.{t.name}" if t.target else t.name, t.entries) for t in dependency_tables(manifest)]
    tables.append(("workspace.dependencies", workspace_dependencies(manifest)))
    workspace = manifest.get("workspace", {})
    for table_name, table in tables:
        for dependency, entry in table.items():
            if isinstance(entry, dict) and isinstance(entry.get("path"), str):
                yield f"{table_name}.{dependency}.path", entry["path"], True
    for member in workspace.get("members", ()):
        if isinstance(member, str) and not any(character in member for character in "*?["):
            yield "workspace.members", member, True


def _exists(directory: str, path: str, needs_manifest: bool, paths: frozenset[str], package_dir: Path) -> bool:
    wanted = posixpath.join(path, "Cargo.toml") if needs_manifest else path
    if not posixpath.isabs(path):
        inside = posixpath.normpath(posixpath.join(directory, wanted))
        if inside in paths:
            return True
        on_disk = package_dir / inside
    else:
        on_disk = Path(wanted)
    return on_disk.is_file()


def _line_of(text: str, value: str) -> int:
    """The 1-based line where ``value`` first appears quoted, else 1."""
    for quote in ('"', "'"):
        position = text.find(f"{quote}{value}{quote}")
        if position >= 0:
            return text.count("\n", 0, position) + 1
    return 1
