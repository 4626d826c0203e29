//! Test modules spelled other than `#[cfg(test)]`: they exist only in test
//! builds and must stay with their parent module after the split.

#[allow(unused_imports)]
pub use cfg_test_spellings_codec::round_trip;
#[allow(missing_docs)]
pub mod codec {
    #[allow(unused_imports)]
    pub use cfg_test_spellings_codec::codec::*;
    #[cfg(all(test, any(feature = "std", feature = "alloc")))]
    #[allow(missing_docs)]
    #[allow(hidden_glob_reexports)]
    mod test {
        #[allow(unused_imports)]
        pub use cfg_test_spellings_codec::codec::test::*;
    }
}
#[allow(missing_docs)]
pub mod table {
    #[allow(unused_imports)]
    pub use cfg_test_spellings_table::table::*;
    #[cfg(all(unix, test))]
    #[allow(missing_docs)]
    #[allow(hidden_glob_reexports)]
    mod unix_tests {
        #[allow(unused_imports)]
        pub use cfg_test_spellings_table::table::unix_tests::*;
    }
}


#[cfg(all(test, feature = "std"))]
#[allow(missing_docs)]
#[allow(hidden_glob_reexports)]
mod tests {
    #[allow(unused_imports)]
    pub use cfg_test_spellings_codec::tests::*;
}
