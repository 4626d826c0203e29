//! Local types. Their trait impls and inherent impls live in other files.

#[doc(hidden)]
pub mod label;

pub use label::Label;

/// A square with the given side length. Inherent methods are in
/// `crate::inherent`, trait impls in `crate::impls` and `crate::display`.
#[derive(Debug, Clone, PartialEq)]
pub struct Square {
    #[doc(hidden)]
    pub side: f64,
}
