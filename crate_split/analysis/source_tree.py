"""Reading a package from disk into an in-memory ``SourceTree``.

This is the only module of the analysis that reads files; the rest works on
the ``SourceTree`` value, so tests hand in trees built from strings. It
reads bytes and never decodes them: UTF-8 problems are the analysis' to
report. It never follows a symlink that leaves the package.

Invariant: keys of ``SourceTree.files`` are package-relative POSIX paths.
"""

from __future__ import annotations

import os
import stat
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from crate_split.analysis.cargo_metadata import cargo_targets
from crate_split.analysis.dependency_tables import dependency_tables
from crate_split.analysis.manifest import Dependency, Target
from crate_split.analysis.manifest_shape import read_manifest_data
from crate_split.errors import (
    ManifestInvalid,
    ManifestNotFound,
    PackageNotFound,
    SourceUnreadable,
    WorkspaceNeedsPackage,
)
from crate_split.model.names import package_name_problem

_SKIPPED_DIRS = frozenset({"target", ".git", ".hg", ".svn", "node_modules"})


@dataclass(frozen=True, slots=True)
class SourceTree:
    """The files of one package, as bytes, keyed by package-relative path."""

    #: Where the package came from, for display only.
    root: str
    manifest_text: str
    files: Mapping[str, bytes]
    #: Text of the enclosing workspace's root manifest, when there is one.
    workspace_manifest_text: str | None = None
    #: Relative paths that are symlinks leading outside the package.
    escaping_links: frozenset[str] = field(default_factory=frozenset)
    #: Relative paths of ``.rs`` files that exist but could not be read.
    unreadable: frozenset[str] = field(default_factory=frozenset)
    #: Relative paths of FIFOs, sockets and devices (any name): never opened,
    #: since reading a FIFO waits for a writer forever.
    special_files: frozenset[str] = field(default_factory=frozenset)
    #: ``[lib] name`` of path dependencies that set one, by table key.
    dependency_lib_names: Mapping[str, str] = field(default_factory=dict)
    #: The targets ``cargo metadata`` reports; None when cargo was not asked
    #: or gave no answer (the manifest reader then discovers them).
    cargo_targets: tuple[Target, ...] | None = None

    @classmethod
    def new(
        cls,
        files: Mapping[str, bytes | str],
        *,
        root: str = "<memory>",
        workspace_manifest_text: str | None = None,
    ) -> SourceTree:
        """Build a tree from strings or bytes; ``Cargo.toml`` must be among them."""
        encoded = {path: content.encode() if isinstance(content, str) else content for path, content in files.items()}
        manifest = encoded.pop("Cargo.toml", None)
        if manifest is None:
            raise ManifestNotFound(f"{root}: no Cargo.toml")
        return cls(
            root=root,
            manifest_text=manifest.decode(),
            files=MappingProxyType(dict(sorted(encoded.items()))),
            workspace_manifest_text=workspace_manifest_text,
        )


def find_workspace_manifest(package_dir: Path) -> Path | None:
    """Return the nearest ancestor ``Cargo.toml`` declaring ``[workspace]``."""
    for ancestor in package_dir.resolve().parents:
        candidate = ancestor / "Cargo.toml"
        if candidate.is_file():
            try:
                text = candidate.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                continue
            if "[workspace" in text:
                return candidate
    return None


def load_source_tree(package_dir: Path, *, ask_cargo: bool = False) -> SourceTree:
    """Read ``Cargo.toml`` and every ``.rs`` file below ``package_dir``.

    Args:
        package_dir: directory holding the package's ``Cargo.toml``.
        ask_cargo: take the targets from ``cargo metadata`` when cargo
            answers (it runs no code of the crate).

    Returns:
        The package as a ``SourceTree``.

    Raises:
        ManifestNotFound: there is no ``Cargo.toml``.
        SourceUnreadable: the manifest cannot be read as UTF-8.
    """
    manifest_path = package_dir / "Cargo.toml"
    if not manifest_path.is_file():
        raise ManifestNotFound(
            f"{package_dir}: no Cargo.toml",
            hint="point crate-split at the directory of a Cargo package",
        )
    try:
        manifest_text = manifest_path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise SourceUnreadable(f"{manifest_path}: {error}") from error

    root = package_dir.resolve()
    files: dict[str, bytes] = {}
    escaping: set[str] = set()
    unreadable: set[str] = set()
    special: set[str] = set()
    for directory, subdirs, names in os.walk(root, followlinks=False):
        subdirs[:] = sorted(d for d in subdirs if d not in _SKIPPED_DIRS and not d.startswith("."))
        for linked in [d for d in subdirs if (Path(directory) / d).is_symlink()]:
            # os.walk does not enter linked directories; one leading out is named.
            if not _stays_inside(Path(directory) / linked, root):
                escaping.add((Path(directory) / linked).relative_to(root).as_posix())
        for name in sorted(names):
            full = Path(directory) / name
            relative = full.relative_to(root).as_posix()
            if full.is_symlink() and not _stays_inside(full, root):
                if name.endswith(".rs"):
                    escaping.add(relative)
                continue
            kind = _file_kind(full)
            if kind is None:
                unreadable.update([relative] if name.endswith(".rs") else [])
            elif kind not in ("file", "directory"):
                special.add(relative)
            elif name.endswith(".rs"):
                try:
                    files[relative] = full.read_bytes()
                except OSError:
                    unreadable.add(relative)
    lib_names = _path_dependency_lib_names(root, manifest_text)
    workspace_manifest = find_workspace_manifest(root)
    workspace_text = None
    if workspace_manifest is not None:
        workspace_text = workspace_manifest.read_text(encoding="utf-8")
    return SourceTree(
        root=str(package_dir),
        manifest_text=manifest_text,
        files=MappingProxyType(files),
        workspace_manifest_text=workspace_text,
        escaping_links=frozenset(escaping),
        unreadable=frozenset(unreadable),
        special_files=frozenset(special),
        dependency_lib_names=MappingProxyType(lib_names),
        cargo_targets=cargo_targets(root, manifest_text, tuple(files)) if ask_cargo else None,
    )


def _path_dependency_lib_names(root: Path, manifest_text: str) -> dict[str, str]:
    """Read ``[lib] name`` from the manifests of ``path`` dependencies."""
    try:
        data = read_manifest_data(manifest_text, "Cargo.toml")
    except ManifestInvalid:
        return {}
    names: dict[str, str] = {}
    for table in dependency_tables(data):
        for key, spec in table.entries.items():
            if not isinstance(spec, dict) or "path" not in spec:
                continue
            dependency = _read_other_manifest(root / spec["path"] / "Cargo.toml")
            if dependency is None:
                continue
            lib_name = dependency.get("lib", {}).get("name")
            if isinstance(lib_name, str):
                names[key] = lib_name.replace("-", "_")
    return names


def missing_path_dependencies(package_dir: Path, dependencies: Iterable[Dependency]) -> list[tuple[str, str]]:
    """``(table key, path)`` of ``path`` dependencies with no ``Cargo.toml``
    there (cargo refuses such a package; an inherited path is relative to
    the workspace root)."""
    workspace_manifest = find_workspace_manifest(package_dir)
    missing = []
    for dependency in dependencies:
        if dependency.path is None:
            continue
        base = workspace_manifest.parent if dependency.inherited and workspace_manifest else package_dir
        if not (base / dependency.path / "Cargo.toml").is_file():
            missing.append((dependency.key or dependency.name, dependency.path))
    return missing


def locate_package(path: Path, package: str | None) -> Path:
    """Find the package directory to analyse from a user-given path.

    Args:
        path: a package directory, a workspace root, or a ``Cargo.toml``.
        package: the ``-p`` name of a workspace member, if given.

    Returns:
        The directory of the package to analyse.

    Raises:
        ManifestNotFound: no ``Cargo.toml`` at ``path``.
        WorkspaceNeedsPackage: ``path`` is a virtual workspace and no ``-p``.
        PackageNotFound: no member is named ``package``.
    """
    if path.name == "Cargo.toml":
        path = path.parent
    manifest_path = path / "Cargo.toml"
    if not path.exists():
        raise ManifestNotFound(f"{path}: no such directory")
    if not manifest_path.is_file():
        raise ManifestNotFound(
            f"{path}: no Cargo.toml",
            hint="point crate-split at the directory of a Cargo package",
        )
    try:
        text = manifest_path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ManifestInvalid(f"{manifest_path}: {error}") from error
    manifest = read_manifest_data(text, str(manifest_path))
    own_name = manifest.get("package", {}).get("name")
    if package is None or package == own_name:
        if "package" not in manifest and "workspace" not in manifest:
            raise ManifestInvalid(
                f"{manifest_path} has neither a [package] nor a [workspace] table",
                hint="a package's manifest starts with [package] and its name",
            )
        if own_name is None and "package" in manifest:
            raise ManifestInvalid(f"{manifest_path}: [package] has no `name`")
        if own_name is not None and package_name_problem(own_name) is not None:
            raise ManifestInvalid(
                f"{manifest_path}: `package.name`: {package_name_problem(own_name)}", hint="cargo refuses it too"
            )
        if own_name is None:
            raise WorkspaceNeedsPackage(
                f"{path} is a workspace root without a package",
                hint="choose a member with -p NAME: " + ", ".join(_member_names(path, manifest)),
            )
        return path
    first_problem: ManifestInvalid | None = None
    for member_dir in _member_dirs(path, manifest):
        try:
            member = read_manifest_data(
                (member_dir / "Cargo.toml").read_text(encoding="utf-8"), str(member_dir / "Cargo.toml")
            )
        except ManifestInvalid as problem:
            first_problem = first_problem or problem
            continue
        except (OSError, UnicodeDecodeError):
            continue
        if member.get("package", {}).get("name") == package:
            return member_dir
    if first_problem is not None:
        # Cargo refuses the whole workspace for it; it may be the member asked for.
        raise ManifestInvalid(
            first_problem.detail, hint=f"cargo refuses the workspace for it; no other member is named {package!r}"
        )
    raise PackageNotFound(
        f"{path} has no member named {package!r}",
        hint="members: " + ", ".join(_member_names(path, manifest)),
    )


def _member_dirs(root: Path, manifest: dict) -> list[Path]:
    workspace = manifest.get("workspace", {})
    excluded = {(root / entry).resolve() for entry in workspace.get("exclude", [])}
    found: list[Path] = []
    for pattern in workspace.get("members", []):
        try:
            candidates = sorted(root.glob(pattern))
        except (ValueError, NotImplementedError):
            # An empty or absolute pattern: cargo's to report.
            continue
        for candidate in candidates:
            if (candidate / "Cargo.toml").is_file() and candidate.resolve() not in excluded:
                found.append(candidate)
    return found


def workspace_packages(root: Path) -> dict[str, Path]:
    """The packages of the workspace whose root is ``root``, by name: the
    root's own package and its members. A manifest that cannot be read is
    left out (cargo's to report); so is a second package of one name."""
    manifest = _read_other_manifest(root / "Cargo.toml") or {}
    directories = ([root] if "package" in manifest else []) + _member_dirs(root, manifest)
    found: dict[str, Path] = {}
    for directory in directories:
        member = _read_other_manifest(directory / "Cargo.toml")
        name = member.get("package", {}).get("name") if member is not None else None
        if isinstance(name, str):
            found.setdefault(name, directory)
    return found


def _member_names(root: Path, manifest: dict) -> list[str]:
    names = []
    for member_dir in _member_dirs(root, manifest):
        member = _read_other_manifest(member_dir / "Cargo.toml")
        name = member.get("package", {}).get("name") if member is not None else None
        if name:
            names.append(name)
    return sorted(names) or ["(none found)"]


def _file_kind(path: Path) -> str | None:
    """``file``, ``directory``, or a special kind (``FIFO``, ``socket``,
    ``device``) of what ``path`` names, following a symlink; None when it
    cannot be inspected (a dangling or looping link)."""
    try:
        mode = path.stat().st_mode
    except (OSError, RuntimeError):
        return None
    if stat.S_ISREG(mode):
        return "file"
    if stat.S_ISDIR(mode):
        return "directory"
    if stat.S_ISFIFO(mode):
        return "FIFO"
    return "socket" if stat.S_ISSOCK(mode) else "device"


def _read_other_manifest(path: Path) -> dict | None:
    """The manifest of a member or a path dependency, or None when it is not
    a readable, well-typed ``Cargo.toml`` (those are cargo's to report)."""
    if not path.is_file():
        return None
    try:
        return read_manifest_data(path.read_text(encoding="utf-8"), str(path))
    except (OSError, UnicodeDecodeError, ManifestInvalid):
        return None


def _stays_inside(path: Path, root: Path) -> bool:
    """Whether ``path``, its symlinks followed, is under ``root``; a link that
    loops stays where it is (reading it then fails, as unreadable)."""
    try:
        path.resolve().relative_to(root)
    except ValueError:
        return False
    except (OSError, RuntimeError):
        return True
    return True


def list_package_files(package_dir: Path) -> tuple[str, ...]:
    """Every file of the package (POSIX, relative), without ``target/`` and VCS dirs.

    Hidden directories other than VCS ones (``.cargo``) are kept; symlinks
    leading outside the package are left out.
    """
    root = package_dir.resolve()
    found: list[str] = []
    for directory, subdirs, names in os.walk(root, followlinks=False):
        subdirs[:] = sorted(d for d in subdirs if d not in _SKIPPED_DIRS)
        for name in sorted(names):
            full = Path(directory) / name
            if full.is_symlink() and not _stays_inside(full, root):
                continue
            if full.is_file():
                found.append(full.relative_to(root).as_posix())
    return tuple(found)


def find_joined_workspace(package_dir: Path) -> Path | None:
    """The root of the workspace the package is a member of, when that is
    an ancestor directory (not the package itself).

    Like cargo: a package whose manifest has ``[workspace]`` is a root;
    ``package.workspace = "DIR"`` names the root; otherwise the nearest
    ancestor whose ``Cargo.toml`` has a ``[workspace]`` table is the root,
    unless its ``exclude`` holds the package, which is then a root of its
    own. (A package that is no member there and not excluded does not
    build; cargo says so.)
    """
    package = package_dir.resolve()
    own = _read_toml(package / "Cargo.toml")
    if "workspace" in own:
        return None
    explicit = own.get("package", {}).get("workspace") if isinstance(own.get("package"), dict) else None
    ancestors = list(package.parents)
    if isinstance(explicit, str):
        ancestors = [root for root in ancestors if root == (package / explicit).resolve()]
    for ancestor in ancestors:
        workspace = _read_toml(ancestor / "Cargo.toml").get("workspace")
        if not isinstance(workspace, dict):
            continue
        excluded = workspace.get("exclude", [])
        if isinstance(excluded, list) and any(
            isinstance(entry, str) and package.is_relative_to((ancestor / entry).resolve()) for entry in excluded
        ):
            return None
        return ancestor
    return None


def _read_toml(path: Path) -> dict:
    """A TOML file's data; empty when it is missing or unreadable."""
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return {}
