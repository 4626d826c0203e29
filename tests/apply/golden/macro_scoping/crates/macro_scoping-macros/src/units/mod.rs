pub mod length;

/// Sum of several lengths, built with the exported macro.
pub fn total(parts: &[f64]) -> length::Meters {
    crate::meters!(parts.iter().sum::<f64>())
}
