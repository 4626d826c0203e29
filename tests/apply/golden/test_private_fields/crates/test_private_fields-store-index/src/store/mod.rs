//! Records and an index over them, in two child modules. The index's tests
//! read a `pub(super)` field of a record.

pub use test_private_fields_store_record::store::*;
pub mod index;
#[doc(hidden)]
pub mod record {
    pub use test_private_fields_store_record::store::record::*;
}
