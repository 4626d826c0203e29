//! Platform detection; public only with the `expose` feature.

/// True on Unix-like systems.
pub fn is_unix() -> bool {
    crate::sys::separator() == '/'
}
