//! One page per file, composing components over model outputs. Pages never compute
//! figures themselves: they call `model` functions and format their results.

pub mod area_choice;
pub mod assumptions_form;
pub mod business_case;
pub mod home;
pub mod impact;
pub mod kpis;
pub mod method;
pub mod not_found;
pub mod project;
pub mod project_documents;
pub mod projection;
pub mod sources;
