"""What a member's ``cfg`` predicates test, and what its manifest then expects."""

from __future__ import annotations

import tomlkit

from crate_split.rewrite.check_cfg import CfgTests, cfgs_tested_in
from crate_split.rewrite.manifests import _expect_cfgs

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


def test_names_keys_and_feature_values_are_read_from_every_spelling() -> None:
    tested = cfgs_tested_in(["src/lib.rs"], lambda path: SOURCE)
    assert tested == CfgTests(
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
    assert cfgs_tested_in(["src/lib.rs"], lambda path: source) == CfgTests()


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
