"""The multi-file fixture parser the analysis tests are written in.

Every test goes through ``check_fixture``, which parses a fixture, compares
the files with the expected mapping, and checks that printing them back
with ``render_fixture`` and parsing again gives the same files.
"""

from __future__ import annotations

import pytest

from fixture import DEFAULT_MANIFEST, parse_fixture, render_fixture, source_tree


def check_fixture(fixture: str, expected: dict[str, str]) -> None:
    """Parse ``fixture``; expect ``expected`` and a lossless round trip."""
    files = parse_fixture(fixture)
    assert files == expected
    assert parse_fixture(render_fixture(files)) == files


def test_files_are_split_at_markers_dedented_and_end_with_one_newline() -> None:
    check_fixture(
        """
            //- /Cargo.toml
            [package]
            name = "demo"

            //- /src/lib.rs

            mod a;
                // indented comment
            //- /src/a.rs
            pub fn größe() {}""",
        {
            "Cargo.toml": '[package]\nname = "demo"\n',
            "src/lib.rs": "mod a;\n    // indented comment\n",
            "src/a.rs": "pub fn größe() {}\n",
        },
    )


def test_an_empty_file_is_a_single_newline() -> None:
    check_fixture(
        """
        //- /src/lib.rs
        //- /tests/it.rs
        """,
        {"src/lib.rs": "\n", "tests/it.rs": "\n"},
    )


def test_text_before_the_first_marker_is_an_error() -> None:
    with pytest.raises(ValueError, match="line 2: text before the first //- marker"):
        check_fixture("\nfn stray() {}\n//- /src/lib.rs\n", {})


def test_a_path_given_twice_is_an_error() -> None:
    with pytest.raises(ValueError, match="line 3: src/lib.rs appears twice"):
        check_fixture("//- /src/lib.rs\nfn a() {}\n//- /src/lib.rs\n", {})


def test_source_tree_adds_a_default_manifest_and_encodes_utf8() -> None:
    tree = source_tree(
        """
        //- /src/lib.rs
        pub const KREIS: &str = "⌀";
        """
    )
    check_fixture(
        render_fixture({"Cargo.toml": tree.manifest_text, **tree.files}),
        {"Cargo.toml": DEFAULT_MANIFEST, "src/lib.rs": 'pub const KREIS: &str = "⌀";\n'},
    )
    assert tree.files["src/lib.rs"] == 'pub const KREIS: &str = "⌀";\n'.encode()
