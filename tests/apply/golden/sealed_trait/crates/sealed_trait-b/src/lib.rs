//! Part of `sealed_trait`, split out by crate-split.
#![allow(rustdoc::broken_intra_doc_links)]
pub use sealed_trait_base::*;
#[doc(hidden)]
pub mod private {
    pub use sealed_trait_base::private::*;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_come_from_default_method() {
        assert_eq!(a::Alpha::new(0).label(), "#100");
        assert_eq!(b::Beta::new(500).label(), "#100");
    }
}
