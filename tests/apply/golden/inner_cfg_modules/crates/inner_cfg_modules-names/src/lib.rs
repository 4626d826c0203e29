//! Part of `inner_cfg_modules`, split out by crate-split.
#![allow(unused_imports)]
pub mod names;


