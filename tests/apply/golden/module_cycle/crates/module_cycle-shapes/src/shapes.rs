//! Geometric shapes. Rendering is delegated to `crate::render`, which in turn
//! needs these types: this module and `render` form a cycle.

use crate::render::svg;

/// Label used in human-readable output ("circle" in German, with a diameter sign).
pub const KREIS_LABEL: &str = "Kreis ⌀";

#[derive(Debug, Clone, PartialEq)]
pub struct Circle {
    pub cx: f64,
    pub cy: f64,
    pub r: f64,
}

impl Circle {
    pub fn new(cx: f64, cy: f64, r: f64) -> Self {
        Circle { cx, cy, r }
    }

    /// Renders this circle as an SVG element.
    pub fn to_svg(&self) -> String {
        svg::draw(self)
    }

    /// Area of the circle ("size" in German; a non-ASCII identifier).
    ///
    /// ```
    /// let c = module_cycle::shapes::Circle::new(0.0, 0.0, 1.0);
    /// assert!((c.größe() - std::f64::consts::PI).abs() < 1e-12);
    /// ```
    pub fn größe(&self) -> f64 {
        std::f64::consts::PI * self.r * self.r
    }

    pub fn describe(&self) -> String {
        format!("{} r={} – Fläche {:.2} m²", KREIS_LABEL, self.r, self.größe())
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

impl Rect {
    pub fn new(x: f64, y: f64, w: f64, h: f64) -> Self {
        Rect { x, y, w, h }
    }

    pub fn to_svg(&self) -> String {
        crate::render::svg::draw_rect(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn describe_uses_non_ascii_text() {
        let c = Circle::new(0.0, 0.0, 1.0);
        assert_eq!(c.describe(), "Kreis ⌀ r=1 – Fläche 3.14 m²");
    }

    #[test]
    fn rect_renders_through_render_module() {
        let r = Rect::new(1.0, 2.0, 3.0, 4.0);
        assert_eq!(r.to_svg(), r#"<rect x="1" y="2" width="3" height="4"/>"#);
    }
}
