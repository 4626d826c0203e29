//! Summaries of values, measured by a macro whose body calls a method.

use crate::traits::Describe;

/// How many values there are and what the first is.
pub fn summary(values: &[u16]) -> String {
    let first = values.first().map_or_else(String::new, |value| value.describe());
    format!("{} values, first {}", values.len(), first)
}

/// The length of all descriptions together.
pub fn total_len(values: &[u8]) -> usize {
    described_len!(values)
}

/// The mean length of the descriptions, rounded down (0 for no values).
pub fn mean_len(values: &[u8]) -> usize {
    if values.is_empty() {
        0
    } else {
        total_len(values) / values.len()
    }
}

/// One line per value: its position and description.
pub fn lines(values: &[u16]) -> Vec<String> {
    values
        .iter()
        .enumerate()
        .map(|(index, value)| format!("{}. {}", index + 1, value.describe()))
        .collect()
}

/// The lines joined, or `(none)`.
pub fn render(values: &[u16]) -> String {
    if values.is_empty() {
        String::from("(none)")
    } else {
        lines(values).join("\n")
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn lengths_add_up() {
        assert_eq!(super::total_len(&[1, 22]), 9);
        assert_eq!(super::mean_len(&[1, 22]), 4);
    }

    #[test]
    fn renders_one_line_per_value() {
        assert_eq!(super::render(&[5, 6]), "1. u16:5\n2. u16:6");
        assert_eq!(super::render(&[]), "(none)");
    }
}
