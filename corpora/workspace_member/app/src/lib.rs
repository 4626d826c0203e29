//! Command handling for the to-do app, built on `core_lib`.
//!
//! ```
//! assert_eq!(app::run(&["add", "tea"], ""), Ok("☐ tea".to_string()));
//! ```

pub mod commands;

pub use commands::run;
