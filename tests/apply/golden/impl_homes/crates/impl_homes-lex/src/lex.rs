//! Splits the input into words.

use std::fmt;

use crate::report::Report;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LexError {
    pub what: String,
    pub input: String,
    pub at: usize,
}

impl fmt::Display for LexError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        Report::from(self).fmt(f)
    }
}

/// The words of `input`, or where a character is not a letter or a space.
pub fn lex(input: &str) -> Result<Vec<String>, LexError> {
    if let Some(at) = input.find(|c: char| !c.is_ascii_alphabetic() && c != ' ') {
        return Err(LexError { what: "unexpected character".to_string(), input: input.to_string(), at });
    }
    Ok(input.split_whitespace().map(str::to_string).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_split_at_spaces() {
        assert_eq!(lex("ab  c").unwrap(), vec!["ab", "c"]);
    }
}
