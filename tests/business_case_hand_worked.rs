//! A cohort small enough to follow on paper: 100 patients, all with a hip index fracture,
//! 2 years, every further fracture a hip fracture. Every output is checked against the hand
//! arithmetic written out here.
//!
//! Inputs: 125 hip index fractures × 80% identification = 100 patients. Assessed 100%; need
//! treatment 50%; started with the FLS 100% → 50 starters; usual care 20% → 10 starters.
//! Persistence 60% at 1 year, 40% at 3 years (so P(2) = 50%) → on treatment during year 1
//! = (100 + 60) ÷ 2 = 80%, year 2 = (60 + 50) ÷ 2 = 55%. Cumulative refracture 10% at 1
//! year, 19% at 2 → h = 0.10, (0.19 − 0.10) ÷ 0.90 = 0.10. Hip RRR 50% (100% alendronate).
//! Mortality 20% in year 1, 10% in year 2. Deaths caused: 20% × 50% = 0.1 per hip fracture.
//!
//! Alive at the start of year 1 = 100; deaths 20; alive at the start of year 2 = 80; deaths 8.
//! Share of the cohort on treatment: FLS τ = 50% × o, usual care τ = 10% × o.
//! Fractures without treatment: year 1 = 100 × (1 − 0.2) × 0.10 = 8;
//!                              year 2 = 80 × (1 − 0.1) × 0.10 = 7.2.
//!   FLS:        year 1 = 8 × (1 − 0.5 × 0.8 × 0.5) = 6.4;  year 2 = 7.2 × (1 − 0.5 × 0.55 × 0.5) = 6.21
//!   usual care: year 1 = 8 × (1 − 0.1 × 0.8 × 0.5) = 7.68; year 2 = 7.2 × (1 − 0.1 × 0.55 × 0.5) = 7.002
//!   avoided:    year 1 = 1.28; year 2 = 0.792; total 2.072.

use fls_toolkit::model::business_case as bc;

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * b.abs().max(1.0)
}

fn tiny() -> bc::Inputs {
    let mut i = bc::Inputs::with_index_fractures(bc::IndexFractures {
        hip: 125.0,
        vertebral: 0.0,
        wrist_forearm: 0.0,
        other: 0.0,
    });
    for (id, v) in [
        ("non_spine_identification_pct", 80.0),
        ("assessed_pct", 100.0),
        ("need_treatment_pct", 50.0),
        ("fls_treatment_started_pct", 100.0),
        ("usual_care_treatment_started_pct", 20.0),
        ("fls_dxa_pct", 50.0),
        ("usual_care_dxa_pct", 10.0),
        ("persistence_1y_pct", 60.0),
        ("persistence_3y_pct", 40.0),
        ("persistence_5y_pct", 40.0),
        ("mix_alendronate_pct", 100.0),
        ("mix_zoledronic_acid_pct", 0.0),
        ("mix_denosumab_pct", 0.0),
        ("alendronate_hip_rrr_pct", 50.0),
        ("alendronate_cost_gbp_per_year", 100.0),
        ("monitoring_contacts_first_year", 2.0),
        ("monitoring_contacts_later_years", 1.0),
        ("refracture_cumulative_1y_pct", 10.0),
        ("refracture_cumulative_2y_pct", 19.0),
        ("refracture_cumulative_5y_pct", 19.0),
        ("later_fracture_hip_pct", 100.0),
        ("later_fracture_vertebral_pct", 0.0),
        ("later_fracture_wrist_forearm_pct", 0.0),
        ("later_fracture_other_pct", 0.0),
        ("hip_fracture_one_year_mortality_pct", 20.0),
        ("hip_deaths_caused_by_fracture_pct", 50.0),
        ("later_years_mortality_hip_pct", 10.0),
        ("hip_acute_cost_gbp", 10_000.0),
        ("hip_community_cost_gbp", 0.0),
        ("hip_social_care_cost_gbp", 5_000.0),
        ("primary_care_prescribing_per_fracture_gbp", 0.0),
        ("fracture_cost_uplift_pct", 0.0),
        ("hip_bed_days", 20.0),
        ("hip_disutility_first_3_months", 0.4),
        ("hip_disutility_at_12_months", 0.2),
        ("hip_disutility_later_years", 0.1),
        ("utility_of_survivors", 0.8),
        ("dxa_scan_cost_gbp", 100.0),
        ("monitoring_contact_cost_gbp", 50.0),
        ("patients_per_nurse_wte", 50.0),
        ("nurse_salary_gbp", 30_000.0),
        ("admin_wte_per_nurse_wte", 0.5),
        ("admin_salary_gbp", 20_000.0),
        ("consultant_sessions_per_week", 1.0),
        ("consultant_salary_gbp", 100_000.0),
        ("on_costs_pct", 0.0),
        ("horizon_years", 2.0),
        ("cost_discount_rate_pct", 0.0),
        ("qaly_discount_rate_pct", 0.0),
    ] {
        i.set(id, v).unwrap();
    }
    i
}

fn run(i: &bc::Inputs) -> bc::Outputs {
    bc::run(&i.validate().unwrap())
}

#[test]
fn people_and_fractures_by_hand() {
    let o = run(&tiny());
    assert!(close(o.caseload.patients_per_year, 100.0));
    let t = &o.cohort_trace;
    assert!(close(t.starters_fls, 50.0) && close(t.starters_usual_care, 10.0));
    let (y1, y2) = (&t.years[0], &t.years[1]);
    assert!(close(y1.fls.fractures.hip, 6.4));
    assert!(close(y2.fls.fractures.hip, 6.21));
    assert!(close(y1.usual_care.fractures.hip, 7.68));
    assert!(close(y2.usual_care.fractures.hip, 7.002));
    assert!(close(y1.fractures_avoided().hip, 1.28));
    assert!(close(y2.fractures_avoided().hip, 0.792));
    assert_eq!(y1.fractures_avoided().vertebral, 0.0);
    // States: 100 alive → 80 alive + 20 dead → 72 alive + 28 dead, in both arms.
    assert!(close(y1.fls.people_end.alive, 80.0));
    let end = y2.fls.people_end;
    assert!(close(end.alive, 72.0));
    assert!(close(end.dead, 28.0));
    assert!(close(end.total(), 100.0));
    assert_eq!(y2.usual_care.people_end, end);
    // Deaths: 20 in year 1, 80 × 10% = 8 in year 2.
    assert!(close(y1.fls.deaths, 20.0) && close(y2.usual_care.deaths, 8.0));
}

#[test]
fn costs_and_savings_by_hand() {
    let o = run(&tiny());
    let c = &o.one_cohort;
    // Staff (year 1): nurses 100 ÷ 50 = 2 WTE × £30,000 = £60,000; admin 1 WTE × £20,000;
    // consultant 1 session = 0.1 WTE × £100,000 = £10,000.
    assert!(close(c.fls_cost_breakdown.nurse_specialists_gbp, 60_000.0));
    assert!(close(c.fls_cost_breakdown.administrators_gbp, 20_000.0));
    assert!(close(
        c.fls_cost_breakdown.consultant_sessions_gbp,
        10_000.0
    ));
    assert!(close(o.wte_required, 3.1));
    // DXA: 100 × (50% − 10%) × £100 = £4,000.
    assert!(close(c.fls_cost_breakdown.dxa_scans_gbp, 4_000.0));
    // Drugs: person-years on treatment = alive × share started × share still on treatment,
    // FLS − usual care: year 1: 100 × (50% − 10%) × 80% = 32; year 2: 80 × 40% × 55% = 17.6
    // → 49.6 × £100.
    assert!(close(c.fls_cost_breakdown.drugs_gbp, 4_960.0));
    // Monitoring: FLS person-years on treatment 100 × 50% × 80% = 40 × 2 contacts + 80 × 50% × 55%
    // = 22 × 1 contact = 102 contacts × £50 = £5,100.
    assert!(close(c.fls_cost_breakdown.monitoring_gbp, 5_100.0));
    // FLS cost: year 1 = 90,000 + 4,000 + 3,200 + 4,000 = 101,200; year 2 = 1,760 + 1,100.
    assert!(close(c.years[0].fls_cost_gbp, 101_200.0));
    assert!(close(c.years[1].fls_cost_gbp, 2_860.0));
    assert!(close(c.fls_cost_gbp, 104_060.0));
    // Payers: drugs to primary care prescribing, the rest to the acute trust.
    assert!(close(
        c.fls_cost_by_payer.primary_care_prescribing_gbp,
        4_960.0
    ));
    assert!(close(c.fls_cost_by_payer.acute_trust_gbp, 99_100.0));
    // Savings: 2.072 hip fractures × (£10,000 acute + £5,000 social care).
    assert!(close(c.gross_savings_gbp, 31_080.0));
    assert!(close(c.savings_by_payer.acute_trust_gbp, 20_720.0));
    assert!(close(c.savings_by_payer.social_care_gbp, 10_360.0));
    assert_eq!(c.savings_by_payer.community_gbp, 0.0);
    // Net cost, ROI, per fracture, break-even.
    assert!(close(c.net_cost_gbp, 72_980.0));
    assert!(close(
        c.return_on_investment.unwrap(),
        (31_080.0 - 104_060.0) / 104_060.0
    ));
    assert!(close(
        c.cost_per_fracture_avoided_gbp.unwrap(),
        104_060.0 / 2.072
    ));
    assert!(close(
        c.net_cost_per_fracture_avoided_gbp.unwrap(),
        72_980.0 / 2.072
    ));
    assert_eq!(c.break_even_year, None);
    // Cash flow: cumulative cost 101,200 then 104,060; savings 19,200 then 31,080.
    assert!(close(c.years[0].cumulative_savings_gbp, 19_200.0));
    assert!(close(c.years[1].cumulative_cost_gbp, 104_060.0));
    assert!(close(c.years[1].cumulative_savings_gbp, 31_080.0));
    assert!(close(c.years[1].cumulative_net_cost_gbp, 72_980.0));
    // Bed days 2.072 × 20; hip deaths avoided 2.072 × 0.1.
    assert!(close(c.bed_days_saved, 41.44));
    assert!(close(c.hip_fracture_deaths_avoided, 0.2072));
}

#[test]
fn qalys_by_hand() {
    // First-year loss per hip fracture: 0.25 × 0.4 + 0.75 × 0.2 = 0.25. Later year: 0.1 ×
    // survival 0.9 = 0.09. A death caused: 0.8 × 0.5 = 0.4 in its year, 0.8 × 0.9 = 0.72 next.
    // Year 1 gained: 1.28 × 0.25 + 0.128 × 0.4 = 0.3712.
    // Year 2 gained: 1.28 × 0.09 + 0.128 × 0.72 + 0.792 × 0.25 + 0.0792 × 0.4 = 0.43704.
    let o = run(&tiny());
    let c = &o.one_cohort;
    assert!(close(c.years[0].qalys_gained, 0.3712));
    assert!(close(c.years[1].qalys_gained, 0.43704));
    assert!(close(c.qalys_gained, 0.80824));
    assert!(close(c.qalys_gained_undiscounted, 0.80824));
    match c.cost_per_qaly {
        bc::CostPerQaly::Gbp(v) => assert!(close(v, 72_980.0 / 0.80824)),
        other => panic!("expected £ per QALY, got {other:?}"),
    }

    // At 10% for QALYs: year 2 divided by 1.1. Cost per QALY uses the net cost at the same
    // rate: (101,200 − 19,200) + (2,860 − 11,880) ÷ 1.1 = 82,000 − 8,200 = 73,800.
    let mut i = tiny();
    i.set("qaly_discount_rate_pct", 10.0).unwrap();
    let c = run(&i).one_cohort;
    let qalys = 0.3712 + 0.43704 / 1.1;
    let net = 73_800.0;
    assert!(close(c.qalys_gained, qalys));
    assert!(close(c.qalys_gained_undiscounted, 0.80824));
    assert!(close(c.net_cost_at_qaly_discount_rate_gbp, net));
    match c.cost_per_qaly {
        bc::CostPerQaly::Gbp(v) => assert!(close(v, net / qalys)),
        other => panic!("expected £ per QALY, got {other:?}"),
    }
    // Money is still undiscounted.
    assert!(close(c.net_cost_gbp, 72_980.0));
}

#[test]
fn service_running_two_years_by_hand() {
    // Year 1: cohort 1's first year. Year 2: cohort 1's second year + cohort 2's first year.
    let s = run(&tiny()).service;
    assert!(close(s.years[0].fractures_avoided.hip, 1.28));
    assert!(close(s.years[1].fractures_avoided.hip, 0.792 + 1.28));
    assert!(close(s.fractures_avoided, 3.352));
    assert!(close(s.fls_cost_gbp, 101_200.0 + 2_860.0 + 101_200.0));
    assert!(close(s.gross_savings_gbp, 19_200.0 + 11_880.0 + 19_200.0));
    assert!(close(s.net_cost_gbp, 205_260.0 - 50_280.0));
    assert!(close(s.qalys_gained, 0.3712 + 0.43704 + 0.3712));

    // With money discounted at 10%, year 2 is divided by 1.1.
    let mut i = tiny();
    i.set("cost_discount_rate_pct", 10.0).unwrap();
    let s = run(&i).service;
    assert!(close(
        s.fls_cost_gbp,
        101_200.0 + (2_860.0 + 101_200.0) / 1.1
    ));
}

#[test]
fn break_even_when_savings_overtake_cost() {
    // Raise the hip social-care cost to £100,000: savings year 1 = 1.28 × 110,000 = 140,800
    // ≥ cost 101,200, so the service breaks even in year 1.
    let mut i = tiny();
    i.set("hip_social_care_cost_gbp", 100_000.0).unwrap();
    let o = run(&i);
    assert_eq!(o.one_cohort.break_even_year, Some(1));
    assert!(close(o.one_cohort.years[0].gross_savings_gbp, 140_800.0));
    // At £60,000: year 1 savings 1.28 × 70,000 = 89,600 < 101,200; cumulative by year 2 =
    // 2.072 × 70,000 = 145,040 ≥ 104,060 → year 2.
    i.set("hip_social_care_cost_gbp", 60_000.0).unwrap();
    assert_eq!(run(&i).one_cohort.break_even_year, Some(2));
}
