//! Part of `attribute_positions`, split out by crate-split.
#![cfg_attr(docsrs, feature(doc_cfg))]
#![allow(clippy::all)]
#![warn(missing_docs)]
#![allow(rustdoc::broken_intra_doc_links)]

pub mod ffi;
#[cfg(all(
    // Always compiled: a comment inside an attribute.
))]
#[path = "twice.rs"]
pub mod twice_b;
