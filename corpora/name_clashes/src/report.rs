//! Reports over records, using the macros and the root function.

use crate::record::{self, Entry};

/// Renders entries one per line.
pub fn report(entries: &[Entry]) -> String {
    entries.iter().map(record::render).collect::<Vec<_>>().join("\n")
}

/// The total of some values, with an unnamed record for it.
pub fn total(values: &[i64]) -> Entry {
    let sum = values.iter().sum::<i64>() + crate::macros::tally!(0, 0);
    crate::record(sum)
}

/// A report of one named entry, on the platform.
pub fn headline(name: &str, value: i64) -> String {
    format!("{} on {}", report(&[record!(name, value)]), crate::platform())
}

#[cfg(test)]
mod tests {
    #[test]
    fn total_sums_values() {
        assert_eq!(super::total(&[1, 2, 3]).value, 6);
        assert_eq!(super::headline("n", 1), format!("n=1 on {}", crate::platform()));
    }
}
