//! A facade over `std::io` that names it `imp` on unix and loads a
//! replacement module `imp` elsewhere, as serde_json does with its `std`
//! feature: `imp` is either a module or an import, by `cfg`.

pub use self::imp::{Error, ErrorKind, Write};

#[cfg(not(unix))]
#[path = "io_other.rs"]
#[doc(hidden)]
pub mod imp;

#[cfg(unix)]
use std::io as imp;

/// Writes a line of text.
pub fn write_line<W: Write>(out: &mut W, text: &str) -> Result<(), Error> {
    out.write_all(text.as_bytes())?;
    out.write_all(b"\n")
}

/// An error of the other kind.
pub fn other_error() -> Error {
    Error::new(ErrorKind::Other, "other")
}
