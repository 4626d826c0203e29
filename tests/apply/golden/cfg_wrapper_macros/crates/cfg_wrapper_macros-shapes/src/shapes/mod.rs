//! Shapes: a module whose parts are declared and re-exported inside
//! wrapper calls, one of them behind a feature that is off by default.

pub use cfg_wrapper_macros_utils::shapes::*;
#[doc(hidden)]
pub mod square;

#[cfg(feature = "std")]
pub use square::Square;

#[cfg_attr(docsrs, doc(cfg(feature = "unstable")))]
#[cfg(feature = "unstable")]
#[doc(hidden)]
pub mod circle {
    pub use cfg_wrapper_macros_utils::shapes::circle::*;
}
#[cfg(feature = "unstable")]
#[cfg_attr(docsrs, doc(cfg(feature = "unstable")))]
pub use circle::Circle;

use crate::utils::double;

/// A shape measured along a line.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Shape {
    /// A line of this length, counted there and back.
    Line(u32),
    /// A square of this side.
    Square(u32),
}

impl Shape {
    /// The distance along the shape, there and back for a line.
    pub fn length(&self) -> u32 {
        match *self {
            Shape::Line(length) => double(length),
            Shape::Square(side) => 4 * side,
        }
    }

    /// The square this shape is, if any.
    pub fn as_square(&self) -> Option<Square> {
        match *self {
            Shape::Square(side) => Some(Square(side)),
            Shape::Line(_) => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_count_twice() {
        assert_eq!(Shape::Line(3).length(), 6);
        assert_eq!(Shape::Square(2).as_square(), Some(Square(2)));
    }
}
