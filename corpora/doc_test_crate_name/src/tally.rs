//! A tally of how often each word was seen.

use std::collections::BTreeMap;

/// Counts per word, in word order.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Tally {
    counts: BTreeMap<String, usize>,
}

impl Tally {
    /// An empty tally.
    pub fn new() -> Self {
        Tally::default()
    }

    /// Counts every word of `text` (split at whitespace).
    ///
    /// ```
    /// let mut tally = doc_test_crate_name::tally::Tally::new();
    /// tally.add_words("a b a");
    /// assert_eq!(tally.count("a"), 2);
    /// ```
    pub fn add_words(&mut self, text: &str) {
        for word in text.split_whitespace() {
            *self.counts.entry(word.to_string()).or_insert(0) += 1;
        }
    }

    /// How often `word` was seen.
    pub fn count(&self, word: &str) -> usize {
        self.counts.get(word).copied().unwrap_or(0)
    }

    /// The number of different words.
    pub fn len(&self) -> usize {
        self.counts.len()
    }

    /// True when no word was seen.
    pub fn is_empty(&self) -> bool {
        self.counts.is_empty()
    }

    /// The most frequent word (the first in word order on a tie).
    pub fn most_frequent(&self) -> Option<&str> {
        let mut best: Option<(&str, usize)> = None;
        for (word, count) in &self.counts {
            if best.is_none_or(|(_, most)| *count > most) {
                best = Some((word, *count));
            }
        }
        best.map(|(word, _)| word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_counted() {
        let mut tally = Tally::new();
        tally.add_words("x y x z x");
        assert_eq!((tally.count("x"), tally.len()), (3, 3));
        assert_eq!(tally.most_frequent(), Some("x"));
    }
}
