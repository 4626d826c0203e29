//! Records and an index over them, in two child modules. The index's tests
//! read a `pub(super)` field of a record.

pub mod index;
pub mod record;
