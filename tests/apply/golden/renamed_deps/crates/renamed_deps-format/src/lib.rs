//! Part of `renamed_deps`, split out by crate-split.
#![allow(rustdoc::broken_intra_doc_links)]
pub use renamed_deps_sys::*;
pub mod format;
#[doc(hidden)]
pub mod sys {
    pub use renamed_deps_sys::sys::*;
}
