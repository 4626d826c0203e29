"""Each crate's copy of an original file: what is deleted, kept, widened, overlaid.

Every test calls ``check_member_file``. Its fixture is a whole package in
the multi-file syntax plus a ``/plan.toml`` in the plan-file format, so
each test names its crates itself. The helper analyses the package in
memory, checks the plan, runs ``rewrite_workspace`` with a ``read`` over the
fixture's bytes and compares one output file, byte for byte, with the
expected text. Carriage returns are shown as the two characters ``\\r`` on
both sides, so CRLF expectations stay readable. Nothing touches the disk
and no cargo runs.

Where the output is wrong today, the test asserts it as it is, under a
``FIXME:`` sentence, so that a fix shows up as a failing expectation.
"""

from __future__ import annotations

import textwrap

from crate_split.analysis import AnalysisConfig, SourceTree, analyze_crate
from crate_split.report import build_analysis_report
from crate_split.rewrite.workspace import RewriteInputs, rewrite_workspace
from crate_split.splitter.edited_plan import plan_from_file
from fixture import DEFAULT_MANIFEST, normalise, parse_fixture

#: The fixture file holding the plan; it is not part of the package.
PLAN_FILE = "plan.toml"


def check_member_file(fixture: str, crate_name: str, path: str, expected_text: str, *, crlf: bool = False) -> None:
    """Rewrite the fixture's package and compare one crate's copy of ``path``.

    Args:
        fixture: the package, with a ``/plan.toml`` naming the member crates.
        crate_name: a member crate, or the package name for the facade.
        path: the original file (package-relative), e.g. ``src/a.rs``.
        expected_text: the copy's text (normalised; ``\\r`` marks a CR).
        crlf: give the package's ``.rs`` files CRLF line endings.
    """
    texts = parse_fixture(fixture)
    plan_text = texts.pop(PLAN_FILE)
    texts.setdefault("Cargo.toml", DEFAULT_MANIFEST)
    if crlf:
        texts = {name: text.replace("\n", "\r\n") if name.endswith(".rs") else text for name, text in texts.items()}
    files = {name: text.encode("utf-8") for name, text in texts.items()}
    model = analyze_crate(SourceTree.new(texts), AnalysisConfig())
    report = build_analysis_report(model, None)
    edited = plan_from_file(model, report.atoms.strong_graph, report.constraints, plan_text)
    assert edited.plan is not None, [violation.message for violation in edited.violations]
    plan = edited.plan
    inputs = RewriteInputs(
        model, plan, report.atoms.strong_graph, tuple(sorted(files)), files.__getitem__, texts["Cargo.toml"]
    )
    change, layout = rewrite_workspace(inputs)
    directory = "" if crate_name == layout.package else layout.member(crate_name).directory + "/"
    outputs = {output.path: output for output in change.files}
    output_path = directory + path
    assert output_path in outputs, f"{output_path} not generated; outputs: {sorted(outputs)}"
    actual = outputs[output_path].render(files.__getitem__).decode("utf-8").replace("\r", "\\r")
    assert actual == normalise(expected_text)


#: A plan putting modules ``a`` and ``b`` in the members ``fx-a`` and ``fx-b``.
TWO_CRATES_PLAN = """
//- /plan.toml
[plan]
package = "fixture"

[[crates]]
name = "fx-a"
modules = ["crate::a"]

[[crates]]
name = "fx-b"
modules = ["crate::b"]
"""


def with_two_crates(files: str) -> str:
    """The fixture ``files`` (an indented string) under ``TWO_CRATES_PLAN``."""
    return TWO_CRATES_PLAN + textwrap.dedent(files)


def test_a_member_deletes_other_crates_items_and_keeps_its_non_ascii_item_byte_for_byte():
    fixture = """
    //- /plan.toml
    [plan]
    package = "fixture"

    [[crates]]
    name = "fx-root"
    modules = ["crate"]

    [[crates]]
    name = "fx-a"
    modules = ["crate::a"]
    //- /src/lib.rs
    /// Wert für ä.
    pub const ÄRGER: &str = "ärger }";
    pub mod a {
        /// Größe in Ämtern.
        pub fn größe() -> &'static str { "größe: ü" }
    }
    pub fn nach_größe() -> &'static str { crate::a::größe() }
    /// Später.
    pub struct Späť;
    """
    check_member_file(
        fixture,
        "fx-a",
        "src/lib.rs",
        """
        //! Part of `fixture`, split out by crate-split.
        #![allow(rustdoc::broken_intra_doc_links)]
        pub mod a {
            /// Größe in Ämtern.
            pub fn größe() -> &'static str { "größe: ü" }
        }
        """,
    )


def test_crlf_lines_of_a_deleted_item_go_whole_but_generated_lines_end_in_lf():
    fixture = with_two_crates("""
    //- /src/lib.rs
    pub mod a {
        pub fn one() -> u32 { 1 }
    }
    pub mod b {
        pub fn two() -> u32 { 2 }
    }
    """)
    # FIXME: the generated lines should follow the file's CRLF line endings.
    check_member_file(
        fixture,
        "fx-a",
        "src/lib.rs",
        r"""
        //! Part of `fixture`, split out by crate-split.
        #![allow(rustdoc::broken_intra_doc_links)]
        pub mod a {\r
            pub fn one() -> u32 { 1 }\r
        }\r
        """,
        crlf=True,
    )


def test_crlf_text_added_after_an_inner_attribute_goes_on_its_own_line():
    fixture = with_two_crates("""
    //- /src/lib.rs
    #![forbid(unsafe_code)]

    pub mod a {
        pub fn one() -> u32 { 1 }
    }
    pub mod b {
        pub fn two() -> u32 { crate::a::one() + 1 }
    }
    """)
    check_member_file(
        fixture,
        "fx-b",
        "src/lib.rs",
        r"""
        //! Part of `fixture`, split out by crate-split.
        #![forbid(unsafe_code)]\r
        #![allow(rustdoc::broken_intra_doc_links)]
        pub use fx_a::*;
        \r
        #[doc(hidden)]
        pub mod a {
            pub use fx_a::a::*;
        }
        pub mod b {\r
            pub fn two() -> u32 { crate::a::one() + 1 }\r
        }\r
""",
        crlf=True,
    )


def test_tab_indented_items_are_kept_and_deleted_on_whole_lines():
    fixture = """
    //- /plan.toml
    [plan]
    package = "fixture"

    [[crates]]
    name = "fx-a"
    modules = ["crate::outer::a"]

    [[crates]]
    name = "fx-b"
    modules = ["crate::outer::b"]
    //- /src/lib.rs
    pub mod outer {
    \tpub mod a {
    \t\tpub fn one() -> u32 { 1 }
    \t}
    \tpub mod b {
    \t\tpub fn two() -> u32 { super::a::one() + 1 }
    \t}
    }
    """
    check_member_file(
        fixture,
        "fx-a",
        "src/lib.rs",
        """
        //! Part of `fixture`, split out by crate-split.
        #![allow(rustdoc::broken_intra_doc_links)]
        pub mod outer {
        \tpub mod a {
        \t\tpub fn one() -> u32 { 1 }
        \t}
        }
        """,
    )


def test_generated_lines_in_a_tab_indented_module_are_indented_with_spaces():
    fixture = """
    //- /plan.toml
    [plan]
    package = "fixture"

    [[crates]]
    name = "fx-a"
    modules = ["crate::outer::a"]

    [[crates]]
    name = "fx-b"
    modules = ["crate::outer::b"]
    //- /src/lib.rs
    pub mod outer {
    \tpub mod a {
    \t\tpub fn one() -> u32 { 1 }
    \t}
    \tpub mod b {
    \t\tpub fn two() -> u32 { super::a::one() + 1 }
    \t}
    }
    """
    # FIXME: globs and overlay bodies should take the file's tab indentation
    # instead of four spaces (rewrite/crate_files.py `_indent_for_module` and
    # overlay.py's `indent + "    "`).
    check_member_file(
        fixture,
        "fx-b",
        "src/lib.rs",
        """
        //! Part of `fixture`, split out by crate-split.
        #![allow(rustdoc::broken_intra_doc_links)]
        pub use fx_a::*;
        pub mod outer {
            pub use fx_a::outer::*;
        \t#[doc(hidden)]
        \tpub mod a {
        \t    pub use fx_a::outer::a::*;
        \t}
        \tpub mod b {
        \t\tpub fn two() -> u32 { super::a::one() + 1 }
        \t}
        }
        """,
    )


def test_raw_strings_holding_mod_declarations_and_braces_are_copied_untouched():
    fixture = with_two_crates("""
    //- /src/lib.rs
    pub mod a {
        pub const TEMPLATE: &str = r#"mod x;
    }
    fn fake() { "#;
        pub fn one() -> usize { TEMPLATE.len() }
    }
    pub mod b {
        pub const CLOSE: &str = r"} mod y;";
        pub fn two() -> u32 { 2 }
    }
    """)
    check_member_file(
        fixture,
        "fx-a",
        "src/lib.rs",
        """
        //! Part of `fixture`, split out by crate-split.
        #![allow(rustdoc::broken_intra_doc_links)]
        pub mod a {
            pub const TEMPLATE: &str = r#"mod x;
        }
        fn fake() { "#;
            pub fn one() -> usize { TEMPLATE.len() }
        }
        """,
    )


def test_a_moved_item_takes_its_block_doc_and_attributes_and_leaves_its_neighbours_docs():
    fixture = """
    //- /plan.toml
    [plan]
    package = "fixture"

    [[crates]]
    name = "fx-a"
    modules = ["crate::a"]

    [[crates]]
    name = "fx-m"
    items = ["a::moved"]
    //- /src/lib.rs
    pub mod a;
    //- /src/a.rs
    /// Stays, with ü.
    pub fn stays() -> u32 { 1 }
    /** Moves away. */
    #[inline]
    pub fn moved() -> u32 { 2 }
    #[doc = "Also stays."]
    pub fn also_stays() -> u32 { 3 }
    """
    check_member_file(
        fixture,
        "fx-a",
        "src/a.rs",
        """
        /// Stays, with ü.
        pub fn stays() -> u32 { 1 }
        #[doc = "Also stays."]
        pub fn also_stays() -> u32 { 3 }
        """,
    )


def test_only_pub_crate_items_used_from_another_member_become_doc_hidden_pub():
    fixture = with_two_crates("""
    //- /src/lib.rs
    mod a;
    pub mod b;
    //- /src/a.rs
    /// Größe, documented.
    #[inline]
    pub(crate) fn größe() -> u32 { 1 }
    pub(crate) fn only_here() -> u32 { größe() }
    pub(crate) struct Point { pub(crate) x: u32, pub(crate) y: u32 }
    pub(super) fn from_super() -> u32 { 3 }
    //- /src/b.rs
    pub fn b() -> u32 { crate::a::größe() + crate::a::from_super() + crate::a::Point { x: 1, y: 2 }.x }
    """)
    check_member_file(
        fixture,
        "fx-a",
        "src/a.rs",
        """
        /// Größe, documented.
        #[inline]
        #[doc(hidden)]
        pub fn größe() -> u32 { 1 }
        pub(crate) fn only_here() -> u32 { größe() }
        #[doc(hidden)]
        pub struct Point { #[doc(hidden)] pub x: u32, pub(crate) y: u32 }
        #[doc(hidden)]
        pub fn from_super() -> u32 { 3 }
        """,
    )


def test_crate_level_docs_are_replaced_by_one_line_in_members():
    fixture = with_two_crates("""
    //- /src/lib.rs
    //! The crate's docs, with ä and an example.
    //!
    //! ```
    //! assert_eq!(fixture::a::one(), 1);
    //! ```
    /*! Block docs too. */
    #![doc = "And an attribute."]
    #![deny(missing_docs)]

    /// Module a.
    pub mod a {
        //! Inner docs of a stay.
        /// One.
        pub fn one() -> u32 { 1 }
    }
    /// Module b.
    pub mod b {
        /// Two.
        pub fn two() -> u32 { 2 }
    }
    """)
    check_member_file(
        fixture,
        "fx-a",
        "src/lib.rs",
        """
        //! Part of `fixture`, split out by crate-split.
        #![deny(missing_docs)]
        #![allow(rustdoc::broken_intra_doc_links)]

        /// Module a.
        pub mod a {
            //! Inner docs of a stay.
            /// One.
            pub fn one() -> u32 { 1 }
        }
        """,
    )


def test_crate_docs_after_the_inner_attributes_take_the_blank_line_before_them():
    # indexmap's root: `#![no_std]`, a blank line, the docs. The member's
    # attributes then follow `#![no_std]` directly, as rustfmt writes them.
    fixture = with_two_crates("""
    //- /src/lib.rs
    #![no_std]

    //! The crate's docs.

    pub mod a {
        pub fn one() -> u32 { 1 }
    }
    pub mod b {
        pub fn two() -> u32 { 2 }
    }
    """)
    check_member_file(
        fixture,
        "fx-a",
        "src/lib.rs",
        """
        //! Part of `fixture`, split out by crate-split.
        #![no_std]
        #![allow(rustdoc::broken_intra_doc_links)]
        pub mod a {
            pub fn one() -> u32 { 1 }
        }
        """,
    )


def test_a_crate_doc_attribute_holding_a_bracket_is_removed_whole():
    fixture = with_two_crates("""
    //- /src/lib.rs
    #![doc = "Start at [`a::one`]."]
    pub mod a {
        pub fn one() -> u32 { 1 }
    }
    pub mod b {
        pub fn two() -> u32 { 2 }
    }
    """)
    check_member_file(
        fixture,
        "fx-a",
        "src/lib.rs",
        r"""
        //! Part of `fixture`, split out by crate-split.
        #![allow(rustdoc::broken_intra_doc_links)]
        pub mod a {
            pub fn one() -> u32 { 1 }
        }
""",
    )


def test_a_nested_block_comment_in_crate_docs_is_removed_whole():
    fixture = with_two_crates("""
    //- /src/lib.rs
    /*! Crate docs /* with a nested comment */ go on. */
    pub mod a {
        pub fn one() -> u32 { 1 }
    }
    pub mod b {
        pub fn two() -> u32 { 2 }
    }
    """)
    check_member_file(
        fixture,
        "fx-a",
        "src/lib.rs",
        r"""
        //! Part of `fixture`, split out by crate-split.
        #![allow(rustdoc::broken_intra_doc_links)]
        pub mod a {
            pub fn one() -> u32 { 1 }
        }
""",
    )


def test_the_facade_replaces_mod_declarations_by_overlay_modules_of_globs():
    fixture = with_two_crates("""
    //- /src/lib.rs
    //! The facade keeps these docs.
    pub mod a;
    mod b;
    pub use b::two;
    //- /src/a.rs
    //! Module a, in its file.
    pub fn one() -> u32 { 1 }
    //- /src/b.rs
    pub fn two() -> u32 { crate::a::one() + 1 }
    """)
    check_member_file(
        fixture,
        "fixture",
        "src/lib.rs",
        r"""
        //! The facade keeps these docs.
        #[doc = "Module a, in its file."]
        pub mod a {
            pub use fx_a::a::*;
        }
        #[allow(missing_docs)]
        #[allow(hidden_glob_reexports)]
        mod b {
            pub use fx_b::b::*;
        }
        pub use b::two;
""",
    )


def test_the_facade_keeps_a_private_module_nothing_of_it_names_as_an_empty_shadow():
    # fx-b's `b` is widened to `pub`; the empty private module keeps the
    # facade's glob of fx-b's root from showing it.
    fixture = with_two_crates("""
    //- /src/lib.rs
    /// Public.
    pub mod a;
    mod b;
    //- /src/a.rs
    pub struct Unit;
    //- /src/b.rs
    pub fn unit() -> crate::a::Unit { crate::a::Unit }
    """)
    check_member_file(
        fixture,
        "fixture",
        "src/lib.rs",
        r"""
        #[doc = "Public."]
        pub mod a {
            pub use fx_a::a::*;
        }
        #[allow(missing_docs)]
        #[allow(hidden_glob_reexports)]
        mod b {}
""",
    )


def test_a_member_leaves_out_root_reexports_neither_it_nor_its_dependents_name():
    fixture = with_two_crates("""
    //- /src/lib.rs
    pub mod a;
    pub mod b;
    pub use a::one;
    pub use b::two;
    //- /src/a.rs
    pub fn one() -> u32 { 1 }
    //- /src/b.rs
    pub fn two() -> u32 { crate::one() + 1 }
    """)
    # Nothing names `two`; fx-a keeps `one` because fx-b, which depends on
    # it, names it (fx-b keeps its own copy too, the definition of `two`
    # aside).
    check_member_file(
        fixture,
        "fx-a",
        "src/lib.rs",
        """
        //! Part of `fixture`, split out by crate-split.
        #![allow(rustdoc::broken_intra_doc_links)]
        pub mod a;
        pub use a::one;
        """,
    )


#: A manifest giving the fixture the external crates its roots name.
_EXTERN_MANIFEST = """
//- /Cargo.toml
[package]
name = "fixture"
version = "0.1.0"
edition = "2021"

[dependencies]
bits = "1"
derives = "1"
tables = { version = "1", package = "table-maker" }
"""


def with_external_crates(files: str) -> str:
    """The fixture ``files`` (an indented string) under ``TWO_CRATES_PLAN``,
    with a manifest giving it the crates ``bits``, ``derives`` and ``tables``."""
    return with_two_crates(textwrap.indent(_EXTERN_MANIFEST, "    ") + files)


def test_a_member_copies_only_the_root_extern_crates_its_code_names():
    fixture = with_external_crates("""
    //- /src/lib.rs
    extern crate alloc;
    extern crate bits;
    extern crate tables as tbl;
    #[macro_use]
    extern crate derives;

    pub mod a;
    pub mod b;
    //- /src/a.rs
    pub fn one() -> alloc::string::String { tbl::render(bits::ONE) }
    //- /src/b.rs
    #[derive(Debug, Clone)]
    pub struct Two;
    """)
    # `a` names `alloc`, `bits` and `tbl`; `b` names none and uses only the
    # standard library's derives, so the `#[macro_use]` crate serves neither.
    check_member_root(fixture, "fx-a", "extern crate alloc;\nextern crate bits;\nextern crate tables as tbl;\n\n")
    check_member_root(fixture, "fx-b", "")


def test_a_member_keeps_a_macro_use_extern_crate_while_its_macros_may_come_from_it():
    fixture = with_external_crates("""
    //- /src/lib.rs
    #[macro_use]
    extern crate derives;

    pub mod a;
    pub mod b;
    //- /src/a.rs
    pub fn one() -> u32 { make_one!() }
    //- /src/b.rs
    #[cfg_attr(feature = "serde", derive(Serialize))]
    pub struct Two;
    """)
    # `make_one!` comes from no crate the analysis knows; a derive under
    # `cfg_attr` may be the crate's: both members keep it.
    for member in ("fx-a", "fx-b"):
        check_member_root(fixture, member, "#[macro_use]\nextern crate derives;\n\n")


def test_a_member_keeps_the_macro_use_of_alloc_while_it_uses_a_standard_macro_through_it():
    fixture = with_two_crates("""
    //- /src/lib.rs
    #![no_std]
    #[macro_use]
    extern crate alloc;

    pub mod a;
    pub mod b;
    //- /src/a.rs
    pub fn one() -> impl core::fmt::Display { format!("{}", 1) }
    //- /src/b.rs
    pub fn two() -> u32 { 2 }
    """)
    # In a `no_std` crate `format!` comes only through the macro_use prelude
    # (gimli: "cannot find macro `format`" in a member): `a` keeps the item
    # without naming `alloc`; `b` uses no macro.
    header = (
        "//! Part of `fixture`, split out by crate-split.\n#![no_std]\n#![allow(rustdoc::broken_intra_doc_links)]\n"
    )
    check_member_file(fixture, "fx-a", "src/lib.rs", header + "#[macro_use]\nextern crate alloc;\n\npub mod a;\n")
    check_member_file(fixture, "fx-b", "src/lib.rs", header + "\npub mod b;\n")


def check_member_root(fixture: str, member: str, extern_crates: str) -> None:
    """The member's root: the generated header, ``extern_crates`` as
    written, then the ``mod`` of its one module (named like the member)."""
    header = "//! Part of `fixture`, split out by crate-split.\n#![allow(rustdoc::broken_intra_doc_links)]\n"
    check_member_file(fixture, member, "src/lib.rs", header + extern_crates + f"pub mod {member[-1]};\n")


def test_a_member_mirrors_the_dependency_modules_its_code_names_as_hidden_modules_of_globs():
    # `a::unused` gets no overlay in fx-b: nothing there names it (`.map(`
    # is a method call, not the module `map`).
    fixture = with_two_crates("""
    //- /src/lib.rs
    pub mod a;
    pub mod b;
    //- /src/a.rs
    pub fn one() -> u32 { 1 }
    pub mod unused { pub fn zero() -> u32 { 0 } }
    pub mod map { pub fn zero() -> u32 { 0 } }
    //- /src/b.rs
    pub fn two() -> u32 { crate::a::one() + [1u32].iter().map(|x| x + 1).sum::<u32>() }
    """)
    check_member_file(
        fixture,
        "fx-b",
        "src/lib.rs",
        """
        //! Part of `fixture`, split out by crate-split.
        #![allow(rustdoc::broken_intra_doc_links)]
        pub use fx_a::*;
        #[doc(hidden)]
        pub mod a {
            pub use fx_a::a::*;
        }
        pub mod b;
        """,
    )


def test_the_facades_inline_module_does_not_take_the_doc_of_an_item_inside():
    fixture = with_two_crates("""
    //- /src/lib.rs
    pub mod a {
        /// Returns one.
        pub fn one() -> u32 { 1 }
    }
    pub mod b {
        pub fn two() -> u32 { 2 }
    }
    """)
    check_member_file(
        fixture,
        "fixture",
        "src/lib.rs",
        r"""
        #[allow(missing_docs)]
        pub mod a {
            pub use fx_a::a::*;
        }
        #[allow(missing_docs)]
        pub mod b {
            pub use fx_b::b::*;
        }
""",
    )


def test_a_member_copies_every_file_a_cfg_picks_for_its_module_with_the_overlay_globs():
    fixture = """
    //- /plan.toml
    [plan]
    package = "fixture"

    [[crates]]
    name = "fx-a"
    modules = ["crate::a", "crate::b::inner"]

    [[crates]]
    name = "fx-b"
    modules = ["crate::b"]
    //- /src/lib.rs
    #[cfg(windows)]
    #[path = "b_windows.rs"]
    pub mod b;
    #[cfg(not(windows))]
    #[path = "b_other.rs"]
    pub mod b;
    pub mod a;
    //- /src/a.rs
    pub fn f() {}
    //- /src/b_windows.rs
    //! Windows.
    pub mod inner { pub fn h() {} }
    pub fn g() -> u32 { crate::a::f(); 1 }
    //- /src/b_other.rs
    //! Elsewhere.
    pub fn g() -> u32 { crate::a::f(); 2 }
    """
    check_member_file(
        fixture,
        "fx-b",
        "src/b_other.rs",
        """
        //! Elsewhere.
        pub use fx_a::b::*;
        pub fn g() -> u32 { crate::a::f(); 2 }
        """,
    )


def test_a_member_copies_the_file_its_code_includes_and_the_build_script_it_reads_once():
    fixture = with_two_crates(
        """
        //- /Cargo.toml
        [package]
        name = "fixture"
        version = "0.1.0"
        edition = "2021"
        //- /build.rs
        fn main() {}
        //- /src/lib.rs
        pub mod a;
        pub mod b;
        //- /src/a.rs
        /// Not read: `include_str!("b/words.txt")`.
        pub fn f() {}
        //- /src/b/mod.rs
        pub const WORDS: &str = include_str!("words.txt");
        pub const SCRIPT: &str = include_str!("../../build.rs");
        pub const OUT: &str = env!("OUT_DIR");
        //- /src/b/words.txt
        alpha
        """
    )
    check_member_file(fixture, "fx-b", "src/b/words.txt", "alpha\n")
    check_member_file(fixture, "fx-b", "build.rs", "fn main() {}\n")


def test_an_unresolved_import_stays_where_the_module_its_path_names_is_reachable():
    # `TABLE` comes from a build script's file: the analysis cannot resolve
    # it, but `fx-b` holds `b`, the module the path names, so it keeps the import.
    check_member_file(
        with_two_crates(
            """
            //- /src/lib.rs
            pub mod a;
            pub mod b;
            //- /src/a.rs
            pub fn unrelated() {}
            //- /src/b.rs
            use crate::b::generated::TABLE;
            pub mod generated {}
            pub fn first() -> u8 { TABLE[0] }
            """
        ),
        "fx-b",
        "src/b.rs",
        """
        use crate::b::generated::TABLE;
        pub mod generated {}
        pub fn first() -> u8 { TABLE[0] }
        """,
    )


def test_a_use_naming_reachable_and_unreachable_items_keeps_only_the_reachable_paths():
    # `g` moves out of `b` to `fx-a`, whose copy of `b.rs` keeps the `use`
    # for `helper` but cannot reach `inner::deep`, which stays in `fx-b`.
    check_member_file(
        """
        //- /plan.toml
        [plan]
        package = "fixture"

        [[crates]]
        name = "fx-a"
        modules = ["crate::a"]
        items = ["b::g"]

        [[crates]]
        name = "fx-b"
        modules = ["crate::b"]
        //- /src/lib.rs
        pub mod a;
        pub mod b;
        //- /src/a.rs
        pub fn helper() -> u8 { 1 }
        //- /src/b.rs
        use crate::{a::helper as help, b::inner::deep};
        pub mod inner { pub fn deep() -> u8 { 2 } }
        pub fn g() -> u8 { help() }
        pub fn h() -> u8 { deep() + help() }
        """,
        "fx-a",
        "src/b.rs",
        """
        use {crate::a::helper as help};
        pub fn g() -> u8 { help() }
        """,
    )


def test_restricted_reexport_of_a_crate_visible_function_keeps_its_visibility():
    fixture = with_two_crates("""
    //- /src/lib.rs
    pub mod a {
        mod inner {
            pub(crate) fn spin() -> u32 { 2 }
            pub fn turn() -> u32 { 3 }
        }
        pub(crate) use self::inner::spin;
        pub(crate) use self::inner::turn;
        pub fn run() -> u32 { spin() + turn() }
    }
    pub mod b {
        pub fn go() -> u32 { crate::a::run() }
    }
    """)
    check_member_file(
        fixture,
        "fx-a",
        "src/lib.rs",
        """
        //! Part of `fixture`, split out by crate-split.
        #![allow(rustdoc::broken_intra_doc_links)]
        pub mod a {
            #[doc(hidden)]
            pub mod inner {
                pub(crate) fn spin() -> u32 { 2 }
                pub fn turn() -> u32 { 3 }
            }
            pub(crate) use self::inner::spin;
            #[doc(hidden)]
            pub use self::inner::turn;
            pub fn run() -> u32 { spin() + turn() }
        }
        """,
    )


def test_overlay_of_a_module_of_reexports_repeats_those_its_crate_can_reach():
    fixture = """
    //- /plan.toml
    [plan]
    package = "fixture"

    [[crates]]
    name = "fx-a"
    modules = ["crate::a"]

    [[crates]]
    name = "fx-b"
    modules = ["crate::b"]

    [[crates]]
    name = "fx-c"
    modules = ["crate::c"]

    [[crates]]
    name = "fx-prelude"
    modules = ["crate::prelude"]
    //- /src/lib.rs
    pub mod a {
        pub struct A;
    }
    pub mod b {
        pub struct B;
    }
    pub mod prelude {
        pub use crate::a::A;
        pub use crate::b::B;
    }
    pub mod c {
        pub fn make() -> crate::prelude::A { crate::a::A }
    }
    """
    # `fx-c` repeats the one re-export it can resolve and uses; `fx-a`, which
    # can resolve it too, does not show the module: no dependent reaches it
    # through `fx-a`.
    check_member_file(
        fixture,
        "fx-a",
        "src/lib.rs",
        """
        //! Part of `fixture`, split out by crate-split.
        #![allow(rustdoc::broken_intra_doc_links)]
        pub mod a {
            pub struct A;
        }
        """,
    )
    check_member_file(
        fixture,
        "fx-c",
        "src/lib.rs",
        """
        //! Part of `fixture`, split out by crate-split.
        #![allow(rustdoc::broken_intra_doc_links)]
        pub use fx_a::*;
        #[doc(hidden)]
        pub mod a {
            pub use fx_a::a::*;
        }
        #[doc(hidden)]
        pub mod prelude {
            pub use crate::a::A;
        }
        pub mod c {
            pub fn make() -> crate::prelude::A { crate::a::A }
        }
        """,
    )


def test_facade_imports_a_name_its_own_module_also_has_through_a_glob():
    fixture = """
    //- /plan.toml
    [plan]
    package = "fixture"

    [[crates]]
    name = "fx-a"
    modules = ["crate", "crate::a", "crate::helper"]

    [[crates]]
    name = "fx-b"
    modules = ["crate::b"]
    //- /src/lib.rs
    pub mod a {
        pub struct Entry;
    }
    pub mod b {
        pub fn two() -> u32 { crate::helper() + crate::helper::three() }
    }
    pub mod helper {
        pub fn three() -> u32 { 3 }
    }
    pub fn helper() -> u32 { 2 }
    """
    check_member_file(
        fixture,
        "fixture",
        "src/lib.rs",
        """
        mod __fx_a_names {
            pub use fx_a::helper;
        }
        pub use self::__fx_a_names::*;
        #[allow(missing_docs)]
        pub mod a {
            pub use fx_a::a::*;
        }
        #[allow(missing_docs)]
        pub mod b {
            pub use fx_b::b::*;
        }
        #[allow(missing_docs)]
        pub mod helper {
            pub use fx_a::helper::*;
        }
        """,
    )


def test_each_cfg_alternative_of_a_module_gets_a_stand_in_with_its_own_cfg():
    fixture = with_two_crates("""
    //- /src/lib.rs
    pub mod a {
        #[cfg(unix)]
        pub mod sys {
            pub const NAME: &str = "unix";
        }
        #[cfg(not(unix))]
        pub mod sys {
            pub const NAME: &str = "other";
        }
    }
    pub mod b {
        pub fn name() -> &'static str { crate::a::sys::NAME }
    }
    """)
    check_member_file(
        fixture,
        "fx-b",
        "src/lib.rs",
        """
        //! Part of `fixture`, split out by crate-split.
        #![allow(rustdoc::broken_intra_doc_links)]
        pub use fx_a::*;
        #[doc(hidden)]
        pub mod a {
            pub use fx_a::a::*;
            #[cfg(unix)]
            #[doc(hidden)]
            pub mod sys {
                pub use fx_a::a::sys::*;
            }
        }
        pub mod b {
            pub fn name() -> &'static str { crate::a::sys::NAME }
        }
        """,
    )


def test_an_exported_macro_exports_only_the_helper_of_its_name_that_its_body_calls():
    # lexical-core has three `to_digit!`; exporting each for one caller's
    # body defined the name twice at the crate root (E0428).
    fixture = with_two_crates("""
    //- /src/lib.rs
    #[macro_use]
    pub mod a;
    pub mod b;
    //- /src/a.rs
    macro_rules! emit { () => { 1 } }
    pub fn plain() -> u32 { emit!() }
    macro_rules! emit { () => { 2 } }
    macro_rules! twice { () => { emit!() * 2 } }
    //- /src/b.rs
    pub fn four() -> u32 { twice!() }
    """)
    check_member_file(
        fixture,
        "fx-a",
        "src/a.rs",
        """
        macro_rules! emit { () => { 1 } }
        pub fn plain() -> u32 { emit!() }
        #[macro_export]
        #[doc(hidden)]
        macro_rules! emit { () => { 2 } }
        #[macro_export]
        #[doc(hidden)]
        macro_rules! twice { () => { emit!() * 2 } }
        """,
    )


def test_a_definition_without_visibility_in_a_call_of_a_forwarding_macro_becomes_pub():
    # lexical-core's `perftools_inline! { fn pow2_exponent(..) }`, used from another crate.
    fixture = with_two_crates("""
    //- /src/lib.rs
    pub mod a;
    pub mod b;
    //- /src/a.rs
    macro_rules! inline_items { ($($item:tt)*) => (#[inline] $($item)*); }
    inline_items! { fn half() -> u32 { 2 } }
    //- /src/b.rs
    pub fn one() -> u32 { crate::a::half() / 2 }
    """)
    check_member_file(
        fixture,
        "fx-a",
        "src/a.rs",
        """
        macro_rules! inline_items { ($($item:tt)*) => (#[inline] $($item)*); }
        inline_items! { #[doc(hidden)] pub fn half() -> u32 { 2 } }
        """,
    )


def test_a_definition_without_visibility_in_a_call_of_another_macro_stays_as_it_is():
    # `pub` before `fn` could stop a rule like `(fn $name:ident ..)` from matching.
    fixture = with_two_crates("""
    //- /src/lib.rs
    pub mod a;
    pub mod b;
    //- /src/a.rs
    macro_rules! constant_fn { (fn $name:ident() -> $t:ty { $v:expr }) => { pub(crate) fn $name() -> $t { $v } }; }
    constant_fn! { fn half() -> u32 { 2 } }
    //- /src/b.rs
    pub fn one() -> u32 { crate::a::half() / 2 }
    """)
    check_member_file(
        fixture,
        "fx-a",
        "src/a.rs",
        """
        macro_rules! constant_fn { (fn $name:ident() -> $t:ty { $v:expr }) => { pub(crate) fn $name() -> $t { $v } }; }
        constant_fn! { fn half() -> u32 { 2 } }
        """,
    )


def test_an_overlay_repeats_the_part_of_a_reexport_its_crate_reaches_and_keeps_a_glob_of_it():
    fixture = """
    //- /plan.toml
    [plan]
    package = "fixture"

    [[crates]]
    name = "fx-base"
    modules = ["crate::a"]
    items = ["c::make"]

    [[crates]]
    name = "fx-top"
    modules = ["crate::b", "crate::c", "crate::prelude"]
    //- /src/lib.rs
    pub mod a {
        pub struct A;
    }
    pub mod b {
        pub struct B(pub crate::a::A);
    }
    pub mod prelude {
        pub use crate::{a::A, b::B};
    }
    pub mod c {
        use crate::prelude::*;
        pub fn make() -> A { A }
    }
    """
    # petgraph's base copies `use crate::prelude::*;`; the one `use` of
    # `prelude` names `B` too, which only `fx-top` (after it) holds.
    check_member_file(
        fixture,
        "fx-base",
        "src/lib.rs",
        """
        //! Part of `fixture`, split out by crate-split.
        #![allow(rustdoc::broken_intra_doc_links)]
        pub mod a {
            pub struct A;
        }
        #[doc(hidden)]
        pub mod prelude {
            pub use {crate::a::A};
        }
        pub mod c {
            use crate::prelude::*;
            pub fn make() -> A { A }
        }
        """,
    )


def test_a_crate_visible_re_export_of_a_definition_in_a_call_stays_crate_visible_where_no_crate_needs_it():
    # lexical-core's `pub(crate) use self::rounding::global_rounding;` (E0364 when made `pub`).
    fixture = with_two_crates("""
    //- /src/lib.rs
    pub mod a;
    pub mod b;
    //- /src/a.rs
    macro_rules! inline_items { ($($item:tt)*) => (#[inline] $($item)*); }
    mod rounding {
        inline_items! { pub(crate) fn nearest(v: f64) -> i64 { v.round() as i64 } }
    }
    pub(crate) use self::rounding::nearest;
    pub fn round_all(values: &[f64]) -> Vec<i64> { values.iter().map(|v| nearest(*v)).collect() }
    //- /src/b.rs
    pub fn rounded() -> Vec<i64> { crate::a::round_all(&[1.5]) }
    """)
    check_member_file(
        fixture,
        "fx-a",
        "src/a.rs",
        """
        macro_rules! inline_items { ($($item:tt)*) => (#[inline] $($item)*); }
        #[doc(hidden)]
        pub mod rounding {
            inline_items! { pub(crate) fn nearest(v: f64) -> i64 { v.round() as i64 } }
        }
        pub(crate) use self::rounding::nearest;
        pub fn round_all(values: &[f64]) -> Vec<i64> { values.iter().map(|v| nearest(*v)).collect() }
        """,
    )


def test_the_cfg_alternatives_of_an_exported_macro_are_exported_with_it():
    # Whichever `cfg` a build picks, the macro other crates call must exist.
    fixture = with_two_crates("""
    //- /src/lib.rs
    #[macro_use]
    pub mod a;
    pub mod b;
    //- /src/a.rs
    #[cfg(unix)]
    macro_rules! pick { () => { 1 } }
    #[cfg(not(unix))]
    macro_rules! pick { () => { 2 } }
    //- /src/b.rs
    pub fn picked() -> u32 { pick!() }
    """)
    check_member_file(
        fixture,
        "fx-a",
        "src/a.rs",
        """
        #[cfg(unix)]
        #[macro_export]
        #[doc(hidden)]
        macro_rules! pick { () => { 1 } }
        #[cfg(not(unix))]
        #[macro_export]
        #[doc(hidden)]
        macro_rules! pick { () => { 2 } }
        """,
    )


WRAPPED_FIXTURE = """
//- /src/lib.rs
macro_rules! cfg_std {
    ($($item:item)*) => { $( #[cfg(feature = "std")] $item )* }
}
pub mod a {
    cfg_std! {
        /// One.
        pub fn one() -> u32 { 1 }
        pub(crate) fn helper() -> u32 { 2 }
    }
    pub fn three() -> u32 { 3 }
}
cfg_std! {
    pub mod b;
}
//- /src/b.rs
pub fn two() -> u32 { crate::a::helper() }
"""


def test_a_member_writes_the_items_of_a_wrapper_call_unwrapped_with_its_attributes():
    check_member_file(
        with_two_crates(WRAPPED_FIXTURE),
        "fx-a",
        "src/lib.rs",
        """
        //! Part of `fixture`, split out by crate-split.
        #![allow(rustdoc::broken_intra_doc_links)]
        pub mod a {
                #[cfg(feature = "std")]
                /// One.
                pub fn one() -> u32 { 1 }
                #[cfg(feature = "std")]
                #[doc(hidden)]
                pub fn helper() -> u32 { 2 }
            pub fn three() -> u32 { 3 }
        }
        """,
    )


def test_the_facade_writes_a_module_declared_in_a_wrapper_call_as_an_overlay_with_its_attributes():
    check_member_file(
        with_two_crates(WRAPPED_FIXTURE),
        "fixture",
        "src/lib.rs",
        """
        macro_rules! cfg_std {
            ($($item:item)*) => { $( #[cfg(feature = "std")] $item )* }
        }
        #[allow(missing_docs)]
        pub mod a {
            pub use fx_a::a::*;
        }
            #[cfg(feature = "std")]
            #[allow(missing_docs)]
            pub mod b {
                pub use fx_b::b::*;
            }
        """,
    )


def test_an_associated_function_of_a_type_a_macro_call_writes_is_widened_where_another_member_calls_it():
    # `pin_project! { struct F {..} }` writes the type: paths to it resolve to the call.
    fixture = with_two_crates("""
    //- /src/lib.rs
    mod a;
    pub mod b;
    //- /src/a.rs
    macro_rules! boxed {
        ($name:ident) => {
            pub struct $name(u32);
        };
    }
    boxed!(Counter);
    impl Counter {
        pub(super) fn new() -> Self { Counter(1) }
        pub(super) fn get(&self) -> u32 { self.0 }
    }
    //- /src/b.rs
    pub fn b() -> bool { let _counter = crate::a::Counter::new(); true }
    """)
    check_member_file(
        fixture,
        "fx-a",
        "src/a.rs",
        """
        macro_rules! boxed {
            ($name:ident) => {
                pub struct $name(u32);
            };
        }
        boxed!(Counter);
        impl Counter {
            #[doc(hidden)]
            pub fn new() -> Self { Counter(1) }
            pub(super) fn get(&self) -> u32 { self.0 }
        }
        """,
    )
