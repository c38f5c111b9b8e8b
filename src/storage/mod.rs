//! Saved settings: a versioned schema (pure) and the browser storage that holds it.

pub mod local;
pub mod schema;
pub mod project_file;
