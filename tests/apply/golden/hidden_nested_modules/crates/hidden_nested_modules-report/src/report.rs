//! Reports about shapes.

use crate::shapes::{area, hidden_export::side_of, Square};

/// Describes a square.
pub fn describe(square: &Square) -> String {
    format!("side {}, area {}", side_of(square), area(square))
}

#[cfg(test)]
mod tests {
    #[test]
    fn describe_names_both() {
        assert_eq!(super::describe(&crate::shapes::Square(2)), "side 2, area 4");
    }
}
