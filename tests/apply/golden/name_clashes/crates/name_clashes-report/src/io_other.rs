//! The replacement for `std::io` where there is no unix.

pub use std::io::{Error, ErrorKind, Write};
