//! Unit tests that read fields other modules keep private: a private field
//! of a root struct (private fields of the crate root are visible in every
//! module), a `pub(crate)` field and a `pub(super)` field. Only test code
//! reads them; the library itself goes through methods.
//!
//! ```
//! let settings = test_private_fields::Settings::new("demo", 2);
//! assert_eq!(settings.describe(), "demo@2");
//! ```

pub use test_private_fields_store_record::Settings;
#[doc = "Records and an index over them, in two child modules. The index's tests"]
pub mod store {
    pub use test_private_fields_store_index::store::*;
    pub use test_private_fields_store_record::store::*;
    #[doc = "An index of records by key. Its tests read fields that other modules"]
    pub mod index {
        pub use test_private_fields_store_index::store::index::*;
    }
    #[doc = "A record with a `pub(super)` id (visible in `store` and below) and a"]
    pub mod record {
        pub use test_private_fields_store_record::store::record::*;
    }
}
