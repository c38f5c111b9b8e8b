//! Validation: every error at once, in plain English, tied to a field id.
//!
//! Rules, in order:
//! 1. each input in [`INPUT_FIELDS`] must be a finite number in `[min, max]` (and whole where
//!    the table says so): "Enter a number between 0 and 100";
//! 2. index fractures supplied by the caller must be finite and 0 or more;
//! 3. cross-field rules, checked only when the fields involved passed rule 1:
//!    drug mix adds up to 100%; later-fracture sites add up to 100%; persistence does not
//!    rise with time (1 year ≥ 3 years ≥ 5 years); cumulative refracture risk does not fall
//!    (1 year ≤ 2 years ≤ 5 years).
//!
//! Sums must be within 0.1 percentage points of 100 (rounding in published splits).

use super::fields::INPUT_FIELDS;
use super::inputs::Inputs;
use crate::model::format::{plain_number, round_half_away};
use crate::model::validation::FieldError;

/// All the problems found, in display order. Never empty.
#[derive(Clone, Debug, PartialEq)]
pub struct ValidationErrors {
    pub errors: Vec<FieldError>,
}

impl ValidationErrors {
    /// The error for one field, if any.
    pub fn for_field(&self, field_id: &str) -> Option<&FieldError> {
        self.errors.iter().find(|e| e.field == field_id)
    }
}

impl std::fmt::Display for ValidationErrors {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} input(s) need attention: ", self.errors.len())?;
        for (i, e) in self.errors.iter().enumerate() {
            if i > 0 {
                write!(f, "; ")?;
            }
            write!(f, "{}: {}", e.field, e.message)?;
        }
        Ok(())
    }
}

impl std::error::Error for ValidationErrors {}

/// Inputs that passed validation. Only [`Inputs::validate`] makes one, so the model never
/// sees an out-of-range value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ValidInputs(Inputs);

impl ValidInputs {
    /// The validated inputs.
    pub fn inputs(&self) -> &Inputs {
        &self.0
    }

    /// Horizon as a whole number of years (validated to be 1–10).
    pub fn horizon_years(&self) -> usize {
        self.0.horizon.horizon_years.round() as usize
    }
}

const SUM_TOLERANCE: f64 = 0.1;

impl Inputs {
    /// Check every input; return them as [`ValidInputs`] or return **all** the errors.
    pub fn validate(&self) -> Result<ValidInputs, ValidationErrors> {
        let mut errors = Vec::new();
        let mut bad_ids: Vec<&'static str> = Vec::new();
        for field in INPUT_FIELDS {
            let value = self.get(field.id).unwrap_or(f64::NAN);
            if let Err(message) = field.rule().check(value) {
                errors.push(FieldError { field: field.id.to_string(), message });
                bad_ids.push(field.id);
            }
        }

        let f = &self.reach.index_fractures;
        for (id, value) in [
            ("index_fractures_hip", f.hip),
            ("index_fractures_vertebral", f.vertebral),
            ("index_fractures_wrist_forearm", f.wrist_forearm),
            ("index_fractures_other", f.other),
        ] {
            if !value.is_finite() || !(0.0..=10_000_000.0).contains(&value) {
                errors.push(FieldError {
                    field: id.to_string(),
                    message: "Enter a number of fractures a year between 0 and 10,000,000"
                        .to_string(),
                });
            }
        }

        let ok = |ids: &[&str]| ids.iter().all(|id| !bad_ids.contains(id));

        let t = &self.treatment;
        if ok(&[
            "mix_alendronate_pct",
            "mix_zoledronic_acid_pct",
            "mix_denosumab_pct",
        ]) {
            let sum = t.mix_alendronate_pct + t.mix_zoledronic_acid_pct + t.mix_denosumab_pct;
            if (sum - 100.0).abs() > SUM_TOLERANCE {
                errors.push(FieldError {
                    field: "mix_alendronate_pct".into(),
                    message: format!(
                        "The drug mix must add up to 100% (it now adds up to {}%)",
                        plain_number(round_half_away(sum, 1))
                    ),
                });
            }
        }

        let r = &self.risk;
        let site_ids = [
            "later_fracture_hip_pct",
            "later_fracture_vertebral_pct",
            "later_fracture_wrist_forearm_pct",
            "later_fracture_other_pct",
        ];
        if ok(&site_ids) {
            let sum = r.later_fracture_hip_pct
                + r.later_fracture_vertebral_pct
                + r.later_fracture_wrist_forearm_pct
                + r.later_fracture_other_pct;
            if (sum - 100.0).abs() > SUM_TOLERANCE {
                errors.push(FieldError {
                    field: "later_fracture_hip_pct".into(),
                    message: format!(
                        "The sites of further fractures must add up to 100% (they now add up to {}%)",
                        plain_number(round_half_away(sum, 1))
                    ),
                });
            }
        }

        if ok(&["persistence_1y_pct", "persistence_3y_pct"])
            && t.persistence_3y_pct > t.persistence_1y_pct
        {
            errors.push(FieldError {
                field: "persistence_3y_pct".into(),
                message: "Enter a value no higher than the share still on treatment at 1 year"
                    .to_string(),
            });
        }
        if ok(&["persistence_3y_pct", "persistence_5y_pct"])
            && t.persistence_5y_pct > t.persistence_3y_pct
        {
            errors.push(FieldError {
                field: "persistence_5y_pct".into(),
                message: "Enter a value no higher than the share still on treatment at 3 years"
                    .to_string(),
            });
        }
        if ok(&[
            "refracture_cumulative_1y_pct",
            "refracture_cumulative_2y_pct",
        ]) && r.refracture_cumulative_2y_pct < r.refracture_cumulative_1y_pct
        {
            errors.push(FieldError {
                field: "refracture_cumulative_2y_pct".into(),
                message: "Enter a value at least as high as the risk within 1 year".to_string(),
            });
        }
        if ok(&[
            "refracture_cumulative_2y_pct",
            "refracture_cumulative_5y_pct",
        ]) && r.refracture_cumulative_5y_pct < r.refracture_cumulative_2y_pct
        {
            errors.push(FieldError {
                field: "refracture_cumulative_5y_pct".into(),
                message: "Enter a value at least as high as the risk within 2 years".to_string(),
            });
        }

        if errors.is_empty() {
            Ok(ValidInputs(*self))
        } else {
            Err(ValidationErrors { errors })
        }
    }
}
