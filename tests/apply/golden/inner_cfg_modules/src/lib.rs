//! Modules that switch themselves off with an inner `#![cfg(..)]` at the
//! top of their file or body, instead of `#[cfg]` on their `mod` item.
//!
//! ```
//! assert_eq!(inner_cfg_modules::names::greeting("ferris"), "hello, ferris");
//! ```

#[cfg(feature = "discovery")]
#[doc = "Service discovery, only with the `discovery` feature."]
pub mod discovery {
    pub use inner_cfg_modules_root::discovery::*;
}
#[doc = "Greetings."]
pub mod names {
    pub use inner_cfg_modules_root::names::*;
}

#[cfg(feature = "discovery")]
#[doc = "Only with the `discovery` feature."]
pub mod announce {
    pub use inner_cfg_modules_root::announce::*;
}
