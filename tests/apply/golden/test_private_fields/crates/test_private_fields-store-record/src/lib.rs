//! Part of `test_private_fields`, split out by crate-split.
#![allow(rustdoc::broken_intra_doc_links)]
pub mod store;

/// Settings with private fields; tests in `store::index` read them directly.
#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    #[doc(hidden)]
    pub name: String,
    #[doc(hidden)]
    pub level: u8,
}

impl Settings {
    pub fn new(name: &str, level: u8) -> Self {
        Settings { name: name.to_string(), level }
    }

    pub fn describe(&self) -> String {
        format!("{}@{}", self.name, self.level)
    }

    pub fn is_verbose(&self) -> bool {
        self.level > 2
    }
}
