//! Part of `hidden_nested_modules`, split out by crate-split.
#![allow(unused_imports)]
pub mod shapes;
