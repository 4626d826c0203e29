//! Integration test: may use the crate itself and its dev-dependencies.

use renamed_deps::format::{bracket_visible, column};
use renamed_deps_testkit::sample_words;

#[test]
fn brackets_visible_samples() {
    let out = bracket_visible(&sample_words());
    if cfg!(unix) {
        assert_eq!(out, vec!["[a]", "[bb]", "[ccc]"]);
    } else {
        assert_eq!(out.len(), 4);
    }
}

#[test]
fn helper_version_comes_from_renamed_dependency() {
    assert_eq!(renamed_deps::helper_version(), "helper-0.1");
    assert_eq!(column(&[]), Vec::<String>::new());
}

#[cfg(unix)]
#[test]
fn unix_list_separator() {
    assert_eq!(renamed_deps::sys::list_separator(), ':');
}
