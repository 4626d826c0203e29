//! Stock counts in a map whose kind a feature picks, and a feature the
//! manifest never declares (`nightly`), tested all the same.
//!
//! ```
//! let mut stock = undeclared_cfgs::inventory::Inventory::default();
//! stock.add("bolt", 3);
//! assert_eq!(undeclared_cfgs::ledger::total(&stock), 3);
//! ```

#[cfg(any(feature = "ordered", feature = "nightly"))]
use std::collections::BTreeMap as Map;
#[cfg(not(any(feature = "ordered", feature = "nightly")))]
use std::collections::HashMap as Map;

pub mod inventory;
pub mod ledger;
