//! Part of `crate_identity`, split out by crate-split.
#![allow(unused_imports)]
pub mod text;


