//! Items reached through `pub use` and `pub(crate) use` chains.
//!
//! ```
//! use reexport_chains::prelude::*;
//!
//! let gear = Gear::new(4);
//! assert_eq!(reexport_chains::api::turn(gear), 8);
//! assert_eq!(reexport_chains::api::label(&Bolt { size: 2 }), "bolt 2");
//! ```

pub mod api;
pub mod engine;
pub mod parts;
pub mod prelude;
pub mod tools;
