//! Part of `cfg_test_spellings`, split out by crate-split.
#![allow(unused_imports)]
pub mod table;

#[cfg(feature = "testing")]
pub use table::testing;


