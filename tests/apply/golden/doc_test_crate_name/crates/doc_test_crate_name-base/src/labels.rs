//! Labels for numbers: a name, a colon and the value.

/// `name: value`, the value without a fraction when it has none.
pub fn label(name: &str, value: f64) -> String {
    format!("{name}: {}", number(value))
}

/// The value, without a fraction when it has none.
pub fn number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{}", value as i64)
    } else {
        format!("{value}")
    }
}

/// Labels for several named values, one per line.
pub fn table(rows: &[(&str, f64)]) -> String {
    let mut lines = Vec::new();
    for (name, value) in rows {
        lines.push(label(name, *value));
    }
    lines.join("\n")
}

/// The widest name among the rows, to align a table by.
pub fn widest(rows: &[(&str, f64)]) -> usize {
    rows.iter().map(|(name, _)| name.len()).max().unwrap_or(0)
}

/// Labels padded so that the values line up.
pub fn aligned(rows: &[(&str, f64)]) -> String {
    let width = widest(rows);
    let mut lines = Vec::new();
    for (name, value) in rows {
        lines.push(format!("{name:width$}: {}", number(*value)));
    }
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_drop_empty_fractions() {
        assert_eq!(label("area", 4.0), "area: 4");
        assert_eq!(label("area", 2.5), "area: 2.5");
        assert_eq!(table(&[("a", 1.0), ("b", 2.0)]), "a: 1\nb: 2");
        assert_eq!(aligned(&[("a", 1.0), ("bcd", 2.0)]), "a  : 1\nbcd: 2");
    }
}
