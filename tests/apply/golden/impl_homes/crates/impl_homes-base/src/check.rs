//! Checks the words the lexer found.

use std::fmt;

use crate::report::Report;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckError {
    pub input: String,
    pub limit: usize,
}

impl fmt::Display for CheckError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        Report::from(self).fmt(f)
    }
}

/// The number of words, or an error when there are more than `limit`.
pub fn check(words: &[String], limit: usize) -> Result<usize, CheckError> {
    if words.len() > limit {
        return Err(CheckError { input: words.join(" "), limit });
    }
    Ok(words.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Only the position of a report.
    #[derive(Debug)]
    struct At(usize);

    // A foreign trait for a type of `report`, written in this test module:
    // it may live with `At` (here) or with `Report`.
    impl PartialEq<At> for Report<'_> {
        fn eq(&self, other: &At) -> bool {
            self.at == other.0
        }
    }

    #[test]
    fn too_many_words_point_at_the_limit() {
        let words = vec!["a".to_string(), "b".to_string(), "c".to_string()];
        let error = check(&words, 2).unwrap_err();
        assert!(Report::from(&error) == At(2));
    }
}
