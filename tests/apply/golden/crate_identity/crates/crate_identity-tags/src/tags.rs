//! Tags: a name plus the identity of the crate that made the tag.
//!
//! The identity is read where the tag is made: `module_path!()` starts with
//! the name of the crate being compiled, and `CARGO_PKG_NAME` is the name
//! of its package.

use std::fmt;

/// A name and the crate that made it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tag {
    name: String,
    /// The first segment of `module_path!()` where the tag was made.
    crate_name: &'static str,
    /// `CARGO_PKG_NAME` of the package that made the tag.
    package: &'static str,
}

impl Tag {
    /// The tag's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The crate that made the tag, as Rust paths name it.
    pub fn crate_name(&self) -> &'static str {
        self.crate_name
    }

    /// The package that made the tag.
    pub fn package(&self) -> &'static str {
        self.package
    }
}

impl fmt::Display for Tag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}::{}", self.crate_name, self.name)
    }
}

/// Makes a tag that remembers this crate.
pub fn make(name: &str) -> Tag {
    Tag {
        name: name.to_string(),
        crate_name: first_segment(module_path!()),
        package: env!("CARGO_PKG_NAME"),
    }
}

fn first_segment(path: &'static str) -> &'static str {
    path.split("::").next().unwrap_or(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tag_displays_its_crate_and_name() {
        let tag = make("colour");
        assert_eq!(tag.to_string(), format!("{}::colour", tag.crate_name()));
        assert_eq!(tag.name(), "colour");
    }
}
