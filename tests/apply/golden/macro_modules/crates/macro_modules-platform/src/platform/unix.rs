//! Declared by the `if #[cfg(unix)]` branch of `cfg_if!` in src/lib.rs.

/// Name of the platform family.
pub const NAME: &str = "unix";
