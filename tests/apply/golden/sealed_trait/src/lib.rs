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

pub use sealed_trait_b::pair_sum;
pub use sealed_trait_base::Public;
#[allow(missing_docs)]
#[allow(hidden_glob_reexports)]
mod private {}

#[allow(missing_docs)]
pub mod a {
    pub use sealed_trait_b::a::*;
    pub use sealed_trait_base::a::*;
    #[doc = "Items with restricted visibility, used from `crate::a`, `crate::a::sibling`"]
    pub mod inner {
        pub use sealed_trait_base::a::inner::*;
    }
    #[doc = "A private sibling of `inner` that uses its `pub(super)` and"]
    #[allow(hidden_glob_reexports)]
    mod sibling {}
}
#[doc = "Uses `pub(crate)` items of the sibling module `crate::a`."]
pub mod b {
    pub use sealed_trait_b::b::*;
    pub use sealed_trait_base::b::*;
}
