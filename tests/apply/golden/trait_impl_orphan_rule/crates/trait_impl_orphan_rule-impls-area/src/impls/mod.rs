//! Trait impls that live in neither the trait's module nor the type's module.

pub use trait_impl_orphan_rule_inherent::impls::*;
#[doc(hidden)]
pub mod area;
pub mod named;
