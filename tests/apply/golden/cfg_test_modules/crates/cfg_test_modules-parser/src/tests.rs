//! Crate-level tests in their own file, pulled in by `#[cfg(test)] mod tests;`.

use super::*;

#[test]
fn render_then_parse_roundtrip() {
    let line = render_pair("k", "v");
    assert_eq!(parser::parse_pair(&line), Some(("k".to_string(), "v".to_string())));
}

#[test]
fn all_sample_lines_parse() {
    for line in sample_lines() {
        assert!(parser::parse_pair(line).is_some(), "{line}");
    }
}

#[cfg(feature = "extra")]
#[test]
fn extra_is_available_with_feature() {
    assert_eq!(extra::shout("hi"), "HI!");
}
