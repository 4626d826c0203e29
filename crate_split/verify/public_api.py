"""The public API of a library as a set of lines, to compare before and after a split.

A split must not change what users of the crate can name. This module
reads rustdoc JSON (see :mod:`.rustdoc_json`) and lists, as one string
each, every item a user can reach by a public path from the crate root:

- ``<kind> <path>`` for every public path of every item: ``mod``,
  ``struct``, ``enum``, ``union``, ``trait``, ``trait_alias``, ``fn``,
  ``const``, ``static``, ``type``, ``macro``, ``attr``, ``derive`` (a
  ``pub extern crate`` counts as ``mod``, like a re-exported crate root); a
  re-export is listed under the path it is reachable by,
  also when it points into another workspace crate (followed into that
  crate's JSON) or outside the workspace (then with the kind rustdoc gives);
- ``use <path>::* from <path>`` for a glob re-export of a module outside the
  workspace, whose contents are not enumerated, and ``use <path>`` for a
  re-export rustdoc could not resolve;
- members, under the item's canonical path (the shortest public path, then
  the alphabetically first): ``field``, ``variant``, trait items and the
  public items of inherent impls (``fn``, ``const``, ``type``);
- ``impl <Trait> for <Type>`` for every trait impl whose trait and type are
  nameable (workspace items by canonical path, others by definition path),
  including the auto traits rustdoc synthesises (``Send``, ``Sync``,
  ``Unpin``, ``UnwindSafe``, ``RefUnwindSafe``), but not blanket impls.

What is public: ``pub`` items and ``pub use`` re-exports that are not
``#[doc(hidden)]``, exported macros, and all variants and trait items. An
item in a hidden or private module still counts when a public re-export
reaches it; an item hidden itself never counts. Named items and re-exports
shadow glob imports of the same name and namespace, as in rustc.

Invariant: the same API gives the same set whichever crates define it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from crate_split.verify.api_walk import ApiWalker
from crate_split.verify.cargo import FeatureFlags
from crate_split.verify.rustdoc_json import RustdocCrate, generate_rustdoc_json, workspace_libraries


@dataclass(frozen=True, slots=True)
class ApiDiff:
    """How one public API differs from another."""

    #: Entries of the first API that the second lacks, sorted.
    missing: tuple[str, ...]
    #: Entries of the second API that the first lacks, sorted.
    added: tuple[str, ...]

    @property
    def equal(self) -> bool:
        return not self.missing and not self.added


def public_api(
    package_dir: Path, package: str, *, target_dir: Path | None = None, features: FeatureFlags = FeatureFlags()
) -> frozenset[str]:
    """Return the public API of a package's library as a set of entries.

    Runs ``cargo doc`` (rustdoc JSON, stable with ``RUSTC_BOOTSTRAP=1``) on the library and on every
    workspace library it depends on; this builds dependencies and so runs
    their build scripts and proc macros.

    Args:
        package_dir: The package directory, or the root of its workspace.
        package: The package name.
        target_dir: Cargo target directory to reuse (default: a temporary one).
        features: Cargo's feature options (features of the package).

    Returns:
        One string per entry, as described in this module's docstring.

    Raises:
        PublicApiFailed: cargo, rustdoc or the JSON fails.
    """
    libraries = workspace_libraries(package_dir, package)
    crates = generate_rustdoc_json(package_dir, libraries, target_dir=target_dir, features=features)
    return api_from_rustdoc(crates, libraries[0].package)


def api_from_rustdoc(crates: dict[str, RustdocCrate], root_crate: str) -> frozenset[str]:
    """Compute the public API of ``root_crate`` (a key of ``crates``) from already loaded rustdoc JSON."""
    return ApiWalker(crates).collect(root_crate)


def compare_public_api(before: frozenset[str], after: frozenset[str]) -> ApiDiff:
    """Return the entries only in ``before`` (missing) and only in ``after`` (added)."""
    return ApiDiff(missing=tuple(sorted(before - after)), added=tuple(sorted(after - before)))
