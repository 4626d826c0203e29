//! Rendering of shapes. Depends on `crate::shapes` (and `shapes` depends on
//! `render::svg`), closing the cycle.

pub mod svg;

use crate::shapes::Circle;

/// Renders a whole document containing the given circles.
pub fn render_all(circles: &[Circle]) -> String {
    let body: Vec<String> = circles.iter().map(svg::draw).collect();
    svg::document(&body.join(""))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_document_with_all_circles() {
        let doc = render_all(&[Circle::new(0.0, 0.0, 1.0), Circle::new(5.0, 5.0, 2.0)]);
        assert!(doc.starts_with("<svg"));
        assert_eq!(doc.matches("<circle").count(), 2);
    }
}
