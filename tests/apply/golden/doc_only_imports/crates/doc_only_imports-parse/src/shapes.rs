//! The shape.

/// A square by its side.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Square(pub u32);

impl Square {
    /// Its area.
    pub fn area(&self) -> u32 {
        self.0 * self.0
    }
}

#[cfg(test)]
mod tests {
    use super::Square;

    #[test]
    fn area_is_side_squared() {
        assert_eq!(Square(4).area(), 16);
    }
}
