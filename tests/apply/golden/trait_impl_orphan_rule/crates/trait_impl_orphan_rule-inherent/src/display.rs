//! A foreign trait (`std::fmt::Display`) implemented for a local type, in a
//! different file from the type's definition. After a split it must stay in
//! the crate that defines `Square`.

use std::fmt;

use crate::types::Square;

impl fmt::Display for Square {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Square[{}]", self.side)
    }
}

#[cfg(test)]
mod tests {
    use crate::types::Square;

    #[test]
    fn display_square() {
        assert_eq!(format!("{}", Square::new(1.5)), "Square[1.5]");
    }
}
