//! Part of `sealed_trait`, split out by crate-split.
#![allow(unused_imports)]
#[allow(unused_imports)]
pub use sealed_trait_a_sibling::*;
#[doc(hidden)] pub mod private {
    /// Public trait in a private module: nameable inside this crate only.
    pub trait Sealed {}

    impl Sealed for crate::a::Alpha {}
    impl Sealed for crate::b::Beta {}
}

pub mod a;
pub mod b;

/// Implementable only for types that implement `private::Sealed`.
pub trait Public: private::Sealed {
    fn code(&self) -> u32;

    fn label(&self) -> String {
        format!("#{}", self.code())
    }
}

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
