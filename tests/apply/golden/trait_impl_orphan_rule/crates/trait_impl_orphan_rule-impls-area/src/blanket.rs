//! Blanket impl: every `Named` type is `Describe`. Must stay in the crate that
//! defines `Describe` (its trait is the only local thing in it).

use crate::traits::{Describe, Named};

impl<T: Named> Describe for T {
    fn describe(&self) -> String {
        format!("this is {}", self.name())
    }
}
