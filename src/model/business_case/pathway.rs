//! Step 2 — pathway and persistence: who starts treatment, and who is still on it.
//!
//! Share of identified patients who start treatment:
//!
//! ```text
//! started (FLS)        = assessed % × need treatment % × FLS started %
//! started (usual care) =              need treatment % × usual-care started %
//! ```
//!
//! With the defaults (McLellan et al. 2011): FLS 1.00 × 0.74 × 0.927 = 0.686 and usual care
//! 0.74 × 0.261 = 0.193 of identified patients — McLellan's 686 and 193 per 1,000.
//!
//! Persistence `P(t)` (share of starters still on treatment `t` years after starting) runs
//! through the points (0, 100%), (1, P1), (3, P3), (5, P5) [R: Naranjo et al. 2022:
//! 72.6%, 60%, 47%], straight lines between them; after 5 years it keeps falling at the
//! 3-to-5-year slope `(P5 − P3) ÷ 2` a year, never below 0. The share of starters on
//! treatment during model year `y` is the trapezium average
//! `on_treatment[y] = (P(y − 1) + P(y)) ÷ 2` (defaults: 86.3%, 69.45%, 63.15%, 56.75%,
//! 50.25% in years 1–5). Usual-care starters are assumed to persist in the same way.

use super::inputs::{Pathway, Treatment};

/// Shares of identified patients who start treatment: `(with FLS, usual care)`, 0–1.
pub fn treatment_started_shares(p: &Pathway) -> (f64, f64) {
    let need = p.need_treatment_pct / 100.0;
    let fls = p.assessed_pct / 100.0 * need * p.fls_treatment_started_pct / 100.0;
    let usual_care = need * p.usual_care_treatment_started_pct / 100.0;
    (fls, usual_care)
}

/// `P(t)`: share (0–1) of starters still on treatment `t` years after starting.
pub fn persistence_at(t: f64, treatment: &Treatment) -> f64 {
    let p1 = treatment.persistence_1y_pct / 100.0;
    let p3 = treatment.persistence_3y_pct / 100.0;
    let p5 = treatment.persistence_5y_pct / 100.0;
    let value = if t <= 0.0 {
        1.0
    } else if t <= 1.0 {
        1.0 + (p1 - 1.0) * t
    } else if t <= 3.0 {
        p1 + (p3 - p1) * (t - 1.0) / 2.0
    } else if t <= 5.0 {
        p3 + (p5 - p3) * (t - 3.0) / 2.0
    } else {
        p5 + (p5 - p3) / 2.0 * (t - 5.0)
    };
    value.clamp(0.0, 1.0)
}

/// Share of starters on treatment during each model year `1..=horizon`:
/// `(P(y − 1) + P(y)) ÷ 2`. Index 0 is year 1.
pub fn on_treatment_by_year(treatment: &Treatment, horizon: usize) -> Vec<f64> {
    (1..=horizon)
        .map(|y| {
            (persistence_at(y as f64 - 1.0, treatment) + persistence_at(y as f64, treatment)) / 2.0
        })
        .collect()
}
