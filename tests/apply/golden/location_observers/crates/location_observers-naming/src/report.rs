//! Observers of the crate's place: `module_path!`, `file!`, `env!` and
//! `option_env!` of cargo's package variables, and a local macro whose
//! expansion calls `module_path!` where it is used.

/// Prefixes a message with the module path of the place it is used.
#[macro_export]
#[doc(hidden)]
macro_rules! located {
    ($message:expr) => {
        format!("[{}] {}", module_path!(), $message)
    };
}
