//! Totals over circles, written against the names of `graph`.

use crate::graph::{area, Circle};

/// The total area of `circles`.
pub fn total_area(circles: &[Circle]) -> f64 {
    circles.iter().map(area).sum()
}

/// The largest radius, or 0.
pub fn largest(circles: &[crate::graph::Circle]) -> f64 {
    circles.iter().map(|c| c.r).fold(0.0, f64::max)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn total_of_two_unit_circles_is_two_pi() {
        let total = total_area(&[Circle::new(1.0), Circle::new(1.0)]);
        assert!((total - 2.0 * std::f64::consts::PI).abs() < 1e-9);
    }

    #[test]
    fn largest_radius() {
        assert_eq!(largest(&[Circle::new(1.0), Circle::new(3.0)]), 3.0);
    }
}
