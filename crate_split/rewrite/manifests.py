"""The workspace's manifests: the facade's (the original, edited) and each
member's (new), written with tomlkit so the original's formatting stays.

The facade keeps the package name, version, targets, dependencies and
features of the original; it gains the ``[workspace]`` table, a path
dependency on every member, and forwards each feature to the members.
Members copy the original's entries for the external dependencies their
code uses (same versions, features, renames, targets, optional flags), the
original's build script and build-dependencies, ``[lints]`` and metadata,
and define every feature of the original, forwarding it to their own
member dependencies.

When the members join the workspace the package is a member of (in place,
see :class:`~crate_split.rewrite.layout.Placement`), the facade gains no
``[workspace]``, its inherited values (``x.workspace = true``) stay
inherited and the members inherit them the same way; the workspace's root
manifest lists the members (:func:`workspace_manifest`). A package that is
a workspace root itself keeps its ``[workspace]`` and lists them there.

Invariant: a member's library has the original's crate name (``[lib]
name``), so code that observes its crate (``module_path!()``,
``type_name``, ``CARGO_CRATE_NAME``, log targets, the ``extern crate``
rustdoc adds to a doc test) sees what it saw in the original; every
dependency on a member is therefore written under a key of its own, the
member's package name with ``_`` (``similar_text = { package =
"similar-text", .. }``), which is the name the generated code uses. Its
doc tests then reach the member itself by the original's name. A member
the repair loop gives a name of its own (its doc tests name items it
cannot reach) has a dev-dependency on the facade instead, under the
original's name, so its doc tests reach the whole crate.
"""

from __future__ import annotations

import copy
import fnmatch
import posixpath
from dataclasses import dataclass

import tomlkit

from crate_split.analysis.dependency_tables import TABLE_NAMES, DependencyKind, dependency_tables
from crate_split.analysis.manifest import Manifest
from crate_split.rewrite.layout import CrateLayout, Placement, WorkspaceLayout, relative_path

_PACKAGE_KEYS = (
    "version",
    "edition",
    "rust-version",
    "authors",
    "license",
    "license-file",
    "repository",
    "homepage",
    "description",
)


@dataclass(frozen=True, slots=True)
class ManifestInputs:
    """What the manifests are built from."""

    original_text: str
    manifest: Manifest
    #: Package-relative path of the library root (e.g. ``src/lib.rs``).
    lib_path: str
    #: Absolute path of the input package, when the workspace is written
    #: elsewhere: ``path`` dependencies then point back at it absolutely.
    #: ``None`` when the workspace replaces the package (in-place mode).
    input_root: str | None = None
    #: The enclosing workspace's manifest and its directory (absolute), when
    #: the package inherits from it: inherited values are written out,
    #: unless the members join that workspace (``placement``).
    workspace_text: str | None = None
    workspace_root: str | None = None
    #: Where the package and the members are in the output.
    placement: Placement = Placement()


def facade_manifest(inputs: ManifestInputs, layout: WorkspaceLayout) -> str:
    """The original manifest plus member deps and feature forwarding, and
    the members in its ``[workspace]``: a new table, or the package's own
    when it is a workspace root already; none when the members join an
    enclosing workspace (:func:`workspace_manifest`)."""
    document = _inherited_resolved(inputs)
    package_dir = inputs.placement.package_dir
    if not inputs.placement.joins_workspace:
        if "workspace" in document:
            # The package is its workspace's root: other members stay members.
            _add_members(document["workspace"], [m.directory for m in layout.members], package_dir)
        else:
            workspace = tomlkit.table()
            members = tomlkit.array()
            for member in layout.members:
                members.append(member.directory)
            members.multiline(len(layout.members) > 2)
            workspace.add("members", members)
            document.add(tomlkit.nl())
            document.add("workspace", workspace)
    _relocate_tables(document, inputs, package_dir)
    dependencies = document.setdefault("dependencies", tomlkit.table())
    for member in layout.members:
        path = relative_path(member.directory, package_dir)
        dependencies[member.lib_name] = _member_dependency(member, path, inputs.manifest)
    _forward_features(document, inputs.manifest, [m.lib_name for m in layout.members])
    return tomlkit.dumps(document)


def workspace_manifest(inputs: ManifestInputs, layout: WorkspaceLayout) -> str | None:
    """The enclosing workspace's root manifest with the members added, or
    None when it needs no change (its ``members`` globs cover them).

    Each member directory no ``members`` pattern matches (or that
    ``exclude`` leaves out) is appended to ``members``, and to
    ``default-members`` when that lists the package, so that a plain
    ``cargo test`` at the root still runs the code that moved.
    """
    assert inputs.placement.workspace_manifest is not None
    document = tomlkit.parse(inputs.placement.workspace_manifest)
    workspace = document["workspace"]
    if not _add_members(workspace, [m.directory for m in layout.members], inputs.placement.package_dir):
        return None
    return tomlkit.dumps(document)


def _add_members(workspace, directories: list[str], package_dir: str) -> bool:
    """Add ``directories`` to a ``[workspace]`` table's ``members`` (and
    ``default-members`` when the package is one); return True if it changed."""
    changed = False
    keys = ["members"]
    if "default-members" in workspace and _matches_any(package_dir or ".", workspace["default-members"]):
        keys.append("default-members")
    excluded = [posixpath.normpath(str(entry)) for entry in workspace.get("exclude", [])]
    for key in keys:
        patterns = workspace.setdefault(key, tomlkit.array())
        for directory in directories:
            hidden = any(directory == e or directory.startswith(e + "/") for e in excluded)
            if hidden or not _matches_any(directory, patterns):
                patterns.append(directory)
                changed = True
    return changed


def _matches_any(directory: str, patterns) -> bool:
    """Whether a members pattern (a path or a glob, matched segment by segment) names ``directory``."""
    parts = posixpath.normpath(directory).split("/")
    for pattern in patterns:
        pattern_parts = posixpath.normpath(str(pattern)).split("/")
        if len(pattern_parts) == len(parts) and all(
            fnmatch.fnmatchcase(p, q) for p, q in zip(parts, pattern_parts, strict=True)
        ):
            return True
    return False


def member_manifest(inputs: ManifestInputs, layout: WorkspaceLayout, member: CrateLayout) -> str:
    """A new manifest for ``member``, its entries copied from the original."""
    original = _inherited_resolved(inputs)
    manifest = inputs.manifest
    document = tomlkit.document()
    document.add(tomlkit.comment(f"Part of {manifest.package}, generated by crate-split."))
    package = tomlkit.table()
    package.add("name", member.name)
    original_package = original.get("package", {})
    for key in _PACKAGE_KEYS:
        if _inherits(original_package.get(key)):
            # Written as the original likely wrote it: `version.workspace = true`.
            package.add(tomlkit.key([key, "workspace"]), True)
        elif key in original_package:
            package.add(key, copy.deepcopy(original_package[key]))
    for key, value in (("version", manifest.version), ("edition", manifest.edition)):
        # A member of the package's workspace inherits what the package inherited.
        if not _inherits(original_package.get(key)):
            package[key] = value
    if member.build_script:
        package.add("build", "build.rs")
    document.add("package", package)
    lib = tomlkit.table()
    if member.keeps_crate_name:
        lib.add("name", manifest.crate_name)
    lib.add("path", inputs.lib_path)
    # One crate name, one documentation directory: `cargo doc --workspace`
    # refuses two libraries of one name, so only the facade is documented.
    lib.add("doc", False)
    document.add("lib", lib)

    used = set(member.external_deps)
    optional_used = {d.key or d.name for d in manifest.dependencies if d.optional and (d.key or d.name) in used}
    for kind in DependencyKind:
        table_name = TABLE_NAMES[kind][0]
        # Build scripts and doc tests may use any build- or dev-dependency.
        wanted = used if kind is DependencyKind.NORMAL else None
        entries = _dependency_entries(original, kind, wanted)
        for values in entries.values():
            for value in values.values():
                _relocate(value, inputs, member.directory)
        if kind is DependencyKind.NORMAL:
            for dependency in member.member_deps:
                dependency_layout = layout.member(dependency)
                path = relative_path(dependency_layout.directory, member.directory)
                entries.setdefault(None, {})[dependency_layout.lib_name] = _member_dependency(
                    dependency_layout, path, manifest
                )
        if kind is DependencyKind.DEV and not member.keeps_crate_name:
            # A dev-dependency cycle cargo allows: doc tests naming the crate find the facade.
            path = relative_path(inputs.placement.package_dir, member.directory)
            entries.setdefault(None, {})[manifest.package] = _facade_dependency(path, manifest)
        if kind is DependencyKind.BUILD and not member.build_script:
            continue
        for target, values in sorted(entries.items(), key=lambda pair: pair[0] or ""):
            table = tomlkit.table()
            for key, value in sorted(values.items()):
                table.add(key, value)
            if not values:
                continue
            if target is None:
                document.add(table_name, table)
            else:
                targets = document.setdefault("target", tomlkit.table(is_super_table=True))
                holder = targets.setdefault(target, tomlkit.table(is_super_table=True))
                holder.add(table_name, table)
    features = _member_features(manifest, layout, member, optional_used)
    if features:
        table = tomlkit.table()
        for name, enabled in features.items():
            array = tomlkit.array()
            for value in enabled:
                array.append(value)
            table.add(name, array)
        document.add("features", table)
    if "lints" in original:
        document.add("lints", copy.deepcopy(original["lints"]))
    _expect_cfgs(document, member.expected_cfgs)
    return tomlkit.dumps(document)


def _expect_cfgs(document, entries: tuple[str, ...]) -> None:
    """``[lints.rust] unexpected_cfgs`` with ``check-cfg = entries``, added
    to the lints copied from the original; none when they are the
    workspace's (``workspace = true`` takes no other key)."""
    if not entries:
        return
    lints = document.setdefault("lints", tomlkit.table())
    if lints.get("workspace") is True:
        return
    rust = lints.setdefault("rust", tomlkit.table())
    current = rust.get("unexpected_cfgs")
    lint = tomlkit.inline_table()
    if isinstance(current, str):
        lint.add("level", current)
    elif current is not None:
        lint = current
    else:
        lint.add("level", "warn")
    expected = lint.setdefault("check-cfg", tomlkit.array())
    for entry in entries:
        if entry not in expected:
            expected.append(tomlkit.string(entry, literal=True))
    rust["unexpected_cfgs"] = lint


def _inherited_resolved(inputs: ManifestInputs):
    if inputs.placement.joins_workspace:
        # Facade and members stay in the workspace: `x.workspace = true` holds.
        return tomlkit.parse(inputs.original_text)
    return resolve_inheritance(inputs.original_text, inputs.workspace_text, inputs.workspace_root)


def resolve_inheritance(text: str, workspace_text: str | None, workspace_root: str | None):
    """The manifest ``text`` with ``x.workspace = true`` replaced by the
    workspace's values (a tomlkit document): a copy of the package outside
    its workspace, or a new workspace root, does not define them.

    Args:
        text: the package manifest.
        workspace_text: the enclosing workspace's manifest, if any.
        workspace_root: its directory (absolute), for inherited ``path``s.
    """
    document = tomlkit.parse(text)
    if not workspace_text:
        return document
    workspace = tomlkit.parse(workspace_text).get("workspace", {})
    package = document.get("package", {})
    for key in list(package.keys()):
        if _inherits(package[key]) and key in workspace.get("package", {}):
            package[key] = copy.deepcopy(workspace["package"][key])
    if _inherits(document.get("lints")) and "lints" in workspace:
        document["lints"] = copy.deepcopy(workspace["lints"])
    shared = workspace.get("dependencies", {})
    for table in (t.entries for t in dependency_tables(document)):
        for key in list(table.keys()):
            entry = table[key]
            if not _inherits(entry) or key not in shared:
                continue
            base = shared[key]
            resolved = tomlkit.inline_table()
            if isinstance(base, str):
                resolved["version"] = base
            else:
                for name, value in base.items():
                    resolved[name] = copy.deepcopy(value)
            if "path" in resolved and workspace_root and not posixpath.isabs(str(resolved["path"])):
                resolved["path"] = posixpath.normpath(posixpath.join(workspace_root, str(resolved["path"])))
            for name, value in entry.items():
                if name == "workspace":
                    continue
                if name == "features":
                    merged = list(resolved.get("features", [])) + [
                        f for f in value if f not in resolved.get("features", [])
                    ]
                    resolved["features"] = merged
                else:
                    resolved[name] = copy.deepcopy(value)
            table[key] = resolved
    return document


def _inherits(value) -> bool:
    return isinstance(value, dict) and value.get("workspace") is True


def _relocate(entry, inputs: ManifestInputs, manifest_dir: str) -> None:
    """Point a ``path`` dependency of the original at the same directory
    from a manifest in ``manifest_dir`` (relative to the output root)."""
    if not isinstance(entry, dict) or "path" not in entry:
        return
    original = str(entry["path"])
    if posixpath.isabs(original):
        return
    if inputs.input_root is not None:
        entry["path"] = posixpath.normpath(posixpath.join(inputs.input_root, original))
    elif manifest_dir != inputs.placement.package_dir:
        entry["path"] = relative_path(inputs.placement.in_package(original), manifest_dir)


def _relocate_tables(document, inputs: ManifestInputs, manifest_dir: str) -> None:
    for table in dependency_tables(document):
        for value in table.entries.values():
            _relocate(value, inputs, manifest_dir)


def _member_dependency(member: CrateLayout, path: str, manifest: Manifest):
    """An entry for a member crate, written under the key ``member.lib_name``
    (not its library's name, the original's): the name code uses for it."""
    return _workspace_dependency(path, manifest, package=member.name)


def _facade_dependency(path: str, manifest: Manifest):
    """A member's dev-dependency entry for the facade, under the facade's package name."""
    return _workspace_dependency(path, manifest)


def _workspace_dependency(path: str, manifest: Manifest, *, package: str | None = None):
    """An entry for another crate of the workspace; a renamed one (``package``) is pinned to the version.

    When the original has default features, they stay off in the entry:
    every feature (``default`` too) is forwarded explicitly, so
    ``--no-default-features`` on one crate reaches the crates it depends on.
    """
    entry = tomlkit.inline_table()
    if package is not None:
        entry.add("package", package)
    entry.add("path", path)
    if package is not None:
        entry.add("version", f"={manifest.version}")
    if "default" in manifest.features:
        entry.add("default-features", False)
    return entry


def _dependency_entries(original, kind: DependencyKind, wanted: set[str] | None) -> dict[str | None, dict]:
    """Entries of the tables of ``kind`` (and their target-specific forms) for the wanted code names."""
    found: dict[str | None, dict] = {}
    for table in dependency_tables(original, (kind,)):
        for key, value in table.entries.items():
            if wanted is None or key in wanted:
                found.setdefault(table.target, {})[key] = copy.deepcopy(value)
    return found


def _member_features(
    manifest: Manifest, layout: WorkspaceLayout, member: CrateLayout, optional_used: set[str]
) -> dict[str, list[str]]:
    """Every feature of the original, forwarded to member deps and own optional deps.

    Feature values name dependencies by their table key, as Cargo.toml does
    (a member by its ``lib_name``).
    """
    optional_keys = {d.key or d.name for d in manifest.dependencies if d.optional}
    implicit = implicit_features(manifest)
    features: dict[str, list[str]] = {}
    for name, values in manifest.features.items():
        entries: list[str] = []
        for value in values:
            if value.startswith("dep:"):
                if value[4:] in optional_used:
                    entries.append(value)
            elif "/" in value:
                written = value.split("/")[0]
                dependency = written.rstrip("?")
                if dependency in optional_used or (
                    dependency in member.external_deps and dependency not in optional_keys
                ):
                    entries.append(value)
                if written == dependency and dependency in implicit:
                    # ``dep/feat`` (not weak) also switches on the optional
                    # dependency's implicit feature, which code may test.
                    entries.append(dependency)
            elif value in manifest.features or value in implicit:
                # An optional dependency's implicit feature is a feature of
                # every member too (defined below), so ``cfg(feature = ..)``
                # on its name holds wherever the original's does.
                entries.append(value)
        entries.extend(f"{layout.lib_name(dependency)}/{name}" for dependency in member.member_deps)
        features[name] = entries
    for optional in sorted(implicit):
        if optional in features:
            continue
        entries = [f"dep:{optional}"] if optional in optional_used else []
        entries.extend(f"{layout.lib_name(dependency)}/{optional}" for dependency in member.member_deps)
        features[optional] = entries
    return features


def implicit_features(manifest: Manifest) -> set[str]:
    """Optional dependencies (table keys) that have an implicit feature of
    their name: those no feature names with the ``dep:`` syntax."""
    optional_keys = {d.key or d.name for d in manifest.dependencies if d.optional}
    explicit = {v[4:] for values in manifest.features.values() for v in values if v.startswith("dep:")}
    return optional_keys - explicit


def _forward_features(document, manifest: Manifest, members: list[str]) -> None:
    if "features" not in document and not any(d.optional for d in manifest.dependencies):
        return
    features = document.setdefault("features", tomlkit.table())
    for name in list(features.keys()):
        for member in members:
            features[name].append(f"{member}/{name}")
    for optional in sorted(implicit_features(manifest)):
        if optional in features:
            continue
        array = tomlkit.array()
        array.append(f"dep:{optional}")
        for member in members:
            array.append(f"{member}/{optional}")
        features[optional] = array
