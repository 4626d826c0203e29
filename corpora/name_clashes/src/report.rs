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

/// The entries by name, sorted; the map type named through `colls`.
pub fn by_name(entries: &[Entry]) -> crate::colls::BTreeMap<String, i64> {
    entries.iter().map(|e| (e.name.clone(), e.value)).collect()
}

/// Writes the report of some entries, one per line.
pub fn write_report(out: &mut Vec<u8>, entries: &[Entry]) -> Result<(), crate::io::Error> {
    for entry in entries {
        crate::io::write_line(out, &record::render(entry))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn total_sums_values() {
        assert_eq!(super::total(&[1, 2, 3]).value, 6);
        let mut out = Vec::new();
        super::write_report(&mut out, &[super::total(&[1])]).unwrap();
        assert_eq!(out, b"=1\n");
        assert_eq!(super::headline("n", 1), format!("n=1 on {}", crate::platform()));
        assert_eq!(super::by_name(&[super::total(&[4])])[""], 4);
        assert_eq!(crate::fmt!(1), "<1>");
        assert!(crate::colls::empty_map().is_empty());
    }
}
