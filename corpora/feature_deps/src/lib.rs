//! Optional dependencies switched on by features, and code gated by
//! `#[cfg(feature = "..")]` in every module.
//!
//! ```
//! let names = feature_deps::enabled_features();
//! assert_eq!(names.contains(&"std"), cfg!(feature = "std"));
//! ```

pub mod checksum;
pub mod codec;
pub mod errors;
pub mod plain;

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
