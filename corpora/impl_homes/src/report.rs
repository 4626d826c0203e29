//! The crate's error and the formatter every module's error uses.

use std::fmt;

use crate::{check, lex};

/// Any error of the crate.
#[derive(Debug)]
pub enum Error {
    Lex(lex::LexError),
    Check(check::CheckError),
}

impl From<lex::LexError> for Error {
    fn from(error: lex::LexError) -> Error {
        Error::Lex(error)
    }
}

impl From<check::CheckError> for Error {
    fn from(error: check::CheckError) -> Error {
        Error::Check(error)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Lex(error) => error.fmt(f),
            Error::Check(error) => error.fmt(f),
        }
    }
}

/// What an error says and where, ready to print under its input.
pub struct Report<'e> {
    pub what: &'e str,
    pub input: &'e str,
    pub at: usize,
}

// Written beside `Report`, but `LexError` needs `Report` already: the impl
// goes with `LexError`.
impl<'e> From<&'e lex::LexError> for Report<'e> {
    fn from(error: &'e lex::LexError) -> Report<'e> {
        Report { what: &error.what, input: &error.input, at: error.at }
    }
}

impl<'e> From<&'e check::CheckError> for Report<'e> {
    fn from(error: &'e check::CheckError) -> Report<'e> {
        Report { what: "too many tokens", input: &error.input, at: error.limit }
    }
}

impl fmt::Display for Report<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{} at {}", self.what, self.at)?;
        writeln!(f, " {}", self.input)?;
        write!(f, " {}^", " ".repeat(self.at))
    }
}
