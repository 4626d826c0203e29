//! An ordinary file module whose child uses `#[path]`. In a non-mod.rs file
//! the path is relative to the file's own directory, so this loads
//! src/plain_target.rs (a plain `mod target;` would load src/plain/target.rs).

#[path = "plain_target.rs"]
#[doc(hidden)]
pub mod target;

pub use target::Greeting;
