//! Tags that remember which crate made them, a registry that only accepts
//! tags of its own crate, and unrelated text helpers.
//!
//! `tags` and `registry` never name each other, yet they agree on an
//! identity: both read `module_path!()` and `env!("CARGO_PKG_NAME")`, which
//! name the crate that compiles them. Put in two crates, they disagree, and
//! the root's test fails although everything compiles.
//!
//! ```
//! let tag = crate_identity::tags::make("colour");
//! assert_eq!(tag.name(), "colour");
//! ```

pub mod registry;
pub mod tags;
pub mod text;

pub use registry::Registry;
pub use tags::Tag;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_registry_accepts_tags_made_by_this_crate() {
        let mut registry = Registry::new();
        for name in ["colour", "size"] {
            let tag = tags::make(name);
            assert!(registry.register(tag.name(), tag.crate_name(), tag.package()), "{tag} refused");
        }
        assert_eq!(registry.names().collect::<Vec<_>>(), ["colour", "size"]);
    }

    #[test]
    fn tags_and_the_registry_name_the_same_package() {
        assert_eq!(tags::make("x").package(), Registry::package());
    }
}
