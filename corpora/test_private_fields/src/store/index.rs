//! An index of records by key. Its tests read fields that other modules
//! keep private: `Record::id` (`pub(super)`), `Record::title`
//! (`pub(crate)`) and `Settings::name` (private, in the crate root).

use std::collections::BTreeMap;

use super::record::Record;
use crate::Settings;

/// Records by key.
#[derive(Debug, Default)]
pub struct Index {
    by_key: BTreeMap<u32, Record>,
}

impl Index {
    pub fn new() -> Self {
        Index::default()
    }

    /// Adds a record; returns the one it replaced.
    pub fn insert(&mut self, record: Record) -> Option<Record> {
        self.by_key.insert(record.key(), record)
    }

    /// The record with `key`.
    pub fn get(&self, key: u32) -> Option<&Record> {
        self.by_key.get(&key)
    }

    /// How many records there are.
    pub fn len(&self) -> usize {
        self.by_key.len()
    }

    /// Whether there is no record.
    pub fn is_empty(&self) -> bool {
        self.by_key.is_empty()
    }

    /// Keys in order.
    pub fn keys(&self) -> Vec<u32> {
        self.by_key.keys().copied().collect()
    }

    /// A line about the index, as the settings want it.
    pub fn summary(&self, settings: &Settings) -> String {
        if settings.is_verbose() {
            format!("{}: {} records {:?}", settings.describe(), self.len(), self.keys())
        } else {
            format!("{}: {} records", settings.describe(), self.len())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_pub_super_and_pub_crate_fields_of_a_record() {
        let mut index = Index::new();
        index.insert(Record::new(7, "seven"));
        let record = index.get(7).unwrap();
        assert_eq!(record.id, 7);
        assert_eq!(record.title, "seven");
    }

    #[test]
    fn reads_the_private_fields_of_a_root_struct() {
        let settings = Settings::new("alpha", 3);
        assert_eq!(settings.name, "alpha");
        assert_eq!(settings.level, 3);
        assert_eq!(Index::new().summary(&settings), "alpha@3: 0 records []");
    }
}
