//! Formatting helpers. `renamed_deps` depends on this package under the name
//! `helper_renamed`.
//!
//! ```
//! assert_eq!(renamed_deps_helper::pad_left("ab", 4), "  ab");
//! ```

pub const VERSION: &str = "helper-0.1";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Plain,
    Bracketed,
}

pub fn pad_left(s: &str, width: usize) -> String {
    format!("{:>width$}", s, width = width)
}

pub fn apply(style: Style, s: &str) -> String {
    match style {
        Style::Plain => s.to_string(),
        Style::Bracketed => format!("[{}]", s),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn styles() {
        assert_eq!(apply(Style::Bracketed, "x"), "[x]");
        assert_eq!(apply(Style::Plain, "x"), "x");
    }
}
