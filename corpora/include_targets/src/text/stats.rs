//! Statistics over the word list.

/// The longest word's length.
pub fn longest() -> usize {
    super::WORDS.lines().map(str::len).max().unwrap_or(0)
}
