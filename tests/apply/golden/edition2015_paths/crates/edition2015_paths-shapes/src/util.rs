//! Crate-private helpers. `async` and `try` are ordinary identifiers in the
//! 2015 edition (they became keywords in 2018).

pub fn double(x: u32) -> u32 {
    x * 2
}

/// Named `async`: legal only in edition 2015.
pub fn async(x: u32) -> u32 {
    let try = x;
    try * try
}
