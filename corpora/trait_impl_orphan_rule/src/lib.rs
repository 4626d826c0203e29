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

pub mod blanket;
pub mod display;
pub mod impls;
pub mod inherent;
pub mod traits;
pub mod types;
