//! Unix.

/// The platform's name.
pub const NAME: &str = "unix";
