//! A public module re-exports an item through a private module that
//! depends on it.
//!
//! ```
//! use private_path_reexports::shelf::{Jar, Label};
//!
//! let jar = Jar::new("plum", 3);
//! assert_eq!(Label::for_jar(&jar).text(), "plum x3");
//! ```

mod labels;
pub mod shelf;
