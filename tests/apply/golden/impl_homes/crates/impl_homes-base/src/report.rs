//! The crate's error and the formatter every module's error uses.

use std::fmt;

use {crate::check};

/// What an error says and where, ready to print under its input.
pub struct Report<'e> {
    pub what: &'e str,
    pub input: &'e str,
    pub at: usize,
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
