//! Attributes and doc comments where a rewrite must keep them in place: a
//! byte order mark before the crate docs, inner attributes, `cfg_attr`, an
//! attribute separated from its `mod` by a comment, a raw module name and an
//! `extern` block used from another module.
//!
//! ```
//! use attribute_positions::r#type::Kind;
//! assert_eq!(attribute_positions::checks::describe(Kind::Round, -4), "round 4");
//! ```
#![cfg_attr(docsrs, feature(doc_cfg))]
#![allow(clippy::all)]
#![warn(missing_docs)]

#[doc = "Functions of the C library, declared in an `extern` block."]
pub mod ffi {
    pub use attribute_positions_ffi::ffi::*;
}
#[doc = "Kinds of things, in a module whose name is a keyword."]
pub mod r#type {
    pub use attribute_positions_type::r#type::*;
}
#[doc = "One file loaded as two modules (`twice_a`, `twice_b`): each holds its"]
pub mod twice_a {
    pub use attribute_positions_checks::twice_a::*;
}
#[cfg(all())]
#[doc = "One file loaded as two modules (`twice_a`, `twice_b`): each holds its"]
pub mod twice_b {
    pub use attribute_positions_ffi::twice_b::*;
}

// Always compiled: the cfg below only shows an attribute kept apart from
// its item by a comment.
#[cfg(all())]
#[doc = "Checks that use the kinds and the C functions."]
pub mod checks {
    pub use attribute_positions_checks::checks::*;
}
