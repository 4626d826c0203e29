//! Powers of two, built with `<<` and `+` on `Big`.

use crate::big::Big;

/// 2 to the `exponent`.
pub fn power_of_two(exponent: u8) -> Big {
    Big::from_u64(1) << exponent
}

/// The sum of 2^e for every `e` of `exponents`.
pub fn sum_of_powers(exponents: &[u8]) -> Big {
    exponents.iter().fold(Big::from_u64(0), |sum, exponent| sum + power_of_two(*exponent))
}

/// The bits of each power of two up to `limit`.
pub fn bit_lengths(limit: u8) -> Vec<u64> {
    (0..limit).map(|exponent| power_of_two(exponent).bits()).collect()
}

/// A line per exponent: `2^e = value`.
pub fn table(limit: u8) -> Vec<String> {
    (0..limit).map(|exponent| format!("2^{} = {}", exponent, power_of_two(exponent).to_u64())).collect()
}

/// The table joined with newlines.
pub fn render(limit: u8) -> String {
    table(limit).join("\n")
}

/// Whether the sum of powers equals `expected`.
pub fn sums_to(exponents: &[u8], expected: u64) -> bool {
    sum_of_powers(exponents).to_u64() == expected
}

/// The largest exponent whose power fits in `bits` bits.
pub fn largest_fitting(bits: u64) -> u8 {
    (0..64u8).take_while(|exponent| power_of_two(*exponent).bits() <= bits).last().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    #[test]
    fn powers_add_up() {
        assert!(super::sums_to(&[0, 1, 3], 11));
        assert_eq!(super::bit_lengths(3), vec![1, 2, 3]);
        assert_eq!(super::render(2), "2^0 = 1\n2^1 = 2");
        assert_eq!(super::largest_fitting(4), 3);
    }
}
