//! Collections: std's, re-exported by a glob, beside an item of its own.

pub use std::collections::*;

/// An empty map.
pub fn empty_map() -> HashMap<u8, u8> {
    HashMap::new()
}
