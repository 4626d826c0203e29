//! Second hop: a re-export of a re-export.

pub use crate::a::Deep;

pub fn deepen(d: Deep) -> Deep {
    Deep::new(d.depth + 1)
}
