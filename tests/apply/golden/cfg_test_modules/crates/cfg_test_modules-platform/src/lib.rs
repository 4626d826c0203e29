//! Part of `cfg_test_modules`, split out by crate-split.
#![allow(rustdoc::broken_intra_doc_links)]
pub mod platform;

#[cfg(feature = "extra")]
pub mod extra;
