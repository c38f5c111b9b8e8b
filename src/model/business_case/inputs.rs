//! The business-case inputs, grouped the way users think about a service.
//!
//! Every number a user can edit is an `f64` field listed, with its label, unit, default,
//! valid range and source, in the table [`INPUT_FIELDS`](super::fields::INPUT_FIELDS).
//! `Inputs::default()` is built from that table, so the struct and the table cannot
//! disagree. Percentages are stored as percentages (80 means 80%); the model divides by
//! 100. Out-of-range values never reach the model: [`run`](super::run) takes a
//! [`ValidInputs`](super::validation::ValidInputs), which only
//! [`Inputs::validate`] can make.

use serde::{Deserialize, Serialize};

use super::fields::INPUT_FIELDS;
use crate::model::fracture_site::BySite;

/// How the yearly caseload (patients the FLS identifies) is found.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum CaseloadMode {
    /// Index fractures by site from the local-impact model × identification rates.
    #[default]
    FromIndexFractures,
    /// A number of patients a year that the user types.
    Typed,
}

/// Index (first) fragility fractures a year in the area, by site, supplied by the
/// caller from the local-impact model (§3 of the domain guide). Not edited on the
/// business-case page, but validated (finite, 0 or more).
pub type IndexFractures = BySite;

/// Service reach: who the FLS finds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ServiceReach {
    pub caseload_mode: CaseloadMode,
    pub index_fractures: IndexFractures,
    /// % of non-spine index fractures (hip, wrist/forearm, other) the FLS identifies.
    pub non_spine_identification_pct: f64,
    /// % of spine (vertebral) index fractures the FLS identifies.
    pub spine_identification_pct: f64,
    /// Patients a year, used when `caseload_mode` is `Typed`.
    pub typed_caseload_per_year: f64,
}

/// The pathway: assessed → DXA where indicated → treatment recommended → started.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Pathway {
    /// % of identified patients the FLS assesses.
    pub assessed_pct: f64,
    /// % of assessed patients who have a DXA scan with the FLS.
    pub fls_dxa_pct: f64,
    /// % of identified patients who have a DXA scan under usual care.
    pub usual_care_dxa_pct: f64,
    /// % of patients who need (are recommended) bone-protecting treatment.
    pub need_treatment_pct: f64,
    /// With the FLS: % of those needing treatment who start it.
    pub fls_treatment_started_pct: f64,
    /// Usual care: % of those needing treatment who start it.
    pub usual_care_treatment_started_pct: f64,
}

/// Treatment: persistence, drug mix, drug costs and monitoring contacts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Treatment {
    /// % of starters still on treatment 1, 3 and 5 years after starting.
    pub persistence_1y_pct: f64,
    pub persistence_3y_pct: f64,
    pub persistence_5y_pct: f64,
    /// Drug mix (% of starters on each drug; must add up to 100).
    pub mix_alendronate_pct: f64,
    pub mix_zoledronic_acid_pct: f64,
    pub mix_denosumab_pct: f64,
    /// Annual cost per person on each drug (£ a year), including giving it.
    pub alendronate_cost_gbp_per_year: f64,
    pub zoledronic_acid_cost_gbp_per_year: f64,
    pub denosumab_cost_gbp_per_year: f64,
    /// FLS monitoring contacts per person on treatment: first year, and each later year.
    pub monitoring_contacts_first_year: f64,
    pub monitoring_contacts_later_years: f64,
}

/// Risk: another fracture, where it happens, and dying.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Risk {
    /// Cumulative % with a further fragility fracture 1, 2 and 5 years after the index fracture.
    pub refracture_cumulative_1y_pct: f64,
    pub refracture_cumulative_2y_pct: f64,
    pub refracture_cumulative_5y_pct: f64,
    /// Where further fractures happen (% by site; must add up to 100).
    pub later_fracture_hip_pct: f64,
    pub later_fracture_vertebral_pct: f64,
    pub later_fracture_wrist_forearm_pct: f64,
    pub later_fracture_other_pct: f64,
    /// % who die within a year of a hip fracture (used for hip-index patients in year 1
    /// and for deaths after a hip fracture that the FLS avoids).
    pub hip_fracture_one_year_mortality_pct: f64,
    /// % of those deaths that the hip fracture causes (the rest would have happened anyway).
    pub hip_deaths_caused_by_fracture_pct: f64,
    /// First-year mortality (%) of patients whose index fracture was not a hip fracture.
    pub first_year_mortality_vertebral_pct: f64,
    pub first_year_mortality_wrist_forearm_pct: f64,
    pub first_year_mortality_other_pct: f64,
    /// Mortality (% a year) from the second year on.
    pub later_years_mortality_hip_pct: f64,
    pub later_years_mortality_non_hip_pct: f64,
}

/// Relative risk reduction (%) by fracture site while a person takes one drug.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DrugEffect {
    pub hip_pct: f64,
    pub vertebral_pct: f64,
    pub wrist_forearm_pct: f64,
    pub other_pct: f64,
}

/// Effect of treatment by drug.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Effect {
    pub alendronate: DrugEffect,
    pub zoledronic_acid: DrugEffect,
    pub denosumab: DrugEffect,
}

/// What a fracture costs, by payer, and the hospital bed days it uses.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct FractureCosts {
    pub hip_acute_gbp: f64,
    pub hip_community_gbp: f64,
    pub hip_social_care_gbp: f64,
    pub vertebral_acute_gbp: f64,
    pub wrist_forearm_acute_gbp: f64,
    pub other_acute_gbp: f64,
    /// Primary-care prescribing after any fracture (analgesia etc.), £ per fracture.
    pub primary_care_prescribing_per_fracture_gbp: f64,
    /// Uplift (%) applied to every fracture cost to bring it to today's prices.
    pub price_uplift_pct: f64,
    pub hip_bed_days: f64,
    pub vertebral_bed_days: f64,
    pub wrist_forearm_bed_days: f64,
    pub other_bed_days: f64,
}

/// Quality of life lost after a fracture (disutility, 0–1 on the QALY scale).
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct QualityOfLife {
    pub hip_disutility_first_3_months: f64,
    pub hip_disutility_at_12_months: f64,
    pub hip_disutility_later_years: f64,
    pub non_hip_disutility_first_3_months: f64,
    pub non_hip_disutility_at_12_months: f64,
    pub non_hip_disutility_later_years: f64,
    /// Health-state utility of a person whose death is avoided (QALYs per year alive).
    pub utility_of_survivors: f64,
}

/// Unit costs of running the service other than staff.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ServiceCosts {
    pub dxa_scan_gbp: f64,
    pub monitoring_contact_gbp: f64,
}

/// Staffing: roles, Agenda for Change pay and workload.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Staffing {
    /// New patients a year one whole-time FLS nurse specialist can manage.
    pub patients_per_nurse_wte: f64,
    /// Salary of an FLS nurse specialist (£ a year, one WTE).
    pub nurse_salary_gbp: f64,
    /// Administrator / coordinator WTE per nurse WTE.
    pub admin_wte_per_nurse_wte: f64,
    /// Salary of an administrator (£ a year, one WTE).
    pub admin_salary_gbp: f64,
    /// Consultant (clinical lead) sessions a week; 10 sessions = 1 WTE.
    pub consultant_sessions_per_week: f64,
    /// Consultant salary (£ a year, one WTE).
    pub consultant_salary_gbp: f64,
    /// Employer on-costs (National Insurance, pension) as % of salary.
    pub on_costs_pct: f64,
}

/// Horizon and discounting.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct HorizonAndDiscounting {
    /// Years the business case looks ahead (whole number 1–10).
    pub horizon_years: f64,
    /// Discount rate for money (% a year); 0 shows undiscounted budget impact.
    pub cost_discount_rate_pct: f64,
    /// Discount rate for QALYs and for cost per QALY (% a year).
    pub qaly_discount_rate_pct: f64,
}

/// Every input to the business case.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Inputs {
    pub reach: ServiceReach,
    pub pathway: Pathway,
    pub treatment: Treatment,
    pub risk: Risk,
    pub effect: Effect,
    pub fracture_costs: FractureCosts,
    pub quality_of_life: QualityOfLife,
    pub service_costs: ServiceCosts,
    pub staffing: Staffing,
    pub horizon: HorizonAndDiscounting,
}

impl Default for Inputs {
    /// Every field at the default in [`INPUT_FIELDS`]; caseload from index fractures, with
    /// no index fractures until the caller supplies them.
    fn default() -> Self {
        let mut inputs = Inputs {
            reach: ServiceReach::default(),
            pathway: Pathway::default(),
            treatment: Treatment::default(),
            risk: Risk::default(),
            effect: Effect::default(),
            fracture_costs: FractureCosts::default(),
            quality_of_life: QualityOfLife::default(),
            service_costs: ServiceCosts::default(),
            staffing: Staffing::default(),
            horizon: HorizonAndDiscounting::default(),
        };
        for field in INPUT_FIELDS {
            if let Some(value) = inputs.value_mut(field.id) {
                *value = field.default;
            }
        }
        inputs
    }
}

/// The caller asked for an input id that the table does not have.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InputError {
    UnknownField(String),
}

impl std::fmt::Display for InputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            InputError::UnknownField(id) => {
                write!(f, "there is no business-case input called \"{id}\"")
            }
        }
    }
}

impl std::error::Error for InputError {}

impl Inputs {
    /// Defaults with the caller's index fractures (from the local-impact model).
    pub fn with_index_fractures(index_fractures: IndexFractures) -> Self {
        let mut inputs = Inputs::default();
        inputs.reach.caseload_mode = CaseloadMode::FromIndexFractures;
        inputs.reach.index_fractures = index_fractures;
        inputs
    }

    /// Defaults with a caseload the user types (patients a year).
    pub fn with_typed_caseload(patients_per_year: f64) -> Self {
        let mut inputs = Inputs::default();
        inputs.reach.caseload_mode = CaseloadMode::Typed;
        inputs.reach.typed_caseload_per_year = patients_per_year;
        inputs
    }

    /// Set one numeric input by its id (as in [`INPUT_FIELDS`]). Does not validate the
    /// value: call [`Inputs::validate`] before running the model.
    pub fn set(&mut self, id: &str, value: f64) -> Result<(), InputError> {
        match self.value_mut(id) {
            Some(slot) => {
                *slot = value;
                Ok(())
            }
            None => Err(InputError::UnknownField(id.to_string())),
        }
    }
}
