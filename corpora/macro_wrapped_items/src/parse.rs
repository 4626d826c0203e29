//! Parsing, rounded by the helpers of another module.

use crate::float::{half, mode_of, nearest, Mode};

/// Parses `text` as a float and rounds it to the nearest integer.
pub fn parse_rounded(text: &str) -> Option<i64> {
    let value: f64 = text.parse().ok()?;
    Some(if mode_of(value) == Mode::Up && value - value.floor() == half() { value.floor() as i64 } else { nearest(value) })
}

#[cfg(test)]
mod tests {
    #[test]
    fn rounds_half_down() {
        assert_eq!(super::parse_rounded("2.5"), Some(2));
        assert_eq!(super::parse_rounded("2.75"), Some(3));
    }
}
