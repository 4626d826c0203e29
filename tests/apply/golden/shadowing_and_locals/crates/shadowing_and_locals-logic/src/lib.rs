//! Part of `shadowing_and_locals`, split out by crate-split.
#![allow(rustdoc::broken_intra_doc_links)]
pub use shadowing_and_locals_base::*;
#[doc(hidden)]
pub mod config {
    pub use shadowing_and_locals_base::config::*;
}
#[doc(hidden)]
pub mod limits {
    pub use shadowing_and_locals_base::limits::*;
}
pub mod logic;
#[doc(hidden)]
pub mod traits {
    pub use shadowing_and_locals_base::traits::*;
}
#[doc(hidden)]
pub mod types {
    pub use shadowing_and_locals_base::types::*;
}
