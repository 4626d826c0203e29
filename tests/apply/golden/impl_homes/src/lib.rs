//! Trait impls of foreign traits whose local types live in two modules.
//!
//! ```
//! let tokens = impl_homes::lex::lex("ab cd").unwrap();
//! assert_eq!(impl_homes::check::check(&tokens, 2).unwrap(), 2);
//! let error = impl_homes::lex::lex("a?").unwrap_err();
//! assert_eq!(error.to_string(), "unexpected character at 1\n a?\n  ^");
//! ```

#[doc = "Checks the words the lexer found."]
pub mod check {
    pub use impl_homes_base::check::*;
}
#[doc = "Splits the input into words."]
pub mod lex {
    pub use impl_homes_lex::lex::*;
}
#[doc = "The crate's error and the formatter every module's error uses."]
pub mod report {
    pub use impl_homes_base::report::*;
    pub use impl_homes_lex::report::*;
}

pub use report::Error;
