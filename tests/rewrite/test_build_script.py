"""Which members get the original's build script: those whose code may
read what it emits (``OUT_DIR``, a custom ``cfg``), and no others."""

from __future__ import annotations

from crate_split.rewrite.build_script import build_script_variables, needs_build_script
from crate_split.rewrite.layout import CrateLayout

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


def check_needs_build_script(source: str, expected: bool) -> None:
    member = MEMBER
    assert needs_build_script(member, lambda path: source.encode()) is expected


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
    member = MEMBER
    source = b'pub fn stamp() -> &\'static str { env!("BUILD_STAMP") }\npub fn tag() -> Option<&\'static str> { option_env!("TAG") }\n'
    assert needs_build_script(member, lambda path: source, frozenset({b"BUILD_STAMP"})) is True
    assert needs_build_script(member, lambda path: source, frozenset({b"TAG"})) is True
    assert needs_build_script(member, lambda path: source, frozenset({b"OTHER", b"BUILD"})) is False


def test_the_variables_a_build_script_sets_are_its_rustc_env_lines():
    script = b'fn main() {\n    println!("cargo:rustc-env=BUILD_STAMP={}", 1);\n    println!("cargo::rustc-env=TAG=v1");\n    println!("cargo:rerun-if-changed=build.rs");\n}\n'
    assert build_script_variables(script) == frozenset({b"BUILD_STAMP", b"TAG"})


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
