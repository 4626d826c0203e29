//! Uses dependencies under names that differ from their package names.
//!
//! ```
//! let col = renamed_deps::format::column(&["a", "bbb"]);
//! assert_eq!(col, vec!["  a".to_string(), "bbb".to_string()]);
//! assert!(renamed_deps_testkit::all_width(&col, 3));
//! ```

#[doc = "Formatting through the renamed dependency."]
pub mod format {
    pub use renamed_deps_format::format::*;
}
#[doc = "Platform conventions: the Unix version comes from a target-specific"]
pub mod sys {
    pub use renamed_deps_sys::sys::*;
    #[cfg(not(unix))]
    #[doc = "Used where `renamed_deps_unix` is not a dependency."]
    #[allow(hidden_glob_reexports)]
    mod fallback {}
    #[cfg(unix)]
    #[doc = "Only compiled on Unix, where the `renamed_deps_unix` package (library"]
    #[allow(hidden_glob_reexports)]
    mod unix {}
}

/// Version string of the renamed helper dependency.
pub fn helper_version() -> &'static str {
    helper_renamed::VERSION
}
