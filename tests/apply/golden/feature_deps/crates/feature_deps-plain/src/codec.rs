//! Uses `fdep-core` (a renamed, non-optional dependency with default
//! features off), and its `std`-only API under this crate's `std` feature.

/// Renders a value with the dependency's always-available function.
pub fn encode(value: u32) -> String {
    fdep_core::render(value)
}

/// Renders into a boxed string; needs `fdep-core/std`, enabled by `std`.
#[cfg(feature = "std")]
pub fn encode_boxed(value: u32) -> Box<str> {
    fdep_core::render_boxed(value)
}

/// Renders a list of values, boxed when `std` is on.
pub fn encode_all(values: &[u32]) -> Vec<String> {
    values.iter().map(|&value| encode_one(value)).collect()
}

#[cfg(feature = "std")]
fn encode_one(value: u32) -> String {
    encode_boxed(value).into_string()
}

#[cfg(not(feature = "std"))]
fn encode_one(value: u32) -> String {
    encode(value)
}

/// Whether the boxed encoder exists in this build.
pub const HAS_BOXED: bool = cfg!(feature = "std");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_values() {
        assert_eq!(encode(3), "#3");
        assert_eq!(encode_all(&[1, 2]), vec!["#1".to_string(), "#2".to_string()]);
    }

    #[cfg(feature = "std")]
    #[test]
    fn encodes_boxed_values_with_std() {
        assert_eq!(&*encode_boxed(9), "#9");
    }
}
