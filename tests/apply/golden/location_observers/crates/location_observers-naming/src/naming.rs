//! Observers of type paths: `type_name` of a named local type, of `Self`,
//! of a generic parameter, and `type_name_of_val`.

use std::any::type_name;

/// The path of any type: which one is up to the caller.
pub fn name_of<T: ?Sized>() -> &'static str {
    std::any::type_name::<T>()
}

/// The path of a value's type: which one is up to the caller.
pub fn name_of_val<T: ?Sized>(value: &T) -> &'static str {
    std::any::type_name_of_val(value)
}

/// Types that can say what they are.
pub trait Labelled {
    /// The implementing type's path.
    fn label(&self) -> &'static str {
        type_name::<Self>()
    }
}
