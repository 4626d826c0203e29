//! Part of `trait_impl_orphan_rule`, split out by crate-split.
#![allow(rustdoc::broken_intra_doc_links)]
pub use trait_impl_orphan_rule_inherent::*;
pub mod blanket;
pub mod impls;
pub mod traits;
#[doc(hidden)]
pub mod types {
    pub use trait_impl_orphan_rule_inherent::types::*;
}
