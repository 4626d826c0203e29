//! Part of `macro_generated_imports`, split out by crate-split.
#![allow(unused_imports)]
#![allow(rustdoc::broken_intra_doc_links)]
#[macro_use]
#[allow(unused_imports)]
extern crate macro_generated_imports_kernels;
#[allow(unused_imports)]
pub use macro_generated_imports_kernels::*;
pub mod convert;
#[doc(hidden)]
pub mod kernels {
    #[allow(unused_imports)]
    pub use macro_generated_imports_kernels::kernels::*;
}
