//! Part of `cfg_test_modules`, split out by crate-split.
#![allow(unused_imports)]
pub mod platform;

#[cfg(feature = "extra")]
pub mod extra;



