//! Part of `sealed_trait`, split out by crate-split.
#![allow(rustdoc::broken_intra_doc_links)]
#[doc(hidden)]
pub mod private {
    /// Public trait in a private module: nameable inside this crate only.
    pub trait Sealed {}

    impl Sealed for crate::a::Alpha {}
    impl Sealed for crate::b::Beta {}
}

pub mod a;
pub mod b;

/// Sum of the raw numbers, through the `pub(crate)` helper `b::combined`.
pub fn pair_sum(a: &a::Alpha, b: &b::Beta) -> u32 {
    b::combined(a, b)
}
