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

pub mod ffi;
pub mod r#type;
#[path = "twice.rs"]
pub mod twice_a;
#[cfg(all(
    // Always compiled: a comment inside an attribute.
))]
#[path = "twice.rs"]
pub mod twice_b;

// Always compiled: the cfg below only shows an attribute kept apart from
// its item by a comment.
#[cfg(all())]
// The checks use every other module.
pub mod checks;
