//! Uses `clamp_to!` from textual scope (no import needed: `mod registry;` comes
//! after `#[macro_use] mod macros;`), and calls a `#[macro_export]` macro by
//! its crate-root path.

use crate::units::length::Meters;

pub fn bounded_lengths(raw: &[i32]) -> Vec<Meters> {
    raw.iter().map(|&v| crate::meters!(clamp_to!(v, 0, 100))).collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn lengths_are_clamped() {
        let values: Vec<f64> = super::bounded_lengths(&[-1, 5, 500])
            .iter()
            .map(|m| m.value())
            .collect();
        assert_eq!(values, vec![0.0, 5.0, 100.0]);
    }
}
