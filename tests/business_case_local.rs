//! The business case starts from the local impact: its caseload from the area's fractures
//! and its fracture costs from the local impact page's unit costs (Leeds, E08000035).

use std::collections::BTreeMap;

use fls_toolkit::data::areas::areas;
use fls_toolkit::data::defaults::impact_defaults;
use fls_toolkit::model::business_case::edits::read_edits;
use fls_toolkit::model::business_case::{field, local_impact_field, local_inputs, run, BySite, Inputs, FROM_LOCAL_IMPACT};
use fls_toolkit::model::impact::{apply_edits, local_impact, ImpactField};

fn leeds_with(edits: &[(ImpactField, &str)]) -> Inputs {
    let leeds = areas().find("E08000035").unwrap();
    let edits: BTreeMap<String, String> = edits.iter().map(|(f, t)| (f.id(), t.to_string())).collect();
    let (assumptions, errors) = apply_edits(impact_defaults(), &edits);
    assert!(errors.is_empty(), "{errors:?}");
    local_inputs(&local_impact(&leeds.population, &assumptions), &assumptions)
}

#[test]
fn with_the_published_defaults_both_pages_start_from_the_same_figures() {
    let leeds = areas().find("E08000035").unwrap();
    let impact = local_impact(&leeds.population, impact_defaults());
    let plain = Inputs::with_index_fractures(BySite::from_fn(|s| impact.fractures.site_total(s)));
    assert_eq!(leeds_with(&[]), plain);
}

#[test]
fn each_linked_field_has_the_same_default_and_range_on_both_pages() {
    for (id, impact_field) in FROM_LOCAL_IMPACT {
        let bc = field(id).unwrap_or_else(|| panic!("{id} is a business-case input"));
        let rule = impact_field.rule();
        assert_eq!(Some(bc.default), impact_field.value(impact_defaults()), "{id}: default");
        assert_eq!((bc.min, bc.max), (rule.min, rule.max), "{id}: range");
        assert_eq!(local_impact_field(id), Some(impact_field));
    }
    assert_eq!(local_impact_field("hip_community_cost_gbp"), None);
}

#[test]
fn a_cost_changed_on_the_local_impact_page_is_the_business_cases_starting_figure() {
    use fls_toolkit::model::fracture_site::FractureSite::*;
    let start = leeds_with(&[
        (ImpactField::HospitalCost(Hip), "20000"),
        (ImpactField::SocialCareCost(Hip), "12000"),
        (ImpactField::HospitalCost(Wrist), "900"),
        (ImpactField::Uplift, "10"),
        (ImpactField::HipBedDays, "15"),
    ]);
    assert_eq!(start.get("hip_acute_cost_gbp"), Some(20_000.0));
    assert_eq!(start.get("hip_social_care_cost_gbp"), Some(12_000.0));
    assert_eq!(start.get("wrist_forearm_cost_gbp"), Some(900.0));
    assert_eq!(start.get("fracture_cost_uplift_pct"), Some(10.0));
    assert_eq!(start.get("hip_bed_days"), Some(15.0));
    // Unlinked inputs keep their defaults; a business-case edit still wins.
    assert_eq!(start.get("hip_community_cost_gbp"), field("hip_community_cost_gbp").map(|f| f.default));
    let edits = BTreeMap::from([("hip_acute_cost_gbp".to_string(), "25000".to_string())]);
    assert_eq!(read_edits(&start, &edits).0.unwrap().inputs().fracture_costs.hip_acute_gbp, 25_000.0);

    // Savings follow: per hip fracture avoided £(20,000 + 448 + 12,000) × 1.1 = £35,693 against
    // £(14,163 + 448 + 15,525) = £30,136 (×1.184); other sites at least ×1.1.
    let default = run(&read_edits(&leeds_with(&[]), &BTreeMap::new()).0.unwrap());
    let local = run(&read_edits(&start, &BTreeMap::new()).0.unwrap());
    assert!(local.service.bed_days_saved < default.service.bed_days_saved, "shorter local hip stay");
    let ratio = local.service.gross_savings_gbp / default.service.gross_savings_gbp;
    assert!((1.1..1.3).contains(&ratio), "{ratio}");
    assert_eq!(local.service.fractures_avoided, default.service.fractures_avoided, "costs do not change the clinical effect");
}

/// Typing the published default when the impact page says otherwise is a real edit (kept);
/// typing the impact page's figure is no edit at all (dropped).
#[test]
fn an_edit_is_kept_unless_it_equals_the_starting_figure() {
    use fls_toolkit::model::business_case::edits::set_edit;
    use fls_toolkit::model::fracture_site::FractureSite::Hip;
    let start = leeds_with(&[(ImpactField::HospitalCost(Hip), "20000")]);
    let mut edits = BTreeMap::new();
    set_edit(&mut edits, "hip_acute_cost_gbp", "14163".into(), &start);
    assert_eq!(edits.get("hip_acute_cost_gbp").map(String::as_str), Some("14163"));
    set_edit(&mut edits, "hip_acute_cost_gbp", " 20000 ".into(), &start);
    assert!(edits.is_empty());
}
