use geometry::{render, stats, total_area, Circle, Rect, Shape};

#[test]
fn areas_render_and_average() {
    let rects = [Rect::new(1.0, 2.0), Rect::new(2.0, 2.0)];
    assert_eq!(total_area(&rects).0, 6.0);
    let areas: Vec<f64> = rects.iter().map(|r| r.area().0).collect();
    assert_eq!(stats::mean(&areas), Some(3.0));
    assert!(render::lines(&[Circle::new(2.0)]).starts_with("circle r=2.00 m"));
}
