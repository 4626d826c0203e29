//! Test modules spelled other than `#[cfg(test)]`: they exist only in test
//! builds and must stay with their parent module after the split.

pub mod codec;
pub mod table;

#[cfg(feature = "testing")]
pub use table::testing;

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
