//! The business-case form as saved: input id → the text the user typed, like the
//! local-impact edits. Reading it gives the inputs and every field error at once.
//!
//! Each text is read with the field's own [`NumberRule`](crate::model::validation::NumberRule)
//! (so "£1,200" and "80%" are accepted); a field whose text is not a valid number keeps its
//! value in the base inputs, so an invalid value never reaches the model. The cross-field
//! rules (drug mix adds up to 100% …) are then checked by [`Inputs::validate`].
//!
//! One entry is not a number: [`CASELOAD_MODE`] = [`TYPED`] means the caseload is the number
//! typed in `typed_caseload_per_year`; absent (or anything else) means the caseload comes from
//! the area's index fractures.

use std::collections::BTreeMap;

use super::fields::INPUT_FIELDS;
use super::inputs::{CaseloadMode, Inputs};
use super::presets::ServicePreset;
use super::validation::{ValidInputs, ValidationErrors};
use crate::model::format::plain_number;
use crate::model::validation::FieldError;

/// The user's business-case edits: input id → text typed.
pub type BusinessCaseEdits = BTreeMap<String, String>;

/// Key of the caseload choice among the edits.
pub const CASELOAD_MODE: &str = "caseload_mode";
/// Value of [`CASELOAD_MODE`] for a typed caseload.
pub const TYPED: &str = "typed";

/// The base inputs with every readable edit applied, and the errors of the others (in
/// form order). Unknown ids (from an older version) are ignored.
pub fn apply_edits(base: &Inputs, edits: &BusinessCaseEdits) -> (Inputs, Vec<FieldError>) {
    let mut inputs = *base;
    if edits.get(CASELOAD_MODE).map(String::as_str) == Some(TYPED) {
        inputs.reach.caseload_mode = CaseloadMode::Typed;
    }
    let mut errors = Vec::new();
    for f in INPUT_FIELDS {
        let Some(text) = edits.get(f.id) else { continue };
        match f.rule().parse(text) {
            Ok(value) => inputs.set(f.id, value).expect("ids come from the table"),
            Err(message) => errors.push(FieldError { field: f.id.to_string(), message }),
        }
    }
    (inputs, errors)
}

/// Reads the edits and validates the result: the inputs the model may run on (fields whose
/// text is unreadable keep their base value), or `None` when a rule across fields fails;
/// with every error (unreadable fields first, then the rules across fields).
pub fn read_edits(base: &Inputs, edits: &BusinessCaseEdits) -> (Option<ValidInputs>, Vec<FieldError>) {
    let (inputs, mut errors) = apply_edits(base, edits);
    match inputs.validate() {
        Ok(valid) => (Some(valid), errors),
        Err(ValidationErrors { errors: more }) => {
            // A field already reported as unreadable kept its base value; do not report it twice.
            let unreadable: Vec<String> = errors.iter().map(|e| e.field.clone()).collect();
            errors.extend(more.into_iter().filter(|e| !unreadable.contains(&e.field)));
            (None, errors)
        }
    }
}

/// Records `text` for input `id`, dropping the edit when it equals the figure the model
/// starts from in `start` (the field's default, or the local impact page's figure).
pub fn set_edit(edits: &mut BusinessCaseEdits, id: &str, text: String, start: &Inputs) {
    let is_start = start.get(id).is_some_and(|v| text.trim() == plain_number(v));
    if is_start {
        edits.remove(id);
    } else {
        edits.insert(id.to_string(), text);
    }
}

/// Applies a preset to the edits: each input it sets gets the preset's value (or loses its
/// edit where the value is the default); every other edit stays.
pub fn apply_preset(edits: &mut BusinessCaseEdits, preset: ServicePreset, start: &Inputs) {
    for v in preset.values() {
        set_edit(edits, v.field_id, plain_number(v.value), start);
    }
}
