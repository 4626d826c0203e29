//! Shapes, greetings and log lines, with the crate root's `extern crate`
//! items each serving one module.
//!
//! ```
//! assert_eq!(root_extern_crates::text::greeting("ada"), "hello, ada");
//! ```

extern crate alloc;
extern crate edition2015_helper as helper;

#[macro_use]
extern crate location_observers_helper;

pub mod counts;
pub mod shapes;
pub mod text;
