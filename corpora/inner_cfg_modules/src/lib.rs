//! Modules that switch themselves off with an inner `#![cfg(..)]` at the
//! top of their file or body, instead of `#[cfg]` on their `mod` item.
//!
//! ```
//! assert_eq!(inner_cfg_modules::names::greeting("ferris"), "hello, ferris");
//! ```

pub mod discovery;
pub mod names;

/// Only with the `discovery` feature.
pub mod announce {
    #![cfg(feature = "discovery")]

    /// Announces a service by name.
    pub fn announce(service: &str) -> String {
        crate::discovery::describe(&crate::names::greeting(service))
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn greeting_names_the_caller() {
        assert_eq!(crate::names::greeting("x"), "hello, x");
    }

    #[cfg(feature = "discovery")]
    #[test]
    fn announce_uses_discovery() {
        assert_eq!(crate::announce::announce("db"), "[hello, db]");
    }
}
