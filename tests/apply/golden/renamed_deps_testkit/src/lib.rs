//! Test fixtures; only a dev-dependency of `renamed_deps`.
//!
//! ```
//! assert!(renamed_deps_testkit::all_width(&["  a".to_string()], 3));
//! ```

pub fn sample_words() -> Vec<&'static str> {
    vec!["a", "bb", "ccc", ".hidden"]
}

/// True if every line has exactly `width` characters.
pub fn all_width(lines: &[String], width: usize) -> bool {
    lines.iter().all(|l| l.chars().count() == width)
}

#[cfg(test)]
mod tests {
    #[test]
    fn samples_are_short() {
        assert!(super::sample_words().iter().all(|w| w.len() <= 7));
    }
}
