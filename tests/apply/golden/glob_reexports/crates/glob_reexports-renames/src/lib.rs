//! Part of `glob_reexports`, split out by crate-split.
#![allow(rustdoc::broken_intra_doc_links)]
pub mod a;
pub mod consumer;
pub mod e;
pub mod mid;
pub mod renames;
pub mod trees;

/// Third hop of the chain `a::c::Deep` -> `a::Deep` -> `mid::Deep` -> `crate::Deep`.
pub use mid::Deep;
