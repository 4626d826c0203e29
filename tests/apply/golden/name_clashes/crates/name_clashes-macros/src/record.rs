//! Records: a module named like the macro `record!` and the function
//! `crate::record`.

/// A named value.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    /// Its name.
    pub name: String,
    /// Its value.
    pub value: i64,
}

/// `name=value`.
pub fn render(entry: &Entry) -> String {
    format!("{}={}", entry.name, entry.value)
}

/// The squared value of an entry.
pub fn squared(entry: &Entry) -> i64 {
    crate::square!(entry.value)
}

#[cfg(test)]
mod tests {
    #[test]
    fn render_joins_name_and_value() {
        let entry = record!("a", 1);
        assert_eq!(super::render(&entry), "a=1");
        assert_eq!(super::squared(&entry), 1);
    }
}
