//! Part of `attribute_positions`, split out by crate-split.
#![cfg_attr(docsrs, feature(doc_cfg))]
#![allow(clippy::all)]
#![warn(missing_docs)]
#![allow(rustdoc::broken_intra_doc_links)]
pub use attribute_positions_ffi::*;
pub use attribute_positions_type::*;

#[doc(hidden)]
pub mod ffi {
    pub use attribute_positions_ffi::ffi::*;
}
#[doc(hidden)]
pub mod r#type {
    pub use attribute_positions_type::r#type::*;
}
#[path = "twice.rs"]
pub mod twice_a;

// Always compiled: the cfg below only shows an attribute kept apart from
// its item by a comment.
#[cfg(all())]
// The checks use every other module.
pub mod checks;
