//! Trait impls that live in neither the trait's module nor the type's module.

mod area;
mod conversions;
pub mod named;
