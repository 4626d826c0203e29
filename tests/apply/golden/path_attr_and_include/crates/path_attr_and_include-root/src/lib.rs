//! Part of `path_attr_and_include`, split out by crate-split.
#![allow(rustdoc::broken_intra_doc_links)]
// src/plain.rs; its `#[path = "plain_target.rs"] mod target;` is relative to
// src/ (the directory of plain.rs), not src/plain/.
pub mod plain;

pub mod outer {
    //! Inline module whose children live in files under src/outer/.

    pub mod inner {
        /// FNV-style checksum of `data`.
        pub fn checksum(data: &[u8]) -> u32 {
            super::deep::fold(data, crate::SEED)
        }
    }

    // Inside the inline `mod outer { .. }` of lib.rs this loads src/outer/deep.rs.
    pub mod deep;

    // Relative to src/outer/ because it is inside the inline module: loads
    // src/outer/alt_name.rs.
    #[path = "alt_name.rs"]
    pub mod renamed;
}

// Pastes the items of src/generated.rs here, at the crate root.
include!("generated.rs");

pub use plain::Greeting;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_items_are_at_crate_root() {
        assert_eq!(crate::GENERATED_VERSION, "1.2.3");
        assert_eq!(generated_table().len(), 3);
        assert_eq!(lookup("beta"), Some(2));
    }

    #[test]
    fn nested_inline_module_reaches_file_module() {
        assert_ne!(outer::inner::checksum(b"x"), outer::inner::checksum(b"y"));
        assert_eq!(outer::renamed::describe(), "outer::renamed from src/outer/alt_name.rs");
    }
}
