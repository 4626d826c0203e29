//! Word counts in a `crate::lib::BTreeMap`, independent of the shapes.

use crate::lib::iter::FromIterator;
use crate::lib::BTreeMap;

/// How often each word occurs in `text`.
pub fn words(text: &str) -> BTreeMap<&str, usize> {
    let mut counts = BTreeMap::new();
    for word in text.split_whitespace() {
        *counts.entry(word).or_insert(0) += 1;
    }
    counts
}

/// The distinct words of `text`, sorted.
pub fn distinct(text: &str) -> crate::lib::Vec<&str> {
    crate::lib::Vec::from_iter(words(text).into_keys())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_counted() {
        assert_eq!(words("a b a")["a"], 2);
        assert_eq!(distinct("b a b"), ["a", "b"]);
    }
}
