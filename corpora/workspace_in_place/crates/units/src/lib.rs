//! Lengths and areas in metres, for the `geometry` member of this workspace.

use std::fmt;

/// A length in metres.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
pub struct Metres(pub f64);

/// An area in square metres.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
pub struct SquareMetres(pub f64);

impl Metres {
    /// The product of two lengths.
    ///
    /// ```
    /// use units::Metres;
    /// assert_eq!(Metres(2.0).times(Metres(3.0)).0, 6.0);
    /// ```
    pub fn times(self, other: Metres) -> SquareMetres {
        SquareMetres(self.0 * other.0)
    }
}

impl fmt::Display for Metres {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:.2} m", self.0)
    }
}

impl fmt::Display for SquareMetres {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:.2} m²", self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lengths_and_areas_print_with_their_unit() {
        assert_eq!(Metres(1.5).to_string(), "1.50 m");
        assert_eq!(SquareMetres(2.0).to_string(), "2.00 m²");
    }
}
