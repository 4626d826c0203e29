//! A registry that accepts tags only from its own crate.
//!
//! It never names `crate::tags`: it compares the identity a tag carries
//! (passed as plain strings) with its own, read the same way
//! (`module_path!()`, `CARGO_PKG_NAME`).

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

    /// The package this registry belongs to.
    pub fn package() -> &'static str {
        env!("CARGO_PKG_NAME")
    }

    /// Registers a tag made by the crate `crate_name` of package `package`;
    /// refuses tags of other crates and duplicates.
    pub fn register(&mut self, name: &str, crate_name: &str, package: &str) -> bool {
        let own_crate = module_path!().split("::").next().unwrap_or("");
        if crate_name != own_crate || package != Self::package() {
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
    fn a_tag_of_another_package_is_refused() {
        let mut registry = Registry::new();
        let own_crate = module_path!().split("::").next().unwrap();
        assert!(!registry.register("x", own_crate, "some_other_package"));
        assert!(registry.is_empty());
    }
}
