//! The sealed-trait pattern plus restricted visibilities (`pub(crate)`,
//! `pub(super)`, `pub(in crate::a)`) used across sibling modules.
//!
//! ```
//! use sealed_trait::{a::Alpha, b::Beta, Public};
//!
//! let items: Vec<Box<dyn Public>> = vec![Box::new(Alpha::new(1)), Box::new(Beta::new(7))];
//! assert_eq!(sealed_trait::b::total(&items), 102 + 7);
//! assert_eq!(sealed_trait::pair_sum(&Alpha::new(1), &Beta::new(7)), 9);
//! ```
//!
//! Other crates can use `Public` but not implement it:
//!
//! ```compile_fail,E0277
//! struct Mine;
//! impl sealed_trait::Public for Mine {
//!     fn code(&self) -> u32 { 0 }
//! }
//! ```

mod private {
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
