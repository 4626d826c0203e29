//! A record with a `pub(super)` id (visible in `store` and below) and a
//! `pub(crate)` title. Only tests in `store::index` read them directly.

/// A stored record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    #[doc(hidden)]
    pub id: u32,
    #[doc(hidden)]
    pub title: String,
    tags: Vec<String>,
}

impl Record {
    pub fn new(id: u32, title: &str) -> Self {
        Record { id, title: title.to_string(), tags: Vec::new() }
    }

    /// The record's key in an index.
    pub fn key(&self) -> u32 {
        self.id
    }

    /// The record's title.
    pub fn title(&self) -> &str {
        &self.title
    }

    /// Adds a tag once.
    pub fn tag(&mut self, tag: &str) {
        if !self.tags.iter().any(|t| t == tag) {
            self.tags.push(tag.to_string());
        }
    }

    /// The record as the settings show it.
    pub fn label(&self, settings: &crate::Settings) -> String {
        format!("{} ({})", self.title(), settings.describe())
    }

    /// Whether the record has a tag.
    pub fn has_tag(&self, tag: &str) -> bool {
        self.tags.iter().any(|t| t == tag)
    }
}

/// Records numbered from 1.
pub fn numbered(titles: &[&str]) -> Vec<Record> {
    titles.iter().enumerate().map(|(i, title)| Record::new(i as u32 + 1, title)).collect()
}

/// The titles of records, in order.
pub fn titles(records: &[Record]) -> Vec<String> {
    records.iter().map(|record| record.title().to_string()).collect()
}

/// The highest key among records.
pub fn max_key(records: &[Record]) -> Option<u32> {
    records.iter().map(Record::key).max()
}

/// Records that have a tag.
pub fn tagged<'a>(records: &'a [Record], tag: &str) -> Vec<&'a Record> {
    records.iter().filter(|record| record.has_tag(tag)).collect()
}
