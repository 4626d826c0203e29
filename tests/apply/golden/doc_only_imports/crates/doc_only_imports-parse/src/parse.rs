//! A `Square` from text.

use std::str::FromStr;

use crate::shapes::Square;

/// Why text is not a square.
#[derive(Debug, PartialEq, Eq)]
pub struct NotASquare;

impl FromStr for Square {
    type Err = NotASquare;

    fn from_str(text: &str) -> Result<Square, NotASquare> {
        u32::from_str(text.trim()).map(Square).map_err(|_| NotASquare)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_side() {
        assert_eq!(Square::from_str(" 5 "), Ok(Square(5)));
        assert_eq!(Square::from_str("five"), Err(NotASquare));
    }
}
