//! Text helpers.

/// Only on a platform that is both unix and windows; its file is not shipped.
#[cfg(all(unix, windows))]
pub mod extra;

/// Styling, with a platform module whose file is not shipped either.
pub mod style {
    /// The platform's way to emphasise text; the file exists only on a
    /// platform that does not.
    #[cfg(all(windows, unix))]
    #[doc(hidden)]
    pub mod sys;

    /// Upper case with an exclamation mark.
    pub fn emphasise(text: &str) -> String {
        format!("{}!", text.to_uppercase())
    }

    /// Text in square brackets.
    pub fn bracket(text: &str) -> String {
        format!("[{text}]")
    }
}

/// Shouts `text`.
pub fn shout(text: &str) -> String {
    style::emphasise(text)
}

/// A label for a number.
pub fn label(value: u64) -> String {
    format!("total: {value}")
}

/// A label in brackets.
pub fn bracketed_label(value: u64) -> String {
    style::bracket(&label(value))
}

/// Repeats `text` `times` times, separated by spaces.
pub fn repeat(text: &str, times: usize) -> String {
    let mut parts = Vec::with_capacity(times);
    for _ in 0..times {
        parts.push(text.to_string());
    }
    parts.join(" ")
}

/// Counts the words of `text`.
pub fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shouting_is_upper_case_with_a_bang() {
        assert_eq!(shout("hey"), "HEY!");
    }

    #[test]
    fn labels_can_be_bracketed() {
        assert_eq!(bracketed_label(2), "[total: 2]");
        assert_eq!(word_count(&repeat("a", 3)), 3);
    }
}
