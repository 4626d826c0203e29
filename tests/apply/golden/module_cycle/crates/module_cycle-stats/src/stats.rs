//! Descriptive statistics built on `crate::util` (no cycle: `util` does not
//! use `stats`).

use crate::util;

pub fn mean(values: &[f64]) -> Option<f64> {
    if values.is_empty() {
        None
    } else {
        Some(util::sum(values) / values.len() as f64)
    }
}

pub fn variance(values: &[f64]) -> Option<f64> {
    let m = mean(values)?;
    let squares: Vec<f64> = values.iter().map(|v| util::square(v - m)).collect();
    mean(&squares)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mean_and_variance() {
        assert_eq!(mean(&[]), None);
        assert_eq!(mean(&[2.0, 4.0]), Some(3.0));
        assert_eq!(variance(&[2.0, 4.0]), Some(1.0));
    }
}
