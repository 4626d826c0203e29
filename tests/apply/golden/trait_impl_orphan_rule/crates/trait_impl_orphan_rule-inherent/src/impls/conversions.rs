use crate::types::{Label, Square};

/// Foreign trait (`From`) for a foreign type (`String`); allowed only because
/// the type parameter `Square` is local. Must stay with `Square`.
impl From<Square> for String {
    fn from(sq: Square) -> String {
        format!("square:{}", sq.side)
    }
}

/// Foreign trait for a local type.
impl From<&str> for Label {
    fn from(text: &str) -> Label {
        Label::new(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conversions() {
        let s: String = Square::new(2.0).into();
        assert_eq!(s, "square:2");
        assert_eq!(Label::from("x"), Label("x".to_string()));
    }
}
