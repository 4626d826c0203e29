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
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

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
    #: Crate name of each package's library (``[lib] name``, else the package name with ``_``).
    lib_names: Mapping[str, str] = field(default_factory=dict)

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
    lib_roots, lib_names = {}, {}
    for package in packages:
        for target in package["targets"]:
            if {"lib", "rlib", "proc-macro", "dylib", "cdylib", "staticlib"} & set(target["kind"]):
                lib_roots[package["name"]] = Path(target["src_path"])
                lib_names[package["name"]] = target["name"].replace("-", "_")
                break
    return TreeInfo(
        root=root,
        package=root_package,
        packages=tuple(sorted(names)),
        depends_on=depends_on,
        package_dirs={p["name"]: Path(p["manifest_path"]).parent for p in packages},
        lib_roots=lib_roots,
        lib_names=lib_names,
    )


def compiled_files(tree: TreeInfo, target_dir: Path, package: str) -> frozenset[Path]:
    """The source files rustc read for the package's library in the last ``cargo build``.

    Read from the dep-info files rustc writes beside its outputs
    (``<target>/debug/deps/<crate name>-<hash>.d``, paths relative to the
    tree's root): the members of a split share the original's crate name,
    so the newest file whose library output lists the package's library
    root is the one. It also lists the files of path dependencies, so only
    files under the package's directory are kept, minus those of packages
    nested in it. Empty when there is no such file.
    """
    name = tree.lib_names.get(package)
    lib_root = tree.lib_roots.get(package)
    if name is None or lib_root is None:
        return frozenset()
    files: set[Path] = set()
    for dep_info in sorted(target_dir.glob(f"debug/deps/{name}-*.d"), key=lambda p: p.stat().st_mtime, reverse=True):
        files = _library_sources(dep_info, name, tree.root)
        if lib_root.resolve() in files:
            break
    else:
        return frozenset()
    own = tree.package_dirs[package].resolve()
    nested = [d.resolve() for n, d in tree.package_dirs.items() if n != package]
    others = [d for d in nested if d != own and d.is_relative_to(own)]
    return frozenset(f for f in files if f.is_relative_to(own) and not any(f.is_relative_to(d) for d in others))


def _library_sources(dep_info: Path, name: str, root: Path) -> set[Path]:
    """The sources a dep-info file lists for the library ``lib<name>-<hash>.rlib``, if it has that output."""
    for line in dep_info.read_text(encoding="utf-8").splitlines():
        output, separator, sources = line.partition(": ")
        if separator and Path(output).name.startswith(f"lib{name}-") and output.endswith(".rlib"):
            return {(root / part.replace("\\ ", " ")).resolve() for part in re.split(r"(?<!\\) ", sources) if part}
    return set()


def leaf_touch_target(
    split: TreeInfo,
    original: TreeInfo,
    split_compiled: Mapping[str, frozenset[Path]],
    original_compiled: frozenset[Path],
) -> TouchTarget | None:
    """The largest compiled file of the largest leaf member that the original compiles too.

    Member files mirror the original's paths (``crates/<m>/src/a/b.rs``
    came from ``src/a/b.rs``), so the same relative path is touched in
    both trees. Only files rustc read (``split_compiled`` per package,
    ``original_compiled``, from :func:`compiled_files`) count, so a module
    behind a feature that is off is never chosen. ``None`` when no leaf
    member has such a file.
    """
    best: tuple[int, str, Path, Path] | None = None
    for leaf in split.leaves():
        member_dir = split.package_dirs[leaf].resolve()
        lib_root = split.lib_roots[leaf].resolve() if leaf in split.lib_roots else None
        pairs = []
        for path in split_compiled.get(leaf, frozenset()):
            counterpart = (original.root / path.relative_to(member_dir)).resolve()
            if path != lib_root and counterpart in original_compiled:
                pairs.append((path.stat().st_size, path, counterpart))
        if not pairs:
            continue
        size, path, counterpart = max(pairs, key=lambda pair: (pair[0], str(pair[1])))
        total = sum(pair[0] for pair in pairs)
        if best is None or (total, leaf) > (best[0], best[1]):
            best = (total, leaf, path, counterpart)
    return None if best is None else TouchTarget(best[1], best[2], best[3])


def facade_touch_target(split: TreeInfo, original: TreeInfo) -> TouchTarget:
    """The facade's library root and the original's."""
    return TouchTarget(split.package, split.lib_roots[split.package], original.lib_roots[original.package])
