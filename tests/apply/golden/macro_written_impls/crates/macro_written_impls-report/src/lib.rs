//! Part of `macro_written_impls`, split out by crate-split.
#![allow(rustdoc::broken_intra_doc_links)]
#[macro_use]
extern crate macro_written_impls_big;
pub use macro_written_impls_big::*;
#[doc(hidden)]
pub mod big {
    pub use macro_written_impls_big::big::*;
}
pub mod report;
