//! A public module re-exports an item through a private module that
//! depends on it.
//!
//! ```
//! use private_path_reexports::shelf::{Jar, Label};
//!
//! let jar = Jar::new("plum", 3);
//! assert_eq!(Label::for_jar(&jar).text(), "plum x3");
//! ```

#[doc = "Labels for jars: a private module, reached as `shelf::Label`."]
#[allow(hidden_glob_reexports)]
mod labels {
    pub use private_path_reexports_labels::labels::*;
}
#[doc = "Jars on a shelf."]
pub mod shelf {
    pub use private_path_reexports_shelf::shelf::*;

    pub use crate::labels::Label;
}
