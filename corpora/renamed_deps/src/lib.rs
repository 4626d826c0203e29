//! Uses dependencies under names that differ from their package names.
//!
//! ```
//! let col = renamed_deps::format::column(&["a", "bbb"]);
//! assert_eq!(col, vec!["  a".to_string(), "bbb".to_string()]);
//! assert!(renamed_deps_testkit::all_width(&col, 3));
//! ```

pub mod format;
pub mod sys;

/// Version string of the renamed helper dependency.
pub fn helper_version() -> &'static str {
    helper_renamed::VERSION
}
