"""The module tree: which file each module comes from, as rustc finds it.

Every test draws the tree of a small fixture crate with ``check_module_tree``;
warnings and errors about modules are listed under the tree.
"""

from __future__ import annotations

from analysis_text import render_module_tree
from crate_split.analysis import analyze_crate
from fixture import normalise, source_tree


def check_module_tree(fixture: str, expected: str) -> None:
    """Analyse ``fixture`` and compare its drawn module tree with ``expected``."""
    model = analyze_crate(source_tree(fixture))
    assert render_module_tree(model) == normalise(expected)


def test_mod_declaration_loads_the_sibling_file_named_after_the_module() -> None:
    check_module_tree(
        """
        //- /src/lib.rs
        mod a;
        //- /src/a.rs
        pub fn f() {}
        """,
        """
        crate: src/lib.rs
          a: src/a.rs
        """,
    )


def test_mod_declaration_loads_mod_rs_in_a_directory_named_after_the_module() -> None:
    check_module_tree(
        """
        //- /src/lib.rs
        pub mod a;
        //- /src/a/mod.rs
        pub mod b;
        //- /src/a/b.rs
        pub fn f() {}
        """,
        """
        crate: src/lib.rs
          a: src/a/mod.rs
            b: src/a/b.rs
        """,
    )


def test_child_of_a_non_mod_rs_file_lives_in_a_directory_named_after_that_file() -> None:
    check_module_tree(
        """
        //- /src/lib.rs
        mod a;
        //- /src/a.rs
        mod b;
        //- /src/a/b.rs
        mod c;
        //- /src/a/b/c/mod.rs
        fn f() {}
        //- /src/b.rs
        fn decoy() {}
        """,
        """
        crate: src/lib.rs
          a: src/a.rs
            b: src/a/b.rs
              c: src/a/b/c/mod.rs
        """,
    )


def test_binary_crate_root_is_main_rs_when_there_is_no_library() -> None:
    check_module_tree(
        """
        //- /src/main.rs
        mod cli;
        fn main() {}
        //- /src/cli.rs
        pub fn run() {}
        """,
        """
        crate: src/main.rs
          cli: src/cli.rs
        """,
    )


def test_nested_inline_modules_belong_to_the_file_that_contains_them() -> None:
    check_module_tree(
        """
        //- /src/lib.rs
        pub mod outer {
            pub mod middle {
                pub mod inner {
                    pub fn f() {}
                }
            }
        }
        """,
        """
        crate: src/lib.rs
          outer: inline
            middle: inline
              inner: inline
        """,
    )


def test_mod_declaration_inside_an_inline_module_looks_in_the_inline_modules_directory() -> None:
    check_module_tree(
        """
        //- /src/lib.rs
        pub mod outer {
            pub mod deep;
            pub mod inner {
                pub mod deeper;
            }
        }
        //- /src/outer/deep.rs
        pub fn f() {}
        //- /src/outer/inner/deeper.rs
        pub fn g() {}
        """,
        """
        crate: src/lib.rs
          outer: inline
            deep: src/outer/deep.rs
            inner: inline
              deeper: src/outer/inner/deeper.rs
        """,
    )


def test_inline_module_in_a_non_mod_rs_file_nests_its_children_below_that_files_directory() -> None:
    check_module_tree(
        """
        //- /src/lib.rs
        mod a;
        //- /src/a.rs
        mod inline {
            mod leaf;
        }
        //- /src/a/inline/leaf.rs
        fn f() {}
        """,
        """
        crate: src/lib.rs
          a: src/a.rs
            inline: inline
              leaf: src/a/inline/leaf.rs
        """,
    )


def test_path_attribute_at_the_crate_root_is_relative_to_the_root_files_directory() -> None:
    check_module_tree(
        """
        //- /src/lib.rs
        #[path = "other_dir/impl_file.rs"]
        mod imp;
        //- /src/other_dir/impl_file.rs
        pub struct Engine;
        """,
        """
        crate: src/lib.rs
          imp: src/other_dir/impl_file.rs
        """,
    )


def test_path_attribute_in_a_non_mod_rs_file_is_relative_to_that_files_directory() -> None:
    check_module_tree(
        """
        //- /src/lib.rs
        pub mod plain;
        //- /src/plain.rs
        #[path = "plain_target.rs"]
        mod target;
        //- /src/plain_target.rs
        pub struct Greeting;
        //- /src/plain/plain_target.rs
        pub struct Decoy;
        """,
        """
        crate: src/lib.rs
          plain: src/plain.rs
            target: src/plain_target.rs
        """,
    )


def test_path_attribute_inside_an_inline_module_is_relative_to_the_inline_modules_directory() -> None:
    check_module_tree(
        """
        //- /src/lib.rs
        pub mod outer {
            #[path = "alt_name.rs"]
            pub mod renamed;
        }
        //- /src/outer/alt_name.rs
        pub fn describe() {}
        //- /src/alt_name.rs
        pub fn decoy() {}
        """,
        """
        crate: src/lib.rs
          outer: inline
            renamed: src/outer/alt_name.rs
        """,
    )


def test_path_attribute_on_an_inline_module_renames_its_directory() -> None:
    check_module_tree(
        """
        //- /src/lib.rs
        #[path = "elsewhere"]
        mod outer {
            mod leaf;
        }
        //- /src/elsewhere/leaf.rs
        fn f() {}
        """,
        """
        crate: src/lib.rs
          outer: inline
            leaf: src/elsewhere/leaf.rs
        """,
    )


def test_mod_inside_a_path_loaded_file_resolves_next_to_that_file() -> None:
    check_module_tree(
        """
        //- /src/lib.rs
        #[path = "other_dir/impl_file.rs"]
        mod imp;
        //- /src/other_dir/impl_file.rs
        mod support;
        //- /src/other_dir/support.rs
        pub fn rotate() {}
        """,
        """
        crate: src/lib.rs
          imp: src/other_dir/impl_file.rs
            support: src/other_dir/support.rs
        """,
    )


def test_include_pastes_a_file_into_the_including_module_without_making_a_module() -> None:
    check_module_tree(
        """
        //- /src/lib.rs
        pub mod outer;
        include!("generated.rs");
        //- /src/generated.rs
        pub const SEED: u32 = 1;
        //- /src/outer.rs
        include!("outer_consts.rs");
        //- /src/outer_consts.rs
        const PRIME: u32 = 7;
        """,
        """
        crate: src/lib.rs include!(src/generated.rs)
          outer: src/outer.rs include!(src/outer_consts.rs)
        """,
    )


def test_modules_declared_in_an_included_file_are_children_of_the_including_module() -> None:
    check_module_tree(
        """
        //- /src/lib.rs
        include!("parts/mods.rs");
        //- /src/parts/mods.rs
        pub mod a;
        //- /src/a.rs
        pub fn f() {}
        """,
        """
        crate: src/lib.rs include!(src/parts/mods.rs)
          a: src/a.rs
        """,
    )


def test_cfg_attributes_on_modules_are_recorded() -> None:
    check_module_tree(
        """
        //- /src/lib.rs
        #[cfg(feature = "extra")]
        pub mod extra;
        #[cfg(test)]
        mod tests;
        mod inner {
            #[cfg(all(unix, not(target_os = "macos")))]
            mod linux_only {}
        }
        //- /src/extra.rs
        pub fn shout() {}
        //- /src/tests.rs
        use super::*;
        """,
        """
        crate: src/lib.rs
          extra: src/extra.rs #[cfg(feature = "extra")]
          inner: inline
            linux_only: inline #[cfg(all(unix, not(target_os = "macos")))]
          tests: src/tests.rs #[cfg(test)]
        """,
    )


def test_missing_module_file_is_an_error_naming_both_candidates() -> None:
    check_module_tree(
        """
        //- /src/lib.rs
        mod gone;
        """,
        """
        crate: src/lib.rs
        error[module-missing] src/lib.rs:1: file for module gone not found (looked for src/gone.rs, src/gone/mod.rs)
        """,
    )


def test_missing_file_of_a_cfg_gated_module_is_only_a_warning() -> None:
    check_module_tree(
        """
        //- /src/lib.rs
        #[cfg(windows)]
        mod win;
        """,
        """
        crate: src/lib.rs
        warning[module-missing] src/lib.rs:1: file for module win not found (looked for src/win.rs, src/win/mod.rs)
        """,
    )


def test_path_attribute_leaving_the_package_is_an_error() -> None:
    check_module_tree(
        """
        //- /src/lib.rs
        #[path = "../../elsewhere/secret.rs"]
        mod secret;
        """,
        """
        crate: src/lib.rs
        error[path-escapes] src/lib.rs:1: module secret points outside the crate: ../elsewhere/secret.rs
        """,
    )


def test_syntax_error_is_a_warning_and_the_rest_of_the_tree_is_still_found() -> None:
    check_module_tree(
        """
        //- /src/lib.rs
        fn broken() { let x = ; }
        mod after;
        //- /src/after.rs
        pub fn f() {}
        """,
        """
        crate: src/lib.rs
          after: src/after.rs
        warning[syntax] src/lib.rs:1: syntax the parser did not understand: =
        """,
    )


def test_missing_syntax_is_reported_with_what_the_parser_expected() -> None:
    check_module_tree(
        """
        //- /src/lib.rs
        fn incomplete() -> u8 { 1 + }
        """,
        """
        crate: src/lib.rs
        warning[syntax] src/lib.rs:1: syntax the parser expected but did not find: identifier
        """,
    )


def test_cfg_alternatives_of_one_module_are_all_files_of_the_module() -> None:
    # rustc compiles exactly one of the two `imp` files, whichever the cfg
    # selects; the module holds both, and only the cfg they share.
    check_module_tree(
        """
        //- /src/lib.rs
        #[cfg(unix)]
        #[path = "imp_unix.rs"]
        mod imp;
        #[cfg(not(unix))]
        #[path = "imp_windows.rs"]
        mod imp;
        //- /src/imp_unix.rs
        pub fn f() {}
        //- /src/imp_windows.rs
        pub fn f() {}
        """,
        """
        crate: src/lib.rs
          imp: src/imp_unix.rs or src/imp_windows.rs
        """,
    )


def test_cfg_attr_paths_are_files_of_the_module_and_the_default_file_is_optional() -> None:
    check_module_tree(
        """
        //- /src/lib.rs
        #[cfg_attr(unix, path = "os/unix.rs")]
        #[cfg_attr(windows, path = "os/windows.rs")]
        pub mod os;
        //- /src/os/unix.rs
        pub mod child;
        //- /src/os/child.rs
        pub fn f() {}
        //- /src/os/windows.rs
        pub fn f() {}
        """,
        """
        crate: src/lib.rs
          os: src/os/unix.rs or src/os/windows.rs
            child: src/os/child.rs
        """,
    )


def test_a_module_file_missing_for_every_cfg_attr_path_is_reported() -> None:
    check_module_tree(
        """
        //- /src/lib.rs
        #[cfg_attr(unix, path = "os/unix.rs")]
        pub mod os;
        """,
        """
        crate: src/lib.rs
        error[module-missing] src/lib.rs:1: file for module os not found (looked for src/os/unix.rs, src/os.rs, src/os/mod.rs)
        """,
    )


def test_modules_declared_among_the_tokens_of_macro_calls_are_found() -> None:
    check_module_tree(
        """
        //- /src/lib.rs
        items! {
            /// Documented.
            pub mod a;
            pub use a::f;
        }
        pub mod p {
            cfg_if::cfg_if! {
                if #[cfg(unix)] {
                    mod unix;
                } else {
                    #[path = "other_name.rs"]
                    mod other;
                }
            }
        }
        inline! { mod b { mod not_a_child_of_p; } }
        define! { macro_rules! m { () => { mod declared_where_m_is_called; } } }
        items! { mod no_such_file; }
        //- /src/a.rs
        pub fn f() {}
        //- /src/p/unix.rs
        pub fn g() {}
        //- /src/p/other_name.rs
        pub fn g() {}
        """,
        """
        crate: src/lib.rs
          a: src/a.rs
          p: inline
            other: src/p/other_name.rs
            unix: src/p/unix.rs
        """,
    )


def test_raw_identifier_module_loads_the_file_named_without_the_prefix() -> None:
    check_module_tree(
        """
        //- /Cargo.toml
        [package]
        name = "demo"
        version = "0.1.0"
        edition = "2018"
        //- /src/lib.rs
        pub mod r#async;
        //- /src/async.rs
        pub fn go() {}
        """,
        """
        crate: src/lib.rs
          async: src/async.rs
        """,
    )


def test_include_of_a_missing_file_is_a_warning() -> None:
    check_module_tree(
        """
        //- /src/lib.rs
        include!("gone.rs");
        include!(concat!(env!("OUT_DIR"), "/generated.rs"));
        """,
        """
        crate: src/lib.rs
        warning[include-missing] src/lib.rs:1: include!d file src/gone.rs not found
        """,
    )
