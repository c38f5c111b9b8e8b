//! Presets: a "minimal service" and a "full service".
//!
//! | input | full service (= defaults) | minimal service | why |
//! |---|---|---|---|
//! | non-spine identification | 80% | 60% | a minimal service screens fracture-clinic lists only |
//! | spine identification | 80% | 20% | no pathway for radiology-reported spine fractures |
//! | DXA with the service | 80% | 50% | scans requested only when the GP agrees |
//! | treatment started (of those needing it) | 92.7% | 70% | the service recommends; the GP starts |
//! | persistence at 1 / 3 / 5 years | 72.6 / 60 / 47% | 60 / 45 / 35% | no monitoring contacts |
//! | monitoring contacts (first / later years) | 2 / 1 | 0 / 0 | no follow-up |
//! | consultant sessions a week | 1 | 0 | no clinical-lead time funded |
//! | administrator WTE per nurse WTE | 0.5 | 0.2 | nurses do their own administration |
//! | patients a year per nurse WTE | 400 | 600 | shorter assessments, no follow-up |
//!
//! The full service uses the sourced defaults; every minimal-service value is an
//! assumption [A] to be replaced with the local service design.

use serde::Serialize;

use super::fields::field;
use super::inputs::Inputs;

/// A preset service design.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum ServicePreset {
    /// Identify, assess and recommend treatment to the GP, without follow-up.
    Minimal,
    /// Identify (including spine fractures), assess, start treatment and monitor it.
    Full,
}

/// One input a preset sets, and why.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct PresetValue {
    pub field_id: &'static str,
    pub value: f64,
    pub reason: &'static str,
}

const MINIMAL: &[PresetValue] = &[
    PresetValue {
        field_id: "non_spine_identification_pct",
        value: 60.0,
        reason: "Screens fracture-clinic lists only [A]",
    },
    PresetValue {
        field_id: "spine_identification_pct",
        value: 20.0,
        reason: "No pathway for radiology-reported spine fractures [A]",
    },
    PresetValue {
        field_id: "fls_dxa_pct",
        value: 50.0,
        reason: "Scans requested only when the GP agrees [A]",
    },
    PresetValue {
        field_id: "fls_treatment_started_pct",
        value: 70.0,
        reason: "The service recommends treatment; the GP starts it [A]",
    },
    PresetValue {
        field_id: "persistence_1y_pct",
        value: 60.0,
        reason: "No monitoring, so fewer stay on treatment [A]",
    },
    PresetValue {
        field_id: "persistence_3y_pct",
        value: 45.0,
        reason: "No monitoring [A]",
    },
    PresetValue {
        field_id: "persistence_5y_pct",
        value: 35.0,
        reason: "No monitoring [A]",
    },
    PresetValue {
        field_id: "monitoring_contacts_first_year",
        value: 0.0,
        reason: "No follow-up contacts",
    },
    PresetValue {
        field_id: "monitoring_contacts_later_years",
        value: 0.0,
        reason: "No follow-up contacts",
    },
    PresetValue {
        field_id: "consultant_sessions_per_week",
        value: 0.0,
        reason: "No clinical-lead time funded",
    },
    PresetValue {
        field_id: "admin_wte_per_nurse_wte",
        value: 0.2,
        reason: "Nurses do most of their own administration [A]",
    },
    PresetValue {
        field_id: "patients_per_nurse_wte",
        value: 600.0,
        reason: "Shorter assessments and no follow-up [A]",
    },
];

const FULL_IDS: [&str; 12] = [
    "non_spine_identification_pct",
    "spine_identification_pct",
    "fls_dxa_pct",
    "fls_treatment_started_pct",
    "persistence_1y_pct",
    "persistence_3y_pct",
    "persistence_5y_pct",
    "monitoring_contacts_first_year",
    "monitoring_contacts_later_years",
    "consultant_sessions_per_week",
    "admin_wte_per_nurse_wte",
    "patients_per_nurse_wte",
];

impl ServicePreset {
    /// Both presets.
    pub const ALL: [ServicePreset; 2] = [ServicePreset::Minimal, ServicePreset::Full];

    /// Name for the preset picker.
    pub fn label(self) -> &'static str {
        match self {
            ServicePreset::Minimal => "Minimal service",
            ServicePreset::Full => "Full service",
        }
    }

    /// One-sentence description.
    pub fn description(self) -> &'static str {
        match self {
            ServicePreset::Minimal => "Finds patients at fracture clinic, assesses them and recommends treatment to the GP, with no follow-up.",
            ServicePreset::Full => "Finds patients (including spine fractures), assesses them, starts treatment and monitors it at 16 weeks and 12 months, with a clinical lead.",
        }
    }

    /// The inputs the preset sets. The full service sets them to their defaults.
    pub fn values(self) -> Vec<PresetValue> {
        match self {
            ServicePreset::Minimal => MINIMAL.to_vec(),
            ServicePreset::Full => FULL_IDS
                .iter()
                .filter_map(|id| field(id))
                .map(|f| PresetValue {
                    field_id: f.id,
                    value: f.default,
                    reason: "Default (see its source)",
                })
                .collect(),
        }
    }

    /// Set the preset's inputs, leaving every other input (costs, caseload, risks) as it is.
    pub fn apply(self, inputs: &mut Inputs) {
        for v in self.values() {
            // Ids come from the static list above; a typo is a programmer error caught by tests.
            inputs
                .set(v.field_id, v.value)
                .expect("preset uses a known input id");
        }
    }
}
