//! Uses the optional `feature_deps_opt` (enabled by `std` through its
//! implicit feature) and, when `extra` is also on, its `extra`-only API
//! (a weak dependency feature).

/// Wraps a message, with the optional dependency when it is enabled.
#[cfg(feature = "feature_deps_opt")]
pub fn wrap(message: &str) -> String {
    feature_deps_opt::wrap(message)
}

/// Wraps a message without the optional dependency.
#[cfg(not(feature = "feature_deps_opt"))]
pub fn wrap(message: &str) -> String {
    format!("plain: {}", message)
}

/// Shouts a message: only when both `extra` and the dependency are on.
#[cfg(all(feature = "extra", feature = "feature_deps_opt"))]
pub fn shout(message: &str) -> String {
    feature_deps_opt::shout(message)
}

/// Shouts a message without the dependency's `extra` API.
#[cfg(not(all(feature = "extra", feature = "feature_deps_opt")))]
pub fn shout(message: &str) -> String {
    format!("quiet: {}", message)
}

/// A longer message when `verbose` is on.
pub fn describe(code: u32) -> String {
    if cfg!(feature = "verbose") {
        wrap(&format!("code {} (verbose)", code))
    } else {
        wrap(&format!("code {}", code))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_by_feature() {
        let expected = if cfg!(feature = "std") { "error: x" } else { "plain: x" };
        assert_eq!(wrap("x"), expected);
    }

    #[test]
    fn shouts_only_with_extra_and_std() {
        let loud = cfg!(feature = "extra") && cfg!(feature = "std");
        assert_eq!(shout("x") == "ERROR: X", loud);
    }
}
