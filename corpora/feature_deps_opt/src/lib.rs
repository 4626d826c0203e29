//! Message wrapping. An optional dependency of `feature_deps`, enabled by its
//! implicit feature; its `extra` feature is enabled weakly (`?/extra`).
//!
//! ```
//! assert_eq!(feature_deps_opt::wrap("x"), "error: x");
//! ```

pub fn wrap(message: &str) -> String {
    format!("error: {}", message)
}

/// Only with this crate's `extra` feature.
#[cfg(feature = "extra")]
pub fn shout(message: &str) -> String {
    wrap(message).to_uppercase()
}

#[cfg(test)]
mod tests {
    #[test]
    fn wraps_with_a_prefix() {
        assert_eq!(super::wrap("bad"), "error: bad");
    }
}
