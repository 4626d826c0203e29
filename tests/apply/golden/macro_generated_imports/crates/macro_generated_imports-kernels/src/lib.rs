//! Part of `macro_generated_imports`, split out by crate-split.
#![allow(unused_imports)]
#[macro_use]
#[allow(unused_imports)]
extern crate macro_generated_imports_base;
#[allow(unused_imports)]
pub use macro_generated_imports_base::*;
pub mod convert;
pub mod kernels;
