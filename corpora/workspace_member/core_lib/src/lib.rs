//! A to-do list model: parsing, data types and rendering.
//!
//! ```
//! let list = core_lib::parse::parse_list("[x] write docs\n[ ] ship").unwrap();
//! assert_eq!(list.pending().count(), 1);
//! ```

pub mod model;
pub mod parse;
pub mod render;

pub use model::{Task, TodoList};
