//! Traits, types and impls spread over different modules. Where each impl may
//! live after a split is constrained by Rust's orphan rule.
//!
//! ```
//! use trait_impl_orphan_rule::traits::{Area, Describe};
//! use trait_impl_orphan_rule::types::Square;
//!
//! let sq = Square::new(3.0);
//! assert_eq!(sq.area(), 9.0);
//! assert_eq!(sq.describe(), "this is square(3)");
//! assert_eq!(sq.to_string(), "Square[3]");
//! assert_eq!(vec![Square::new(1.0), Square::new(2.0)].area(), 5.0);
//! assert_eq!(String::from(sq), "square:3");
//! ```

#[doc = "Blanket impl: every `Named` type is `Describe`. Must stay in the crate that"]
pub mod blanket {
    pub use trait_impl_orphan_rule_impls_area::blanket::*;
}
#[doc = "A foreign trait (`std::fmt::Display`) implemented for a local type, in a"]
pub mod display {
    pub use trait_impl_orphan_rule_inherent::display::*;
}
#[doc = "Trait impls that live in neither the trait's module nor the type's module."]
pub mod impls {
    pub use trait_impl_orphan_rule_impls_area::impls::*;
    pub use trait_impl_orphan_rule_inherent::impls::*;
    #[allow(missing_docs)]
    #[allow(hidden_glob_reexports)]
    mod area {}
    #[allow(missing_docs)]
    #[allow(hidden_glob_reexports)]
    mod conversions {}
    #[allow(missing_docs)]
    pub mod named {
        pub use trait_impl_orphan_rule_impls_area::impls::named::*;
    }
}
#[doc = "Inherent impls for types defined in `crate::types` (a different file)."]
pub mod inherent {
    pub use trait_impl_orphan_rule_inherent::inherent::*;
}
#[doc = "Local traits. No types are defined here."]
pub mod traits {
    pub use trait_impl_orphan_rule_impls_area::traits::*;
}
#[doc = "Local types. Their trait impls and inherent impls live in other files."]
pub mod types {
    pub use trait_impl_orphan_rule_inherent::types::*;
    #[allow(missing_docs)]
    #[allow(hidden_glob_reexports)]
    mod label {}
}
