//! Trait impls that live in neither the trait's module nor the type's module.

#[doc(hidden)]
pub mod conversions;
