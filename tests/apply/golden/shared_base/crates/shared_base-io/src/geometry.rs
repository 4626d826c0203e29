//! The shared point type, and a summary that needs every other module.
pub use shared_base_base::geometry::*;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distance_of_a_right_triangle() {
        assert_eq!(Point::new(3.0, 4.0).distance(&Point::origin()), 5.0);
    }
}
