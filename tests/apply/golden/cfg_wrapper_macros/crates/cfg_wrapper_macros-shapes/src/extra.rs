//! Declared inside `cfg_unstable!` at the crate root.

/// The perimeter of a square of side `side`.
pub fn perimeter(side: u32) -> u32 {
    crate::shapes::Square(side).perimeter()
}
