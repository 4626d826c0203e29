//! Tags: a name plus the source directory of the crate that made the tag.
//!
//! The directory is read where the tag is made, from the caller location
//! rustc records (`std::panic::Location::caller()`): the file path of the
//! code being compiled, relative to its workspace.

use std::fmt;

/// A name and the crate that made it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tag {
    name: String,
    /// The source directory of the code that made the tag.
    home: &'static str,
}

impl Tag {
    /// The tag's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The source directory of the crate that made the tag.
    pub fn home(&self) -> &'static str {
        self.home
    }
}

impl fmt::Display for Tag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.home, self.name)
    }
}

/// Makes a tag that remembers this crate.
pub fn make(name: &str) -> Tag {
    Tag {
        name: name.to_string(),
        home: directory(std::panic::Location::caller().file()),
    }
}

/// The directory part of a source path.
pub fn directory(path: &'static str) -> &'static str {
    path.rsplit_once('/').map_or("", |(dir, _)| dir)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tag_displays_its_crate_and_name() {
        let tag = make("colour");
        assert_eq!(tag.to_string(), format!("{}:colour", tag.home()));
        assert_eq!(tag.name(), "colour");
    }
}
