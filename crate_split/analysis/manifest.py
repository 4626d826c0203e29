"""The package manifest read into a typed value: targets, edition, features
and every kind of dependency.

It follows cargo's rules for target auto-discovery and workspace inheritance
closely enough for analysis; it does not run cargo and does not resolve
versions. Rendering manifests belongs to the rewrite stage, not here.
"""

from __future__ import annotations

import enum
import posixpath
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from crate_split.analysis.dependency_tables import ALL_TABLE_NAMES, DependencyKind, dependency_tables
from crate_split.analysis.manifest_shape import read_manifest_data
from crate_split.errors import ManifestInvalid
from crate_split.model.names import package_name_problem


class TargetKind(enum.Enum):
    LIB = "lib"
    BIN = "bin"
    TEST = "test"
    BENCH = "bench"
    EXAMPLE = "example"


@dataclass(frozen=True, slots=True)
class Target:
    kind: TargetKind
    name: str
    #: Package-relative path of the target's root source file.
    path: str


@dataclass(frozen=True, slots=True)
class Dependency:
    """One entry of a ``[dependencies]``-like table."""

    #: Name the code uses (the table key, ``-`` replaced by ``_``).
    name: str
    #: The package it refers to (``package = ...`` when renamed).
    package: str
    kind: DependencyKind
    #: ``cfg(...)`` or target triple of a ``[target.X.dependencies]`` table.
    target: str | None
    optional: bool
    #: True when the entry says ``workspace = true``.
    inherited: bool
    #: ``path =`` as written, relative to the package (or, when inherited,
    #: to the workspace root); ``None`` for registry and git dependencies.
    path: str | None = None
    #: Features the entry enables, the workspace entry's first when inherited.
    features: tuple[str, ...] = ()
    #: The table key, as written (``name`` is what code uses).
    key: str = ""

    @property
    def is_renamed(self) -> bool:
        return self.package.replace("-", "_") != self.name


@dataclass(frozen=True, slots=True)
class Manifest:
    """What crate-split needs to know from ``Cargo.toml``."""

    package: str
    version: str
    edition: str
    targets: tuple[Target, ...]
    dependencies: tuple[Dependency, ...]
    features: Mapping[str, tuple[str, ...]]
    has_build_script: bool
    #: ``[lib] proc-macro = true``: such a crate can only export macros.
    is_proc_macro: bool = False

    @property
    def crate_name(self) -> str:
        """The library's crate name as code refers to it."""
        lib = self.library
        return lib.name if lib else self.package.replace("-", "_")

    @property
    def library(self) -> Target | None:
        return next((t for t in self.targets if t.kind is TargetKind.LIB), None)

    def extern_names(self, *, include_dev: bool = False) -> frozenset[str]:
        """Names of dependencies visible in the extern prelude of the library."""
        kinds = {DependencyKind.NORMAL} | ({DependencyKind.DEV} if include_dev else set())
        return frozenset(d.name for d in self.dependencies if d.kind in kinds)


def parse_manifest(
    text: str,
    source_files: Iterable[str],
    *,
    workspace_text: str | None = None,
    lib_names: Mapping[str, str] | None = None,
    cargo_targets: tuple[Target, ...] | None = None,
) -> Manifest:
    """Read a manifest and discover its targets among ``source_files``.

    Args:
        text: the package's ``Cargo.toml``.
        source_files: package-relative paths of the ``.rs`` files present.
        workspace_text: the enclosing workspace root manifest, for inheritance.
        lib_names: ``[lib] name`` of dependencies that set one (by table
            key); code names such a dependency by its lib name unless the
            entry renames it.
        cargo_targets: the targets ``cargo metadata`` reports, which win
            over the reader's own discovery (None: cargo not asked).

    Returns:
        The manifest as a value.

    Raises:
        ManifestInvalid: the TOML (of the package or its workspace) cannot
            be parsed, a value has the wrong type, or there is no ``[package]``.
    """
    data = read_manifest_data(text, "Cargo.toml")
    workspace: dict[str, Any] = {}
    if "workspace" in data:
        workspace = data["workspace"]
    elif workspace_text:
        workspace = read_manifest_data(workspace_text, "the workspace's Cargo.toml").get("workspace", {})
    package = data.get("package")
    if package is None:
        raise ManifestInvalid("Cargo.toml has no [package] table")
    if "name" not in package:
        raise ManifestInvalid("Cargo.toml: [package] has no `name`")
    name_problem = package_name_problem(package["name"])
    if name_problem is not None:
        raise ManifestInvalid(f"Cargo.toml: `package.name`: {name_problem}", hint="cargo refuses it too")
    inherited_package = workspace.get("package", {})

    def package_field(key: str, default: str) -> str:
        value = package.get(key, default)
        if isinstance(value, dict) and value.get("workspace"):
            value = inherited_package.get(key, default)
        return str(value)

    name = package["name"]
    files = sorted(set(source_files))
    build = package.get("build", True)
    has_build = (build is not False and "build.rs" in files) if build in (True, None) else bool(build)
    return Manifest(
        package=name,
        version=package_field("version", "0.0.0"),
        edition=package_field("edition", "2015"),
        targets=_prefer_cargo(list(_discover_targets(data, name, files)), cargo_targets, set(files)),
        dependencies=tuple(_read_dependencies(data, workspace.get("dependencies", {}), lib_names or {})),
        features={key: tuple(value) for key, value in sorted(data.get("features", {}).items())},
        has_build_script=has_build,
        is_proc_macro=bool(data.get("lib", {}).get("proc-macro", data.get("lib", {}).get("proc_macro", False))),
    )


#: Position of each dependency table name in the order dependencies are listed.
_TABLE_ORDER = {name: index for index, name in enumerate(ALL_TABLE_NAMES)}


def _read_dependencies(
    data: Mapping[str, Any], workspace_deps: Mapping[str, Any], lib_names: Mapping[str, str]
) -> list[Dependency]:
    # Table by table (cargo's spelling before the old one), the plain table
    # before the target-specific ones, those by target.
    tables = sorted(dependency_tables(data), key=lambda t: (_TABLE_ORDER[t.name], t.target is not None, t.target or ""))
    found: list[Dependency] = []
    for table in tables:
        kind, target = table.kind, table.target
        for key, spec in sorted(table.entries.items()):
            inherited = isinstance(spec, dict) and bool(spec.get("workspace"))
            effective = spec
            if inherited:
                base = workspace_deps.get(key, {})
                effective = {**(base if isinstance(base, dict) else {"version": base}), **spec}
            table_spec = effective if isinstance(effective, dict) else {}
            features = list(table_spec.get("features", ()))
            if inherited:
                # ``features`` of a member entry add to the workspace entry's.
                base = workspace_deps.get(key, {})
                base_features = base.get("features", ()) if isinstance(base, dict) else ()
                features = list(dict.fromkeys([*base_features, *spec.get("features", ())]))
            renamed = "package" in table_spec
            code_name = key.replace("-", "_") if renamed else lib_names.get(key, key.replace("-", "_"))
            found.append(
                Dependency(
                    name=code_name,
                    key=key,
                    package=table_spec.get("package", key),
                    kind=kind,
                    target=target,
                    optional=bool(table_spec.get("optional", False)),
                    inherited=inherited,
                    path=table_spec.get("path"),
                    features=tuple(features),
                )
            )
    return found


#: The order of target kinds where the reader's order does not decide.
_KIND_ORDER = {kind: index for index, kind in enumerate(TargetKind)}


def _prefer_cargo(read: list[Target], cargo: tuple[Target, ...] | None, files: set[str]) -> tuple[Target, ...]:
    """cargo's targets when it was asked, else the reader's.

    cargo's come in the reader's order where the reader found them too (so
    the same package gives the same output either way), then the others by
    kind and name. A target only cargo found whose file the package does
    not hold as a readable ``.rs`` file (a FIFO cargo saw by its name) is
    left out, as the reader leaves it out: the analysis says why.
    """
    if cargo is None:
        return tuple(read)
    by_key = {(target.kind, target.name): target for target in cargo}
    kept = [by_key.pop((target.kind, target.name)) for target in read if (target.kind, target.name) in by_key]
    added = sorted(
        (target for target in by_key.values() if target.path in files),
        key=lambda target: (_KIND_ORDER[target.kind], target.name),
    )
    return (*kept, *added)


def _discover_targets(data: Mapping[str, Any], package: str, files: list[str]) -> Iterable[Target]:
    package_data = data.get("package", {})
    crate_name = package.replace("-", "_")
    lib = data.get("lib")
    if lib is not None or "src/lib.rs" in files:
        lib = lib or {}
        yield Target(
            TargetKind.LIB, lib.get("name", crate_name).replace("-", "_"), _target_path(lib.get("path", "src/lib.rs"))
        )
    sections = (
        (TargetKind.BIN, "bin", "autobins", "src/bin"),
        (TargetKind.EXAMPLE, "example", "autoexamples", "examples"),
        (TargetKind.TEST, "test", "autotests", "tests"),
        (TargetKind.BENCH, "bench", "autobenches", "benches"),
    )
    for kind, section, auto_key, directory in sections:
        explicit = {t["name"]: t for t in data.get(section, []) if "name" in t}
        discovered: dict[str, str] = {}
        if package_data.get(auto_key, True):
            if kind is TargetKind.BIN and "src/main.rs" in files:
                discovered[package] = "src/main.rs"
            discovered.update(_auto_targets(files, directory))
        for target_name, path in sorted(discovered.items()):
            if target_name not in explicit:
                yield Target(kind, target_name, path)
        for target_name, spec in sorted(explicit.items()):
            default_path = discovered.get(target_name, f"{directory}/{target_name}.rs")
            yield Target(kind, target_name, _target_path(spec.get("path", default_path)))


def _target_path(written: str) -> str:
    """A target path as the package's file list spells it: cargo accepts
    ``./src/lib.rs`` and ``src/../src/lib.rs`` for ``src/lib.rs``."""
    return posixpath.normpath(written)


def _auto_targets(files: list[str], directory: str) -> dict[str, str]:
    found: dict[str, str] = {}
    prefix = directory + "/"
    for path in files:
        if not path.startswith(prefix):
            continue
        rest = path[len(prefix) :].split("/")
        if len(rest) == 1:
            found[rest[0][: -len(".rs")]] = path
        elif len(rest) == 2 and rest[1] == "main.rs":
            found[rest[0]] = path
    return found
