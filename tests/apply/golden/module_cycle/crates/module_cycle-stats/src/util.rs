//! Small numeric helpers. Uses nothing from this crate.

/// Sum of a slice.
///
/// ```
/// assert_eq!(module_cycle::util::sum(&[1.0, 2.0, 3.5]), 6.5);
/// ```
pub fn sum(values: &[f64]) -> f64 {
    values.iter().sum()
}

pub fn square(x: f64) -> f64 {
    x * x
}
