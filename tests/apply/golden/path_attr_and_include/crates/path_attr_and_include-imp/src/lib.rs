//! Part of `path_attr_and_include`, split out by crate-split.
#![allow(rustdoc::broken_intra_doc_links)]
pub use path_attr_and_include_root::*;
// Loads src/other_dir/impl_file.rs (not src/imp.rs). That file counts as a
// "mod.rs"-like file: its `mod support;` loads src/other_dir/support.rs.
#[path = "other_dir/impl_file.rs"]
#[doc(hidden)]
pub mod imp;

// Pastes the items of src/generated.rs here, at the crate root.
include!("generated.rs");

pub use imp::Engine;
