"""A buildable copy of the user's package, so cargo never writes into it.

Building in place would create ``Cargo.lock`` (and, without a target
directory, ``target/``) in the user's tree. The copy keeps everything but
``target/`` and VCS directories, turns relative ``path`` dependencies of
its manifest into absolute ones so they still resolve from the copy, and
writes out what the manifest inherits from an enclosing workspace.
"""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import tomlkit

from crate_split.analysis.source_tree import find_workspace_manifest
from crate_split.rewrite.manifests import resolve_inheritance

_TABLES = ("dependencies", "dev-dependencies", "build-dependencies")


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
    shutil.copytree(source, destination, ignore=_left_out)
    manifest_path = destination / "Cargo.toml"
    workspace_manifest = find_workspace_manifest(source)
    document = resolve_inheritance(
        manifest_path.read_text(encoding="utf-8"),
        workspace_manifest.read_text(encoding="utf-8") if workspace_manifest else None,
        workspace_manifest.parent.resolve().as_posix() if workspace_manifest else None,
    )
    changed = workspace_manifest is not None
    tables = [document.get(name, {}) for name in _TABLES]
    for target in document.get("target", {}).values():
        tables.extend(target.get(name, {}) for name in _TABLES)
    for table in tables:
        for _key, entry in table.items():
            if isinstance(entry, dict) and "path" in entry and not Path(str(entry["path"])).is_absolute():
                entry["path"] = str((source / str(entry["path"])).resolve())
                changed = True
    if changed:
        manifest_path.write_text(tomlkit.dumps(document), encoding="utf-8")
    return destination
