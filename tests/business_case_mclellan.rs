//! McLellan et al. 2011 (Osteoporosis International 22:2083–98), West Glasgow FLS, a
//! hypothetical cohort of 1,000 fragility-fracture patients. Published figures:
//!
//! - 740 need treatment; 686 treated with the FLS versus 193 under usual care;
//! - assessments £98,000 (FLS) vs £14,000 (usual care): extra £83,598;
//! - drugs £292,000 vs £85,000: extra £206,544;
//! - savings from fractures avoided about £312,000; overall (net) saving about £21,000;
//! - 18 fractures avoided, of which 11 hip; 22 QALYs gained; 266 bed days saved
//!   (and 3 life-years gained, which our model does not report).
//!
//! McLellan's model was a lifetime Markov model whose inputs (risks, costs, horizon) are not
//! all published, so this is a **calibrated reproduction**: we derive the per-patient inputs
//! from the published totals (arithmetic below), calibrate risk × effect to the 18 (11 hip)
//! fractures, and then check that our accounting reproduces the published cost, saving and
//! net figures. What is calibrated and what is a real check is said at each assertion.

use fls_toolkit::model::business_case as bc;

const PATIENTS: f64 = 1000.0;

/// The McLellan input set before calibration. Each choice, and why:
fn mclellan_inputs() -> bc::Inputs {
    // Cohort of 1,000 typed in; with no local index fractures the model splits it by the
    // national fracture mix (this only affects mortality).
    let mut i = bc::Inputs::with_typed_caseload(PATIENTS);
    let set = |i: &mut bc::Inputs, id: &str, v: f64| i.set(id, v).unwrap();

    // Pathway. Everyone is assessed. Need treatment 740/1,000 = 74%.
    // Started with the FLS 686/740 = 92.7027%; usual care 193/740 = 26.0811%.
    set(&mut i, "assessed_pct", 100.0);
    set(&mut i, "need_treatment_pct", 74.0);
    set(&mut i, "fls_treatment_started_pct", 686.0 / 740.0 * 100.0);
    set(
        &mut i,
        "usual_care_treatment_started_pct",
        193.0 / 740.0 * 100.0,
    );

    // Assessment. McLellan publishes totals only: FLS £98,000, usual care £14,000 (rounded),
    // difference £83,598 (exact). We express them in our structure as:
    //   usual care: 20% of patients have a £70 DXA scan → 1,000 × 0.20 × £70 = £14,000;
    //   FLS: the same 20% DXA (£14,000) plus nurse time: 1,000 patients ÷ 500 patients per
    //   WTE = 2 WTE × £41,799 (all-in cost, on-costs 0%) = £83,598;
    //   FLS total £97,598 ≈ £98,000. No administrator, consultant or monitoring costs
    //   (McLellan's assessment cost already includes the service's staff).
    set(&mut i, "fls_dxa_pct", 20.0);
    set(&mut i, "usual_care_dxa_pct", 20.0);
    set(&mut i, "dxa_scan_cost_gbp", 70.0);
    set(&mut i, "patients_per_nurse_wte", 500.0);
    set(&mut i, "nurse_salary_gbp", 41_799.0);
    set(&mut i, "on_costs_pct", 0.0);
    set(&mut i, "admin_wte_per_nurse_wte", 0.0);
    set(&mut i, "consultant_sessions_per_week", 0.0);
    set(&mut i, "monitoring_contacts_first_year", 0.0);
    set(&mut i, "monitoring_contacts_later_years", 0.0);

    // Treatment: Glasgow used mainly oral bisphosphonates → 100% alendronate with the
    // pivotal-trial effects (51% hip, 47% vertebral, 20% [A] elsewhere). The drug cost a year
    // is calibrated below. Persistence: our defaults (Naranjo 2022).
    set(&mut i, "mix_alendronate_pct", 100.0);
    set(&mut i, "mix_zoledronic_acid_pct", 0.0);
    set(&mut i, "mix_denosumab_pct", 0.0);

    // Horizon: 10 years, the longest our model allows (McLellan's was longer).
    // Money undiscounted; QALYs at 3.5%.
    set(&mut i, "horizon_years", 10.0);
    set(&mut i, "cost_discount_rate_pct", 0.0);
    set(&mut i, "qaly_discount_rate_pct", 3.5);

    // Savings: McLellan's costs are not published by site. We keep our non-hip costs
    // (£1,152 spine, £690 others), put the whole hip cost in one acute figure (community and
    // social care 0) and calibrate it below.
    set(&mut i, "hip_community_cost_gbp", 0.0);
    set(&mut i, "hip_social_care_cost_gbp", 0.0);

    // Bed days: not published by site; we attribute all 266 to hip fractures:
    // 266 ÷ 11 = 24.18 days per hip fracture (NHFD 2012 mean acute stay: 20.2).
    set(&mut i, "hip_bed_days", 266.0 / 11.0);
    for id in [
        "vertebral_bed_days",
        "wrist_forearm_bed_days",
        "other_bed_days",
    ] {
        set(&mut i, id, 0.0);
    }
    i
}

fn run(i: &bc::Inputs) -> bc::Outputs {
    bc::run(&i.validate().expect("McLellan inputs are valid"))
}

/// Set the site split of further fractures with `hip` % to hip and the rest in the default
/// proportions of the other three sites (12.3 : 12.9 : 60.1).
fn set_hip_share(i: &mut bc::Inputs, hip: f64) {
    let rest = 100.0 - hip;
    let (v, w, o) = (12.3, 12.9, 60.1);
    let sum = v + w + o;
    i.set("later_fracture_hip_pct", hip).unwrap();
    i.set("later_fracture_vertebral_pct", rest * v / sum)
        .unwrap();
    i.set("later_fracture_wrist_forearm_pct", rest * w / sum)
        .unwrap();
    i.set("later_fracture_other_pct", rest * o / sum).unwrap();
}

/// Multiply our default cumulative refracture risks (10/18/31%) by `k`.
fn set_risk_scale(i: &mut bc::Inputs, k: f64) {
    i.set("refracture_cumulative_1y_pct", 10.0 * k).unwrap();
    i.set("refracture_cumulative_2y_pct", 18.0 * k).unwrap();
    i.set("refracture_cumulative_5y_pct", 31.0 * k).unwrap();
}

/// Bisection for an increasing function `f` on `[lo, hi]` to reach `target`.
fn solve(mut lo: f64, mut hi: f64, target: f64, f: impl Fn(f64) -> f64) -> f64 {
    for _ in 0..60 {
        let mid = 0.5 * (lo + hi);
        if f(mid) < target {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    0.5 * (lo + hi)
}

/// The calibrated McLellan input set:
/// 1. drug cost a year `c` so that the extra drug cost is £206,544 (the model is linear in
///    `c`: run with £1 and divide);
/// 2. refracture-risk multiplier `k` and hip share of further fractures so that 18
///    fractures (11 hip) are avoided — alternating: solve `k` for 18 at the current hip
///    share, then rescale the hip share by 11 ÷ hip avoided, until both hold;
/// 3. hip fracture cost so that savings are £312,000: savings are linear in it, so
///    hip cost = (312,000 − non-hip savings) ÷ hip fractures avoided;
/// 4. later-year disutility (hip and non-hip alike) so that 22 discounted QALYs are gained.
fn calibrated() -> (bc::Inputs, Calibration) {
    let mut i = mclellan_inputs();

    i.set("alendronate_cost_gbp_per_year", 1.0).unwrap();
    let drug_years = run(&i).one_cohort.fls_cost_breakdown.drugs_gbp;
    let drug_cost = 206_544.0 / drug_years;
    i.set("alendronate_cost_gbp_per_year", drug_cost).unwrap();

    let mut hip_share = 14.7;
    let mut k = 1.0;
    for _ in 0..30 {
        set_hip_share(&mut i, hip_share);
        let base = i;
        k = solve(0.1, 3.0, 18.0, |k| {
            let mut j = base;
            set_risk_scale(&mut j, k);
            run(&j).one_cohort.fractures_avoided
        });
        set_risk_scale(&mut i, k);
        let hip = run(&i).one_cohort.hip_fractures_avoided;
        hip_share = (hip_share * 11.0 / hip).min(99.0);
    }
    set_hip_share(&mut i, hip_share);
    set_risk_scale(&mut i, k);

    let o = run(&i).one_cohort;
    let non_hip_savings =
        o.gross_savings_gbp - o.hip_fractures_avoided * i.get("hip_acute_cost_gbp").unwrap();
    let hip_cost = (312_000.0 - non_hip_savings) / o.hip_fractures_avoided;
    i.set("hip_acute_cost_gbp", hip_cost).unwrap();

    let base = i;
    let later = solve(0.0, 1.0, 22.0, |d| {
        let mut j = base;
        j.set("hip_disutility_later_years", d).unwrap();
        j.set("non_hip_disutility_later_years", d).unwrap();
        run(&j).one_cohort.qalys_gained
    });
    i.set("hip_disutility_later_years", later).unwrap();
    i.set("non_hip_disutility_later_years", later).unwrap();

    (
        i,
        Calibration {
            drug_cost,
            risk_scale: k,
            hip_share,
            hip_cost,
            later_disutility: later,
        },
    )
}

#[derive(Debug)]
#[allow(dead_code)] // printed with {:?} when a test fails
struct Calibration {
    drug_cost: f64,
    risk_scale: f64,
    hip_share: f64,
    hip_cost: f64,
    later_disutility: f64,
}

#[test]
fn mclellan_treated_counts_come_from_the_pathway() {
    // Real check of the pathway arithmetic: 1,000 × 74% × 92.7% = 686; × 26.1% = 193.
    let o = run(&mclellan_inputs());
    assert!((o.cohort_trace.starters_fls - 686.0).abs() < 1e-9);
    assert!((o.cohort_trace.starters_usual_care - 193.0).abs() < 1e-9);
}

#[test]
fn mclellan_extra_assessment_cost_is_83_598() {
    // Real check of the staffing and DXA arithmetic (no calibration involved):
    // 2 WTE × £41,799 + (200 − 200 scans) × £70 = £83,598 (within 1%: we expect exact).
    let o = run(&mclellan_inputs()).one_cohort;
    let extra = o.fls_cost_breakdown.assessment_gbp();
    assert!(
        (extra - 83_598.0).abs() < 0.01 * 83_598.0,
        "extra assessment £{extra:.0}"
    );
    assert!((extra - 83_598.0).abs() < 1e-6);
    // FLS assessment total £97,598 vs published £98,000 (rounded): within 1%.
    let fls_total = extra + 1000.0 * 0.20 * 70.0;
    assert!((fls_total - 98_000.0).abs() < 0.01 * 98_000.0);
}

#[test]
fn mclellan_calibrated_reproduction() {
    let (inputs, cal) = calibrated();
    let o = run(&inputs).one_cohort;

    // Calibrated quantities (these hold by construction; they prove the model can express
    // the study): extra drug cost within 1% of £206,544; 18 ± 1 fractures of which 11 ± 1
    // hip; savings within £1,000 of £312,000; QALYs 22 ± 1.
    let drugs = o.fls_cost_breakdown.drugs_gbp;
    assert!(
        (drugs - 206_544.0).abs() < 0.01 * 206_544.0,
        "drugs £{drugs:.0} {cal:?}"
    );
    assert!(
        (o.fractures_avoided - 18.0).abs() <= 1.0,
        "avoided {} {cal:?}",
        o.fractures_avoided
    );
    assert!(
        (o.hip_fractures_avoided - 11.0).abs() <= 1.0,
        "hip {} {cal:?}",
        o.hip_fractures_avoided
    );
    assert!(
        (o.gross_savings_gbp - 312_000.0).abs() <= 1_000.0,
        "savings £{:.0}",
        o.gross_savings_gbp
    );
    assert!(
        (o.qalys_gained - 22.0).abs() <= 1.0,
        "QALYs {} {cal:?}",
        o.qalys_gained
    );

    // Real checks of the accounting (not calibrated):
    // - the extra assessment cost is still £83,598 ± 1%;
    let assessment = o.fls_cost_breakdown.assessment_gbp();
    assert!((assessment - 83_598.0).abs() < 0.01 * 83_598.0);
    // - FLS cost = assessment + drugs (no monitoring in this set) = £290,142;
    assert!((o.fls_cost_gbp - (83_598.0 + 206_544.0)).abs() < 0.01 * 290_142.0);
    // - net saving = 312,000 − 83,598 − 206,544 = £21,858, within £1,000 of "about £21,000";
    let net_saving = -o.net_cost_gbp;
    assert!(
        (net_saving - 21_000.0).abs() <= 1_000.0,
        "net saving £{net_saving:.0}"
    );
    // - bed days: 24.18 days × hip fractures avoided (11 ± 0.05 after calibration) = 266 ± 3;
    assert!(
        (o.bed_days_saved - 266.0).abs() <= 3.0,
        "bed days {}",
        o.bed_days_saved
    );
    // - the service saves money and gains QALYs, so cost per QALY is "cost saving";
    assert_eq!(o.cost_per_qaly, bc::CostPerQaly::CostSaving);
    // - ROI = (312,000 − 290,142) ÷ 290,142 ≈ 0.075.
    let roi = o.return_on_investment.unwrap();
    assert!((roi - 21_858.0 / 290_142.0).abs() < 0.005, "ROI {roi}");

    // The calibrated inputs stay plausible (a guard against a calibration that "works" with
    // absurd values): refracture risk 0.3–2.5 × ROS; hip share of further fractures
    // 20–90%; hip cost £10,000–£40,000; later-year disutility under 0.5.
    // Honest note: the calibration lands at about 0.42 × the ROS risks (4.2% / 7.6% / 13.1%
    // at 1 / 2 / 5 years), below Banefelt's 7.1% / 12.0%, with about 42% of further fractures
    // at the hip (11 of McLellan's 18 avoided fractures were hip fractures, so hip fractures
    // must dominate). McLellan's model therefore implied fewer, more hip-heavy further
    // fractures than our defaults; our defaults would avoid more fractures per patient but
    // fewer hip fractures. The calibrated hip cost (≈ £27,800) is close to our default
    // hospital + community + social-care total (£30,136), and the calibrated later-year
    // disutility (≈ 0.17) is close to the 12-month hip value (0.16).
    assert!((0.3..2.5).contains(&cal.risk_scale), "{cal:?}");
    assert!((20.0..90.0).contains(&cal.hip_share), "{cal:?}");
    assert!((10_000.0..40_000.0).contains(&cal.hip_cost), "{cal:?}");
    assert!(cal.later_disutility < 0.5, "{cal:?}");
    println!("McLellan calibration: {cal:?}");
    println!(
        "McLellan model: avoided {:.2} (hip {:.2}), assessment £{:.0}, drugs £{:.0}, savings £{:.0}, net cost £{:.0}, QALYs {:.2}, bed days {:.1}",
        o.fractures_avoided, o.hip_fractures_avoided, assessment, drugs, o.gross_savings_gbp, o.net_cost_gbp, o.qalys_gained, o.bed_days_saved
    );
}
