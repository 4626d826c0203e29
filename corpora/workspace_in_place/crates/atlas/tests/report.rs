#[test]
fn the_report_lists_every_plot() {
    let atlas = atlas::Atlas { plots: vec![geometry::Rect::new(1.0, 1.0), geometry::Rect::new(2.0, 1.0)], ponds: Vec::new() };
    assert_eq!(atlas.report().lines().count(), 4);
}
