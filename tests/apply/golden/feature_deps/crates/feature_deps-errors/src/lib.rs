//! Part of `feature_deps`, split out by crate-split.
#![allow(rustdoc::broken_intra_doc_links)]
pub mod errors;

/// The features this crate was built with, in a fixed order.
pub fn enabled_features() -> Vec<&'static str> {
    let mut names = Vec::new();
    if cfg!(feature = "std") {
        names.push("std");
    }
    if cfg!(feature = "alt") {
        names.push("alt");
    }
    if cfg!(feature = "extra") {
        names.push("extra");
    }
    if cfg!(feature = "verbose") {
        names.push("verbose");
    }
    names
}
