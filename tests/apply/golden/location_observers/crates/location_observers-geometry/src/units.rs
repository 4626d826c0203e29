//! Unit conversions; observes its place only through another crate's
//! macro (`log_target`), which no analysis of this crate sees.

/// Millimetres in one inch.
pub const MM_PER_INCH: f64 = 25.4;

/// Inches to millimetres.
pub fn inches_to_mm(inches: f64) -> f64 {
    inches * MM_PER_INCH
}

/// Millimetres to inches.
pub fn mm_to_inches(mm: f64) -> f64 {
    mm / MM_PER_INCH
}

/// Degrees to radians.
pub fn to_radians(degrees: f64) -> f64 {
    degrees * std::f64::consts::PI / 180.0
}

/// Radians to degrees.
pub fn to_degrees(radians: f64) -> f64 {
    radians * 180.0 / std::f64::consts::PI
}

/// The log target of this module, read through another crate's macro the
/// way `log::info!` reads it: no analysis of this crate sees the
/// `module_path!()` that the macro expands to here.
pub fn log_target() -> &'static str {
    location_observers_helper::target!()
}

/// Rounds to a number of decimal places.
pub fn round_to(value: f64, places: i32) -> f64 {
    let factor = 10f64.powi(places);
    (value * factor).round() / factor
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_back_and_forth() {
        assert_eq!(round_to(mm_to_inches(inches_to_mm(2.0)), 6), 2.0);
        assert_eq!(round_to(to_degrees(to_radians(90.0)), 6), 90.0);
    }

    #[test]
    fn the_log_target_names_the_original_crate() {
        assert_eq!(log_target(), "location_observers::units");
        assert_eq!(location_observers_helper::record!("ok"), "location_observers::units::tests: ok");
    }
}
