// Included into crate::outer::deep with `include!("deep_consts.rs")`; not a module.
const DEEP_PRIME: u32 = 0x0100_0193;
