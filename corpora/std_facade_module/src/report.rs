//! Reports over shapes, built with `crate::lib::{String, Vec}`.

use crate::lib::{String, ToString, Vec};
use crate::shapes::Square;

/// The shapes, displayed and joined by commas.
pub fn describe(shapes: &[Square]) -> String {
    let parts: Vec<String> = shapes.iter().map(|shape| shape.to_string()).collect();
    parts.join(", ")
}

/// Swaps the two largest squares to the front.
pub fn swap_front(shapes: &mut [Square]) {
    if shapes.len() >= 2 {
        let (first, rest) = shapes.split_at_mut(1);
        crate::lib::mem::swap(&mut first[0], &mut rest[0]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn describe_joins_with_commas() {
        assert_eq!(describe(&[Square::new(1), Square::new(2)]), "square(1), square(2)");
    }
}
