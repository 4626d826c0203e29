//! Local bindings and generic parameters whose names collide with crate
//! items. A name-based analysis that ignores scopes finds false references.
//!
//! ```
//! use shadowing_and_locals::{config, logic};
//!
//! assert_eq!(logic::effective_level(), config::config().level);
//! assert_eq!(logic::classify(10), "max");
//! ```

pub mod config;
pub mod limits;
pub mod logic;
pub mod traits;
pub mod types;
