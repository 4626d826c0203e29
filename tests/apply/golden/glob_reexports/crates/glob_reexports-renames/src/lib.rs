//! Part of `glob_reexports`, split out by crate-split.
#![allow(rustdoc::broken_intra_doc_links)]
pub use glob_reexports_consumer::*;
pub mod a;
#[doc(hidden)]
pub mod e {
    pub use glob_reexports_consumer::e::*;
}
pub mod mid;
pub mod renames;
pub mod trees;

/// Third hop of the chain `a::c::Deep` -> `a::Deep` -> `mid::Deep` -> `crate::Deep`.
pub use mid::Deep;
