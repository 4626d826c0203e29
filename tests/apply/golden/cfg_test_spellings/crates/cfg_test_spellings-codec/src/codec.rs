/// Adds one, wrapping.
pub fn encode(value: u8) -> u8 {
    value.wrapping_add(1)
}

/// Subtracts one, wrapping.
pub fn decode(value: u8) -> u8 {
    value.wrapping_sub(1)
}

fn private_helper() -> u8 {
    41
}

#[cfg(all(test, any(feature = "std", feature = "alloc")))]
mod test {
    use super::*;

    #[test]
    fn encode_then_decode() {
        assert_eq!(decode(encode(255)), 255);
        assert_eq!(private_helper() + 1, 42);
    }
}
