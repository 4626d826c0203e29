"""Where everything goes in the generated workspace.

For each member crate: the modules it holds items of (``own`` modules,
copied from their original files with other crates' items removed), the
modules it only mirrors so that paths keep resolving (``overlay`` modules:
every module any of its dependencies mirrors, generated inline as glob
re-exports of the dependencies' parts), its member and external
dependencies, and the original files it derives. The module tree is the
original one in every crate, so ``crate::a::b`` means the same module
everywhere and most paths need no rewrite.

Where the member directories go is a ``Placement``: under ``crates/`` of a
new workspace, or beside the package in the workspace it joins.

Invariant: a member's mirrored modules include every module mirrored by a
member it depends on, so a path valid in a dependency is valid in it.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass

from crate_split.analysis import CrateModel
from crate_split.analysis.manifest import DependencyKind
from crate_split.model import ItemId, ItemKind, ModulePath
from crate_split.splitter.dag import dependencies_first
from crate_split.splitter.model_memo import per_model
from crate_split.splitter.plan import SplitPlan
from crate_split.splitter.units import facade_only

MEMBERS_DIR = "crates"


@dataclass(frozen=True, slots=True)
class Placement:
    """Where the package and its new members are, relative to the output root.

    Standalone (the default), the package is the output root and becomes a
    workspace root with its members under ``crates/``. Split in place inside
    an existing workspace, the output root is that workspace's root: the
    package stays where it is and its members go beside it, into the
    directory that holds it (``crates/geometry`` gets ``crates/geometry-shapes``),
    or under its ``crates/`` when the package is the workspace's root itself.
    """

    #: The package's directory, POSIX; ``""`` when it is the output root.
    package_dir: str = ""
    #: The directory the members are created in, POSIX.
    members_dir: str = MEMBERS_DIR
    #: The text of the root manifest of the workspace the members join, when
    #: that is not the package's own manifest; None otherwise.
    workspace_manifest: str | None = None

    @classmethod
    def joining(cls, package_dir: str, workspace_manifest: str) -> Placement:
        """The members join the workspace whose root manifest is ``workspace_manifest``,
        which holds the package at ``package_dir`` (not its root)."""
        return cls(package_dir, posixpath.dirname(package_dir), workspace_manifest)

    @property
    def joins_workspace(self) -> bool:
        """True when the members join an enclosing workspace: the facade stays a member."""
        return self.workspace_manifest is not None

    def in_package(self, path: str) -> str:
        """A package-relative path, relative to the output root."""
        return posixpath.join(self.package_dir, path) if self.package_dir else path

    def member_dir(self, name: str) -> str:
        """The directory of the member crate ``name``."""
        return posixpath.join(self.members_dir, name) if self.members_dir else name


def relative_path(target: str, start: str) -> str:
    """The POSIX path of ``target`` as seen from the directory ``start``.

    Both are relative to one root and normalised; ``target`` may leave the
    root (``../x``), ``start`` may not.
    """
    target_parts = [p for p in posixpath.normpath(target).split("/") if p not in ("", ".")]
    start_parts = [p for p in posixpath.normpath(start).split("/") if p not in ("", ".")]
    assert ".." not in start_parts, f"{start} leaves the root"
    common = 0
    while common < min(len(target_parts), len(start_parts)) and target_parts[common] == start_parts[common]:
        common += 1
    return "/".join([".."] * (len(start_parts) - common) + target_parts[common:]) or "."


@dataclass(frozen=True, slots=True)
class CrateLayout:
    name: str
    #: The name code uses for the crate (``-`` replaced by ``_``), which is
    #: its key in the manifests that depend on it; its library keeps the
    #: original's crate name (see ``rewrite/manifests.py``).
    lib_name: str
    #: Directory of the member, relative to the output root.
    directory: str
    items: frozenset[ItemId]
    own_modules: frozenset[ModulePath]
    mirrored_modules: frozenset[ModulePath]
    #: Direct member dependencies (package names), sorted.
    member_deps: tuple[str, ...]
    #: All member crates it depends on, directly or not.
    all_member_deps: frozenset[str]
    #: External dependencies (manifest table keys) its items use, sorted.
    external_deps: tuple[str, ...]
    #: Original source files it derives (module files and included files).
    files: tuple[str, ...]
    #: True when it defines ``macro_rules!`` others may use.
    has_macros: bool
    #: True when it needs the original's build script (see ``needs_build_script``).
    build_script: bool = False
    #: The modules it may show, owned or as overlays (:mod:`reach`); None: all.
    reach: frozenset[ModulePath] | None = None
    #: True when its library has the original's crate name (the default);
    #: False when it has a name of its own, ``lib_name``, so that its doc
    #: tests reach the facade by the original's name (see ``rewrite/manifests.py``).
    keeps_crate_name: bool = True
    #: ``check-cfg`` entries its manifest declares: the conditions its code
    #: tests that the manifest does not define (:mod:`check_cfg`).
    expected_cfgs: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class WorkspaceLayout:
    package: str
    members: tuple[CrateLayout, ...]
    #: Crate of every item (the package name for the facade).
    crate_of: dict[ItemId, str]

    def member(self, name: str) -> CrateLayout:
        return next(m for m in self.members if m.name == name)

    def lib_name(self, crate: str) -> str:
        """The name code uses for the member ``crate`` (see ``CrateLayout.lib_name``)."""
        return crate.replace("-", "_")


def plan_layout(
    model: CrateModel, plan: SplitPlan, placement: Placement = Placement(), own_names: frozenset[str] = frozenset()
) -> WorkspaceLayout:
    """Decide modules, dependencies and files of every member crate.

    Args:
        model: the analysed crate.
        plan: the split plan (valid: acyclic, rules held).
        placement: where member directories go.
        own_names: members whose library gets a crate name of its own
            instead of the original's.

    Returns:
        The layout, members sorted by name.
    """
    crate_of = dict(plan.assignment)
    by_crate: dict[str, set[ItemId]] = {}
    for item, crate_name in crate_of.items():
        by_crate.setdefault(crate_name, set()).add(item)
    externals = _externals_by_crate(model, crate_of)
    members = [c for c in plan.crates if not c.is_facade]
    direct = {c.name: tuple(d for d in c.depends_on if d != plan.package) for c in members}
    closure: dict[str, frozenset[str]] = {}
    for name in dependencies_first(direct, lambda name: direct[name]):
        closure[name] = frozenset(direct[name]).union(*(closure[dependency] for dependency in direct[name]))

    own = {crate.name: owned_modules(model, by_crate.get(crate.name, ())) for crate in members}

    # ``#[cfg(test)]`` modules exist only when their own crate is tested:
    # no other crate can mirror them.
    layouts = []
    for crate in members:
        mirrored = set(own[crate.name])
        for dependency in closure[crate.name]:
            mirrored |= {m for m in own[dependency] if not model.in_test_module(m)}
        files = files_of(model, own[crate.name])
        items = frozenset(by_crate.get(crate.name, ()))
        layouts.append(
            CrateLayout(
                name=crate.name,
                lib_name=crate.name.replace("-", "_"),
                directory=placement.member_dir(crate.name),
                items=items,
                own_modules=own[crate.name],
                mirrored_modules=frozenset(mirrored),
                member_deps=tuple(sorted(direct[crate.name])),
                all_member_deps=closure[crate.name],
                external_deps=tuple(sorted(externals.get(crate.name, set()))),
                files=files,
                has_macros=any(i.kind is ItemKind.MACRO for i in items),
                keeps_crate_name=crate.name not in own_names,
            )
        )
    return WorkspaceLayout(plan.package, tuple(sorted(layouts, key=lambda l: l.name)), crate_of)


def owned_modules(model: CrateModel, items, *, member: bool = True) -> frozenset[ModulePath]:
    """The modules a crate holding ``items`` has its own part of: their
    modules and every ancestor, plus a copy of each replicated module (and
    its children) whose parent is among them, since code there names it as
    ``self::lib`` or ``crate::lib`` and no other crate provides it.

    In a member (not the facade, whose root re-exports name its modules),
    a ``mod`` item alone makes its module owned only when nothing in the
    module's subtree but ``use`` and ``mod`` items exists anywhere (a
    module of re-exports, an empty one): when other crates hold all of a
    module's code, the member holding the ``mod`` item would otherwise get
    an empty copy of the module's file."""
    modules: set[ModulePath] = {()}
    declared = []
    for item in items:
        if item.kind is ItemKind.USE or facade_only(model, item):
            continue
        if member and item.kind is ItemKind.MODULE:
            declared.append(item)
            continue
        home = model.module_of(item)
        modules.update(home[:depth] for depth in range(len(home) + 1))
    with_code = _modules_with_code(model)
    for item in declared:
        home = model.module_of(item)
        if home not in with_code:
            modules.update(home[:depth] for depth in range(len(home) + 1))
    copies = {
        path
        for path in model.modules
        if any(path[: len(root)] == root and root[:-1] in modules for root in model.replicated_modules)
    }
    return frozenset(modules | copies)


@per_model
def _modules_with_code(model: CrateModel) -> frozenset[ModulePath]:
    """Modules whose subtree holds an item other than ``use`` and ``mod``
    items (and the facade's own), with every ancestor."""
    found: set[ModulePath] = set()
    for item in model.items:
        if item.kind in (ItemKind.USE, ItemKind.MODULE) or facade_only(model, item):
            continue
        home = model.module_of(item)
        found.update(home[:depth] for depth in range(len(home) + 1))
    return frozenset(found)


def files_of(model: CrateModel, modules: frozenset[ModulePath]) -> tuple[str, ...]:
    files: set[str] = set()
    for path in modules:
        module = model.modules.get(path)
        if module is not None:
            files.update(module.source_files)
    return tuple(sorted(files))


def data_files_beside(model: CrateModel, items, package_files: tuple[str, ...]) -> tuple[str, ...]:
    """Files that are not Rust beside the files of the modules holding ``items``.

    Code finds such files by its own source path at run time (``insta``
    reads ``snapshots/`` next to ``file!()``), so they go with the module:
    the other files of its file's directory, and those of the directories
    below it that hold no ``.rs`` file (a ``snapshots/`` or ``testdata/``
    directory; a directory with Rust files holds other modules). Not the
    package's root directory, whose other files are the package's own.
    """
    homes = {model.module_of(item) for item in items if item.kind is not ItemKind.USE}
    directories = {
        posixpath.dirname(path)
        for home in homes
        if (module := model.modules.get(home)) is not None
        for path in module.source_files
    }
    directories.discard("")
    with_rust = {posixpath.dirname(path) for path in package_files if path.endswith(".rs")}
    found = []
    for path in package_files:
        if path.endswith(".rs"):
            continue
        directory = posixpath.dirname(path)
        while directory and directory not in directories and directory not in with_rust:
            directory = posixpath.dirname(directory)
        if directory in directories:
            found.append(path)
    return tuple(sorted(found))


def _externals_by_crate(model: CrateModel, crate_of: dict[ItemId, str]) -> dict[str, set[str]]:
    """External dependencies (manifest table keys) each crate's items refer to.

    A reference names a dependency by its code name (first path segment) or
    resolves to its package; root ``extern crate`` items name it too.
    """
    by_name: dict[str, str] = {}
    for dependency in model.manifest.dependencies:
        if dependency.kind is DependencyKind.BUILD:
            continue
        key = dependency.key or dependency.name
        by_name.setdefault(dependency.name, key)
        by_name.setdefault(dependency.package.replace("-", "_"), key)
    found: dict[str, set[str]] = {}
    for reference in model.references:
        crate = crate_of.get(reference.source)
        if crate is None:
            continue
        first = reference.text.split("::")[0].lstrip(":")
        for name in (reference.external, first):
            if name in by_name:
                found.setdefault(crate, set()).add(by_name[name])
    for item_id, item in model.items.items():
        if item_id.kind is not ItemKind.EXTERN_CRATE or item.extern_crate not in by_name:
            continue
        key = by_name[item.extern_crate]
        if item_id.module == ():
            # Root `extern crate` items are copied into every crate.
            for crate in set(crate_of.values()):
                found.setdefault(crate, set()).add(key)
        else:
            found.setdefault(crate_of.get(item_id, ""), set()).add(key)
    return found
