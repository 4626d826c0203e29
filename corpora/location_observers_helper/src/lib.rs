//! Macros that observe the module they are called from, the way `log`
//! picks a record's target: `module_path!()` is expanded in the caller's
//! crate, so it names the caller's crate and module.
//!
//! ```
//! let line = location_observers_helper::record!("ready");
//! assert!(line.ends_with(": ready"));
//! ```

/// The module path of the caller: a log target.
#[macro_export]
macro_rules! target {
    () => {
        module_path!()
    };
}

/// A message prefixed with the caller's module path, like a log line.
#[macro_export]
macro_rules! record {
    ($message:expr) => {
        format!("{}: {}", $crate::target!(), $message)
    };
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_target_is_the_callers_module() {
        assert_eq!(target!(), "location_observers_helper::tests");
        assert_eq!(record!("up"), "location_observers_helper::tests: up");
    }
}
