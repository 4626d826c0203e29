//! Part of `private_path_reexports`, split out by crate-split.
#![allow(rustdoc::broken_intra_doc_links)]
pub use private_path_reexports_shelf::*;
#[doc(hidden)]
pub mod labels;
#[doc(hidden)]
pub mod shelf {
    pub use private_path_reexports_shelf::shelf::*;

    pub use crate::labels::Label;
}
