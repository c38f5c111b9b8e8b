//! The metadata table of every editable input: id, plain-English label, unit, default,
//! valid range and evidence (source, or "assumption — replace with local figure").
//!
//! One macro call below is the single list of inputs. It generates the static table
//! [`INPUT_FIELDS`] and the id-based accessors [`Inputs::get`] / `Inputs::value_mut`, so the
//! form, the validation, the defaults and the sensitivity analysis all read the same list.

use super::inputs::Inputs;
use super::sources;
use crate::model::costs;
use crate::model::evidence::{Basis, Source};
use crate::model::validation::{NumberRule, Unit};

/// Groups of inputs, in the order the page shows them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum InputGroup {
    ServiceReach,
    Pathway,
    Treatment,
    Risk,
    Effect,
    FractureCosts,
    QualityOfLife,
    ServiceCosts,
    Staffing,
    Horizon,
}

impl InputGroup {
    /// All groups in display order.
    pub const ALL: [InputGroup; 10] = [
        InputGroup::ServiceReach,
        InputGroup::Pathway,
        InputGroup::Treatment,
        InputGroup::Risk,
        InputGroup::Effect,
        InputGroup::FractureCosts,
        InputGroup::QualityOfLife,
        InputGroup::ServiceCosts,
        InputGroup::Staffing,
        InputGroup::Horizon,
    ];

    /// Heading for the group.
    pub fn heading(self) -> &'static str {
        match self {
            InputGroup::ServiceReach => "Who the service reaches",
            InputGroup::Pathway => "Assessment and treatment pathway",
            InputGroup::Treatment => "Treatment: staying on it, drug mix and drug costs",
            InputGroup::Risk => "Risk of another fracture and of dying",
            InputGroup::Effect => "How much treatment reduces fractures",
            InputGroup::FractureCosts => "What a fracture costs, and who pays",
            InputGroup::QualityOfLife => "Quality of life after a fracture",
            InputGroup::ServiceCosts => "Service costs other than staff",
            InputGroup::Staffing => "Staffing and pay",
            InputGroup::Horizon => "Time horizon and discounting",
        }
    }
}

/// Metadata for one editable input.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct InputField {
    /// Stable id, used in forms (`id` attributes), validation errors and saved scenarios.
    pub id: &'static str,
    pub group: InputGroup,
    /// Label in plain English.
    pub label: &'static str,
    pub unit: Unit,
    pub default: f64,
    /// Smallest valid value (inclusive).
    pub min: f64,
    /// Largest valid value (inclusive).
    pub max: f64,
    /// The value must be a whole number.
    pub whole_number: bool,
    /// Where the default comes from, or the flag that it is an assumption.
    pub source: Source,
}

impl InputField {
    /// What the field accepts, for reading typed text and for the model's range check.
    /// Messages name the field by its label: "Enter cost of one DXA scan between £0 and £2,000".
    pub fn rule(&self) -> NumberRule {
        // Lower-case the first letter, unless the first word is an abbreviation ("FLS", "DXA").
        let mut name = self.label.to_string();
        let abbreviation = name.chars().nth(1).is_some_and(char::is_uppercase);
        if let (Some(first), false) = (name.get(0..1), abbreviation) {
            name.replace_range(0..1, &first.to_lowercase());
        }
        NumberRule { name, unit: self.unit, min: self.min, max: self.max, whole: self.whole_number }
    }

    /// The default as the form shows it (`"92.7"`, `"14163"`).
    pub fn default_text(&self) -> String {
        crate::model::format::plain_number(self.default)
    }
}

const fn r(source: Source, note: &'static str) -> Source {
    source.for_value(Basis::Published, note)
}
const fn d(source: Source, note: &'static str) -> Source {
    source.for_value(Basis::Derived, note)
}
const fn a(note: &'static str) -> Source {
    Source::assumption(note)
}

macro_rules! input_table {
    ($( { $id:literal, [$($path:ident).+], $group:ident, $label:literal, $unit:ident,
          $default:expr, $min:expr, $max:expr, $whole:expr, $source:expr } ),* $(,)?) => {
        /// Every editable input, in display order (see the module docs).
        pub static INPUT_FIELDS: &[InputField] = &[
            $( InputField {
                id: $id, group: InputGroup::$group, label: $label, unit: Unit::$unit,
                default: $default, min: $min, max: $max, whole_number: $whole, source: $source,
            } ),*
        ];

        impl Inputs {
            /// The current value of the input with this id, or `None` for an unknown id.
            pub fn get(&self, id: &str) -> Option<f64> {
                match id {
                    $( $id => Some(self.$($path).+), )*
                    _ => None,
                }
            }

            /// Mutable access to the input with this id.
            pub(crate) fn value_mut(&mut self, id: &str) -> Option<&mut f64> {
                match id {
                    $( $id => Some(&mut self.$($path).+), )*
                    _ => None,
                }
            }
        }
    };
}

input_table! {
    // ---- Service reach ----
    { "non_spine_identification_pct", [reach.non_spine_identification_pct], ServiceReach,
      "Non-spine fractures the service identifies", Percent, 80.0, 0.0, 100.0, false,
      r(sources::FLS_DB_AIMS, "FLS-DB aim: identify 80% of non-spine fragility fractures") },
    { "spine_identification_pct", [reach.spine_identification_pct], ServiceReach,
      "Spine (vertebral) fractures the service identifies", Percent, 80.0, 0.0, 100.0, false,
      r(sources::FLS_DB_AIMS, "FLS-DB aim of 80% applied to spine fractures too; national spine identification was 7.5% in 2021") },
    { "typed_caseload_per_year", [reach.typed_caseload_per_year], ServiceReach,
      "Patients the service will see each year (if you type a caseload)", PatientsPerYear, 1000.0, 0.0, 100_000.0, false,
      a("Only used when you choose to type a caseload; enter your own figure") },
    // ---- Pathway ----
    { "assessed_pct", [pathway.assessed_pct], Pathway,
      "Identified patients the service assesses", Percent, 100.0, 0.0, 100.0, false,
      a("The service assesses everyone it identifies; FLS-DB KPI 4 (assessed within 90 days) was 72.7% nationally in 2021, so enter your local figure") },
    { "fls_dxa_pct", [pathway.fls_dxa_pct], Pathway,
      "Assessed patients who have a DXA scan with the service", Percent, 80.0, 0.0, 100.0, false,
      a("DXA where indicated; many older patients are treated without a scan. Enter your local figure (FLS-DB KPI 5)") },
    { "usual_care_dxa_pct", [pathway.usual_care_dxa_pct], Pathway,
      "Patients who have a DXA scan without the service (usual care)", Percent, 20.0, 0.0, 100.0, false,
      a("Scans requested by GPs or fracture clinics without an FLS") },
    { "need_treatment_pct", [pathway.need_treatment_pct], Pathway,
      "Patients who need bone-protecting treatment", Percent, 74.0, 0.0, 100.0, false,
      d(sources::MCLELLAN_2011, "740 of 1,000 patients needed treatment: 740 ÷ 1,000 = 74%") },
    { "fls_treatment_started_pct", [pathway.fls_treatment_started_pct], Pathway,
      "With the service: patients needing treatment who start it", Percent, 92.7, 0.0, 100.0, false,
      d(sources::MCLELLAN_2011, "686 treated with the FLS of 740 needing treatment: 686 ÷ 740 = 92.7%") },
    { "usual_care_treatment_started_pct", [pathway.usual_care_treatment_started_pct], Pathway,
      "Without the service: patients needing treatment who start it", Percent, 26.1, 0.0, 100.0, false,
      d(sources::MCLELLAN_2011, "193 treated under usual care of 740 needing treatment: 193 ÷ 740 = 26.1%") },
    // ---- Treatment ----
    { "persistence_1y_pct", [treatment.persistence_1y_pct], Treatment,
      "Still on treatment 1 year after starting", Percent, 72.6, 0.0, 100.0, false,
      r(sources::NARANJO_2022, "72.6% persistent at 1 year in an FLS cohort") },
    { "persistence_3y_pct", [treatment.persistence_3y_pct], Treatment,
      "Still on treatment 3 years after starting", Percent, 60.0, 0.0, 100.0, false,
      r(sources::NARANJO_2022, "60% persistent at 3 years") },
    { "persistence_5y_pct", [treatment.persistence_5y_pct], Treatment,
      "Still on treatment 5 years after starting", Percent, 47.0, 0.0, 100.0, false,
      r(sources::NARANJO_2022, "47% persistent at 5 years") },
    { "mix_alendronate_pct", [treatment.mix_alendronate_pct], Treatment,
      "Patients started on alendronate (or another oral bisphosphonate)", Percent, 80.0, 0.0, 100.0, false,
      a("Most UK patients start a generic oral bisphosphonate; enter your local prescribing mix") },
    { "mix_zoledronic_acid_pct", [treatment.mix_zoledronic_acid_pct], Treatment,
      "Patients started on zoledronic acid", Percent, 15.0, 0.0, 100.0, false,
      a("Enter your local prescribing mix") },
    { "mix_denosumab_pct", [treatment.mix_denosumab_pct], Treatment,
      "Patients started on denosumab", Percent, 5.0, 0.0, 100.0, false,
      a("Enter your local prescribing mix") },
    { "alendronate_cost_gbp_per_year", [treatment.alendronate_cost_gbp_per_year], Treatment,
      "Alendronate: cost a year per patient, with calcium and vitamin D", PoundsPerYear, 60.0, 0.0, 10_000.0, false,
      a("Generic weekly alendronic acid is cheap; check the current Drug Tariff") },
    { "zoledronic_acid_cost_gbp_per_year", [treatment.zoledronic_acid_cost_gbp_per_year], Treatment,
      "Zoledronic acid: cost a year per patient, with the infusion", PoundsPerYear, 250.0, 0.0, 10_000.0, false,
      a("Drug plus a yearly day-case infusion; enter your local price") },
    { "denosumab_cost_gbp_per_year", [treatment.denosumab_cost_gbp_per_year], Treatment,
      "Denosumab: cost a year per patient", PoundsPerYear, 370.0, 0.0, 10_000.0, false,
      a("Two injections a year; enter your local price (biosimilars may be cheaper)") },
    { "monitoring_contacts_first_year", [treatment.monitoring_contacts_first_year], Treatment,
      "Monitoring contacts in the first year, per patient on treatment", ContactsPerYear, 2.0, 0.0, 12.0, false,
      d(sources::ROS_STANDARDS_2019, "Monitoring at about 16 weeks and 12 months: 2 contacts") },
    { "monitoring_contacts_later_years", [treatment.monitoring_contacts_later_years], Treatment,
      "Monitoring contacts in each later year, per patient on treatment", ContactsPerYear, 1.0, 0.0, 12.0, false,
      a("One review a year after the first year") },
    // ---- Risk ----
    { "refracture_cumulative_1y_pct", [risk.refracture_cumulative_1y_pct], Risk,
      "Patients with another fracture within 1 year", Percent, 10.0, 0.0, 95.0, false,
      r(sources::ROS_REFRACTURE, "10% at 1 year (Banefelt et al. 2019 found 7.1%)") },
    { "refracture_cumulative_2y_pct", [risk.refracture_cumulative_2y_pct], Risk,
      "Patients with another fracture within 2 years", Percent, 18.0, 0.0, 95.0, false,
      r(sources::ROS_REFRACTURE, "18% at 2 years (Banefelt et al. 2019 found 12.0%)") },
    { "refracture_cumulative_5y_pct", [risk.refracture_cumulative_5y_pct], Risk,
      "Patients with another fracture within 5 years", Percent, 31.0, 0.0, 95.0, false,
      r(sources::ROS_REFRACTURE, "31% at 5 years") },
    { "later_fracture_hip_pct", [risk.later_fracture_hip_pct], Risk,
      "Further fractures that are hip fractures", Percent, 14.7, 0.0, 100.0, false,
      a("Assumes further fractures follow the national mix of all fragility fractures: 79,000 hip of 536,000 (Svedbom et al. 2013, quoted by ROS) = 14.7%") },
    { "later_fracture_vertebral_pct", [risk.later_fracture_vertebral_pct], Risk,
      "Further fractures that are spine fractures", Percent, 12.3, 0.0, 100.0, false,
      a("National mix: 66,000 vertebral of 536,000 (Svedbom et al. 2013) = 12.3%") },
    { "later_fracture_wrist_forearm_pct", [risk.later_fracture_wrist_forearm_pct], Risk,
      "Further fractures that are wrist or forearm fractures", Percent, 12.9, 0.0, 100.0, false,
      a("National mix: 69,000 forearm of 536,000 (Svedbom et al. 2013) = 12.9%") },
    { "later_fracture_other_pct", [risk.later_fracture_other_pct], Risk,
      "Further fractures at other sites", Percent, 60.1, 0.0, 100.0, false,
      a("National mix: 322,000 other of 536,000 (Svedbom et al. 2013) = 60.1%") },
    { "hip_fracture_one_year_mortality_pct", [risk.hip_fracture_one_year_mortality_pct], Risk,
      "Patients who die within a year of a hip fracture", Percent, 29.8, 0.0, 100.0, false,
      r(sources::HAWLEY_2016, "1-year mortality 29.8% (30-day 9.5%)") },
    { "hip_deaths_caused_by_fracture_pct", [risk.hip_deaths_caused_by_fracture_pct], Risk,
      "Of those deaths, the share the hip fracture causes", Percent, 30.0, 0.0, 100.0, false,
      a("Many people who die after a hip fracture would have died anyway; enter a sourced figure for excess mortality") },
    { "first_year_mortality_vertebral_pct", [risk.first_year_mortality_vertebral_pct], Risk,
      "Patients who die within a year of a spine fracture", Percent, 8.0, 0.0, 100.0, false,
      a("No UK figure in our sources") },
    { "first_year_mortality_wrist_forearm_pct", [risk.first_year_mortality_wrist_forearm_pct], Risk,
      "Patients who die within a year of a wrist or forearm fracture", Percent, 2.0, 0.0, 100.0, false,
      a("No UK figure in our sources") },
    { "first_year_mortality_other_pct", [risk.first_year_mortality_other_pct], Risk,
      "Patients who die within a year of another fracture", Percent, 5.0, 0.0, 100.0, false,
      a("No UK figure in our sources") },
    { "later_years_mortality_hip_pct", [risk.later_years_mortality_hip_pct], Risk,
      "Deaths a year after the first year: patients who had a hip fracture", PercentPerYear, 10.0, 0.0, 100.0, false,
      a("No UK figure in our sources") },
    { "later_years_mortality_non_hip_pct", [risk.later_years_mortality_non_hip_pct], Risk,
      "Deaths a year after the first year: other patients", PercentPerYear, 4.0, 0.0, 100.0, false,
      a("No UK figure in our sources") },
    // ---- Effect ----
    { "alendronate_hip_rrr_pct", [effect.alendronate.hip_pct], Effect,
      "Alendronate: fewer hip fractures while on treatment", Percent, 51.0, 0.0, 100.0, false,
      r(sources::PIVOTAL_TRIALS, "Relative risk reduction 51% (hip)") },
    { "alendronate_vertebral_rrr_pct", [effect.alendronate.vertebral_pct], Effect,
      "Alendronate: fewer spine fractures while on treatment", Percent, 47.0, 0.0, 100.0, false,
      r(sources::PIVOTAL_TRIALS, "Relative risk reduction 47% (vertebral)") },
    { "alendronate_wrist_forearm_rrr_pct", [effect.alendronate.wrist_forearm_pct], Effect,
      "Alendronate: fewer wrist or forearm fractures while on treatment", Percent, 20.0, 0.0, 100.0, false,
      a("Non-vertebral reduction not yet sourced") },
    { "alendronate_other_rrr_pct", [effect.alendronate.other_pct], Effect,
      "Alendronate: fewer other fractures while on treatment", Percent, 20.0, 0.0, 100.0, false,
      a("Non-vertebral reduction not yet sourced") },
    { "zoledronic_acid_hip_rrr_pct", [effect.zoledronic_acid.hip_pct], Effect,
      "Zoledronic acid: fewer hip fractures while on treatment", Percent, 41.0, 0.0, 100.0, false,
      r(sources::PIVOTAL_TRIALS, "Relative risk reduction 41% (hip)") },
    { "zoledronic_acid_vertebral_rrr_pct", [effect.zoledronic_acid.vertebral_pct], Effect,
      "Zoledronic acid: fewer spine fractures while on treatment", Percent, 70.0, 0.0, 100.0, false,
      r(sources::PIVOTAL_TRIALS, "Relative risk reduction 70% (vertebral)") },
    { "zoledronic_acid_wrist_forearm_rrr_pct", [effect.zoledronic_acid.wrist_forearm_pct], Effect,
      "Zoledronic acid: fewer wrist or forearm fractures while on treatment", Percent, 20.0, 0.0, 100.0, false,
      a("Non-vertebral reduction not yet sourced") },
    { "zoledronic_acid_other_rrr_pct", [effect.zoledronic_acid.other_pct], Effect,
      "Zoledronic acid: fewer other fractures while on treatment", Percent, 20.0, 0.0, 100.0, false,
      a("Non-vertebral reduction not yet sourced") },
    { "denosumab_hip_rrr_pct", [effect.denosumab.hip_pct], Effect,
      "Denosumab: fewer hip fractures while on treatment", Percent, 40.0, 0.0, 100.0, false,
      r(sources::PIVOTAL_TRIALS, "Relative risk reduction 40% (hip)") },
    { "denosumab_vertebral_rrr_pct", [effect.denosumab.vertebral_pct], Effect,
      "Denosumab: fewer spine fractures while on treatment", Percent, 68.0, 0.0, 100.0, false,
      r(sources::PIVOTAL_TRIALS, "Relative risk reduction 68% (vertebral)") },
    { "denosumab_wrist_forearm_rrr_pct", [effect.denosumab.wrist_forearm_pct], Effect,
      "Denosumab: fewer wrist or forearm fractures while on treatment", Percent, 20.0, 0.0, 100.0, false,
      a("Non-vertebral reduction not yet sourced") },
    { "denosumab_other_rrr_pct", [effect.denosumab.other_pct], Effect,
      "Denosumab: fewer other fractures while on treatment", Percent, 20.0, 0.0, 100.0, false,
      a("Non-vertebral reduction not yet sourced") },
    // ---- Fracture costs ----
    { "hip_acute_cost_gbp", [fracture_costs.hip_acute_gbp], FractureCosts,
      "Hip fracture: hospital cost in the first year", Pounds, costs::HIP_HOSPITAL_GBP, 0.0, 250_000.0, false,
      r(sources::LEAL_2016, "£14,163 first year (2012/13 prices); £16,302 over two years") },
    { "hip_community_cost_gbp", [fracture_costs.hip_community_gbp], FractureCosts,
      "Hip fracture: community health services cost", Pounds, 448.0, 0.0, 200_000.0, false,
      r(sources::WELSH_QUALITY_STATEMENT, "£448 community cost per hip fracture (Wales)") },
    { "hip_social_care_cost_gbp", [fracture_costs.hip_social_care_gbp], FractureCosts,
      "Hip fracture: social care cost", Pounds, costs::HIP_SOCIAL_CARE_GBP, 0.0, 250_000.0, false,
      r(sources::WHITE_COHORT, "£15,525 social care in the first 4 months") },
    { "vertebral_cost_gbp", [fracture_costs.vertebral_acute_gbp], FractureCosts,
      "Spine fracture: healthcare cost in the first year", Pounds, costs::VERTEBRAL_GBP, 0.0, 250_000.0, false,
      r(sources::THIN_RTI, "£1,152 incremental first-year healthcare cost (counted as acute trust)") },
    { "wrist_forearm_cost_gbp", [fracture_costs.wrist_forearm_acute_gbp], FractureCosts,
      "Wrist or forearm fracture: healthcare cost in the first year", Pounds, costs::NON_HIP_NON_VERTEBRAL_GBP, 0.0, 250_000.0, false,
      r(sources::THIN_RTI, "£690 for non-hip non-vertebral fractures (counted as acute trust)") },
    { "other_fracture_cost_gbp", [fracture_costs.other_acute_gbp], FractureCosts,
      "Other fracture: healthcare cost in the first year", Pounds, costs::NON_HIP_NON_VERTEBRAL_GBP, 0.0, 250_000.0, false,
      r(sources::THIN_RTI, "£690 for non-hip non-vertebral fractures (counted as acute trust)") },
    { "primary_care_prescribing_per_fracture_gbp", [fracture_costs.primary_care_prescribing_per_fracture_gbp], FractureCosts,
      "Any fracture: primary care prescribing cost", Pounds, 0.0, 0.0, 10_000.0, false,
      a("Not costed by default; enter a local figure to show primary care savings") },
    { "fracture_cost_uplift_pct", [fracture_costs.price_uplift_pct], FractureCosts,
      "Uplift of fracture costs to today's prices", Percent, 0.0, -50.0, 300.0, false,
      a("Costs are in their source's price year (hip hospital cost 2012/13); enter an NHS cost inflation uplift") },
    { "hip_bed_days", [fracture_costs.hip_bed_days], FractureCosts,
      "Hip fracture: hospital bed days", Days, 20.2, 0.0, 365.0, false,
      r(sources::NHFD_2012, "Mean acute stay 20.2 days (2012); replace with your local figure") },
    { "vertebral_bed_days", [fracture_costs.vertebral_bed_days], FractureCosts,
      "Spine fracture: hospital bed days", Days, 0.0, 0.0, 365.0, false,
      a("Not counted by default; enter a local average") },
    { "wrist_forearm_bed_days", [fracture_costs.wrist_forearm_bed_days], FractureCosts,
      "Wrist or forearm fracture: hospital bed days", Days, 0.0, 0.0, 365.0, false,
      a("Not counted by default; enter a local average") },
    { "other_bed_days", [fracture_costs.other_bed_days], FractureCosts,
      "Other fracture: hospital bed days", Days, 0.0, 0.0, 365.0, false,
      a("Not counted by default; enter a local average") },
    // ---- Quality of life ----
    { "hip_disutility_first_3_months", [quality_of_life.hip_disutility_first_3_months], QualityOfLife,
      "Hip fracture: quality of life lost in the first 3 months", Utility, 0.53, 0.0, 1.0, false,
      r(sources::DISUTILITY_REVIEW_2024, "Disutility 0.53 under 3 months") },
    { "hip_disutility_at_12_months", [quality_of_life.hip_disutility_at_12_months], QualityOfLife,
      "Hip fracture: quality of life lost at 12 months", Utility, 0.16, 0.0, 1.0, false,
      r(sources::DISUTILITY_REVIEW_2024, "Disutility 0.16 at 12 months") },
    { "hip_disutility_later_years", [quality_of_life.hip_disutility_later_years], QualityOfLife,
      "Hip fracture: quality of life lost in each later year", Utility, 0.16, 0.0, 1.0, false,
      a("The 12-month value carried forward for survivors") },
    { "non_hip_disutility_first_3_months", [quality_of_life.non_hip_disutility_first_3_months], QualityOfLife,
      "Other fractures: quality of life lost in the first 3 months", Utility, 0.57, 0.0, 1.0, false,
      r(sources::DISUTILITY_REVIEW_2024, "Non-hip disutility 0.57 under 3 months (applied to spine, wrist and other)") },
    { "non_hip_disutility_at_12_months", [quality_of_life.non_hip_disutility_at_12_months], QualityOfLife,
      "Other fractures: quality of life lost at 12 months", Utility, 0.19, 0.0, 1.0, false,
      r(sources::DISUTILITY_REVIEW_2024, "Non-hip disutility 0.19 at 12 months") },
    { "non_hip_disutility_later_years", [quality_of_life.non_hip_disutility_later_years], QualityOfLife,
      "Other fractures: quality of life lost in each later year", Utility, 0.0, 0.0, 1.0, false,
      a("None counted after the first year (cautious)") },
    { "utility_of_survivors", [quality_of_life.utility_of_survivors], QualityOfLife,
      "Quality of life of a person whose death is avoided", Utility, 0.7, 0.0, 1.0, false,
      a("Typical of people in their 80s; enter a sourced value") },
    // ---- Service costs ----
    { "dxa_scan_cost_gbp", [service_costs.dxa_scan_gbp], ServiceCosts,
      "Cost of one DXA scan", Pounds, 70.0, 0.0, 2_000.0, false,
      a("Enter your local tariff or service-level agreement price") },
    { "monitoring_contact_cost_gbp", [service_costs.monitoring_contact_gbp], ServiceCosts,
      "Cost of one monitoring contact", Pounds, 40.0, 0.0, 2_000.0, false,
      a("A nurse telephone review; enter a local figure") },
    // ---- Staffing ----
    { "patients_per_nurse_wte", [staffing.patients_per_nurse_wte], Staffing,
      "New patients a year one whole-time FLS nurse can manage", PatientsPerWte, 400.0, 1.0, 10_000.0, false,
      a("Workload varies with the service model; enter your own figure") },
    { "nurse_salary_gbp", [staffing.nurse_salary_gbp], Staffing,
      "FLS nurse specialist salary (Agenda for Change band 7)", PoundsPerYear, 47_000.0, 0.0, 300_000.0, false,
      a("Use your own pay scale") },
    { "admin_wte_per_nurse_wte", [staffing.admin_wte_per_nurse_wte], Staffing,
      "Administrator or coordinator time for each whole-time nurse", WteRatio, 0.5, 0.0, 5.0, false,
      a("Enter your own service model") },
    { "admin_salary_gbp", [staffing.admin_salary_gbp], Staffing,
      "Administrator salary (Agenda for Change band 3 or 4)", PoundsPerYear, 25_000.0, 0.0, 300_000.0, false,
      a("Use your own pay scale") },
    { "consultant_sessions_per_week", [staffing.consultant_sessions_per_week], Staffing,
      "Consultant (clinical lead) sessions a week", SessionsPerWeek, 1.0, 0.0, 10.0, false,
      a("One session a week for the clinical lead; 10 sessions = 1 WTE") },
    { "consultant_salary_gbp", [staffing.consultant_salary_gbp], Staffing,
      "Consultant salary (whole-time)", PoundsPerYear, 115_000.0, 0.0, 300_000.0, false,
      a("Use your own pay scale") },
    { "on_costs_pct", [staffing.on_costs_pct], Staffing,
      "Employer on-costs (National Insurance and pension)", Percent, 30.0, 0.0, 100.0, false,
      a("Use your finance team's on-cost rate") },
    // ---- Horizon ----
    { "horizon_years", [horizon.horizon_years], Horizon,
      "Years the business case looks ahead", Years, 5.0, 1.0, 10.0, true,
      a("Business cases usually look 5 years ahead") },
    { "cost_discount_rate_pct", [horizon.cost_discount_rate_pct], Horizon,
      "Discount rate for money", PercentPerYear, 0.0, 0.0, 20.0, false,
      a("0 shows the undiscounted budget impact that NHS finance reads") },
    { "qaly_discount_rate_pct", [horizon.qaly_discount_rate_pct], Horizon,
      "Discount rate for QALYs and cost per QALY", PercentPerYear, 3.5, 0.0, 20.0, false,
      r(sources::NICE_MANUAL_2022, "3.5% a year for costs and health effects in the NICE reference case") },
}

/// The metadata for one input id.
pub fn field(id: &str) -> Option<&'static InputField> {
    INPUT_FIELDS.iter().find(|f| f.id == id)
}

/// The inputs in one group, in display order.
pub fn fields_in_group(group: InputGroup) -> impl Iterator<Item = &'static InputField> {
    INPUT_FIELDS.iter().filter(move |f| f.group == group)
}
