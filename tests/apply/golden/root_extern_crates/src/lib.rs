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

#[doc = "Log lines about rectangles, written by a macro of the `#[macro_use]` crate."]
pub mod counts {
    pub use root_extern_crates_shapes::counts::*;
}
#[doc = "Rectangles, needing no other crate."]
pub mod shapes {
    pub use root_extern_crates_shapes::shapes::*;
}
#[doc = "Greetings, through the renamed helper crate and `alloc`."]
pub mod text {
    pub use root_extern_crates_text::text::*;
}
