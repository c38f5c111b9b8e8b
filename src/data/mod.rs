//! Embedded reference data with its provenance: ONS populations and projections, default
//! fracture rates and costs, and the list of sources. Pure: no browser calls.

pub mod areas;
pub mod defaults;
pub mod growth;
pub mod sources;
