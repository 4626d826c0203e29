"""Producing and loading rustdoc's JSON for a library and its workspace crates.

The public API comparison reads rustdoc JSON (an unstable output, asked of
the stable toolchain with ``RUSTC_BOOTSTRAP=1``: the toolchain the crate is
checked with, so its dependencies build as they do there). A
split facade re-exports items that live in other crates of the same
workspace, and rustdoc's JSON does not inline such re-exports: it records a
``use`` whose target is an id of the other crate. So the JSON of every
workspace crate the package depends on is generated too and loaded as
:class:`RustdocCrate` values that can find an item of their own crate by
the path another crate names it by.

The crates of a split share one crate name (members keep the original's,
see ``rewrite/manifests.py``), and rustdoc writes ``doc/<crate name>.json``:
libraries of one name are documented in separate ``cargo doc`` runs, and
the crates are told apart by package. Another crate's id in a JSON is
matched to its package by the metadata file rustdoc read it from
(``external_crates[..].path``), which cargo's artifact messages of the
same run name; by its crate name when that is unique among the libraries.

The JSON is generated with private and hidden items included, so that a
re-export of an item in a private or ``#[doc(hidden)]`` module can still be
followed; deciding what is public is left to :mod:`.public_api`.

Invariant: the JSON read is the JSON this run wrote (stale files of a
shared target directory are deleted before each cargo run, which makes
cargo rebuild them, and read right after it).
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePath

from crate_split.errors import PublicApiFailed
from crate_split.verify.cargo import FeatureFlags, run_cargo

#: The rustdoc JSON format this module was written against (nightly 1.97, 2026-05).
TESTED_FORMAT_VERSION = 57

#: Older formats spell attributes and items differently; they are refused.
MIN_FORMAT_VERSION = 57

_RUSTDOCFLAGS = "-Zunstable-options --output-format json --document-hidden-items"
_LIBRARY_KINDS = frozenset({"lib", "rlib", "dylib", "proc-macro"})


@dataclass(frozen=True, slots=True)
class RustdocCrate:
    """The rustdoc JSON of one crate. Treat the mappings as read-only."""

    #: Crate name as rustc knows it (underscores, not hyphens).
    name: str
    format_version: int
    #: Id of the crate root module; ids are strings throughout.
    root: str
    index: dict
    paths: dict
    external_crates: dict
    #: This crate's key among the crates loaded together (its package
    #: name; the crate name when loaded alone).
    key: str = ""
    #: Keys of the other loaded crates, by their number in this JSON.
    external_keys: Mapping[str, str] = field(default_factory=dict)
    _by_path: dict = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def from_json(
        cls, data: dict, key: str | None = None, external_keys: Mapping[str, str] | None = None
    ) -> RustdocCrate:
        """Build from the decoded JSON, indexing this crate's own item paths.

        Args:
            data: the decoded JSON.
            key: the crate's key among the crates loaded with it (default: its name).
            external_keys: keys of those crates by their number in ``data``
                (default: their crate names).
        """
        version = int(data.get("format_version", 0))
        if version < MIN_FORMAT_VERSION:
            raise PublicApiFailed(
                f"rustdoc JSON format {version} is older than {MIN_FORMAT_VERSION}",
                hint="rustup update stable",
            )
        root = str(data["root"])
        name = data["index"][root]["name"]
        crate = cls(
            name=name,
            format_version=version,
            root=root,
            index=data["index"],
            paths=data["paths"],
            external_crates=data["external_crates"],
            key=key or name,
            external_keys=dict(external_keys or {}),
        )
        for item_id, summary in crate.paths.items():
            if summary["crate_id"] == 0:
                crate._by_path.setdefault(tuple(summary["path"]), []).append((summary["kind"], str(item_id)))
        return crate

    def find_local(self, path: Sequence[str], kind: str | None) -> str | None:
        """Return the id of this crate's item at a definition path, preferring the given kind."""
        candidates = self._by_path.get(tuple(path), [])
        for candidate_kind, item_id in candidates:
            if candidate_kind == kind:
                return item_id
        return candidates[0][1] if len(candidates) == 1 else None

    def crate_name_of(self, crate_id: int) -> str:
        """Return the name of an external crate by its number in this JSON."""
        return self.name if crate_id == 0 else self.external_crates[str(crate_id)]["name"]

    def crate_key_of(self, crate_id: int) -> str:
        """Return the key of a crate by its number in this JSON (its name when it has no key)."""
        if crate_id == 0:
            return self.key
        return self.external_keys.get(str(crate_id)) or self.crate_name_of(crate_id)


@dataclass(frozen=True, slots=True)
class LibraryCrate:
    """A library target of a workspace package."""

    package: str
    #: The crate name: the library target name with hyphens made underscores.
    crate_name: str
    #: Cargo's package ID spec (``path+file:///..#name@version``): unlike the
    #: name, never ambiguous with a registry dependency of the same name.
    spec: str = ""


def workspace_libraries(package_dir: Path, package: str) -> tuple[LibraryCrate, ...]:
    """Return the package's library and those of workspace members it depends on.

    Dependencies are followed transitively through normal (not dev or build)
    dependencies that are members of the same workspace.

    Args:
        package_dir: The package directory or its workspace root.
        package: Name of the package whose API is wanted.

    Returns:
        The package's own library first, then the others sorted by package name.

    Raises:
        PublicApiFailed: ``cargo metadata`` fails, the package is not a
            workspace member, or it has no library.
    """
    run = run_cargo(["metadata", "--format-version", "1", "--no-deps"], package_dir)
    if run.returncode != 0:
        raise PublicApiFailed(f"`cargo metadata` failed in {package_dir}: {_last_line(run.stderr)}")
    metadata = json.loads(run.stdout)
    members = {p["name"]: p for p in metadata["packages"] if p["id"] in set(metadata["workspace_members"])}
    by_dir = {str(Path(p["manifest_path"]).parent): name for name, p in members.items()}
    if package not in members:
        raise PublicApiFailed(f"no package `{package}` in the workspace at {package_dir}")
    wanted, todo = {package}, [package]
    while todo:
        for dependency in members[todo.pop()]["dependencies"]:
            member = by_dir.get(dependency.get("path") or "")
            if dependency.get("kind") is None and member and member not in wanted:
                wanted.add(member)
                todo.append(member)
    libraries = []
    for name in sorted(wanted, key=lambda n: (n != package, n)):
        target = next((t for t in members[name]["targets"] if _LIBRARY_KINDS & set(t["kind"])), None)
        if target is not None:
            libraries.append(LibraryCrate(name, target["name"].replace("-", "_"), members[name]["id"]))
        elif name == package:
            raise PublicApiFailed(f"package `{package}` has no library target")
    return tuple(libraries)


def generate_rustdoc_json(
    package_dir: Path,
    libraries: Sequence[LibraryCrate],
    *,
    target_dir: Path | None = None,
    features: FeatureFlags = FeatureFlags(),
    timeout: float | None = None,
) -> dict[str, RustdocCrate]:
    """Document libraries as JSON with rustdoc and load the results.

    Libraries whose crate names differ are documented in one ``cargo doc``
    run; a library named like one of an earlier run gets a run of its own.

    Args:
        package_dir: Where to run cargo (the package or workspace root).
        libraries: The libraries to document; the first one's package gets ``features``.
        target_dir: Cargo target directory to reuse (default: a temporary one).
        features: Feature options; features are those of the first library's
            package, and of a library documented in a run of its own (a
            member of a split defines every feature of the original).
        timeout: Seconds before cargo is killed, per run.

    Returns:
        Each library's JSON keyed by package name.

    Raises:
        PublicApiFailed: cargo or rustdoc fails, or the JSON is not usable.
    """
    if target_dir is None:
        with tempfile.TemporaryDirectory(prefix="crate-split-rustdoc-") as scratch:
            return generate_rustdoc_json(
                package_dir, libraries, target_dir=Path(scratch), features=features, timeout=timeout
            )
    runs: list[list[LibraryCrate]] = []
    for library in libraries:
        run_of = next((r for r in runs if all(other.crate_name != library.crate_name for other in r)), None)
        if run_of is None:
            runs.append(run_of := [])
        run_of.append(library)
    crates = {}
    for run_libraries in runs:
        loaded, artifacts = _document(package_dir, run_libraries, target_dir, features, timeout)
        for library, data in zip(run_libraries, loaded, strict=True):
            crates[library.package] = RustdocCrate.from_json(
                data, library.package, _external_keys(data, artifacts, libraries)
            )
    return crates


def _document(
    package_dir: Path,
    libraries: Sequence[LibraryCrate],
    target_dir: Path,
    features: FeatureFlags,
    timeout: float | None,
) -> tuple[list[dict], dict[str, str]]:
    """One ``cargo doc`` run: the JSON of each library (in order) and the
    package of every library file cargo reported, by file name."""
    json_files = [target_dir / "doc" / f"{library.crate_name}.json" for library in libraries]
    for json_file in json_files:
        json_file.unlink(missing_ok=True)
    args = ["doc", "--no-deps", "--lib", "--document-private-items", "--message-format=json-render-diagnostics"]
    for library in libraries:
        args += ["-p", library.spec or library.package]
    # With several packages selected, cargo wants each feature qualified by its package.
    args += features.args(libraries[0].package if len(libraries) > 1 else None)
    # The toolchain that checks the crate, its unstable options let through:
    # under nightly, dependencies that probe for it (proc-macro2 before
    # 1.0.60, ahash 0.7) turn on unstable features newer nightlies lack.
    env = {"CARGO_TARGET_DIR": str(target_dir), "RUSTDOCFLAGS": _RUSTDOCFLAGS, "RUSTC_BOOTSTRAP": "1"}
    run = run_cargo(args, package_dir, env=env, timeout=timeout)
    if run.returncode != 0:
        raise PublicApiFailed(
            f"`cargo doc` (rustdoc JSON) failed in {package_dir}: {_last_line(run.stderr)}",
            hint="rustdoc JSON needs Rust 1.90 or newer (format 57)",
        )
    loaded = []
    for json_file in json_files:
        if not json_file.is_file():
            raise PublicApiFailed(f"rustdoc wrote no {json_file}")
        loaded.append(json.loads(json_file.read_text(encoding="utf-8")))
    return loaded, _artifact_packages(run.stdout)


def _artifact_packages(messages: str) -> dict[str, str]:
    """The package of every file of cargo's ``compiler-artifact`` messages, by file name."""
    packages: dict[str, str] = {}
    for line in messages.splitlines():
        if not line.startswith("{"):
            continue
        message = json.loads(line)
        if message.get("reason") != "compiler-artifact":
            continue
        for file_name in message.get("filenames", ()):
            packages[PurePath(file_name).name] = message.get("package_id", "")
    return packages


def _external_keys(data: dict, artifacts: Mapping[str, str], libraries: Sequence[LibraryCrate]) -> dict[str, str]:
    """The package of each external crate of ``data`` that is one of the
    libraries: by the file rustdoc read it from, else by a unique crate name."""
    package_of_id = {library.spec: library.package for library in libraries if library.spec}
    keys: dict[str, str] = {}
    for crate_id, crate in data.get("external_crates", {}).items():
        package_id = artifacts.get(PurePath(crate.get("path") or "").name)
        named = [library.package for library in libraries if library.crate_name == crate["name"]]
        if package_id is not None:
            if package_id in package_of_id:
                keys[crate_id] = package_of_id[package_id]
        elif len(named) == 1:
            keys[crate_id] = named[0]
    return keys


def _last_line(text: str) -> str:
    errors = [line for line in text.splitlines() if line.startswith("error")]
    return (errors or text.strip().splitlines() or ["(no output)"])[-1]
