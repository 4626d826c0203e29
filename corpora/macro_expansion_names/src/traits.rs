//! A trait and helpers that the macros of `macros` name.

/// A value that describes itself.
pub trait Describe {
    /// `type:value`.
    fn describe(&self) -> String;

    /// The description, padded with dots to `width` characters.
    fn describe_padded(&self, width: usize) -> String {
        pad(&self.describe(), width)
    }
}

/// `kind:value`.
pub fn label(kind: &str, value: &str) -> String {
    format!("{}:{}", kind, value)
}

/// `text` with dots after it up to `width` characters.
pub fn pad(text: &str, width: usize) -> String {
    let mut padded = String::from(text);
    while padded.chars().count() < width {
        padded.push('.');
    }
    padded
}

/// The kind part of a label (before the colon).
pub fn kind_of(label: &str) -> &str {
    label.split(':').next().unwrap_or("")
}

/// The value part of a label (after the colon).
pub fn value_of(label: &str) -> &str {
    label.split_once(':').map_or("", |(_, value)| value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_split_back() {
        let text = label("u8", "7");
        assert_eq!((kind_of(&text), value_of(&text)), ("u8", "7"));
    }

    #[test]
    fn padding_fills_to_the_width() {
        assert_eq!(pad("ab", 4), "ab..");
        assert_eq!(pad("abcde", 4), "abcde");
    }
}
