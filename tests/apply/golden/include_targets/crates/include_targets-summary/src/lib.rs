//! Part of `include_targets`, split out by crate-split.
#![allow(rustdoc::broken_intra_doc_links)]
pub use include_targets_text::*;
pub mod binary;
pub mod generated;
pub mod summary;
#[doc(hidden)]
pub mod text {
    pub use include_targets_text::text::*;
}
