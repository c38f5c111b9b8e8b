//! What the app saves on this computer, as one versioned document, and how saved text is
//! read back. Pure: the browser side is in [`super::local`].
//!
//! Reading never throws saved data away. Text that cannot be read as this schema (not JSON,
//! the wrong shape, or written by a newer version) is reported as [`Loaded::Damaged`] so the
//! caller can keep it under a backup key and offer it for download.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::model::kpi::Aggregates;

/// The key under which the current schema is saved.
pub const STORAGE_KEY: &str = "fls-toolkit.v1";
/// Prefix of every key the app writes (what "clear my data" removes).
pub const KEY_PREFIX: &str = "fls-toolkit";
/// Where unreadable saved data is kept for the user to download.
pub const BACKUP_KEY: &str = "fls-toolkit.damaged-backup";
/// The schema version this build writes.
pub const SCHEMA_VERSION: u32 = 1;

/// Everything the app saves. Never holds patient-level data.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SavedState {
    pub version: u32,
    /// The chosen area's link code (e.g. `E08000035` or `CCG21:E38000006`).
    #[serde(default)]
    pub area: Option<String>,
    /// Local-impact assumptions the user changed: field id → text typed.
    #[serde(default)]
    pub impact_edits: BTreeMap<String, String>,
    /// A custom population typed by sex and band (field id → text), used when no area is chosen.
    #[serde(default)]
    pub custom_population: BTreeMap<String, String>,
    /// KPI settings the user typed (time windows, expected caseload): field id → text.
    #[serde(default)]
    pub kpi_inputs: BTreeMap<String, String>,
    /// KPI counts per month (no identifiers), saved only when the user asks. Patient rows
    /// are never saved.
    #[serde(default)]
    pub kpi_aggregates: Option<Aggregates>,
}

impl SavedState {
    pub fn new() -> SavedState {
        SavedState { version: SCHEMA_VERSION, ..SavedState::default() }
    }
}

/// The outcome of reading saved text.
#[derive(Clone, Debug, PartialEq)]
pub enum Loaded {
    /// Nothing saved yet.
    Nothing,
    Ok(SavedState),
    /// Saved text that this version cannot read; keep `raw` and tell the user `reason`.
    Damaged { raw: String, reason: String },
}

/// Reads the text saved under [`STORAGE_KEY`].
pub fn decode(raw: Option<&str>) -> Loaded {
    let Some(raw) = raw else { return Loaded::Nothing };
    let damaged = |reason: String| Loaded::Damaged { raw: raw.to_string(), reason };
    let value: serde_json::Value = match serde_json::from_str(raw) {
        Ok(v) => v,
        Err(_) => return damaged("The saved settings are not readable (they are not valid JSON).".into()),
    };
    match value.get("version").and_then(serde_json::Value::as_u64) {
        Some(v) if v > SCHEMA_VERSION as u64 => {
            return damaged(format!(
                "The saved settings come from a newer version of this app (version {v}; this is version {SCHEMA_VERSION})."
            ))
        }
        Some(_) => {}
        None => return damaged("The saved settings have no version number, so they cannot be read safely.".into()),
    }
    match serde_json::from_value::<SavedState>(value) {
        Ok(state) => Loaded::Ok(state),
        Err(e) => damaged(format!("The saved settings have an unexpected shape ({e}).")),
    }
}

/// The text to save.
pub fn encode(state: &SavedState) -> String {
    serde_json::to_string(state).expect("saved state always serialises")
}
