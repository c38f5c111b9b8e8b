//! The business case's starting inputs for an area, taken from its local impact: the yearly
//! fragility fractures as the caseload, and the local impact page's unit costs as the
//! fracture costs, so a cost changed there (a local tariff, an uplift, a local length of
//! stay) is the business case's starting figure too, and the two pages never disagree.
//!
//! Mapping, local impact → business case (both start from the same published defaults in
//! [`crate::model::costs`]):
//!
//! | Local impact                       | Business case                                   |
//! |------------------------------------|-------------------------------------------------|
//! | hospital cost of a hip fracture    | hip fracture: hospital cost in the first year    |
//! | social care cost of a hip fracture | hip fracture: social care cost                   |
//! | hospital cost, spine / wrist / other | that fracture's healthcare cost in the first year |
//! | uplift to today's prices           | uplift of fracture costs                         |
//! | hip fracture bed days              | hip fracture: hospital bed days                  |
//!
//! Social care for spine, wrist and other fractures (zero by default) has no business-case
//! input and is not carried over.

use super::inputs::Inputs;
use crate::model::fracture_site::{BySite, FractureSite};
use crate::model::impact::{ImpactAssumptions, ImpactField, ImpactResult};

/// Business-case input ids whose starting value comes from a local-impact field.
pub const FROM_LOCAL_IMPACT: [(&str, ImpactField); 7] = [
    ("hip_acute_cost_gbp", ImpactField::HospitalCost(FractureSite::Hip)),
    ("hip_social_care_cost_gbp", ImpactField::SocialCareCost(FractureSite::Hip)),
    ("vertebral_cost_gbp", ImpactField::HospitalCost(FractureSite::Vertebral)),
    ("wrist_forearm_cost_gbp", ImpactField::HospitalCost(FractureSite::Wrist)),
    ("other_fracture_cost_gbp", ImpactField::HospitalCost(FractureSite::Other)),
    ("fracture_cost_uplift_pct", ImpactField::Uplift),
    ("hip_bed_days", ImpactField::HipBedDays),
];

/// The local-impact field a business-case input starts from, if any.
pub fn local_impact_field(input_id: &str) -> Option<ImpactField> {
    FROM_LOCAL_IMPACT.iter().find(|(id, _)| *id == input_id).map(|(_, f)| *f)
}

/// Default inputs with the area's yearly fractures as the caseload and the local impact's
/// unit costs as the fracture costs.
pub fn local_inputs(impact: &ImpactResult, assumptions: &ImpactAssumptions) -> Inputs {
    let mut inputs = Inputs::with_index_fractures(BySite::from_fn(|site| impact.fractures.site_total(site)));
    for (id, field) in FROM_LOCAL_IMPACT {
        if let Some(value) = field.value(assumptions) {
            inputs.set(id, value).expect("every id in FROM_LOCAL_IMPACT is a business-case input");
        }
    }
    inputs
}
