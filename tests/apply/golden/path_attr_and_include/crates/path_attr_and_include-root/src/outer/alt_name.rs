//! `crate::outer::renamed`, loaded via `#[path = "alt_name.rs"]` inside the
//! inline `mod outer`.

pub fn describe() -> &'static str {
    "outer::renamed from src/outer/alt_name.rs"
}
