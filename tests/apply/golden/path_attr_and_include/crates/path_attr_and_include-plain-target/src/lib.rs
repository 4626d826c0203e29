//! Part of `path_attr_and_include`, split out by crate-split.
#![allow(unused_imports)]
// Loads src/other_dir/impl_file.rs (not src/imp.rs). That file counts as a
// "mod.rs"-like file: its `mod support;` loads src/other_dir/support.rs.

// src/plain.rs; its `#[path = "plain_target.rs"] mod target;` is relative to
// src/ (the directory of plain.rs), not src/plain/.
pub mod plain;

pub mod outer {
    //! Inline module whose children live in files under src/outer/.


    // Inside the inline `mod outer { .. }` of lib.rs this loads src/outer/deep.rs.

    // Relative to src/outer/ because it is inside the inline module: loads
    // src/outer/alt_name.rs.
}

// Pastes the items of src/generated.rs here, at the crate root.
include!("generated.rs");

pub use plain::Greeting;

