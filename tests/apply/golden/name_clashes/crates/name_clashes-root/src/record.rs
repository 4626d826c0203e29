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



