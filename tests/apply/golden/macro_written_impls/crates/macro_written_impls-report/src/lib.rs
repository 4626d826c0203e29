//! Part of `macro_written_impls`, split out by crate-split.
#![allow(unused_imports)]
#![allow(rustdoc::broken_intra_doc_links)]
#[macro_use]
#[allow(unused_imports)]
extern crate macro_written_impls_big;
#[allow(unused_imports)]
pub use macro_written_impls_big::*;
#[doc(hidden)]
pub mod big {
    #[allow(unused_imports)]
    pub use macro_written_impls_big::big::*;
}
pub mod report;
