"""``dependency_tables``: every table of a manifest that holds dependencies,
in both spellings cargo reads, plain and target-specific."""

from __future__ import annotations

import tomllib

from crate_split.analysis.dependency_tables import DependencyKind, dependency_tables, workspace_dependencies

MANIFEST = """
[dependencies]
a = "1"

[build_dependencies]
b = "1"

[target.'cfg(unix)'.dev-dependencies]
c = "1"

[target.'cfg(unix)'.dependencies]
d = "1"

[workspace.dependencies]
e = "1"
"""


def test_every_dependency_table_is_listed_by_kind_plain_before_target_specific() -> None:
    document = tomllib.loads(MANIFEST)
    tables = [(t.kind, t.target, t.name, sorted(t.entries)) for t in dependency_tables(document)]
    assert tables == [
        (DependencyKind.NORMAL, None, "dependencies", ["a"]),
        (DependencyKind.NORMAL, "cfg(unix)", "dependencies", ["d"]),
        (DependencyKind.DEV, "cfg(unix)", "dev-dependencies", ["c"]),
        (DependencyKind.BUILD, None, "build_dependencies", ["b"]),
    ]
    assert sorted(workspace_dependencies(document)) == ["e"]


def test_the_tables_of_one_kind_alone() -> None:
    tables = dependency_tables(tomllib.loads(MANIFEST), (DependencyKind.BUILD,))
    assert [t.name for t in tables] == ["build_dependencies"]
