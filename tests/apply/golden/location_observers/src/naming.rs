//! Observers of type paths: `type_name` of a named local type, of `Self`,
//! of a generic parameter, and `type_name_of_val`.

pub use location_observers_naming::naming::*;

use std::any::type_name;

use crate::shapes::Circle;

/// The path of `Circle`, a type named here.
pub fn circle_type() -> &'static str {
    type_name::<Circle>()
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
