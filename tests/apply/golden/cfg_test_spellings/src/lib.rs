//! Test modules spelled other than `#[cfg(test)]`: they exist only in test
//! builds and must stay with their parent module after the split.

pub use cfg_test_spellings_codec::round_trip;
#[allow(missing_docs)]
pub mod codec {
    pub use cfg_test_spellings_codec::codec::*;
}
#[allow(missing_docs)]
pub mod table {
    pub use cfg_test_spellings_table::table::*;
    #[cfg(any(any(), feature = "testing"))]
    #[doc = "Helpers for tests: in this crate's own tests, or with the `testing` feature."]
    pub mod testing {
        pub use cfg_test_spellings_table::table::testing::*;
    }
}

#[cfg(feature = "testing")]
pub use table::testing;
