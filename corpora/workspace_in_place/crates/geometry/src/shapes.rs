//! Shapes with an area and a perimeter, measured with the `units` member.

use units::{Metres, SquareMetres};

/// Something with an area and a perimeter.
pub trait Shape {
    /// The area enclosed.
    fn area(&self) -> SquareMetres;

    /// The length of the outline.
    fn perimeter(&self) -> Metres;

    /// A one-line description, e.g. `circle r=1.00 m`.
    fn label(&self) -> String;
}

/// A circle given by its radius.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Circle {
    pub radius: Metres,
}

/// An axis-aligned rectangle.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub width: Metres,
    pub height: Metres,
}

impl Circle {
    /// A circle of `radius` metres.
    ///
    /// ```
    /// use geometry::shapes::{Circle, Shape};
    /// assert!((Circle::new(1.0).area().0 - std::f64::consts::PI).abs() < 1e-12);
    /// ```
    pub fn new(radius: f64) -> Self {
        Circle { radius: Metres(radius) }
    }
}

impl Rect {
    /// A rectangle of `width` by `height` metres.
    pub fn new(width: f64, height: f64) -> Self {
        Rect { width: Metres(width), height: Metres(height) }
    }

    /// True when both sides have the same length.
    pub fn is_square(&self) -> bool {
        self.width == self.height
    }
}

impl Shape for Circle {
    fn area(&self) -> SquareMetres {
        SquareMetres(std::f64::consts::PI * self.radius.0 * self.radius.0)
    }

    fn perimeter(&self) -> Metres {
        Metres(2.0 * std::f64::consts::PI * self.radius.0)
    }

    fn label(&self) -> String {
        format!("circle r={}", self.radius)
    }
}

impl Shape for Rect {
    fn area(&self) -> SquareMetres {
        self.width.times(self.height)
    }

    fn perimeter(&self) -> Metres {
        Metres(2.0 * (self.width.0 + self.height.0))
    }

    fn label(&self) -> String {
        format!("rect {}x{}", self.width, self.height)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_square_is_a_rectangle_with_equal_sides() {
        assert!(Rect::new(2.0, 2.0).is_square());
        assert!(!Rect::new(2.0, 3.0).is_square());
    }

    #[test]
    fn perimeters_add_up_the_sides() {
        assert_eq!(Rect::new(2.0, 3.0).perimeter(), Metres(10.0));
    }
}
