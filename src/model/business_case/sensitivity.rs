//! One-way sensitivity analysis (tornado chart data).
//!
//! Each uncertain input (or group of inputs that move together) is set to a low and a high
//! value while every other input stays as entered; the model is re-run and the net cost of
//! the service over the horizon (`service.net_cost_gbp`) recorded. Low and high are the
//! current value × a factor (so the analysis works around the user's own figures), clipped
//! to the input's valid range. Bars are sorted by swing `|net cost(high) − net cost(low)|`,
//! largest first.
//!
//! Groups move together so the inputs stay consistent: persistence at 1/3/5 years (order kept),
//! cumulative refracture risk at 1/2/5 years (order kept), every relative risk reduction.
//! The hip share of further fractures moves with the "other" share taking up the difference,
//! so the sites still add up to 100%.
//!
//! | item | low × | high × | reason for the range |
//! |---|---|---|---|
//! | identification (spine and non-spine) | 0.75 | 1.25 | FLS-DB services range widely |
//! | need treatment | 0.85 | 1.15 | case-mix |
//! | FLS treatment started | 0.85 | 1.05 | McLellan's 92.7% is near the ceiling |
//! | usual-care treatment started | 0.5 | 1.5 | local practice varies |
//! | persistence (1/3/5 years) | 0.8 | 1.2 | published cohorts differ |
//! | refracture risk (1/2/5 years) | 0.75 | 1.25 | ROS vs Banefelt (7.1/12.0% vs 10/18%) |
//! | hip share of further fractures | 0.67 | 1.33 | unsourced split |
//! | treatment effect (all RRRs) | 0.75 | 1.25 | trial vs real-world effect |
//! | mortality (all) | 0.75 | 1.25 | unsourced non-hip values |
//! | hip hospital cost | 0.75 | 1.25 | price year and local tariff |
//! | hip community and social-care cost | 0 | 1.25 | 0 = NHS-only perspective |
//! | non-hip fracture costs | 0.5 | 1.5 | old THIN costs |
//! | drug costs | 0.5 | 2 | Drug Tariff and mix |
//! | patients per nurse WTE | 0.75 | 1.25 | service model |
//! | salaries (nurse, admin, consultant) | 0.9 | 1.1 | band and point |
//! | DXA scan cost | 0.5 | 1.5 | local tariff |
//! | monitoring contact cost | 0.5 | 1.5 | nurse vs doctor time |

use serde::Serialize;

use super::fields::field;
use super::inputs::Inputs;
use super::outputs::run;
use super::validation::ValidInputs;

/// How an item changes the inputs.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub enum Variation {
    /// Multiply every listed input by the factor (clipped to its valid range).
    Scale(&'static [&'static str]),
    /// Multiply the first input by the factor; the second takes up the difference.
    ScaleBalanced(&'static str, &'static str),
}

/// One uncertain input (or group) and its documented low/high factors.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct SensitivityItem {
    pub id: &'static str,
    pub label: &'static str,
    pub variation: Variation,
    pub low_factor: f64,
    pub high_factor: f64,
    pub reason: &'static str,
}

const RRR_IDS: &[&str] = &[
    "alendronate_hip_rrr_pct",
    "alendronate_vertebral_rrr_pct",
    "alendronate_wrist_forearm_rrr_pct",
    "alendronate_other_rrr_pct",
    "zoledronic_acid_hip_rrr_pct",
    "zoledronic_acid_vertebral_rrr_pct",
    "zoledronic_acid_wrist_forearm_rrr_pct",
    "zoledronic_acid_other_rrr_pct",
    "denosumab_hip_rrr_pct",
    "denosumab_vertebral_rrr_pct",
    "denosumab_wrist_forearm_rrr_pct",
    "denosumab_other_rrr_pct",
];

const fn item(
    id: &'static str,
    label: &'static str,
    variation: Variation,
    low_factor: f64,
    high_factor: f64,
    reason: &'static str,
) -> SensitivityItem {
    SensitivityItem {
        id,
        label,
        variation,
        low_factor,
        high_factor,
        reason,
    }
}

/// The uncertain inputs the tornado varies (see the module table).
pub static SENSITIVITY_ITEMS: &[SensitivityItem] = &[
    item(
        "identification",
        "Share of fractures identified",
        Variation::Scale(&["non_spine_identification_pct", "spine_identification_pct"]),
        0.75,
        1.25,
        "FLS-DB services range widely",
    ),
    item(
        "need_treatment",
        "Patients who need treatment",
        Variation::Scale(&["need_treatment_pct"]),
        0.85,
        1.15,
        "Case-mix",
    ),
    item(
        "fls_started",
        "Treatment started with the service",
        Variation::Scale(&["fls_treatment_started_pct"]),
        0.85,
        1.05,
        "McLellan's 92.7% is near the ceiling",
    ),
    item(
        "usual_care_started",
        "Treatment started without the service",
        Variation::Scale(&["usual_care_treatment_started_pct"]),
        0.5,
        1.5,
        "Local practice varies",
    ),
    item(
        "persistence",
        "Staying on treatment (1, 3 and 5 years)",
        Variation::Scale(&[
            "persistence_1y_pct",
            "persistence_3y_pct",
            "persistence_5y_pct",
        ]),
        0.8,
        1.2,
        "Published cohorts differ",
    ),
    item(
        "refracture_risk",
        "Risk of another fracture (1, 2 and 5 years)",
        Variation::Scale(&[
            "refracture_cumulative_1y_pct",
            "refracture_cumulative_2y_pct",
            "refracture_cumulative_5y_pct",
        ]),
        0.75,
        1.25,
        "ROS figures versus Banefelt et al. 2019",
    ),
    item(
        "hip_share",
        "Share of further fractures that are hip fractures",
        Variation::ScaleBalanced("later_fracture_hip_pct", "later_fracture_other_pct"),
        0.67,
        1.33,
        "Unsourced split",
    ),
    item(
        "treatment_effect",
        "How much treatment reduces fractures",
        Variation::Scale(RRR_IDS),
        0.75,
        1.25,
        "Trial versus real-world effect",
    ),
    item(
        "mortality",
        "Mortality after fracture",
        Variation::Scale(&[
            "hip_fracture_one_year_mortality_pct",
            "first_year_mortality_vertebral_pct",
            "first_year_mortality_wrist_forearm_pct",
            "first_year_mortality_other_pct",
            "later_years_mortality_hip_pct",
            "later_years_mortality_non_hip_pct",
        ]),
        0.75,
        1.25,
        "Non-hip values are assumptions",
    ),
    item(
        "hip_hospital_cost",
        "Hip fracture hospital cost",
        Variation::Scale(&["hip_acute_cost_gbp"]),
        0.75,
        1.25,
        "Price year and local tariff",
    ),
    item(
        "hip_social_community_cost",
        "Hip fracture community and social-care cost",
        Variation::Scale(&["hip_community_cost_gbp", "hip_social_care_cost_gbp"]),
        0.0,
        1.25,
        "Low = NHS-only perspective",
    ),
    item(
        "non_hip_costs",
        "Cost of other fractures",
        Variation::Scale(&[
            "vertebral_cost_gbp",
            "wrist_forearm_cost_gbp",
            "other_fracture_cost_gbp",
        ]),
        0.5,
        1.5,
        "Old THIN costs",
    ),
    item(
        "drug_costs",
        "Drug costs",
        Variation::Scale(&[
            "alendronate_cost_gbp_per_year",
            "zoledronic_acid_cost_gbp_per_year",
            "denosumab_cost_gbp_per_year",
        ]),
        0.5,
        2.0,
        "Drug Tariff and mix",
    ),
    item(
        "patients_per_wte",
        "Patients a year per nurse",
        Variation::Scale(&["patients_per_nurse_wte"]),
        0.75,
        1.25,
        "Service model",
    ),
    item(
        "salaries",
        "Salaries",
        Variation::Scale(&[
            "nurse_salary_gbp",
            "admin_salary_gbp",
            "consultant_salary_gbp",
        ]),
        0.9,
        1.1,
        "Band and pay point",
    ),
    item(
        "dxa_cost",
        "DXA scan cost",
        Variation::Scale(&["dxa_scan_cost_gbp"]),
        0.5,
        1.5,
        "Local tariff",
    ),
    item(
        "monitoring_cost",
        "Monitoring contact cost",
        Variation::Scale(&["monitoring_contact_cost_gbp"]),
        0.5,
        1.5,
        "Nurse versus doctor time",
    ),
];

/// One bar of the tornado.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct TornadoBar {
    pub id: &'static str,
    pub label: &'static str,
    pub low_factor: f64,
    pub high_factor: f64,
    /// Net cost of the service over the horizon with the inputs × low factor.
    pub net_cost_at_low_gbp: f64,
    /// Net cost with the inputs × high factor.
    pub net_cost_at_high_gbp: f64,
    /// `|net cost at high − net cost at low|`.
    pub swing_gbp: f64,
    pub reason: &'static str,
}

/// Tornado data: the base case and the bars, largest swing first.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Tornado {
    pub base_net_cost_gbp: f64,
    pub bars: Vec<TornadoBar>,
    /// Items whose varied inputs failed validation (should not happen; reported, not hidden).
    pub skipped: Vec<&'static str>,
}

fn clipped(id: &str, value: f64) -> f64 {
    match field(id) {
        Some(f) => value.clamp(f.min, f.max),
        None => value,
    }
}

/// The inputs with one item's factor applied.
pub fn varied_inputs(inputs: &Inputs, item: &SensitivityItem, factor: f64) -> Inputs {
    let mut out = *inputs;
    match item.variation {
        Variation::Scale(ids) => {
            for id in ids {
                if let Some(v) = inputs.get(id) {
                    let _ = out.set(id, clipped(id, v * factor));
                }
            }
        }
        Variation::ScaleBalanced(id, balance) => {
            if let (Some(v), Some(b)) = (inputs.get(id), inputs.get(balance)) {
                let new = clipped(id, v * factor).min(v + b);
                let _ = out.set(id, new);
                let _ = out.set(balance, b - (new - v));
            }
        }
    }
    out
}

/// Run the one-way sensitivity analysis around `valid` (see the module docs).
pub fn one_way_sensitivity(valid: &ValidInputs) -> Tornado {
    let base = run(valid).service.net_cost_gbp;
    let mut bars = Vec::new();
    let mut skipped = Vec::new();
    for item in SENSITIVITY_ITEMS {
        let low = varied_inputs(valid.inputs(), item, item.low_factor).validate();
        let high = varied_inputs(valid.inputs(), item, item.high_factor).validate();
        match (low, high) {
            (Ok(low), Ok(high)) => {
                let at_low = run(&low).service.net_cost_gbp;
                let at_high = run(&high).service.net_cost_gbp;
                bars.push(TornadoBar {
                    id: item.id,
                    label: item.label,
                    low_factor: item.low_factor,
                    high_factor: item.high_factor,
                    net_cost_at_low_gbp: at_low,
                    net_cost_at_high_gbp: at_high,
                    swing_gbp: (at_high - at_low).abs(),
                    reason: item.reason,
                });
            }
            _ => skipped.push(item.id),
        }
    }
    bars.sort_by(|a, b| b.swing_gbp.total_cmp(&a.swing_gbp));
    Tornado {
        base_net_cost_gbp: base,
        bars,
        skipped,
    }
}
