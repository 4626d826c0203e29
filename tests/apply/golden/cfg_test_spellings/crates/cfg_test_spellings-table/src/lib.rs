//! Part of `cfg_test_spellings`, split out by crate-split.
#![allow(rustdoc::broken_intra_doc_links)]
pub mod table;

#[cfg(feature = "testing")]
pub use table::testing;
