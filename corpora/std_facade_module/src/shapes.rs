//! Shapes, displayed through `crate::lib::fmt`.

use crate::lib::*;

/// A square with a side length.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Square {
    /// Length of a side.
    pub side: u32,
}

impl Square {
    /// A square of side `side`.
    pub fn new(side: u32) -> Self {
        Square { side }
    }

    /// The larger of two squares.
    pub fn larger(self, other: Square) -> Square {
        crate::lib::cmp::max(self, other)
    }
}

impl Display for Square {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "square({})", self.side)
    }
}

impl crate::lib::Debug for Square {
    fn fmt(&self, f: &mut crate::lib::fmt::Formatter<'_>) -> crate::lib::fmt::Result {
        write!(f, "Square {{ side: {} }}", self.side)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn larger_picks_the_bigger_side() {
        assert_eq!(Square::new(2).larger(Square::new(5)), Square::new(5));
    }
}
