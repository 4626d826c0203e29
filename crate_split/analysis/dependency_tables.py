"""Where a manifest keeps its dependencies: the one list of its tables.

Cargo reads dependencies from ``[dependencies]``, ``[dev-dependencies]`` and
``[build-dependencies]``, the same under every ``[target.'cfg(..)']``, and
(in a workspace root) ``[workspace.dependencies]``; it still accepts the old
spellings ``dev_dependencies`` and ``build_dependencies``. Reading the
manifest, rewriting it and copying a package all walk these tables; they
take them from :func:`dependency_tables`, as cargo's ``toml_mut`` lists
them once.

It works on any mapping of parsed TOML (``tomllib``'s dicts or tomlkit's
documents, whose tables can be edited in place); it reads nothing else.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any


class DependencyKind(enum.Enum):
    NORMAL = "normal"
    DEV = "dev"
    BUILD = "build"


#: Table names by kind, the spelling cargo writes first.
TABLE_NAMES: dict[DependencyKind, tuple[str, ...]] = {
    DependencyKind.NORMAL: ("dependencies",),
    DependencyKind.DEV: ("dev-dependencies", "dev_dependencies"),
    DependencyKind.BUILD: ("build-dependencies", "build_dependencies"),
}


#: Every table name, in the order above.
ALL_TABLE_NAMES: tuple[str, ...] = tuple(name for names in TABLE_NAMES.values() for name in names)


@dataclass(frozen=True, slots=True)
class DependencyTable:
    """One dependency table of a manifest."""

    kind: DependencyKind
    #: The ``cfg(..)`` or target triple of a ``[target.X.*]`` table; None otherwise.
    target: str | None
    #: The table's name as the manifest spells it (``dev_dependencies`` too).
    name: str
    #: The table itself, as parsed (editable in place when tomlkit parsed it).
    entries: Any


def dependency_tables(
    document: Mapping[str, Any], kinds: tuple[DependencyKind, ...] = tuple(DependencyKind)
) -> Iterator[DependencyTable]:
    """The dependency tables ``document`` has, of the given kinds.

    Order: by kind, then spelling; for each, the plain table first, then
    the target-specific ones in the manifest's order.
    """
    targets = document.get("target", {})
    for kind in kinds:
        for name in TABLE_NAMES[kind]:
            if name in document:
                yield DependencyTable(kind, None, name, document[name])
            for target, tables in targets.items():
                if isinstance(tables, Mapping) and name in tables:
                    yield DependencyTable(kind, target, name, tables[name])


def workspace_dependencies(document: Mapping[str, Any]) -> Any:
    """The ``[workspace.dependencies]`` table, empty when there is none."""
    return document.get("workspace", {}).get("dependencies", {})
