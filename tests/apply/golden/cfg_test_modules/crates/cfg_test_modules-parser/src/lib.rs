//! Part of `cfg_test_modules`, split out by crate-split.
#![allow(rustdoc::broken_intra_doc_links)]
pub use cfg_test_modules_platform::*;
pub mod parser;

#[cfg(feature = "extra")]
#[doc(hidden)]
pub mod extra {
    pub use cfg_test_modules_platform::extra::*;
}

/// Builds a `key=value` line; the inverse of `parser::parse_pair`.
pub fn render_pair(key: &str, value: &str) -> String {
    format!("{}={}", key, value)
}

/// Only compiled for tests; used by `src/tests.rs` and `parser::tests`.
#[cfg(test)]
#[doc(hidden)]
pub fn sample_lines() -> Vec<&'static str> {
    vec!["a = 1", "b=2", "  c =  three  "]
}

#[cfg(test)]
mod tests;
