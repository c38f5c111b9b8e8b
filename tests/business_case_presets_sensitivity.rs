//! Presets, one-way sensitivity (tornado) and the "How the model works" text.

mod common;

use common::area;
use fls_toolkit::model::business_case as bc;

fn run(i: &bc::Inputs) -> bc::Outputs {
    bc::run(&i.validate().unwrap())
}

#[test]
fn minimal_service_is_smaller_cheaper_and_avoids_fewer_fractures() {
    let full = area();
    let mut minimal = area();
    bc::ServicePreset::Minimal.apply(&mut minimal);
    let (f, m) = (run(&full), run(&minimal));
    assert!(m.caseload.patients_per_year < f.caseload.patients_per_year);
    assert!(m.wte_required < f.wte_required);
    assert!(m.service.fls_cost_gbp < f.service.fls_cost_gbp);
    assert!(m.service.fractures_avoided < f.service.fractures_avoided);
    assert_eq!(m.service.fls_cost_breakdown.monitoring_gbp, 0.0);
    assert_eq!(m.service.fls_cost_breakdown.consultant_sessions_gbp, 0.0);
    // Applying "full" afterwards restores the defaults.
    bc::ServicePreset::Full.apply(&mut minimal);
    assert_eq!(minimal, full);
    // Every preset value is a known id within its valid range.
    for p in bc::ServicePreset::ALL {
        for v in p.values() {
            let f = bc::field(v.field_id).expect("known id");
            assert!(f.min <= v.value && v.value <= f.max);
        }
        assert!(!p.label().is_empty() && !p.description().is_empty());
    }
}

#[test]
fn tornado_is_sorted_by_swing_and_complete() {
    let valid = area().validate().unwrap();
    let t = bc::one_way_sensitivity(&valid);
    assert_eq!(t.skipped, Vec::<&str>::new());
    assert_eq!(t.bars.len(), bc::SENSITIVITY_ITEMS.len());
    assert!((t.base_net_cost_gbp - bc::run(&valid).service.net_cost_gbp).abs() < 1e-6);
    for w in t.bars.windows(2) {
        assert!(w[0].swing_gbp >= w[1].swing_gbp);
    }
    for b in &t.bars {
        assert!(b.net_cost_at_low_gbp.is_finite() && b.net_cost_at_high_gbp.is_finite());
        assert!(
            (b.swing_gbp - (b.net_cost_at_high_gbp - b.net_cost_at_low_gbp).abs()).abs() < 1e-6
        );
    }
    // Directions that must hold: dearer drugs → higher net cost; bigger treatment effect → lower.
    let bar = |id: &str| t.bars.iter().find(|b| b.id == id).unwrap();
    assert!(bar("drug_costs").net_cost_at_high_gbp > t.base_net_cost_gbp);
    assert!(bar("drug_costs").net_cost_at_low_gbp < t.base_net_cost_gbp);
    assert!(bar("treatment_effect").net_cost_at_high_gbp < t.base_net_cost_gbp);
    assert!(bar("hip_social_community_cost").net_cost_at_low_gbp > t.base_net_cost_gbp);
}

#[test]
fn sensitivity_variations_stay_valid_for_presets_and_extremes() {
    let mut inputs = vec![area(), bc::Inputs::with_typed_caseload(50.0)];
    let mut minimal = area();
    bc::ServicePreset::Minimal.apply(&mut minimal);
    inputs.push(minimal);
    let mut extreme = area();
    for (id, v) in [
        ("persistence_1y_pct", 100.0),
        ("persistence_3y_pct", 100.0),
        ("persistence_5y_pct", 100.0),
        ("refracture_cumulative_5y_pct", 90.0),
        ("later_fracture_hip_pct", 80.0),
        ("later_fracture_vertebral_pct", 0.0),
        ("later_fracture_wrist_forearm_pct", 0.0),
        ("later_fracture_other_pct", 20.0),
    ] {
        extreme.set(id, v).unwrap();
    }
    inputs.push(extreme);
    for i in inputs {
        let valid = i.validate().unwrap();
        for item in bc::SENSITIVITY_ITEMS {
            for factor in [item.low_factor, item.high_factor] {
                let varied = bc::sensitivity::varied_inputs(valid.inputs(), item, factor);
                assert!(varied.validate().is_ok(), "{} × {factor}", item.id);
            }
        }
        assert!(bc::one_way_sensitivity(&valid).skipped.is_empty());
    }
}

#[test]
fn how_the_model_works_matches_the_model() {
    let page = bc::how_the_model_works();
    assert!(page.len() >= 8);
    let mut headings = std::collections::HashSet::new();
    for s in page {
        assert!(headings.insert(s.heading) && !s.paragraphs.is_empty());
    }
    let text: String = page
        .iter()
        .flat_map(|s| s.paragraphs.iter().copied())
        .collect::<Vec<_>>()
        .join(" ");
    // The numbers quoted on the page are the ones the code computes from the defaults.
    let d = bc::Inputs::default();
    let on = bc::pathway::on_treatment_by_year(&d.treatment, 5);
    for v in on {
        assert!(
            text.contains(&format!("{}%", fls_toolkit::model::format::plain_number(v * 100.0))),
            "{v}"
        );
    }
    let h = bc::risk::refracture_probability_by_year(&d.risk, 5);
    for v in &h[..3] {
        assert!(text.contains(&format!("{:.1}%", v * 100.0)), "{v}");
    }
    let sum: f64 = h.iter().sum();
    assert!(
        text.contains(&format!("{sum:.2} further fractures")),
        "{sum}"
    );
    let (fls, uc) = bc::pathway::treatment_started_shares(&d.pathway);
    assert!(
        text.contains(&format!("{:.1}%", fls * 100.0))
            && text.contains(&format!("{:.1}%", uc * 100.0))
    );
    for needle in ["1.035", "£14,163", "29.8%", "20.2 days", "£20,000–£30,000"] {
        assert!(text.contains(needle), "{needle}");
    }
}

#[test]
fn cost_per_qaly_display() {
    assert_eq!(bc::CostPerQaly::Gbp(12_345.4).display(), "£12,345");
    assert_eq!(bc::CostPerQaly::CostSaving.display(), "cost saving");
    assert_eq!(bc::CostPerQaly::NotApplicable.display(), "n/a");
}
