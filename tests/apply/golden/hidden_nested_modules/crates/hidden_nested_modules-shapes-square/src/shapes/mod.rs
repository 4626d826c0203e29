//! Shapes.

#[doc(hidden)]
pub mod square;

#[doc(hidden)]
pub mod hidden_export {
    pub use super::square::side_of; // used by a sibling crate in the original project
}

pub use square::Square;

/// The area of a square.
pub fn area(square: &Square) -> u32 {
    square.0 * square.0
}
