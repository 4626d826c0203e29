//! Observers of type paths: `type_name` of a named local type, of `Self`,
//! of a generic parameter, and `type_name_of_val`.

use std::any::type_name;

use crate::shapes::Circle;

/// The path of `Circle`, a type named here.
pub fn circle_type() -> &'static str {
    type_name::<Circle>()
}

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::shapes::Square;

    #[test]
    fn paths_of_local_types_name_the_original_crate() {
        // A named type's path is kept whole: `Circle` stays in the facade.
        assert_eq!(circle_type(), "location_observers::shapes::Circle");
        // Paths of types the caller chooses follow the type's own crate,
        // whose crate name is the original's wherever the type went.
        assert_eq!(name_of::<Square>(), "location_observers::shapes::Square");
        assert_eq!(name_of_val(&Square::new(2)), "location_observers::shapes::Square");
        assert_eq!(Square::new(1).label(), "location_observers::shapes::Square");
        assert_eq!(name_of::<crate::geometry::Point>(), "location_observers::geometry::Point");
        assert_eq!(name_of::<u8>(), "u8");
    }
}
