//! Not unix.

/// The platform's name.
pub const NAME: &str = "other";
