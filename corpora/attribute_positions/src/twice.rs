//! One file loaded as two modules (`twice_a`, `twice_b`): each holds its
//! own copy of every item.

/// Twice `value`.
pub fn twice(value: i32) -> i32 {
    value * 2
}
