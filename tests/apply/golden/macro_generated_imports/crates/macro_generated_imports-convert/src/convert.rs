//! Conversions built on the generated kernels.

use crate::kernels::double;
use crate::kernels::triple;
// Used only through a method call: the trait a macro generates.
use crate::kernels::Twice;

/// Triples the sum and doubles the count.
pub fn total(values: &[u32]) -> u32 {
    triple(values.iter().sum()) + double(values.len() as u32) / 4
}

/// The first value doubled, by method.
pub fn first_twice(values: &[u32]) -> u32 {
    values.first().map_or(0, |v| v.twice())
}

#[cfg(test)]
mod tests {
    #[test]
    fn total_of_nothing_is_zero() {
        assert_eq!(super::total(&[]), 0);
        assert_eq!(super::first_twice(&[4]), 8);
    }
}
