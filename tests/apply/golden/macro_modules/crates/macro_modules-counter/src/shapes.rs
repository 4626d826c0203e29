//! Declared by `items! { pub mod shapes; }` in src/lib.rs.

/// A shape with integer sides.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Shape {
    Square(u32),
    Rect(u32, u32),
}

impl Shape {
    pub fn area(&self) -> u32 {
        match *self {
            Shape::Square(side) => side * side,
            Shape::Rect(width, height) => width * height,
        }
    }
}
