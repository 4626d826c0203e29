"""A package's targets as cargo itself sees them, from ``cargo metadata``.

``cargo metadata --no-deps --format-version 1 --offline`` reads the
manifest with cargo's own rules (auto-discovered targets, ``autobins =
false``, normalised paths such as ``./src/lib.rs``) and runs no code of the
crate: no build script, no proc macro, no network. When cargo is present
and answers, its targets are the truth; when it is absent or fails (a
path dependency missing, a manifest cargo refuses), the manifest reader's
own discovery (:mod:`.manifest`) is the fallback.

This module only runs cargo and reads its answer; it is called from the
loading of the source tree, the analysis's one place of IO, and never by
the analysis itself.
"""

from __future__ import annotations

import json
import os
import posixpath
import shutil
import subprocess
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

from crate_split.analysis.manifest import Target, TargetKind

#: Seconds cargo may take to read a manifest before the fallback is used.
_TIMEOUT = 60

#: cargo's target kinds; a library's kind is its crate type.
_KINDS = {
    "lib": TargetKind.LIB,
    "rlib": TargetKind.LIB,
    "dylib": TargetKind.LIB,
    "cdylib": TargetKind.LIB,
    "staticlib": TargetKind.LIB,
    "proc-macro": TargetKind.LIB,
    "bin": TargetKind.BIN,
    "example": TargetKind.EXAMPLE,
    "test": TargetKind.TEST,
    "bench": TargetKind.BENCH,
}


def cargo_targets(package_dir: Path, manifest_text: str, rust_files: tuple[str, ...]) -> tuple[Target, ...] | None:
    """The package's targets by ``cargo metadata``; None without an answer
    (cargo missing, failing or too slow).

    Args:
        package_dir: the package's directory.
        manifest_text: its ``Cargo.toml`` as read.
        rust_files: its ``.rs`` files, package-relative.

    The answer is remembered for a manifest with the same text and the
    same ``.rs`` files beside it, the inputs cargo's discovery reads.
    """
    manifest = package_dir.resolve() / "Cargo.toml"
    return _cached_targets(str(manifest), manifest_text, tuple(sorted(rust_files)))


@lru_cache(maxsize=256)
def _cached_targets(manifest: str, _text: str, _sources: tuple[str, ...]) -> tuple[Target, ...] | None:
    cargo = shutil.which("cargo")
    if cargo is None:
        return None
    command = [cargo, "metadata", "--no-deps", "--format-version", "1", "--offline", "--manifest-path", manifest]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=_TIMEOUT, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return None
    if done.returncode != 0:
        return None
    try:
        data = json.loads(done.stdout)
    except json.JSONDecodeError:
        return None
    return targets_from_metadata(data, manifest)


def targets_from_metadata(data: Mapping[str, Any], manifest: str) -> tuple[Target, ...] | None:
    """The targets of the package at ``manifest`` in ``cargo metadata``'s
    JSON, with paths relative to its directory (POSIX); None when the
    package is not in it. Build scripts are not targets here."""
    wanted = os.path.realpath(manifest)
    package = next((p for p in data.get("packages", ()) if os.path.realpath(p["manifest_path"]) == wanted), None)
    if package is None:
        return None
    directory = os.path.dirname(package["manifest_path"])
    found = []
    for target in package["targets"]:
        kind = next((_KINDS[k] for k in target["kind"] if k in _KINDS), None)
        if kind is None:
            continue
        name = target["name"].replace("-", "_") if kind is TargetKind.LIB else target["name"]
        path = Path(os.path.relpath(target["src_path"], directory)).as_posix()
        found.append(Target(kind, name, posixpath.normpath(path)))
    return tuple(found)
