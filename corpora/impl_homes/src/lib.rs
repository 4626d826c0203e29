//! Trait impls of foreign traits whose local types live in two modules.
//!
//! ```
//! let tokens = impl_homes::lex::lex("ab cd").unwrap();
//! assert_eq!(impl_homes::check::check(&tokens, 2).unwrap(), 2);
//! let error = impl_homes::lex::lex("a?").unwrap_err();
//! assert_eq!(error.to_string(), "unexpected character at 1\n a?\n  ^");
//! ```

pub mod check;
pub mod lex;
pub mod report;

pub use report::Error;
