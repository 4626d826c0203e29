//! Part of `location_observers`, split out by crate-split.
#![allow(unused_imports)]
pub mod naming;
pub mod report;
pub mod shapes;


