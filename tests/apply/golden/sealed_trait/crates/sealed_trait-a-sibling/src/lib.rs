//! Part of `sealed_trait`, split out by crate-split.
#![allow(unused_imports)]

pub mod a;



