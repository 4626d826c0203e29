//! Part of `include_targets`, split out by crate-split.
#![allow(unused_imports)]
#[allow(unused_imports)]
pub use include_targets_binary::*;
#[doc(hidden)]
pub mod binary {
    #[allow(unused_imports)]
    pub use include_targets_binary::binary::*;
}
pub mod generated;
pub mod summary;
pub mod text;
