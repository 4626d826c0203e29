//! Part of `feature_deps`, split out by crate-split.
#![allow(unused_imports)]
pub mod checksum;

