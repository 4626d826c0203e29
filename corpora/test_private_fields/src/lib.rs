//! Unit tests that read fields other modules keep private: a private field
//! of a root struct (private fields of the crate root are visible in every
//! module), a `pub(crate)` field and a `pub(super)` field. Only test code
//! reads them; the library itself goes through methods.
//!
//! ```
//! let settings = test_private_fields::Settings::new("demo", 2);
//! assert_eq!(settings.describe(), "demo@2");
//! ```

pub mod store;

/// Settings with private fields; tests in `store::index` read them directly.
#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    name: String,
    level: u8,
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
