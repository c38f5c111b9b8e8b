//! The FLS business case: a transparent, deterministic cohort model of a Fracture Liaison
//! Service (FLS) versus usual care.
//!
//! Pipeline (one file per step, formulas in each file's docs):
//!
//! 1. [`inputs`] / [`fields`] — the inputs, grouped as users think, with a metadata table
//!    (label, unit, default, valid range, source or assumption flag);
//!    [`validation`] — all field errors at once; the model only takes [`ValidInputs`];
//! 2. [`caseload`] — patients a year from index fractures × identification rates;
//! 3. [`pathway`] — who starts treatment and who stays on it;
//! 4. [`risk`] — refracture risk by year, site split, mortality;
//! 5. [`effect`] — risk reduction from the drug mix;
//! 6. [`cohort`] — the annual-cycle cohort model in both arms;
//! 7. [`costs`] — FLS costs, savings by payer, staffing;
//! 8. [`outputs`] — one annual cohort and the service running every year: totals, cash flow,
//!    ROI, cost per QALY, break-even;
//!    [`local`] — an area's starting inputs from its local impact (caseload and fracture costs);
//! 9. [`sensitivity`] — one-way (tornado); [`presets`] — minimal and full service;
//!    [`explanation`] — the "How the model works" page.
//!
//! Pure `std` + `serde`: no threads, clocks or files, so it runs in WebAssembly.
//!
//! Use (plain text, so it survives renaming the crate):
//!
//! ```text
//! let mut inputs = Inputs::with_index_fractures(fractures_from_local_impact);
//! inputs.set("horizon_years", 5.0)?;             // from the form, by field id
//! match inputs.validate() {
//!     Ok(valid) => { let outputs = run(&valid); let tornado = one_way_sensitivity(&valid); }
//!     Err(errors) => { /* error summary + inline errors, one per errors.errors[i].field */ }
//! }
//! ```

pub mod caseload;
pub mod cohort;
pub mod costs;
pub mod discounting;
pub mod edits;
pub mod effect;
pub mod sources;
pub mod explanation;
pub mod fields;
pub mod inputs;
pub mod local;
pub mod outputs;
pub mod pathway;
pub mod presets;
pub mod risk;
pub mod sensitivity;
pub mod payer;
pub mod validation;

pub use caseload::{caseload, Caseload, NATIONAL_FRACTURE_MIX};
pub use cohort::{trace_cohort, ArmYear, CohortTrace, CohortYear, PeopleCount};
pub use costs::{staffing_need, CostBreakdown, StaffingNeed};
pub use discounting::discount_factor;
pub use crate::model::evidence::{Basis, Source};
pub use explanation::{how_the_model_works, Section, HOW_THE_MODEL_WORKS};
pub use fields::{field, fields_in_group, InputField, InputGroup, INPUT_FIELDS};
pub use inputs::{
    CaseloadMode, DrugEffect, Effect, FractureCosts, HorizonAndDiscounting, IndexFractures,
    InputError, Inputs, Pathway, QualityOfLife, Risk, ServiceCosts, ServiceReach, Staffing,
    Treatment,
};
pub use local::{local_impact_field, local_inputs, FROM_LOCAL_IMPACT};
pub use outputs::{run, CostPerQaly, Outputs, Results, YearResult, NICE_THRESHOLD_GBP_PER_QALY};
pub use presets::{PresetValue, ServicePreset};
pub use sensitivity::{
    one_way_sensitivity, SensitivityItem, Tornado, TornadoBar, Variation, SENSITIVITY_ITEMS,
};
pub use payer::{ByPayer, Payer};
pub use crate::model::fracture_site::{BySite, FractureSite};
pub use validation::{ValidInputs, ValidationErrors};
