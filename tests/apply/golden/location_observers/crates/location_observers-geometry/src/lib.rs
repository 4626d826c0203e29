//! Part of `location_observers`, split out by crate-split.
#![allow(unused_imports)]
pub mod geometry;
pub mod units;


