//! Part of `doc_test_crate_name`, split out by crate-split.
#![allow(rustdoc::broken_intra_doc_links)]
pub mod labels;
pub mod prelude;
pub mod shapes;
pub mod units;
