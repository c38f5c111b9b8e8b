//! Charts: pure specs (numbers and labels), the tables and CSV beside them, the figures of
//! each page (the KPI page's in `kpi`), and their plotters rendering to SVG.

pub mod business_case;
pub mod figures;
pub mod kpi;
pub mod project;
pub mod render;
pub mod spec;
pub mod table;
