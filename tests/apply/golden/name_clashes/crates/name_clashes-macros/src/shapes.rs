//! Shapes, independent of records.

/// Area of a square of side `side`.
pub fn square_area(side: i64) -> i64 {
    crate::square!(side)
}

/// Total area of some squares.
pub fn total_area(sides: &[i64]) -> i64 {
    sides.iter().map(|side| square_area(*side)).sum::<i64>() + tally!()
}

#[cfg(test)]
mod tests {
    #[test]
    fn areas_add_up() {
        assert_eq!(super::total_area(&[1, 2]), 5);
    }
}
