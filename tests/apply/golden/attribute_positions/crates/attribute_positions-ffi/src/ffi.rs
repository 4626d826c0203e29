//! Functions of the C library, declared in an `extern` block.

extern "C" {
    /// The absolute value of an `int`.
    #[doc(hidden)]
    pub fn abs(value: i32) -> i32;
    /// The absolute value of a `long`.
    #[doc(hidden)]
    pub fn labs(value: i64) -> i64;
}

/// The absolute value of `value`, through C.
pub fn magnitude(value: i32) -> i32 {
    // SAFETY: `abs` has no preconditions for values other than `i32::MIN`.
    unsafe { abs(value.max(i32::MIN + 1)) }
}

/// The absolute value of a wide `value`, through C.
pub fn wide_magnitude(value: i64) -> i64 {
    // SAFETY: as for `magnitude`.
    unsafe { labs(value.max(i64::MIN + 1)) }
}

/// The larger magnitude of two values.
pub fn larger_magnitude(first: i32, second: i32) -> i32 {
    crate::twice_b::twice(magnitude(first).max(magnitude(second))) / 2
}

/// The sum of the magnitudes of some values.
pub fn total_magnitude(values: &[i32]) -> i64 {
    values.iter().map(|value| i64::from(magnitude(*value))).sum()
}

/// How many of the values are negative.
pub fn negatives(values: &[i32]) -> usize {
    values.iter().filter(|value| magnitude(**value) != **value).count()
}

/// The smallest magnitude of some values, if any.
pub fn smallest_magnitude(values: &[i32]) -> Option<i32> {
    values.iter().map(|value| magnitude(*value)).min()
}

/// The values sorted by magnitude.
pub fn by_magnitude(values: &[i32]) -> Vec<i32> {
    let mut sorted = values.to_vec();
    sorted.sort_by_key(|value| magnitude(*value));
    sorted
}

#[cfg(test)]
mod tests {
    #[test]
    fn magnitudes_are_absolute_values() {
        assert_eq!(super::magnitude(-3), 3);
        assert_eq!(super::wide_magnitude(-7), 7);
        assert_eq!(super::total_magnitude(&[-1, 2, -3]), 6);
        assert_eq!(super::negatives(&[-1, 2, -3]), 2);
        assert_eq!(super::larger_magnitude(-9, 4), 9);
        assert_eq!(super::smallest_magnitude(&[-9, 4]), Some(4));
        assert_eq!(super::by_magnitude(&[-9, 4, -1]), vec![-1, 4, -9]);
    }
}
// A plain comment ends the file.
