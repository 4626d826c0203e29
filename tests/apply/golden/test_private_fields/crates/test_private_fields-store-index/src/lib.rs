//! Part of `test_private_fields`, split out by crate-split.
#![allow(rustdoc::broken_intra_doc_links)]
pub use test_private_fields_store_record::*;
pub mod store;
