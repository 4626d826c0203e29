//! Text renderings of shapes: one line each, or a table.

mod table;

use crate::shapes::Shape;

pub use table::Table;

/// One line per shape: its label and its area.
///
/// ```
/// use geometry::{render, Circle};
/// assert_eq!(render::lines(&[Circle::new(1.0)]), "circle r=1.00 m: 3.14 m²\n");
/// ```
pub fn lines(shapes: &[impl Shape]) -> String {
    shapes.iter().map(|s| format!("{}: {}\n", s.label(), s.area())).collect()
}

/// A table of every shape with its area and perimeter.
pub fn table(shapes: &[impl Shape]) -> String {
    let mut table = Table::new(&["shape", "area", "perimeter"]);
    for shape in shapes {
        table.row(vec![shape.label(), shape.area().to_string(), shape.perimeter().to_string()]);
    }
    table.to_string()
}

#[cfg(test)]
mod tests {
    use crate::shapes::Rect;

    #[test]
    fn a_table_has_a_header_and_a_row_per_shape() {
        let text = super::table(&[Rect::new(1.0, 2.0), Rect::new(3.0, 3.0)]);
        assert_eq!(text.lines().count(), 4);
        assert!(text.starts_with("shape"));
    }
}
