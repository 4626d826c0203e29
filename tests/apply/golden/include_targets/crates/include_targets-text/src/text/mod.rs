//! Reads `src/text/data/words.txt`, a path relative to this file.

pub mod stats;

/// The word list, one per line.
pub const WORDS: &str = include_str!("data/words.txt");

/// Number of words in the list.
pub fn count() -> usize {
    WORDS.lines().count()
}

/// Like `include_str!("../Cargo.toml")`, but only in a doc comment: no file is read.
pub fn first() -> &'static str {
    // include_str!("../../Cargo.toml") in a comment is not an include either.
    let _not_an_include = "include_bytes!(\"../../build.rs\")";
    WORDS.lines().next().unwrap_or("")
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_list_has_three_words() {
        assert_eq!(super::count(), 3);
        assert_eq!(super::first(), "alpha");
    }
}
