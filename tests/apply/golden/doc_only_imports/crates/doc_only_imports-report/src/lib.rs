//! Part of `doc_only_imports`, split out by crate-split.
#![allow(rustdoc::broken_intra_doc_links)]
pub use doc_only_imports_parse::*;
pub mod report;
#[doc(hidden)]
pub mod shapes {
    pub use doc_only_imports_parse::shapes::*;
}
