//! Circles and their area.

/// What a length is measured in unless a circle says otherwise.
pub type DefaultUnit = f64;

/// A circle of radius `r`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Circle<U = DefaultUnit> {
    pub r: U,
}

impl Circle {
    pub fn new(r: f64) -> Self {
        Circle { r }
    }
}

/// The area of a circle.
pub fn area(c: &Circle) -> f64 {
    std::f64::consts::PI * c.r * c.r
}
