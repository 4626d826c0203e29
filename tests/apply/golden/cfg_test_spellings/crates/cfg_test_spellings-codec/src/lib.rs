//! Part of `cfg_test_spellings`, split out by crate-split.
#![allow(rustdoc::broken_intra_doc_links)]
pub use cfg_test_spellings_table::*;
pub mod codec;
#[doc(hidden)]
pub mod table {
    pub use cfg_test_spellings_table::table::*;
}

/// Encodes then decodes through the table.
///
/// ```
/// assert_eq!(cfg_test_spellings::round_trip(7), 7);
/// ```
pub fn round_trip(value: u8) -> u8 {
    codec::decode(table::lookup(codec::encode(value)))
}

#[cfg(all(test, feature = "std"))]
mod tests {
    use super::*;

    #[test]
    fn round_trip_is_identity() {
        assert_eq!(round_trip(200), 200);
    }
}
