//! Part of `include_targets`, split out by crate-split.
#![allow(unused_imports)]
#![allow(rustdoc::broken_intra_doc_links)]
#[allow(unused_imports)]
pub use include_targets_text::*;
pub mod binary;
pub mod generated;
pub mod summary;
#[doc(hidden)]
pub mod text {
    #[allow(unused_imports)]
    pub use include_targets_text::text::*;
}
