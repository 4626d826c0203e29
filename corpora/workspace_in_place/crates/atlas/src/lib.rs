//! A sibling member that depends on `geometry`: it must keep building when
//! `geometry` is split in place.

use geometry::render;
use geometry::shapes::{Circle, Rect, Shape};
use units::Metres;

/// A map of plots: rectangles and round ponds.
pub struct Atlas {
    pub plots: Vec<Rect>,
    pub ponds: Vec<Circle>,
}

impl Atlas {
    /// Land area: the plots' area minus the ponds'.
    ///
    /// ```
    /// let atlas = atlas::Atlas { plots: vec![geometry::Rect::new(10.0, 10.0)], ponds: vec![] };
    /// assert_eq!(atlas.land(), 100.0);
    /// ```
    pub fn land(&self) -> f64 {
        geometry::total_area(&self.plots).0 - geometry::total_area(&self.ponds).0
    }

    /// The longest outline of any plot.
    pub fn longest_fence(&self) -> Option<Metres> {
        self.plots.iter().map(|p| p.perimeter()).fold(None, |best, p| match best {
            Some(b) if b >= p => Some(b),
            _ => Some(p),
        })
    }

    /// The plots as a table.
    pub fn report(&self) -> String {
        render::table(&self.plots)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ponds_are_not_land() {
        let atlas = Atlas { plots: vec![Rect::new(2.0, 2.0)], ponds: vec![Circle::new(0.5)] };
        assert!((atlas.land() - (4.0 - std::f64::consts::PI / 4.0)).abs() < 1e-12);
        assert_eq!(atlas.longest_fence(), Some(Metres(8.0)));
    }
}
