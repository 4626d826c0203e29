//! Items that exist only under some `cfg`: test-only modules (in a separate
//! file and inline), a feature-gated module and per-platform functions.
//!
//! ```
//! let kv = cfg_test_modules::parser::parse_pair("key = value").unwrap();
//! assert_eq!(kv, ("key".to_string(), "value".to_string()));
//! assert!(cfg_test_modules::platform::join("a", "b").len() == 3);
//! ```

pub use cfg_test_modules_parser::render_pair;
#[doc = "A tiny `key = value` parser with an inline test module."]
pub mod parser {
    pub use cfg_test_modules_parser::parser::*;
}
#[doc = "Two functions named `separator`, exactly one of which is compiled."]
pub mod platform {
    pub use cfg_test_modules_platform::platform::*;
}

#[cfg(feature = "extra")]
#[doc = "Only compiled with `--features extra`."]
pub mod extra {
    pub use cfg_test_modules_platform::extra::*;
}
