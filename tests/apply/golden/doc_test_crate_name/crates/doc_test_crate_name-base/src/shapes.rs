//! Anything with an area.

/// A plane figure whose area is known.
pub trait Area {
    /// The area, in square units.
    fn area(&self) -> f64;

    /// Twice the area.
    ///
    /// ```
    /// use crate::doc_test_crate_name::prelude::*;
    ///
    /// let square = doc_test_crate_name::units::Square::new(2.0);
    /// assert_eq!(square.doubled(), 8.0);
    /// ```
    fn doubled(&self) -> f64 {
        2.0 * self.area()
    }

    /// True when the figure covers no area at all.
    fn is_empty(&self) -> bool {
        self.area() == 0.0
    }

    /// The area with its label, e.g. `area: 4`.
    ///
    /// ```
    /// # use doc_test_crate_name::prelude::*;
    /// let square = doc_test_crate_name::units::Square::new(2.0);
    /// assert_eq!(square.describe(), doc_test_crate_name::labels::label("area", 4.0));
    /// ```
    fn describe(&self) -> String {
        format!("area: {}", self.area())
    }
}

/// The total area of several figures.
pub fn total(figures: &[&dyn Area]) -> f64 {
    figures.iter().map(|figure| figure.area()).sum()
}

/// The largest area among several figures, 0 when there are none.
pub fn largest(figures: &[&dyn Area]) -> f64 {
    figures.iter().map(|figure| figure.area()).fold(0.0, f64::max)
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Patch(f64);

    impl Area for Patch {
        fn area(&self) -> f64 {
            self.0
        }
    }

    #[test]
    fn totals_and_largest_add_up() {
        let (a, b) = (Patch(1.5), Patch(2.5));
        assert_eq!(total(&[&a, &b]), 4.0);
        assert_eq!(largest(&[&a, &b]), 2.5);
        assert!(Patch(0.0).is_empty());
    }
}
