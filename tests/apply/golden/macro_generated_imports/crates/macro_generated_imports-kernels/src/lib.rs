//! Part of `macro_generated_imports`, split out by crate-split.
#![allow(unused_imports)]
pub mod kernels;
