//! Tags that remember which crate made them, a registry that only accepts
//! tags of its own crate, and unrelated text helpers.
//!
//! `tags` and `registry` never name each other, yet they agree on an
//! identity: both read the source directory of their own code from
//! `std::panic::Location::caller()`. Put in two crates, they disagree, and
//! the root's tests fail although everything compiles.
//!
//! ```
//! let tag = crate_identity::tags::make("colour");
//! assert_eq!(tag.name(), "colour");
//! ```

#[doc = "A registry that accepts tags only from its own crate."]
pub mod registry {
    pub use crate_identity_registry::registry::*;
}
#[doc = "Tags: a name plus the source directory of the crate that made the tag."]
pub mod tags {
    pub use crate_identity_tags::tags::*;
}
#[doc = "Text helpers that know nothing about tags: an independent part of the"]
pub mod text {
    pub use crate_identity_text::text::*;
}

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
            assert!(registry.register(tag.name(), tag.home()), "{tag} refused");
        }
        assert_eq!(registry.names().collect::<Vec<_>>(), ["colour", "size"]);
    }

    #[test]
    fn tags_and_the_registry_live_in_the_same_directory() {
        assert_eq!(tags::make("x").home(), Registry::home());
    }
}
