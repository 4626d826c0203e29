//! Describes shapes through a crate-private trait written inside `cfg_std!`.

use crate::shapes::{Shape, Square};
use crate::utils::Describe;

impl Describe for Square {
    fn describe(&self) -> String {
        format!("square {}", self.0)
    }
}

impl Describe for Shape {
    fn describe(&self) -> String {
        match self.as_square() {
            Some(square) => square.describe(),
            None => format!("line {}", self.length()),
        }
    }
}

/// One description per square, joined by commas.
pub fn describe_all(squares: &[Square]) -> String {
    squares.iter().map(|square| square.describe()).collect::<Vec<_>>().join(", ")
}

/// The description of a shape.
pub fn describe_shape(shape: Shape) -> String {
    shape.describe()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn describes_squares_and_lines() {
        assert_eq!(describe_all(&[Square(1), Square(2)]), "square 1, square 2");
        assert_eq!(describe_shape(Shape::Line(2)), "line 4");
        assert_eq!(Square(3).perimeter(), 12);
    }
}
