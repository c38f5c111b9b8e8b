//! Step 4 — effect: relative risk reduction (RRR) by site while on treatment, from the drug mix.
//!
//! ```text
//! RRR[site] = Σ_drug mix[drug] × RRR[drug, site]
//! ```
//!
//! Defaults [R: pivotal trials, table in PMC8049374]: alendronate hip 51%, vertebral 47%;
//! zoledronic acid 41% / 70%; denosumab 40% / 68%. Wrist/forearm and other: 20% for each
//! drug [A] until sourced. With the default mix (80% alendronate, 15% zoledronic acid, 5%
//! denosumab [A]): hip 48.95%, vertebral 51.5%, wrist/forearm and other 20%.
//!
//! A person on treatment has the risk `h[y] × share[site] × (1 − RRR[site])`; nobody keeps
//! any benefit after stopping (cautious: bisphosphonates have some residual effect).

use super::inputs::{DrugEffect, Effect, Treatment};
use crate::model::fracture_site::BySite;

fn drug_rrr(e: &DrugEffect) -> BySite {
    BySite {
        hip: e.hip_pct / 100.0,
        vertebral: e.vertebral_pct / 100.0,
        wrist_forearm: e.wrist_forearm_pct / 100.0,
        other: e.other_pct / 100.0,
    }
}

/// Drug mix as shares adding up to 1: `(alendronate, zoledronic acid, denosumab)`.
pub fn drug_mix_shares(t: &Treatment) -> (f64, f64, f64) {
    let total = t.mix_alendronate_pct + t.mix_zoledronic_acid_pct + t.mix_denosumab_pct;
    if total <= 0.0 {
        return (0.0, 0.0, 0.0);
    }
    (
        t.mix_alendronate_pct / total,
        t.mix_zoledronic_acid_pct / total,
        t.mix_denosumab_pct / total,
    )
}

/// Mix-weighted relative risk reduction by site while on treatment (0–1).
pub fn risk_reduction_by_site(t: &Treatment, e: &Effect) -> BySite {
    let (al, zo, de) = drug_mix_shares(t);
    drug_rrr(&e.alendronate)
        .scaled(al)
        .plus(&drug_rrr(&e.zoledronic_acid).scaled(zo))
        .plus(&drug_rrr(&e.denosumab).scaled(de))
}

/// Mix-weighted drug cost per person-year on treatment (£):
/// `Σ_drug mix[drug] × annual cost[drug]`.
pub fn drug_cost_per_treatment_year(t: &Treatment) -> f64 {
    let (al, zo, de) = drug_mix_shares(t);
    al * t.alendronate_cost_gbp_per_year
        + zo * t.zoledronic_acid_cost_gbp_per_year
        + de * t.denosumab_cost_gbp_per_year
}
