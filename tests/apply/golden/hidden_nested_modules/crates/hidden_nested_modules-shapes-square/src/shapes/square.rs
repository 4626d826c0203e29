/// A square of the given side.
pub struct Square(pub u32);

/// The side of a square.
pub fn side_of(square: &Square) -> u32 {
    square.0
}

#[cfg(test)]
mod tests {
    #[test]
    fn side() {
        assert_eq!(super::side_of(&super::Square(4)), 4);
    }
}
