//! Part of `sealed_trait`, split out by crate-split.
#![allow(rustdoc::broken_intra_doc_links)]
pub use sealed_trait_base::*;
#[doc(hidden)]
pub mod private {
    pub use sealed_trait_base::private::*;
    impl Sealed for crate::a::Alpha {}
}

pub mod a;
pub mod b;

/// Sum of the raw numbers, through the `pub(crate)` helper `b::combined`.
pub fn pair_sum(a: &a::Alpha, b: &b::Beta) -> u32 {
    b::combined(a, b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_come_from_default_method() {
        assert_eq!(a::Alpha::new(0).label(), "#100");
        assert_eq!(b::Beta::new(500).label(), "#100");
    }
}
