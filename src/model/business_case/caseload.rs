//! Step 1 — caseload: how many patients the FLS identifies each year, by index-fracture site.
//!
//! From index fractures (the local-impact model's yearly counts):
//!
//! ```text
//! identified[hip]           = index[hip]           × non-spine identification %
//! identified[vertebral]     = index[vertebral]     × spine identification %
//! identified[wrist_forearm] = index[wrist_forearm] × non-spine identification %
//! identified[other]         = index[other]         × non-spine identification %
//! patients a year           = Σ identified[site]
//! ```
//!
//! Typed caseload: `patients a year` is the typed number, split by site in proportion to
//! `index[site] × identification %` when index fractures were supplied, otherwise to the
//! national mix of fragility fractures (79,000 hip, 66,000 vertebral, 69,000 forearm,
//! 322,000 other a year — Svedbom et al. 2013, quoted by ROS) × identification %. The split
//! matters only for mortality, which differs by index site. The caseload is the same in
//! every year of the horizon (population growth is applied on the local-impact page).

use serde::Serialize;

use super::inputs::{CaseloadMode, ServiceReach};
use crate::model::fracture_site::BySite;

/// UK fragility fractures a year by site [R: Svedbom et al. 2013, quoted by ROS].
pub const NATIONAL_FRACTURE_MIX: BySite = BySite {
    hip: 79_000.0,
    vertebral: 66_000.0,
    wrist_forearm: 69_000.0,
    other: 322_000.0,
};

/// Patients the FLS identifies in one year.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Caseload {
    /// Patients identified a year, by index-fracture site.
    pub identified_by_site: BySite,
    /// `Σ identified_by_site`.
    pub patients_per_year: f64,
}

fn identified(counts: &BySite, reach: &ServiceReach) -> BySite {
    let non_spine = reach.non_spine_identification_pct / 100.0;
    let spine = reach.spine_identification_pct / 100.0;
    BySite {
        hip: counts.hip * non_spine,
        vertebral: counts.vertebral * spine,
        wrist_forearm: counts.wrist_forearm * non_spine,
        other: counts.other * non_spine,
    }
}

/// The yearly caseload (see the module docs for the formulas).
pub fn caseload(reach: &ServiceReach) -> Caseload {
    let from_index = identified(&reach.index_fractures, reach);
    let identified_by_site = match reach.caseload_mode {
        CaseloadMode::FromIndexFractures => from_index,
        CaseloadMode::Typed => {
            let mix = from_index
                .shares()
                .or_else(|| identified(&NATIONAL_FRACTURE_MIX, reach).shares())
                .or_else(|| NATIONAL_FRACTURE_MIX.shares())
                .unwrap_or_default();
            mix.scaled(reach.typed_caseload_per_year)
        }
    };
    Caseload {
        identified_by_site,
        patients_per_year: identified_by_site.total(),
    }
}
