//! Part of `inner_cfg_modules`, split out by crate-split.
#![allow(rustdoc::broken_intra_doc_links)]
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
