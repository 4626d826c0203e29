//! Number rendering. `feature_deps` depends on it as `fdep-core` with
//! `default-features = false` and turns `std` on from its own `std` feature.
//!
//! ```
//! assert_eq!(feature_deps_core::render(7), "#7");
//! ```

/// Always available.
pub fn render(value: u32) -> String {
    format!("#{}", value)
}

/// Only with this crate's `std` feature.
#[cfg(feature = "std")]
pub fn render_boxed(value: u32) -> Box<str> {
    render(value).into_boxed_str()
}

#[cfg(test)]
mod tests {
    #[test]
    fn renders_with_a_hash() {
        assert_eq!(super::render(42), "#42");
    }
}
