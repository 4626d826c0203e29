//! Items that exist only under some `cfg`: test-only modules (in a separate
//! file and inline), a feature-gated module and per-platform functions.
//!
//! ```
//! let kv = cfg_test_modules::parser::parse_pair("key = value").unwrap();
//! assert_eq!(kv, ("key".to_string(), "value".to_string()));
//! assert!(cfg_test_modules::platform::join("a", "b").len() == 3);
//! ```

pub mod parser;
pub mod platform;

#[cfg(feature = "extra")]
pub mod extra;

/// Builds a `key=value` line; the inverse of `parser::parse_pair`.
pub fn render_pair(key: &str, value: &str) -> String {
    format!("{}={}", key, value)
}

/// Only compiled for tests; used by `src/tests.rs` and `parser::tests`.
#[cfg(test)]
pub(crate) fn sample_lines() -> Vec<&'static str> {
    vec!["a = 1", "b=2", "  c =  three  "]
}

#[cfg(test)]
mod tests;
