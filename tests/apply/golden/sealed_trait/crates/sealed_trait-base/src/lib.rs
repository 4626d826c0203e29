//! Part of `sealed_trait`, split out by crate-split.
#![allow(rustdoc::broken_intra_doc_links)]
#[doc(hidden)]
pub mod private {
    /// Public trait in a private module: nameable inside this crate only.
    pub trait Sealed {}

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
