//! Step 6 — costs of the FLS over usual care, savings from fractures avoided, and staffing.
//!
//! **Staff needed** for a year's caseload `N` (new patients a year):
//!
//! ```text
//! nurse WTE         = N ÷ patients per nurse WTE
//! administrator WTE = nurse WTE × administrator WTE per nurse WTE
//! consultant WTE    = consultant sessions a week ÷ 10
//! total WTE         = nurse + administrator + consultant WTE
//! ```
//!
//! **Extra cost of the FLS for one annual cohort**, in model year `y` (every line is FLS
//! minus usual care; staff and scans fall in the cohort's first year, so a service that
//! runs every year pays them every year):
//!
//! ```text
//! nurse specialists   = nurse WTE × nurse salary × (1 + on-costs %)            (year 1)
//! administrators      = admin WTE × admin salary × (1 + on-costs %)            (year 1)
//! consultant sessions = sessions a week ÷ 10 × consultant salary × (1 + on-costs %) (year 1)
//! DXA scans           = N × (assessed % × FLS DXA % − usual-care DXA %) × DXA cost (year 1)
//! drugs               = (treatment-years FLS − treatment-years usual care)[y] × drug cost a year
//! monitoring          = FLS monitoring contacts[y] × cost per contact
//! ```
//!
//! where the drug cost a year is the mix-weighted `Σ mix[drug] × cost[drug]`. Who pays [A]:
//! staff, scans and monitoring — the acute trust (which usually hosts the FLS); drugs —
//! primary care prescribing.
//!
//! **Savings** in model year `y` from fractures avoided (costs fall in the year of the
//! fracture; first-year costs only):
//!
//! ```text
//! acute trust      = Σ_site avoided[y, site] × hospital cost[site] × (1 + uplift %)
//! community        = avoided[y, hip] × hip community cost × (1 + uplift %)
//! social care      = avoided[y, hip] × hip social-care cost × (1 + uplift %)
//! primary care     = Σ_site avoided[y, site] × prescribing cost per fracture × (1 + uplift %)
//! bed days saved   = Σ_site avoided[y, site] × bed days[site]
//! ```

use serde::Serialize;

use super::cohort::CohortTrace;
use super::effect::drug_cost_per_treatment_year;
use super::inputs::{FractureCosts, Inputs, Staffing};
use super::payer::ByPayer;
use crate::model::fracture_site::{BySite, FractureSite};

/// Whole-time equivalents needed for a year's caseload.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct StaffingNeed {
    pub nurse_specialist_wte: f64,
    pub administrator_wte: f64,
    pub consultant_wte: f64,
    /// `nurse + administrator + consultant` WTE (shown as `bc-wte-required`).
    pub total_wte: f64,
}

/// Staff needed for `patients_per_year` (see the module docs).
pub fn staffing_need(patients_per_year: f64, s: &Staffing) -> StaffingNeed {
    let nurse = if s.patients_per_nurse_wte > 0.0 {
        patients_per_year / s.patients_per_nurse_wte
    } else {
        0.0
    };
    let admin = nurse * s.admin_wte_per_nurse_wte;
    let consultant = s.consultant_sessions_per_week / 10.0;
    StaffingNeed {
        nurse_specialist_wte: nurse,
        administrator_wte: admin,
        consultant_wte: consultant,
        total_wte: nurse + admin + consultant,
    }
}

/// The extra cost of the FLS over usual care, by item (£).
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct CostBreakdown {
    pub nurse_specialists_gbp: f64,
    pub administrators_gbp: f64,
    pub consultant_sessions_gbp: f64,
    pub dxa_scans_gbp: f64,
    pub drugs_gbp: f64,
    pub monitoring_gbp: f64,
}

impl CostBreakdown {
    /// Every item added up.
    pub fn total_gbp(&self) -> f64 {
        self.assessment_gbp() + self.drugs_gbp + self.monitoring_gbp
    }
    /// Assessment: staff (nurses, administrators, consultant sessions) + DXA scans.
    pub fn assessment_gbp(&self) -> f64 {
        self.nurse_specialists_gbp
            + self.administrators_gbp
            + self.consultant_sessions_gbp
            + self.dxa_scans_gbp
    }
    /// Who pays [A]: drugs → primary care prescribing; everything else → acute trust.
    pub fn by_payer(&self) -> ByPayer {
        ByPayer {
            acute_trust_gbp: self.assessment_gbp() + self.monitoring_gbp,
            primary_care_prescribing_gbp: self.drugs_gbp,
            community_gbp: 0.0,
            social_care_gbp: 0.0,
        }
    }
    /// Item-by-item sum.
    pub fn plus(&self, o: &CostBreakdown) -> CostBreakdown {
        CostBreakdown {
            nurse_specialists_gbp: self.nurse_specialists_gbp + o.nurse_specialists_gbp,
            administrators_gbp: self.administrators_gbp + o.administrators_gbp,
            consultant_sessions_gbp: self.consultant_sessions_gbp + o.consultant_sessions_gbp,
            dxa_scans_gbp: self.dxa_scans_gbp + o.dxa_scans_gbp,
            drugs_gbp: self.drugs_gbp + o.drugs_gbp,
            monitoring_gbp: self.monitoring_gbp + o.monitoring_gbp,
        }
    }
    /// Every item multiplied by `k` (discounting).
    pub fn scaled(&self, k: f64) -> CostBreakdown {
        CostBreakdown {
            nurse_specialists_gbp: self.nurse_specialists_gbp * k,
            administrators_gbp: self.administrators_gbp * k,
            consultant_sessions_gbp: self.consultant_sessions_gbp * k,
            dxa_scans_gbp: self.dxa_scans_gbp * k,
            drugs_gbp: self.drugs_gbp * k,
            monitoring_gbp: self.monitoring_gbp * k,
        }
    }
}

/// Extra cost of the FLS for one annual cohort, by model year (index 0 = year 1).
pub fn extra_cost_by_year(inputs: &Inputs, trace: &CohortTrace) -> Vec<CostBreakdown> {
    let s = &inputs.staffing;
    let on_costs = 1.0 + s.on_costs_pct / 100.0;
    let need = staffing_need(trace.patients, s);
    let p = &inputs.pathway;
    let scans_fls = trace.patients * p.assessed_pct / 100.0 * p.fls_dxa_pct / 100.0;
    let scans_uc = trace.patients * p.usual_care_dxa_pct / 100.0;
    let drug_cost = drug_cost_per_treatment_year(&inputs.treatment);
    trace
        .years
        .iter()
        .map(|y| {
            let first = y.year == 1;
            let staff = |wte: f64, salary: f64| if first { wte * salary * on_costs } else { 0.0 };
            CostBreakdown {
                nurse_specialists_gbp: staff(need.nurse_specialist_wte, s.nurse_salary_gbp),
                administrators_gbp: staff(need.administrator_wte, s.admin_salary_gbp),
                consultant_sessions_gbp: staff(need.consultant_wte, s.consultant_salary_gbp),
                dxa_scans_gbp: if first {
                    (scans_fls - scans_uc) * inputs.service_costs.dxa_scan_gbp
                } else {
                    0.0
                },
                drugs_gbp: (y.fls.treatment_years - y.usual_care.treatment_years) * drug_cost,
                monitoring_gbp: y.fls.monitoring_contacts
                    * inputs.service_costs.monitoring_contact_gbp,
            }
        })
        .collect()
}

/// Saving to each payer from one avoided fracture at each site (£, uplifted).
pub fn saving_per_fracture(c: &FractureCosts, site: FractureSite) -> ByPayer {
    let uplift = 1.0 + c.price_uplift_pct / 100.0;
    let (acute, community, social) = match site {
        FractureSite::Hip => (c.hip_acute_gbp, c.hip_community_gbp, c.hip_social_care_gbp),
        FractureSite::Vertebral => (c.vertebral_acute_gbp, 0.0, 0.0),
        FractureSite::Wrist => (c.wrist_forearm_acute_gbp, 0.0, 0.0),
        FractureSite::Other => (c.other_acute_gbp, 0.0, 0.0),
    };
    ByPayer {
        acute_trust_gbp: acute,
        primary_care_prescribing_gbp: c.primary_care_prescribing_per_fracture_gbp,
        community_gbp: community,
        social_care_gbp: social,
    }
    .scaled(uplift)
}

/// Savings by payer from `avoided` fractures.
pub fn savings_from(c: &FractureCosts, avoided: &BySite) -> ByPayer {
    FractureSite::ALL
        .iter()
        .fold(ByPayer::default(), |acc, &site| {
            acc.plus(&saving_per_fracture(c, site).scaled(avoided.get(site)))
        })
}

/// Hospital bed days saved by `avoided` fractures.
pub fn bed_days_saved(c: &FractureCosts, avoided: &BySite) -> f64 {
    avoided.hip * c.hip_bed_days
        + avoided.vertebral * c.vertebral_bed_days
        + avoided.wrist_forearm * c.wrist_forearm_bed_days
        + avoided.other * c.other_bed_days
}
