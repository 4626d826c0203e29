//! Part of `module_cycle`, split out by crate-split.
#![allow(unused_imports)]
pub mod stats;
pub mod util;

