fn main() {
    let atlas = atlas::Atlas { plots: vec![geometry::Rect::new(3.0, 4.0)], ponds: Vec::new() };
    print!("{}", atlas.report());
    println!("geometry {}", geometry::VERSION);
}
