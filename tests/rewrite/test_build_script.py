"""Which members get the original's build script: those whose code may
read what it emits (``OUT_DIR``, a custom ``cfg``), and no others."""

from __future__ import annotations

from crate_split.analysis import analyze_crate
from crate_split.rewrite.build_script import build_script_variables, needs_build_script
from crate_split.rewrite.layout import CrateLayout
from crate_split.rewrite.text_edit import FileEdit, TextEdit
from fixture import source_tree

MEMBER = CrateLayout(
    name="m",
    lib_name="m",
    directory="crates/m",
    items=frozenset(),
    own_modules=frozenset(),
    mirrored_modules=frozenset(),
    member_deps=(),
    all_member_deps=frozenset(),
    external_deps=(),
    files=("src/lib.rs",),
    has_macros=False,
)


def check_needs_build_script(
    source: str, expected: bool, *, variables: frozenset[str] = frozenset(), edit: FileEdit | None = None
) -> None:
    """Analyse ``source`` as ``src/lib.rs`` and ask whether a member whose
    copy of it is ``edit`` of it needs the build script."""
    model = analyze_crate(source_tree("//- /src/lib.rs\n" + source))
    facts = {"src/lib.rs": list(model.source_facts)}
    assert (
        needs_build_script(MEMBER, facts, {"src/lib.rs": edit if edit is not None else FileEdit()}, variables)
        is expected
    )


def test_a_custom_cfg_set_by_the_build_script_needs_it():
    check_needs_build_script("#[cfg(has_std)]\nfn with_std() {}\n", True)


def test_a_custom_cfg_inside_all_needs_it():
    check_needs_build_script('#[cfg(all(feature = "std", rustc_1_40))]\nfn f() {}\n', True)


def test_reading_out_dir_needs_it():
    check_needs_build_script('include!(concat!(env!("OUT_DIR"), "/gen.rs"));\n', True)


def test_features_and_platform_cfgs_do_not_need_it():
    check_needs_build_script(
        '#[cfg(feature = "has_std")]\n#[cfg(not(any(unix, target_os = "x")))]\n#[cfg_attr(docsrs, doc(cfg(test)))]\nfn f() {}\n',
        False,
    )


def test_code_without_cfgs_does_not_need_it():
    check_needs_build_script("pub fn f() -> u32 { 1 }\n", False)


def test_a_root_extern_crate_behind_the_scripts_cfg_does_not_need_it():
    check_needs_build_script("#[cfg(has_std)]\n#[macro_use]\nextern crate std;\npub fn f() {}\n", False)


def test_an_env_variable_the_build_script_sets_needs_it():
    source = 'pub fn stamp() -> &\'static str { env!("BUILD_STAMP") }\npub fn tag() -> Option<&\'static str> { option_env!("TAG") }\n'
    check_needs_build_script(source, True, variables=frozenset({"BUILD_STAMP"}))
    check_needs_build_script(source, True, variables=frozenset({"TAG"}))
    check_needs_build_script(source, False, variables=frozenset({"OTHER", "BUILD"}))


def test_a_custom_cfg_the_members_copy_deletes_does_not_need_it():
    source = "pub fn kept() {}\n#[cfg(has_std)]\npub fn gone() {}\n"
    start = source.index("#[cfg")
    check_needs_build_script(source, False, edit=FileEdit((TextEdit(start, len(source), b""),)))


def test_a_custom_cfg_the_members_copy_writes_needs_it():
    # An overlay repeats the cfg of the module it replaces.
    source = "mod a;\n"
    overlay = b"#[cfg(has_std)]\npub mod a { pub use dep::a::*; }\n"
    check_needs_build_script(source, True, edit=FileEdit((TextEdit(0, len(source), overlay),)))


def test_a_cfg_attribute_on_one_line_with_its_item_does_not_need_it():
    # The regex over raw lines took `fn` and `one_line` for cfg names.
    check_needs_build_script('#[cfg(feature = "x")] pub fn one_line() {}\n', False)


def test_cfgs_and_out_dir_in_comments_and_strings_do_not_need_it():
    check_needs_build_script(
        '// #[cfg(has_std)] reads env!("OUT_DIR")\npub const S: &str = "cfg(has_std) OUT_DIR";\n', False
    )


def test_the_variables_a_build_script_sets_are_its_rustc_env_lines():
    script = b'fn main() {\n    println!("cargo:rustc-env=BUILD_STAMP={}", 1);\n    println!("cargo::rustc-env=TAG=v1");\n    println!("cargo:rerun-if-changed=build.rs");\n}\n'
    assert build_script_variables(script) == frozenset({"BUILD_STAMP", "TAG"})


def test_the_attributes_a_cfg_attr_applies_are_not_cfg_names():
    check_needs_build_script(
        '#[cfg_attr(feature = "cargo-clippy", allow(never_loop, cyclomatic_complexity))]\nfn f() {}\n', False
    )
    check_needs_build_script("#[cfg_attr(not(unix), allow(dead_code))]\nfn f() {}\n", False)


def test_the_predicate_of_a_cfg_attr_may_need_it():
    check_needs_build_script("#[cfg_attr(has_std, allow(dead_code))]\nfn f() {}\n", True)
    check_needs_build_script('#[cfg_attr(all(feature = "x", has_i128), derive(Debug))]\nfn f() {}\n', True)


def test_text_after_a_cfg_on_the_same_line_is_not_its_predicate():
    check_needs_build_script("#[cfg(unix)] fn f() { never_loop(); }\n", False)
