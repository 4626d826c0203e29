//! Part of `location_observers`, split out by crate-split.
#![allow(unused_imports)]
pub mod report;
pub mod units;


