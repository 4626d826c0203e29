//! Reads `assets/magic.bin`, outside `src/`, relative to this file.
//!
//! Mentions `include_str!("../Cargo.toml")` in its docs, which reads nothing.

/// The magic bytes.
pub static MAGIC: &[u8] = include_bytes!("../assets/magic.bin");

/// The magic bytes as text.
pub fn magic() -> &'static str {
    std::str::from_utf8(MAGIC).unwrap_or("?")
}
