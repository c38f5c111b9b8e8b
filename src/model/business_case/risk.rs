//! Step 3 — risk: another fracture (front-loaded "imminent risk"), where it happens, and dying.
//!
//! **Refracture.** The inputs are cumulative risks `C1, C2, C5` of a further fragility
//! fracture within 1, 2 and 5 years of the index fracture. Default: the ROS figures
//! 10% / 18% / 31%, chosen over Banefelt et al. 2019 (7.1% / 12.0%) because they reach 5
//! years, the default horizon; users can enter Banefelt's figures instead. We convert them
//! the yearly risk `h[y]` of a further fracture in model year `y` — the conditional
//! probability, among people without a further fracture so far, that the cumulative
//! figures imply:
//!
//! ```text
//! h[1] = C1
//! h[2] = (C2 − C1) ÷ (1 − C1)
//! h[3] = h[4] = h[5] = 1 − ((1 − C5) ÷ (1 − C2))^(1/3)   (constant over years 3–5)
//! h[6..10] = h[5]                                         (carried on beyond 5 years)
//! ```
//!
//! Defaults: h = 10.0%, 8.89%, 5.59%, 5.59%, 5.59%, … With no deaths, `1 − Π(1 − h)` gives back
//! C1, C2 and C5 exactly. The cohort model applies `h[y]` to everyone alive, including
//! people who already had a further fracture, so it counts repeat fractures too: without
//! deaths, `Σ h` = 0.357 further fractures per person in 5 years, against 31% of people
//! with at least one. Deaths reduce both.
//!
//! **Site of the further fracture.** A fixed split (% hip, vertebral, wrist/forearm,
//! other) — by default the national mix of all fragility fractures (Svedbom et al. 2013),
//! an assumption for *further* fractures.
//!
//! **Mortality** of the index cohort, by index-fracture site: in year 1, hip 29.8% [R:
//! Hawley et al. 2016], spine 8%, wrist/forearm 2%, other 5% [A]; from year 2, hip 10% and
//! others 4% a year [A]. Deaths are the same with and without the FLS (deaths caused by the
//! hip fractures the FLS avoids are reported separately, not fed back into the cohort).

use super::inputs::Risk;
use crate::model::fracture_site::{BySite, FractureSite};

/// `h[y]` for model years `1..=horizon` (index 0 is year 1), as probabilities 0–1.
pub fn refracture_probability_by_year(risk: &Risk, horizon: usize) -> Vec<f64> {
    let c1 = risk.refracture_cumulative_1y_pct / 100.0;
    let c2 = risk.refracture_cumulative_2y_pct / 100.0;
    let c5 = risk.refracture_cumulative_5y_pct / 100.0;
    let h1 = c1;
    let h2 = if c1 < 1.0 {
        (c2 - c1) / (1.0 - c1)
    } else {
        0.0
    };
    let h3 = if c2 < 1.0 {
        1.0 - ((1.0 - c5) / (1.0 - c2)).powf(1.0 / 3.0)
    } else {
        0.0
    };
    (1..=horizon)
        .map(|y| match y {
            1 => h1,
            2 => h2,
            _ => h3,
        })
        .map(|h| h.clamp(0.0, 1.0))
        .collect()
}

/// Split of further fractures by site, as shares adding up to 1.
pub fn later_fracture_shares(risk: &Risk) -> BySite {
    let raw = BySite {
        hip: risk.later_fracture_hip_pct,
        vertebral: risk.later_fracture_vertebral_pct,
        wrist_forearm: risk.later_fracture_wrist_forearm_pct,
        other: risk.later_fracture_other_pct,
    };
    raw.shares().unwrap_or_default()
}

/// Probability of dying in each model year `1..=horizon` for patients whose index fracture
/// was at `site` (index 0 is year 1).
pub fn mortality_by_year(risk: &Risk, site: FractureSite, horizon: usize) -> Vec<f64> {
    let first = match site {
        FractureSite::Hip => risk.hip_fracture_one_year_mortality_pct,
        FractureSite::Vertebral => risk.first_year_mortality_vertebral_pct,
        FractureSite::Wrist => risk.first_year_mortality_wrist_forearm_pct,
        FractureSite::Other => risk.first_year_mortality_other_pct,
    } / 100.0;
    let later = later_years_mortality(risk, site);
    (1..=horizon)
        .map(|y| if y == 1 { first } else { later })
        .collect()
}

/// Yearly mortality from year 2 on for patients whose index fracture was at `site` (0–1).
pub fn later_years_mortality(risk: &Risk, site: FractureSite) -> f64 {
    let pct = match site {
        FractureSite::Hip => risk.later_years_mortality_hip_pct,
        _ => risk.later_years_mortality_non_hip_pct,
    };
    pct / 100.0
}
