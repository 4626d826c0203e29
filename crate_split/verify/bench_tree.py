"""What the bench needs to know about the trees it builds.

``crate-split bench`` times the original package and the split workspace;
for both it needs the package names it owns (to ``cargo clean -p`` them),
the dependencies between them (to feed the build simulator), their
library root files and, for the split, a leaf member and the file to touch
for the incremental runs. All of it comes from ``cargo metadata
--no-deps``, which resolves no dependency and runs no code of the crate.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping

from crate_split.errors import InvalidInput
from crate_split.verify.cargo import run_cargo


@dataclass(frozen=True, slots=True)
class TreeInfo:
    """A package or a workspace: its own packages and how they depend on each other."""

    root: Path
    #: The package at the root (the original package, or the split's facade).
    package: str
    #: Every package of the tree, sorted (the root package included).
    packages: tuple[str, ...]
    #: Normal and build dependencies of each package on packages of the tree.
    depends_on: Mapping[str, tuple[str, ...]]
    #: Directory of each package.
    package_dirs: Mapping[str, Path]
    #: Library root file of each package that has a library.
    lib_roots: Mapping[str, Path]

    @property
    def members(self) -> tuple[str, ...]:
        """The packages other than the root package."""
        return tuple(name for name in self.packages if name != self.package)

    def leaves(self) -> tuple[str, ...]:
        """Members that no other member depends on (the root package aside)."""
        needed = {dep for name in self.members for dep in self.depends_on[name]}
        return tuple(name for name in self.members if name not in needed)


@dataclass(frozen=True, slots=True)
class TouchTarget:
    """A file to touch in the split and the file it came from in the original."""

    #: The member (or facade) whose file is touched.
    package: str
    split_file: Path
    original_file: Path


def read_tree(root: Path, env: Mapping[str, str] | None = None) -> TreeInfo:
    """Describe the package or workspace at ``root`` from ``cargo metadata --no-deps``.

    Raises:
        InvalidInput: ``root`` has no package manifest cargo accepts.
    """
    run = run_cargo(["metadata", "--no-deps", "--format-version", "1"], root, env=env, timeout=300)
    if run.returncode != 0:
        last = (run.stderr.strip().splitlines() or ["(no output)"])[-1]
        raise InvalidInput(f"cargo metadata failed in {root}: {last}")
    data = json.loads(run.stdout)
    members = set(data.get("workspace_members") or ())
    packages = [p for p in data["packages"] if p["id"] in members]
    manifest = (root / "Cargo.toml").resolve()
    root_package = next((p["name"] for p in packages if Path(p["manifest_path"]).resolve() == manifest), None)
    if root_package is None:
        raise InvalidInput(f"{root} has no [package] at its root (a virtual workspace?)")
    names = {p["name"] for p in packages}
    depends_on = {}
    for package in packages:
        deps = {
            dep["name"]
            for dep in package["dependencies"]
            if dep["name"] in names and dep.get("kind") in (None, "build") and dep["name"] != package["name"]
        }
        depends_on[package["name"]] = tuple(sorted(deps))
    lib_roots = {}
    for package in packages:
        for target in package["targets"]:
            if {"lib", "rlib", "proc-macro", "dylib", "cdylib", "staticlib"} & set(target["kind"]):
                lib_roots[package["name"]] = Path(target["src_path"])
                break
    return TreeInfo(
        root=root,
        package=root_package,
        packages=tuple(sorted(names)),
        depends_on=depends_on,
        package_dirs={p["name"]: Path(p["manifest_path"]).parent for p in packages},
        lib_roots=lib_roots,
    )


def leaf_touch_target(split: TreeInfo, original: TreeInfo) -> TouchTarget | None:
    """The largest leaf member and its largest file that the original also has.

    Member files mirror the original's paths (``crates/<m>/src/a/b.rs``
    came from ``src/a/b.rs``), so the same relative path is touched in
    both trees; a leaf with no such file falls back to the library roots.
    Returns ``None`` when the split has no member.
    """
    leaves = split.leaves()
    if not leaves:
        return None
    leaf = max(leaves, key=lambda name: (_rust_bytes(split.package_dirs[name]), name))
    member_dir = split.package_dirs[leaf]
    candidates = sorted(
        (path for path in member_dir.rglob("*.rs") if "target" not in path.relative_to(member_dir).parts),
        key=lambda path: (-path.stat().st_size, str(path)),
    )
    for path in candidates:
        counterpart = original.root / path.relative_to(member_dir)
        if counterpart.is_file() and path != split.lib_roots.get(leaf):
            return TouchTarget(leaf, path, counterpart)
    return TouchTarget(leaf, split.lib_roots[leaf], original.lib_roots[original.package])


def facade_touch_target(split: TreeInfo, original: TreeInfo) -> TouchTarget:
    """The facade's library root and the original's."""
    return TouchTarget(split.package, split.lib_roots[split.package], original.lib_roots[original.package])


def _rust_bytes(directory: Path) -> int:
    return sum(path.stat().st_size for path in directory.rglob("*.rs") if "target" not in path.relative_to(directory).parts)
