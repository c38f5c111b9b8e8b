//! Shared by the business-case host tests: an area of about 100,000 people aged 50+.

use fls_toolkit::model::business_case as bc;

/// Default inputs with the index fractures of an area of about 100,000 people aged 50+.
pub fn area() -> bc::Inputs {
    bc::Inputs::with_index_fractures(bc::IndexFractures { hip: 300.0, vertebral: 110.0, wrist_forearm: 320.0, other: 830.0 })
}
