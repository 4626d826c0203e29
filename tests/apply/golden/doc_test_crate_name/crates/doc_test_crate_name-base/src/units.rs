//! Figures measured in units: squares and rectangles.

use crate::shapes::Area;

/// A square with sides of `side` units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Square {
    side: f64,
}

impl Square {
    /// A square with sides of `side` units.
    pub fn new(side: f64) -> Self {
        Square { side }
    }

    /// The length of one side.
    pub fn side(&self) -> f64 {
        self.side
    }
}

impl Area for Square {
    fn area(&self) -> f64 {
        self.side * self.side
    }
}

/// A rectangle of `width` by `height` units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rectangle {
    width: f64,
    height: f64,
}

impl Rectangle {
    /// A rectangle of `width` by `height` units.
    pub fn new(width: f64, height: f64) -> Self {
        Rectangle { width, height }
    }

    /// True when both sides have the same length.
    pub fn is_square(&self) -> bool {
        self.width == self.height
    }
}

impl Area for Rectangle {
    fn area(&self) -> f64 {
        self.width * self.height
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn areas_of_squares_and_rectangles() {
        assert_eq!(Square::new(3.0).area(), 9.0);
        assert_eq!(Rectangle::new(2.0, 3.0).area(), 6.0);
        assert!(Rectangle::new(2.0, 2.0).is_square());
    }
}
