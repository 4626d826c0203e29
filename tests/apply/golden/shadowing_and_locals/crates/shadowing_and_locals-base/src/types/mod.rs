//! `struct T` and free functions whose names are reused as locals elsewhere.

#[doc(hidden)]
pub mod t;

pub use self::t::T;

/// Shadowed by parameters, match bindings and a nested fn in `crate::logic`.
pub fn value() -> u32 {
    7
}

/// Shadowed by a closure parameter and a `for` binding in `crate::logic`.
pub fn limit() -> u32 {
    4
}
