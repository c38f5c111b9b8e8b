//! What the app saves on this computer, as one versioned document, and how saved text is
//! read back. Pure: the browser side is in [`super::local`].
//!
//! Reading never throws saved data away. Text that cannot be read as this schema (not JSON,
//! the wrong shape, or written by a newer version) is reported as [`Loaded::Damaged`] so the
//! caller can keep it under a backup key and offer it for download.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::model::impact::{ImpactEdits, ImpactField};
use crate::model::kpi::Aggregates;
use crate::model::project::Workspace;

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
    /// Local hip fracture counts for calibration, by area link code: a count belongs to one area.
    #[serde(default)]
    pub local_hip_counts: BTreeMap<String, String>,
    /// Business-case inputs the user changed: input id → text typed.
    #[serde(default)]
    pub business_case_edits: BTreeMap<String, String>,
    /// Named business-case scenarios, in the order saved.
    #[serde(default)]
    pub scenarios: Vec<Scenario>,
    /// KPI settings the user typed (time windows, expected caseload): field id → text.
    #[serde(default)]
    pub kpi_inputs: BTreeMap<String, String>,
    /// KPI counts per month (no identifiers), saved only when the user asks. Patient rows
    /// are never saved.
    #[serde(default)]
    pub kpi_aggregates: Option<Aggregates>,
    /// The project workspace (phases, team, stakeholders, meetings, risks, objectives).
    #[serde(default, skip_serializing_if = "Workspace::is_empty")]
    pub project: Workspace,
}

/// A named set of business-case inputs (the edits only: the caseload comes from the area
/// chosen when it is opened or compared, unless the scenario types its own).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// Stable number, unique among the saved scenarios (one more than the highest).
    pub id: u32,
    pub name: String,
    pub edits: BTreeMap<String, String>,
}

/// Longest scenario name, in characters.
pub const SCENARIO_NAME_MAX: usize = 60;

impl SavedState {
    pub fn new() -> SavedState {
        SavedState { version: SCHEMA_VERSION, ..SavedState::default() }
    }

    /// The local-impact edits that apply to `area`: the shared assumptions plus that area's
    /// own hip fracture count.
    pub fn impact_edits_for(&self, area: Option<&str>) -> ImpactEdits {
        let mut edits = self.impact_edits.clone();
        if let Some(count) = area.and_then(|a| self.local_hip_counts.get(a)) {
            edits.insert(ImpactField::LocalHipFractures.id(), count.clone());
        }
        edits
    }

    /// The text the user typed for `field` in `area`, if any.
    pub fn edit_text(&self, field: ImpactField, area: Option<&str>) -> Option<String> {
        if field.is_per_area() {
            area.and_then(|a| self.local_hip_counts.get(a)).cloned()
        } else {
            self.impact_edits.get(&field.id()).cloned()
        }
    }

    /// Records `text` for `field` (in `area` for a per-area field); text equal to `default`
    /// removes the edit.
    pub fn set_edit(&mut self, field: ImpactField, area: Option<&str>, text: String, default: &str) {
        let unchanged = text.trim() == default;
        let (store, key) = if field.is_per_area() {
            let Some(area) = area else { return };
            (&mut self.local_hip_counts, area.to_string())
        } else {
            (&mut self.impact_edits, field.id())
        };
        if unchanged {
            store.remove(&key);
        } else {
            store.insert(key, text);
        }
    }

    /// Nothing but the version: saving this is the same as having nothing saved.
    pub fn is_empty(&self) -> bool {
        *self == SavedState::new()
    }

    /// A scenario name trimmed, or the message to show: not blank, not too long, not the
    /// name of another scenario (`except` is the one being renamed).
    fn check_scenario_name(&self, name: &str, except: Option<u32>) -> Result<String, String> {
        let name = name.trim();
        if name.is_empty() {
            return Err("Enter a name for the scenario".into());
        }
        if name.chars().count() > SCENARIO_NAME_MAX {
            return Err(format!("Enter a scenario name of {SCENARIO_NAME_MAX} characters or fewer"));
        }
        if self.scenarios.iter().any(|s| Some(s.id) != except && s.name.eq_ignore_ascii_case(name)) {
            return Err(format!("A scenario called “{name}” already exists: choose another name"));
        }
        Ok(name.to_string())
    }

    /// Saves the current business-case edits as a new scenario; returns its id.
    pub fn save_scenario(&mut self, name: &str) -> Result<u32, String> {
        let name = self.check_scenario_name(name, None)?;
        let id = self.scenarios.iter().map(|s| s.id).max().map_or(1, |m| m + 1);
        self.scenarios.push(Scenario { id, name, edits: self.business_case_edits.clone() });
        Ok(id)
    }

    pub fn rename_scenario(&mut self, id: u32, name: &str) -> Result<(), String> {
        let name = self.check_scenario_name(name, Some(id))?;
        match self.scenarios.iter_mut().find(|s| s.id == id) {
            Some(scenario) => {
                scenario.name = name;
                Ok(())
            }
            None => Err("That scenario no longer exists".into()),
        }
    }

    /// Removes a scenario; returns it and where it was, so it can be put back.
    pub fn delete_scenario(&mut self, id: u32) -> Option<(usize, Scenario)> {
        let at = self.scenarios.iter().position(|s| s.id == id)?;
        Some((at, self.scenarios.remove(at)))
    }

    /// Puts a deleted scenario back where it was (undo), unless one with its id or name has
    /// been saved since.
    pub fn restore_scenario(&mut self, at: usize, scenario: Scenario) -> Result<(), String> {
        if self.scenarios.iter().any(|s| s.id == scenario.id || s.name.eq_ignore_ascii_case(&scenario.name)) {
            return Err(format!("“{}” cannot be put back: a scenario with that name has been saved since", scenario.name));
        }
        self.scenarios.insert(at.min(self.scenarios.len()), scenario);
        Ok(())
    }

    /// Makes a scenario's inputs the current business-case inputs.
    pub fn open_scenario(&mut self, id: u32) {
        if let Some(scenario) = self.scenarios.iter().find(|s| s.id == id) {
            self.business_case_edits = scenario.edits.clone();
        }
    }
}

/// The outcome of reading saved text (made once per load, so the size of the `Ok` variant
/// does not matter).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum Loaded {
    /// Nothing saved yet.
    Nothing,
    Ok(SavedState),
    /// Saved text that this version cannot read; keep `raw` and tell the user `reason`.
    Damaged { raw: String, reason: String },
}

/// One step that lifts saved data from version `n` to `n + 1`, as JSON, before it is read as
/// this schema: `MIGRATIONS[n - 1]` for `n` in `1..SCHEMA_VERSION`. An error is the reason
/// shown to the user (the data is then kept as damaged).
pub type Migration = fn(serde_json::Value) -> Result<serde_json::Value, String>;

/// The migrations, oldest first. Its length is tied to [`SCHEMA_VERSION`], so raising the
/// version does not compile until the step from the previous version is written; each
/// released version also has fixtures under `tests/fixtures/storage/v<N>-*.json` that a test
/// reads through this chain. Version 1 is the only version released so far.
pub const MIGRATIONS: [Migration; SCHEMA_VERSION as usize - 1] = [];

/// Saved data of `version` brought up to [`SCHEMA_VERSION`] by running each later migration.
pub fn migrate(mut value: serde_json::Value, version: u32) -> Result<serde_json::Value, String> {
    if version == 0 {
        return Err("The saved settings have version number 0, which no version of this app wrote.".into());
    }
    for step in MIGRATIONS.iter().skip(version as usize - 1) {
        value = step(value)?;
    }
    if let Some(object) = value.as_object_mut() {
        object.insert("version".into(), SCHEMA_VERSION.into());
    }
    Ok(value)
}

/// Reads the text saved under [`STORAGE_KEY`], migrating data saved by earlier versions.
pub fn decode(raw: Option<&str>) -> Loaded {
    let Some(raw) = raw else { return Loaded::Nothing };
    let damaged = |reason: String| Loaded::Damaged { raw: raw.to_string(), reason };
    let value: serde_json::Value = match serde_json::from_str(raw) {
        Ok(v) => v,
        Err(_) => return damaged("The saved settings are not readable (they are not valid JSON).".into()),
    };
    let version = match value.get("version").and_then(serde_json::Value::as_u64) {
        Some(v) if v > SCHEMA_VERSION as u64 => {
            return damaged(format!(
                "The saved settings come from a newer version of this app (version {v}; this is version {SCHEMA_VERSION})."
            ))
        }
        Some(v) => v as u32,
        None => return damaged("The saved settings have no version number, so they cannot be read safely.".into()),
    };
    let value = match migrate(value, version) {
        Ok(v) => v,
        Err(reason) => return damaged(reason),
    };
    match serde_json::from_value::<SavedState>(value) {
        Ok(state) => Loaded::Ok(state),
        Err(e) => damaged(format!("Part of the saved settings is not in the form this version expects, perhaps because they were edited by hand (details: {e})).")),
    }
}

/// The text to save.
pub fn encode(state: &SavedState) -> String {
    serde_json::to_string(state).expect("saved state always serialises")
}
