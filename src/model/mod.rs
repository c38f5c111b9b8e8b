//! The pure domain model: population, fracture epidemiology, costs, projection and the
//! formatting of figures. Imports nothing from the browser, so `cargo test` on the host
//! covers all the arithmetic.

pub mod costs;
pub mod epidemiology;
pub mod evidence;
pub mod format;
pub mod fracture_site;
pub mod business_case;
pub mod impact;
pub mod population;
pub mod projection;
pub mod validation;
