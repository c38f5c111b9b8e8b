//! The pure domain model: population, fracture epidemiology, costs, projection, the FLS
//! KPIs from a patient file and the formatting of figures. Imports nothing from the
//! browser, so `cargo test` on the host covers all the arithmetic.

pub mod costs;
pub mod date;
pub mod epidemiology;
pub mod evidence;
pub mod format;
pub mod fracture_site;
pub mod business_case;
pub mod impact;
pub mod kpi;
pub mod population;
pub mod project;
pub mod projection;
pub mod validation;
