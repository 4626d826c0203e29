//! Local traits. No types are defined here.

/// Something with a surface area.
pub trait Area {
    fn area(&self) -> f64;
}

/// Something with a human-readable name.
pub trait Named {
    fn name(&self) -> String;
}

/// Implemented for every `Named` type by the blanket impl in `crate::blanket`.
pub trait Describe {
    fn describe(&self) -> String;
}
