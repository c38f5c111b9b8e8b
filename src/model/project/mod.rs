//! The project workspace: what a team records as it sets up a Fracture Liaison Service
//! through the six phases of the Service Improvement Guide (phase tracker, team,
//! Stakeholder Reference Group, meetings, risks, SMART objectives), and the documents
//! written from it. Pure: std + serde.

pub mod documents;
pub mod pathway;
pub mod phases;
pub mod plan;
pub mod standards;
pub mod workspace;

pub use phases::{Outcome, Phase, PHASES};
pub use workspace::*;
pub use standards::{Rating, STANDARDS};
