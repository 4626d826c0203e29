//! Part of `macro_generated_imports`, split out by crate-split.
#![allow(rustdoc::broken_intra_doc_links)]
#[macro_use]
extern crate macro_generated_imports_kernels;
pub use macro_generated_imports_kernels::*;
pub mod convert;
#[doc(hidden)]
pub mod kernels {
    pub use macro_generated_imports_kernels::kernels::*;
}
