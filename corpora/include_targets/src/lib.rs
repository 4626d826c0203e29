//! Files that code pulls in with `include_str!`, `include_bytes!` and
//! `include!`, relative to the including file or to `OUT_DIR`; and text that
//! only looks like an include.
//!
//! ```
//! assert_eq!(include_targets::summary::line(), "3 words, magic MAGC, answer 42");
//! ```

pub mod binary;
pub mod generated;
pub mod summary;
pub mod text;
