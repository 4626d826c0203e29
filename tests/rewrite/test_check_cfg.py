"""What a member's ``cfg`` predicates test, and what its manifest then expects."""

from __future__ import annotations

import tomlkit

from crate_split.analysis import analyze_crate
from crate_split.rewrite.check_cfg import CfgTests, cfgs_tested_in
from crate_split.rewrite.copied_facts import copied_facts
from crate_split.rewrite.manifests import _expect_cfgs
from crate_split.rewrite.text_edit import FileEdit, TextEdit
from fixture import source_tree

SOURCE = b"""
#[cfg(has_std)]
extern crate std;
#[cfg(all(feature = "std", not(feature = "nightly")))]
fn f() {}
#[cfg_attr(feature = "serde", derive(Serialize))]
struct S;
#[cfg(any(target_os = "linux", docsrs, tarpaulin_include = "yes"))]
fn g() { if cfg!(fuzzing) {} }
macro_rules! m { ($(#[$meta:meta])*) => { #[cfg($meta)] fn h() {} } }
"""


def check_cfgs_tested(source: bytes, edit: FileEdit | None = None) -> CfgTests:
    """What a member's copy of ``source`` (as ``src/lib.rs``), made by
    ``edit`` (none by default), tests."""
    model = analyze_crate(source_tree("//- /src/lib.rs\n" + source.decode()))
    facts = {"src/lib.rs": list(model.source_facts)}
    return cfgs_tested_in(copied_facts(["src/lib.rs"], facts, {"src/lib.rs": edit or FileEdit()}))


def test_names_keys_and_feature_values_are_read_from_every_spelling() -> None:
    assert check_cfgs_tested(SOURCE) == CfgTests(
        names=("fuzzing", "has_std"), keyed=("tarpaulin_include",), features=("nightly", "serde", "std")
    )


def test_a_manifest_expects_what_it_does_not_declare() -> None:
    tested = CfgTests(names=("has_std",), keyed=("k",), features=("nightly", "std"))
    assert tested.unexpected({"std"}) == (
        "cfg(has_std)",
        "cfg(k, values(any()))",
        'cfg(feature, values("nightly"))',
    )
    assert CfgTests(features=("std",)).unexpected({"std"}) == ()


def test_comments_and_text_outside_attributes_test_nothing() -> None:
    source = b"""
// Read cfg(windows_only) in the docs.
#[cfg(all(
    // Always compiled: a comment inside an attribute.
))]
fn f() {}
"""
    assert check_cfgs_tested(source) == CfgTests()


def test_cfgs_in_comments_and_strings_test_nothing() -> None:
    # The tokenizer over the copy's bytes took these for tests and had the
    # manifest expect `cfg(in_comment)` and the others, needlessly.
    source = b"""
// #[cfg(in_comment)] fn hidden() {}
/// Build with `#[cfg(feature = "in_doc")]` or `cfg!(in_doc_call)`.
pub fn f() -> &'static str {
    "#[cfg(in_string)] cfg!(in_string_call)"
}
"""
    assert check_cfgs_tested(source) == CfgTests()


def test_the_expected_cfgs_join_the_lints_a_member_copies() -> None:
    entries = ("cfg(has_std)",)
    document = tomlkit.parse('[lints.rust]\nunexpected_cfgs = "deny"\nunsafe_code = "forbid"\n')
    _expect_cfgs(document, entries)
    assert tomlkit.dumps(document) == (
        '[lints.rust]\nunexpected_cfgs = {level = "deny", check-cfg = [\'cfg(has_std)\']}\nunsafe_code = "forbid"\n'
    )
    inherited = tomlkit.parse("[lints]\nworkspace = true\n")
    _expect_cfgs(inherited, entries)
    assert tomlkit.dumps(inherited) == "[lints]\nworkspace = true\n"


def test_a_copy_tests_what_its_edit_keeps_and_writes() -> None:
    source = b"#[cfg(kept)]\npub fn kept() {}\n#[cfg(gone)]\npub fn gone() {}\n"
    start = source.index(b"#[cfg(gone)]")
    overlay = TextEdit(start, len(source), b'#[cfg(feature = "written")]\npub use other::gone;\n')
    assert check_cfgs_tested(source, FileEdit((overlay,))) == CfgTests(names=("kept",), features=("written",))
