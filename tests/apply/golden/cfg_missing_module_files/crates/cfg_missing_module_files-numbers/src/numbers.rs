//! Number helpers.

/// The sum of `values`.
pub fn sum(values: &[u64]) -> u64 {
    values.iter().sum()
}

/// The largest of `values`, or zero.
pub fn largest(values: &[u64]) -> u64 {
    values.iter().copied().max().unwrap_or(0)
}

/// The mean of `values`, rounded down, or zero.
pub fn mean(values: &[u64]) -> u64 {
    if values.is_empty() {
        0
    } else {
        sum(values) / values.len() as u64
    }
}

/// How many of `values` are even.
pub fn evens(values: &[u64]) -> usize {
    values.iter().filter(|value| *value % 2 == 0).count()
}

/// The values above `threshold`, in order.
pub fn above(values: &[u64], threshold: u64) -> Vec<u64> {
    values.iter().copied().filter(|value| *value > threshold).collect()
}

/// The running totals of `values`.
pub fn running_totals(values: &[u64]) -> Vec<u64> {
    let mut total = 0;
    values
        .iter()
        .map(|value| {
            total += value;
            total
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statistics_of_a_few_values() {
        let values = [4, 1, 6];
        assert_eq!((sum(&values), largest(&values), mean(&values), evens(&values)), (11, 6, 3, 2));
        assert_eq!(above(&values, 3), vec![4, 6]);
        assert_eq!(running_totals(&values), vec![4, 5, 11]);
    }
}
