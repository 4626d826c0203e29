//! Formatting through the renamed dependency.

use helper_renamed::{pad_left, Style};

/// Right-aligns all words to the longest one.
pub fn column(words: &[&str]) -> Vec<String> {
    let width = words.iter().map(|w| w.chars().count()).max().unwrap_or(0);
    words.iter().map(|w| pad_left(w, width)).collect()
}

/// Brackets every visible word; hidden names (per `crate::sys`) are dropped.
pub fn bracket_visible(words: &[&str]) -> Vec<String> {
    words
        .iter()
        .filter(|w| !crate::sys::is_hidden(w))
        .map(|w| helper_renamed::apply(Style::Bracketed, w))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use renamed_deps_testkit::{all_width, sample_words};

    #[test]
    fn column_of_samples_is_aligned() {
        let col = column(&sample_words());
        assert!(all_width(&col, 7));
    }
}
