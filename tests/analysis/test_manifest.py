"""The manifest as the analysis reads it: targets, edition, dependencies,
features, build script, workspace inheritance, and the errors for manifests
it cannot use.

Every test describes the manifest of a fixture package with
``check_manifest``; when the analysis refuses the package, the description
is the one error line users see, with its exit code.
"""

from __future__ import annotations

from analysis_text import render_manifest
from crate_split.analysis import analyze_crate
from crate_split.errors import CrateSplitError
from fixture import normalise, source_tree


def check_manifest(fixture: str, expected: str, *, workspace_manifest: str | None = None) -> None:
    """Analyse ``fixture`` and compare its manifest description with ``expected``."""
    tree = source_tree(fixture, workspace_manifest=workspace_manifest)
    try:
        described = render_manifest(analyze_crate(tree))
    except CrateSplitError as error:
        described = f"{error.one_line()}\nexit code {error.exit_code}\n"
    assert described == normalise(expected)


def test_targets_are_discovered_from_the_standard_layout() -> None:
    check_manifest(
        """
        //- /Cargo.toml
        [package]
        name = "my-tool"
        version = "1.2.3"
        edition = "2021"
        //- /src/lib.rs
        //- /src/main.rs
        //- /src/bin/extra.rs
        //- /src/bin/multi/main.rs
        //- /src/bin/multi/helper.rs
        //- /examples/demo.rs
        //- /tests/it.rs
        //- /tests/common/mod.rs
        //- /benches/speed.rs
        """,
        """
        package my-tool 1.2.3 edition 2021 crate my_tool
        lib my_tool src/lib.rs
        bin extra src/bin/extra.rs
        bin multi src/bin/multi/main.rs
        bin my-tool src/main.rs
        example demo examples/demo.rs
        test it tests/it.rs
        bench speed benches/speed.rs
        """,
    )


def test_lib_section_renames_the_crate_and_moves_its_root() -> None:
    check_manifest(
        """
        //- /Cargo.toml
        [package]
        name = "renamed_deps_unix"
        version = "0.1.0"
        edition = "2021"
        [lib]
        name = "unix_extras"
        path = "src/unix.rs"
        //- /src/unix.rs
        pub const LIST_SEPARATOR: char = ':';
        """,
        """
        package renamed_deps_unix 0.1.0 edition 2021 crate unix_extras
        lib unix_extras src/unix.rs
        """,
    )


def test_target_paths_are_normalised_like_the_file_list() -> None:
    check_manifest(
        """
        //- /Cargo.toml
        [package]
        name = "dotted"
        version = "0.1.0"
        edition = "2021"
        [lib]
        path = "./src/lib.rs"
        [[bin]]
        name = "tool"
        path = "src/../cmd/./tool.rs"
        //- /src/lib.rs
        pub fn f() {}
        //- /cmd/tool.rs
        fn main() {}
        """,
        """
        package dotted 0.1.0 edition 2021 crate dotted
        lib dotted src/lib.rs
        bin tool cmd/tool.rs
        """,
    )


def test_explicit_binaries_replace_discovery_when_autobins_is_off() -> None:
    check_manifest(
        """
        //- /Cargo.toml
        [package]
        name = "app"
        version = "0.1.0"
        edition = "2021"
        autobins = false
        [[bin]]
        name = "tool"
        path = "cmd/tool.rs"
        //- /src/main.rs
        fn main() {}
        //- /src/bin/ignored.rs
        fn main() {}
        //- /cmd/tool.rs
        fn main() {}
        """,
        """
        package app 0.1.0 edition 2021 crate app
        bin tool cmd/tool.rs
        """,
    )


def test_edition_defaults_to_2015_and_version_to_zero() -> None:
    check_manifest(
        """
        //- /Cargo.toml
        [package]
        name = "old"
        //- /src/lib.rs
        """,
        """
        package old 0.0.0 edition 2015 crate old
        lib old src/lib.rs
        """,
    )


def test_dependencies_of_every_kind_and_target_are_read() -> None:
    check_manifest(
        """
        //- /Cargo.toml
        [package]
        name = "demo"
        version = "0.1.0"
        edition = "2021"
        [dependencies]
        serde-json = "1"
        helper_renamed = { package = "renamed-deps-helper", path = "../helper" }
        rayon = { version = "1", optional = true, features = ["web"] }
        [target.'cfg(unix)'.dependencies]
        renamed_deps_unix = { path = "../unix" }
        [dev-dependencies]
        testkit = { path = "../testkit" }
        [build-dependencies]
        cc = "1"
        [features]
        default = ["extra"]
        extra = ["rayon"]
        //- /src/lib.rs
        """,
        """
        package demo 0.1.0 edition 2021 crate demo
        lib demo src/lib.rs
        dependency helper_renamed = renamed-deps-helper (normal, path ../helper)
        dependency rayon (normal, features web, optional)
        dependency serde_json (normal)
        dependency renamed_deps_unix (normal, cfg(unix), path ../unix)
        dependency testkit (dev, path ../testkit)
        dependency cc (build)
        feature default = [extra]
        feature extra = [rayon]
        """,
    )


def test_workspace_members_inherit_package_fields_and_dependencies() -> None:
    check_manifest(
        """
        //- /Cargo.toml
        [package]
        name = "app"
        version.workspace = true
        edition.workspace = true
        [dependencies]
        core_lib = { workspace = true, features = ["pretty"] }
        serde.workspace = true
        //- /src/lib.rs
        """,
        """
        package app 0.1.0 edition 2021 crate app
        lib app src/lib.rs
        dependency core_lib (normal, path core_lib, features fast,pretty, workspace)
        dependency serde (normal, workspace)
        """,
        workspace_manifest="""
        [workspace]
        members = ["core_lib", "app"]
        [workspace.package]
        version = "0.1.0"
        edition = "2021"
        [workspace.dependencies]
        core_lib = { path = "core_lib", version = "0.1.0", features = ["fast"] }
        serde = "1"
        """,
    )


def test_build_script_is_found_by_file_or_by_the_build_key() -> None:
    check_manifest(
        """
        //- /Cargo.toml
        [package]
        name = "gen"
        version = "0.1.0"
        edition = "2021"
        build = "tools/gen.rs"
        //- /src/lib.rs
        //- /tools/gen.rs
        fn main() {}
        """,
        """
        package gen 0.1.0 edition 2021 crate gen
        lib gen src/lib.rs
        build script
        """,
    )


def test_build_rs_is_not_a_build_script_when_build_is_false() -> None:
    check_manifest(
        """
        //- /Cargo.toml
        [package]
        name = "gen"
        version = "0.1.0"
        edition = "2021"
        build = false
        //- /src/lib.rs
        //- /build.rs
        fn main() {}
        """,
        """
        package gen 0.1.0 edition 2021 crate gen
        lib gen src/lib.rs
        """,
    )


def test_manifest_that_is_not_toml_is_invalid_input() -> None:
    check_manifest(
        """
        //- /Cargo.toml
        [package
        name = "broken"
        //- /src/lib.rs
        """,
        """
        error: invalid Cargo.toml: Cargo.toml: Expected ']' at the end of a table declaration (at line 1, column 9)
        exit code 2
        """,
    )


def test_manifest_without_a_package_name_is_invalid_input() -> None:
    check_manifest(
        """
        //- /Cargo.toml
        [workspace]
        members = ["a"]
        //- /src/lib.rs
        """,
        """
        error: invalid Cargo.toml: Cargo.toml has no [package] table
        exit code 2
        """,
    )


def test_package_without_library_or_binary_is_invalid_input() -> None:
    check_manifest(
        """
        //- /Cargo.toml
        [package]
        name = "empty"
        version = "0.1.0"
        //- /tests/it.rs
        """,
        """
        error: invalid input: package empty has neither a library nor a binary target
        exit code 2
        """,
    )
