//! Part of `renamed_deps`, split out by crate-split.
#![allow(unused_imports)]
#![allow(rustdoc::broken_intra_doc_links)]
#[allow(unused_imports)]
pub use renamed_deps_sys::*;
pub mod format;
#[doc(hidden)]
pub mod sys {
    #[allow(unused_imports)]
    pub use renamed_deps_sys::sys::*;
}
