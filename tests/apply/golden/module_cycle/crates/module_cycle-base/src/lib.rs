//! Part of `module_cycle`, split out by crate-split.
#![allow(unused_imports)]
pub mod render;
pub mod shapes;

pub use shapes::Circle;
