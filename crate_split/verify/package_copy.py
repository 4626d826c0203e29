"""A buildable copy of the user's package, so cargo never writes into it.

Building in place would create ``Cargo.lock`` (and, without a target
directory, ``target/``) in the user's tree. The copy keeps everything but
``target/`` and VCS directories, turns relative ``path`` dependencies of
its manifest into absolute ones so they still resolve from the copy, and
writes out what the manifest inherits from an enclosing workspace.
A package split inside its workspace is verified on a copy of the whole
workspace instead (:func:`copy_workspace`), built as the user would build it.
"""

from __future__ import annotations

import os
import posixpath
import shutil
import stat
from pathlib import Path

import tomlkit
import tomlkit.exceptions

from crate_split.analysis.dependency_tables import dependency_tables, workspace_dependencies
from crate_split.analysis.source_tree import find_workspace_manifest
from crate_split.rewrite.manifests import resolve_inheritance


def _left_out(directory: str, names: list[str]) -> set[str]:
    """``target/``, VCS directories, FIFOs, sockets and devices (copying a
    FIFO would wait for a writer forever; the analysis warned about them)
    and symlinks to them or to nothing (symlinks are copied as their target)."""
    left_out = {name for name in names if name in ("target", ".git", ".hg")}
    for name in names:
        try:
            mode = os.stat(os.path.join(directory, name)).st_mode
        except (OSError, RuntimeError):
            left_out.add(name)
            continue
        if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
            left_out.add(name)
    return left_out


def copy_package(source: Path, destination: Path) -> Path:
    """Copy the package at ``source`` to ``destination`` (which must not exist).

    Returns:
        ``destination``.
    """
    # Files get new modification times (``shutil.copy``, not ``copy2``):
    # cargo fingerprints a path package by its path relative to the
    # workspace, so with a shared target directory a copy made elsewhere
    # with the old times would reuse binaries built from an earlier copy,
    # whose ``CARGO_MANIFEST_DIR`` may be gone.
    shutil.copytree(source, destination, ignore=_left_out, copy_function=shutil.copy)
    manifest_path = destination / "Cargo.toml"
    workspace_manifest = find_workspace_manifest(source)
    document = resolve_inheritance(
        manifest_path.read_text(encoding="utf-8"),
        workspace_manifest.read_text(encoding="utf-8") if workspace_manifest else None,
        workspace_manifest.parent.resolve().as_posix() if workspace_manifest else None,
    )
    changed = workspace_manifest is not None
    for entry in _path_entries(document):
        if not Path(str(entry["path"])).is_absolute():
            entry["path"] = str((source / str(entry["path"])).resolve())
            changed = True
    if changed:
        manifest_path.write_text(tomlkit.dumps(document), encoding="utf-8")
    return destination


def _path_entries(document) -> list:
    """The dependency entries with a ``path`` of a manifest (its tables,
    target-specific ones and ``[workspace.dependencies]``)."""
    tables = [table.entries for table in dependency_tables(document)]
    tables.append(workspace_dependencies(document))
    return [entry for table in tables for entry in table.values() if isinstance(entry, dict) and "path" in entry]


def point_outside_paths_at(copy: Path, original: Path) -> None:
    """Make relative ``path`` entries that lead out of the copy absolute.

    A copy of a workspace (or of a package written in place) elsewhere
    keeps its relative paths; those that leave it must still name the
    directories beside the original, as they do for the user.

    Args:
        copy: the copied directory, its manifests edited in place.
        original: the directory it is a copy of.
    """
    for manifest_path in copy.rglob("Cargo.toml"):
        directory = manifest_path.parent.relative_to(copy)
        if "target" in directory.parts:
            continue
        try:
            document = tomlkit.parse(manifest_path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomlkit.exceptions.TOMLKitError):
            continue
        changed = False
        for entry in _path_entries(document):
            path = str(entry["path"])
            inside = posixpath.normpath(posixpath.join(directory.as_posix(), path))
            if not posixpath.isabs(path) and (inside == ".." or inside.startswith("../")):
                entry["path"] = str((original / directory / path).resolve())
                changed = True
        if changed:
            manifest_path.write_text(tomlkit.dumps(document), encoding="utf-8")


def copy_workspace(root: Path, destination: Path) -> Path:
    """Copy the workspace at ``root`` to ``destination`` (which must not
    exist), without ``target/`` and VCS directories. Symlinks are copied as
    the files they point to (a member's ``LICENSE -> ../LICENSE`` too);
    dangling ones are left out.

    Returns:
        ``destination``.
    """
    skipped = shutil.ignore_patterns("target", ".git", ".hg", ".svn")

    def ignore(directory: str, names: list[str]) -> set[str]:
        # Not copytree's ignore_dangling_symlinks: it resolves relative links
        # from the current directory instead of the link's.
        dangling = {name for name in names if not Path(directory, name).exists()}
        return set(skipped(directory, names)) | dangling

    shutil.copytree(root, destination, ignore=ignore)
    return destination
