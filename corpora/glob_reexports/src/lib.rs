//! Imports in all their shapes: globs, `pub use` chains, renames, nested use
//! trees, `self` in use lists, enum variant imports and shadowed globs.
//!
//! ```
//! use glob_reexports::prelude::*;
//!
//! // `Deep` is defined in `a::c` and re-exported three times.
//! let d: glob_reexports::Deep = glob_reexports::a::c::Deep::new(3);
//! assert_eq!(d.depth, 3);
//! assert_eq!(make_widget(7).id, 7);
//! assert_eq!(Color::Green.hex(), "#00ff00");
//! ```

pub mod a;
pub mod colors;
pub mod consumer;
pub mod e;
pub mod mid;
pub mod renames;
pub mod trees;

/// Third hop of the chain `a::c::Deep` -> `a::Deep` -> `mid::Deep` -> `crate::Deep`.
pub use mid::Deep;

/// A glob re-export: everything public in `a::b`, plus one enum.
pub mod prelude {
    pub use crate::a::b::*;
    pub use crate::colors::Color;
}
