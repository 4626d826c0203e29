//! Statistics over plain numbers: independent of the shapes.

/// The arithmetic mean; `None` for no values.
///
/// ```
/// assert_eq!(geometry::stats::mean(&[1.0, 2.0, 3.0]), Some(2.0));
/// ```
pub fn mean(values: &[f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    Some(sum(values) / values.len() as f64)
}

/// The population variance; `None` for no values.
pub fn variance(values: &[f64]) -> Option<f64> {
    let centre = mean(values)?;
    Some(values.iter().map(|v| square(v - centre)).sum::<f64>() / values.len() as f64)
}

/// The largest value; `None` for no values.
pub fn largest(values: &[f64]) -> Option<f64> {
    values.iter().copied().fold(None, |best, v| match best {
        Some(b) if b >= v => Some(b),
        _ => Some(v),
    })
}

/// The median: the middle value, or the mean of the two middle values.
pub fn median(values: &[f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    let mut sorted = values.to_vec();
    sorted.sort_by(|a, b| a.partial_cmp(b).expect("no NaN"));
    let middle = sorted.len() / 2;
    if sorted.len() % 2 == 0 {
        Some((sorted[middle - 1] + sorted[middle]) / 2.0)
    } else {
        Some(sorted[middle])
    }
}

fn sum(values: &[f64]) -> f64 {
    values.iter().sum()
}

fn square(value: f64) -> f64 {
    value * value
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variance_of_equal_values_is_zero() {
        assert_eq!(variance(&[4.0, 4.0, 4.0]), Some(0.0));
    }

    #[test]
    fn median_of_an_even_count_is_the_mean_of_the_middle() {
        assert_eq!(median(&[4.0, 1.0, 3.0, 2.0]), Some(2.5));
        assert_eq!(largest(&[4.0, 1.0, 3.0]), Some(4.0));
    }
}
