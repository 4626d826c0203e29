//! Part of `include_targets`, split out by crate-split.
#![allow(unused_imports)]
pub mod text;
