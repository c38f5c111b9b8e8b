//! Design-system pieces with no domain knowledge (plus the area picker, which only lists
//! embedded areas). Pages compose them over model outputs.

pub mod area_picker;
pub mod data_table;
pub mod download;
pub mod error_summary;
pub mod figure;
pub mod layout;
pub mod number_input;
pub mod sex_band_grid;
pub mod source_tag;
