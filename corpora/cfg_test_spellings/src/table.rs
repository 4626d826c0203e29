/// The identity table.
pub fn lookup(value: u8) -> u8 {
    TABLE[value as usize]
}

static TABLE: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        table[i] = i as u8;
        i += 1;
    }
    table
};

/// Helpers for tests: in this crate's own tests, or with the `testing` feature.
#[cfg(any(test, feature = "testing"))]
pub mod testing {
    /// A lookup that must give its input back.
    pub fn assert_identity(value: u8) {
        assert_eq!(super::lookup(value), value);
    }
}

#[cfg(all(unix, test))]
mod unix_tests {
    #[test]
    fn lookup_is_identity() {
        assert_eq!(super::lookup(3), 3);
        super::testing::assert_identity(9);
    }
}
