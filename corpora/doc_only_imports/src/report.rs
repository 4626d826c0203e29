//! A `Square` in words.

use crate::shapes::Square;

/// One line about a square.
pub fn describe(square: &Square) -> String {
    format!("square of side {}, area {}", square.0, square.area())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_side_and_area() {
        assert_eq!(describe(&Square(2)), "square of side 2, area 4");
    }
}
