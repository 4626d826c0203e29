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

#[cfg(all(unix, test))]
mod unix_tests {
    #[test]
    fn lookup_is_identity() {
        assert_eq!(super::lookup(3), 3);
    }
}
