//! SVG output for shapes.

use crate::shapes::{Circle, Rect};

pub fn draw(c: &Circle) -> String {
    format!(r#"<circle cx="{}" cy="{}" r="{}"/>"#, c.cx, c.cy, c.r)
}

pub fn draw_rect(r: &Rect) -> String {
    format!(
        r#"<rect x="{}" y="{}" width="{}" height="{}"/>"#,
        r.x, r.y, r.w, r.h
    )
}

pub fn document(body: &str) -> String {
    format!(r#"<svg xmlns="http://www.w3.org/2000/svg">{}</svg>"#, body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn draw_circle() {
        let c = Circle::new(1.0, 2.0, 3.0);
        assert_eq!(draw(&c), r#"<circle cx="1" cy="2" r="3"/>"#);
    }
}
