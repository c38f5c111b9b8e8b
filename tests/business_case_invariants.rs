//! Invariants (property tests over a seeded sweep of random valid inputs, plus targeted
//! checks): zero effect → zero avoided; more identification / persistence / treatment →
//! not fewer avoided; everything finite; costs non-negative; people conserved; discount 0
//! equals undiscounted; horizon behaves monotonically; the horizon truncates consistently.

mod common;

use common::area as default_area;
use fls_toolkit::model::business_case as bc;

/// A small deterministic generator (64-bit LCG), so the sweep is reproducible without deps.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> f64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }
    fn between(&mut self, lo: f64, hi: f64) -> f64 {
        lo + (hi - lo) * self.next()
    }
}

/// Random valid inputs: every field uniform in its valid range, then the cross-field rules
/// repaired (mix and site shares normalised to 100, persistence falling, risk rising), the
/// FLS at least as active as usual care, and the caseload kept under 5,000 a year.
fn random_inputs(rng: &mut Rng) -> bc::Inputs {
    let mut i = bc::Inputs::with_index_fractures(bc::IndexFractures {
        hip: rng.between(0.0, 1000.0),
        vertebral: rng.between(0.0, 500.0),
        wrist_forearm: rng.between(0.0, 1000.0),
        other: rng.between(0.0, 2000.0),
    });
    for f in bc::INPUT_FIELDS {
        let mut v = rng.between(f.min, f.max);
        if f.whole_number {
            v = v.round();
        }
        i.set(f.id, v).unwrap();
    }
    i.set("typed_caseload_per_year", rng.between(0.0, 5000.0))
        .unwrap();
    if rng.next() < 0.3 {
        i.reach.caseload_mode = bc::CaseloadMode::Typed;
    }
    let normalise = |ids: &[&str], i: &mut bc::Inputs| {
        let sum: f64 = ids.iter().map(|id| i.get(id).unwrap()).sum();
        for id in ids {
            let v = i.get(id).unwrap() / sum * 100.0;
            i.set(id, v).unwrap();
        }
    };
    normalise(
        &[
            "mix_alendronate_pct",
            "mix_zoledronic_acid_pct",
            "mix_denosumab_pct",
        ],
        &mut i,
    );
    normalise(
        &[
            "later_fracture_hip_pct",
            "later_fracture_vertebral_pct",
            "later_fracture_wrist_forearm_pct",
            "later_fracture_other_pct",
        ],
        &mut i,
    );
    let mut p = [
        i.treatment.persistence_1y_pct,
        i.treatment.persistence_3y_pct,
        i.treatment.persistence_5y_pct,
    ];
    p.sort_by(|a, b| b.total_cmp(a));
    i.treatment.persistence_1y_pct = p[0];
    i.treatment.persistence_3y_pct = p[1];
    i.treatment.persistence_5y_pct = p[2];
    let mut c = [
        i.risk.refracture_cumulative_1y_pct,
        i.risk.refracture_cumulative_2y_pct,
        i.risk.refracture_cumulative_5y_pct,
    ];
    c.sort_by(|a, b| a.total_cmp(b));
    i.risk.refracture_cumulative_1y_pct = c[0];
    i.risk.refracture_cumulative_2y_pct = c[1];
    i.risk.refracture_cumulative_5y_pct = c[2];
    // FLS at least as active as usual care.
    let fls_started = i.pathway.assessed_pct / 100.0 * i.pathway.fls_treatment_started_pct;
    i.pathway.usual_care_treatment_started_pct =
        i.pathway.usual_care_treatment_started_pct.min(fls_started);
    let fls_dxa = i.pathway.assessed_pct / 100.0 * i.pathway.fls_dxa_pct;
    i.pathway.usual_care_dxa_pct = i.pathway.usual_care_dxa_pct.min(fls_dxa);
    i
}

fn all_finite(r: &bc::Results) -> bool {
    let mut values = vec![
        r.fractures_avoided,
        r.bed_days_saved,
        r.hip_fracture_deaths_avoided,
        r.qalys_gained,
        r.qalys_gained_undiscounted,
        r.fls_cost_gbp,
        r.gross_savings_gbp,
        r.net_cost_gbp,
        r.net_cost_at_qaly_discount_rate_gbp,
    ];
    values.extend(r.return_on_investment);
    values.extend(r.cost_per_fracture_avoided_gbp);
    if let bc::CostPerQaly::Gbp(v) = r.cost_per_qaly {
        values.push(v);
    }
    for y in &r.years {
        values.extend([
            y.fls_cost_gbp,
            y.gross_savings_gbp,
            y.cumulative_cost_gbp,
            y.cumulative_savings_gbp,
            y.qalys_gained,
        ]);
        values.extend(bc::FractureSite::ALL.map(|s| y.fractures_avoided.get(s)));
    }
    values.iter().all(|v| v.is_finite())
}

fn run(i: &bc::Inputs) -> bc::Outputs {
    bc::run(&i.validate().unwrap_or_else(|e| panic!("{e}")))
}

const EPS: f64 = 1e-9;

#[test]
fn random_sweep_finite_non_negative_and_conserved() {
    let mut rng = Rng(20_240_601);
    for case in 0..300 {
        let inputs = random_inputs(&mut rng);
        let o = run(&inputs);
        for r in [&o.one_cohort, &o.service] {
            assert!(all_finite(r), "case {case}: non-finite output");
            // Fractures avoided are never negative, at any site in any year.
            for y in &r.years {
                for s in bc::FractureSite::ALL {
                    assert!(y.fractures_avoided.get(s) >= -EPS, "case {case}");
                }
                assert!(
                    y.bed_days_saved >= -EPS
                        && y.hip_fracture_deaths_avoided >= -EPS
                        && y.qalys_gained >= -EPS
                );
                assert!(y.gross_savings_gbp >= -1e-6, "case {case}");
            }
            // Every cost item is non-negative when the FLS does at least what usual care does.
            let b = r.fls_cost_breakdown;
            for v in [
                b.nurse_specialists_gbp,
                b.administrators_gbp,
                b.consultant_sessions_gbp,
                b.dxa_scans_gbp,
                b.drugs_gbp,
                b.monitoring_gbp,
            ] {
                assert!(v >= -1e-6, "case {case}: negative cost item {b:?}");
            }
            assert!(r.bed_days_saved.is_finite() && o.wte_required >= 0.0);
            // Net cost is cost minus savings.
            assert!(
                (r.net_cost_gbp - (r.fls_cost_gbp - r.gross_savings_gbp)).abs()
                    < 1e-6 * r.fls_cost_gbp.abs().max(1.0)
            );
        }
        // People are conserved in every arm and year: alive + dead = start.
        let n = o.caseload.patients_per_year;
        for y in &o.cohort_trace.years {
            for arm in [&y.fls, &y.usual_care] {
                assert!(
                    (arm.people_start.total() - n).abs() <= 1e-9 * n.max(1.0),
                    "case {case}"
                );
                assert!(
                    (arm.people_end.total() - n).abs() <= 1e-9 * n.max(1.0),
                    "case {case}"
                );
                assert!(arm.people_end.alive >= -EPS && arm.people_end.dead >= -EPS);
            }
        }
        // Cost per QALY matches its definition.
        let r = &o.service;
        match r.cost_per_qaly {
            bc::CostPerQaly::NotApplicable => assert!(r.qalys_gained <= 1e-9),
            bc::CostPerQaly::CostSaving => {
                assert!(r.qalys_gained > 0.0 && r.net_cost_at_qaly_discount_rate_gbp <= 0.0)
            }
            bc::CostPerQaly::Gbp(v) => assert!(v > 0.0 && r.qalys_gained > 0.0),
        }
    }
}

#[test]
fn defaults_give_non_negative_counts_every_site_and_year() {
    let o = run(&default_area());
    for r in [&o.one_cohort, &o.service] {
        for y in &r.years {
            for s in bc::FractureSite::ALL {
                assert!(y.fractures_avoided.get(s) > 0.0, "{s:?} in year {}", y.year);
            }
            assert!(
                y.bed_days_saved >= 0.0
                    && y.hip_fracture_deaths_avoided >= 0.0
                    && y.qalys_gained > 0.0
            );
            assert!(y.fls_cost_gbp > 0.0 && y.gross_savings_gbp > 0.0);
        }
        assert!(
            r.savings_by_payer.acute_trust_gbp > 0.0 && r.savings_by_payer.social_care_gbp > 0.0
        );
    }
}

#[test]
fn no_treatment_effect_means_nothing_avoided() {
    let mut rng = Rng(7);
    for _ in 0..20 {
        let mut i = random_inputs(&mut rng);
        for f in bc::INPUT_FIELDS
            .iter()
            .filter(|f| f.id.ends_with("_rrr_pct"))
        {
            i.set(f.id, 0.0).unwrap();
        }
        let o = run(&i);
        for r in [&o.one_cohort, &o.service] {
            assert_eq!(r.fractures_avoided_by_site, bc::BySite::default());
            assert_eq!(r.gross_savings_gbp, 0.0);
            assert_eq!(r.bed_days_saved, 0.0);
            assert_eq!(r.hip_fracture_deaths_avoided, 0.0);
            assert_eq!(r.qalys_gained, 0.0);
            assert_eq!(r.cost_per_qaly, bc::CostPerQaly::NotApplicable);
            assert_eq!(r.cost_per_fracture_avoided_gbp, None);
        }
    }
}

/// `f(x)` evaluated at increasing `x` never decreases.
fn assert_not_decreasing(values: &[f64], what: &str) {
    for w in values.windows(2) {
        assert!(
            w[1] >= w[0] - 1e-9 * w[0].abs().max(1.0),
            "{what}: {values:?}"
        );
    }
}

#[test]
fn more_identification_never_fewer_fractures_avoided() {
    for id in ["non_spine_identification_pct", "spine_identification_pct"] {
        let avoided: Vec<f64> = (0..=10)
            .map(|k| {
                let mut i = default_area();
                i.set(id, k as f64 * 10.0).unwrap();
                run(&i).service.fractures_avoided
            })
            .collect();
        assert_not_decreasing(&avoided, id);
        assert!(avoided[10] > avoided[0]);
    }
}

#[test]
fn more_persistence_or_treatment_never_fewer_fractures_avoided() {
    let persistence: Vec<f64> = (0..=10)
        .map(|k| {
            let scale = 0.5 + 0.1 * k as f64; // 0.5 … 1.5 of the defaults (72.6/60/47 → ≤ 100)
            let mut i = default_area();
            i.set("persistence_1y_pct", (72.6 * scale).min(100.0))
                .unwrap();
            i.set("persistence_3y_pct", (60.0 * scale).min(100.0))
                .unwrap();
            i.set("persistence_5y_pct", (47.0 * scale).min(100.0))
                .unwrap();
            run(&i).service.fractures_avoided
        })
        .collect();
    assert_not_decreasing(&persistence, "persistence");
    let started: Vec<f64> = (3..=10)
        .map(|k| {
            let mut i = default_area();
            i.set("fls_treatment_started_pct", k as f64 * 10.0).unwrap();
            run(&i).service.fractures_avoided
        })
        .collect();
    assert_not_decreasing(&started, "treatment started");
    let effect: Vec<f64> = (0..=10)
        .map(|k| {
            let mut i = default_area();
            i.set("alendronate_hip_rrr_pct", k as f64 * 10.0).unwrap();
            run(&i).service.hip_fractures_avoided
        })
        .collect();
    assert_not_decreasing(&effect, "hip RRR");
}

#[test]
fn discount_rate_zero_equals_undiscounted() {
    let mut i = default_area();
    i.set("qaly_discount_rate_pct", 0.0).unwrap();
    let o = run(&i);
    for r in [&o.one_cohort, &o.service] {
        assert!((r.qalys_gained - r.qalys_gained_undiscounted).abs() < 1e-12);
        // Money at rate 0: the total is the plain sum of the yearly values …
        let plain: f64 = r.years.iter().map(|y| y.fls_cost_gbp).sum();
        assert!((r.fls_cost_gbp - plain).abs() < 1e-6);
        // … and cost per QALY's numerator is the undiscounted net cost.
        assert!((r.net_cost_at_qaly_discount_rate_gbp - r.net_cost_gbp).abs() < 1e-6);
    }
    assert_eq!(bc::discount_factor(1, 3.5), 1.0);
    assert!((bc::discount_factor(3, 3.5) - 1.0 / 1.035f64.powi(2)).abs() < 1e-15);
    // A positive rate shrinks everything after year 1.
    let mut j = default_area();
    j.set("cost_discount_rate_pct", 3.5).unwrap();
    let d = run(&j);
    let u = run(&default_area());
    assert!(d.service.fls_cost_gbp < u.service.fls_cost_gbp);
    assert!((d.service.years[0].fls_cost_gbp - u.service.years[0].fls_cost_gbp).abs() < 1e-6);
    assert!(u.service.qalys_gained < u.service.qalys_gained_undiscounted);
}

#[test]
fn horizon_one_to_ten_is_monotonic_and_truncates_consistently() {
    let runs: Vec<bc::Outputs> = (1..=10)
        .map(|h| {
            let mut i = default_area();
            i.set("horizon_years", h as f64).unwrap();
            run(&i)
        })
        .collect();
    for key in [
        |o: &bc::Outputs| o.service.fractures_avoided,
        |o: &bc::Outputs| o.service.fls_cost_gbp,
        |o: &bc::Outputs| o.service.gross_savings_gbp,
        |o: &bc::Outputs| o.service.bed_days_saved,
        |o: &bc::Outputs| o.service.qalys_gained,
        |o: &bc::Outputs| o.one_cohort.fractures_avoided,
        |o: &bc::Outputs| o.one_cohort.fls_cost_gbp,
        |o: &bc::Outputs| o.one_cohort.gross_savings_gbp,
    ] {
        let values: Vec<f64> = runs.iter().map(key).collect();
        assert_not_decreasing(&values, "horizon");
    }
    // A horizon of H years gives exactly the first H years of the 10-year run.
    let ten = &runs[9];
    for (h, o) in runs.iter().enumerate().map(|(k, o)| (k + 1, o)) {
        assert_eq!(o.service.years.len(), h);
        for (a, b) in o.service.years.iter().zip(&ten.service.years) {
            assert!((a.fls_cost_gbp - b.fls_cost_gbp).abs() < 1e-6);
            assert!((a.gross_savings_gbp - b.gross_savings_gbp).abs() < 1e-6);
            assert!((a.fractures_avoided.total() - b.fractures_avoided.total()).abs() < 1e-9);
            assert!((a.qalys_gained - b.qalys_gained).abs() < 1e-9);
        }
    }
    // With a 1-year horizon the service and one cohort are the same.
    assert_eq!(
        runs[0].service.fractures_avoided,
        runs[0].one_cohort.fractures_avoided
    );
    assert_eq!(
        runs[0].service.fls_cost_gbp,
        runs[0].one_cohort.fls_cost_gbp
    );
    // The service (a cohort every year) avoids at least as much as one cohort.
    for o in &runs {
        assert!(o.service.fractures_avoided >= o.one_cohort.fractures_avoided);
    }
}

#[test]
fn break_even_year_matches_the_cash_flow() {
    let mut rng = Rng(99);
    for _ in 0..100 {
        let o = run(&random_inputs(&mut rng));
        let r = &o.service;
        match r.break_even_year {
            Some(y) => {
                let row = &r.years[y - 1];
                assert!(row.cumulative_savings_gbp >= row.cumulative_cost_gbp);
                assert!(r.years[..y - 1]
                    .iter()
                    .all(|e| e.cumulative_savings_gbp < e.cumulative_cost_gbp));
            }
            None => assert!(r
                .years
                .iter()
                .all(|e| e.cumulative_savings_gbp < e.cumulative_cost_gbp)),
        }
        // Cumulative columns add up.
        let last = r.years.last().unwrap();
        assert!((last.cumulative_cost_gbp - r.fls_cost_gbp).abs() < 1e-6 * r.fls_cost_gbp.max(1.0));
        assert!(
            (last.cumulative_savings_gbp - r.gross_savings_gbp).abs()
                < 1e-6 * r.gross_savings_gbp.abs().max(1.0)
        );
    }
}

#[test]
fn refracture_conversion_gives_back_the_cumulative_risks() {
    // With no deaths, 1 − Π(1 − h) reproduces C1, C2 and C5 (defaults 10%, 18%, 31%).
    let risk = bc::Inputs::default().risk;
    let h = bc::risk::refracture_probability_by_year(&risk, 10);
    let mut free = 1.0;
    let mut cumulative = Vec::new();
    for p in &h {
        free *= 1.0 - p;
        cumulative.push(1.0 - free);
    }
    assert!((cumulative[0] - 0.10).abs() < 1e-12);
    assert!((cumulative[1] - 0.18).abs() < 1e-12);
    assert!((cumulative[4] - 0.31).abs() < 1e-12);
    assert!((h[1] - 0.08 / 0.9).abs() < 1e-12);
    assert_eq!(h[5], h[4]); // carried on after year 5
    assert!(h.iter().all(|p| (0.0..=1.0).contains(p)));
}

#[test]
fn persistence_curve_passes_through_the_published_points() {
    let t = bc::Inputs::default().treatment;
    let p = |x: f64| bc::pathway::persistence_at(x, &t);
    assert_eq!(p(0.0), 1.0);
    assert!((p(1.0) - 0.726).abs() < 1e-12);
    assert!((p(3.0) - 0.60).abs() < 1e-12);
    assert!((p(5.0) - 0.47).abs() < 1e-12);
    assert!((p(2.0) - 0.663).abs() < 1e-12);
    assert!((p(7.0) - 0.34).abs() < 1e-12); // 47% − 2 × 6.5 points
    assert_eq!(p(20.0), 0.0);
    let on = bc::pathway::on_treatment_by_year(&t, 5);
    let expected = [0.863, 0.6945, 0.6315, 0.5675, 0.5025];
    for (a, b) in on.iter().zip(expected) {
        assert!((a - b).abs() < 1e-12, "{on:?}");
    }
}

#[test]
fn mix_weighted_effect_and_drug_cost() {
    let i = bc::Inputs::default();
    let rrr = bc::effect::risk_reduction_by_site(&i.treatment, &i.effect);
    // 0.8 × 51 + 0.15 × 41 + 0.05 × 40 = 48.95% hip; 0.8 × 47 + 0.15 × 70 + 0.05 × 68 = 51.5%.
    assert!((rrr.hip - 0.4895).abs() < 1e-12);
    assert!((rrr.vertebral - 0.515).abs() < 1e-12);
    assert!((rrr.wrist_forearm - 0.20).abs() < 1e-12);
    // 0.8 × £60 + 0.15 × £250 + 0.05 × £370 = £104.
    assert!((bc::effect::drug_cost_per_treatment_year(&i.treatment) - 104.0).abs() < 1e-9);
}

#[test]
fn caseload_from_fractures_and_typed() {
    let mut i = default_area();
    i.set("non_spine_identification_pct", 50.0).unwrap();
    i.set("spine_identification_pct", 10.0).unwrap();
    let c = bc::caseload(&i.reach);
    assert!((c.identified_by_site.hip - 150.0).abs() < 1e-9);
    assert!((c.identified_by_site.vertebral - 11.0).abs() < 1e-9);
    assert!((c.patients_per_year - (150.0 + 11.0 + 160.0 + 415.0)).abs() < 1e-9);
    // Typed: total as typed, split like the identified fractures.
    i.reach.caseload_mode = bc::CaseloadMode::Typed;
    i.set("typed_caseload_per_year", 1472.0).unwrap();
    let t = bc::caseload(&i.reach);
    assert!((t.patients_per_year - 1472.0).abs() < 1e-9);
    assert!((t.identified_by_site.hip - 300.0).abs() < 1e-9);
    // Typed with no local fractures: national mix at 80% / 80%.
    let n = bc::caseload(&bc::Inputs::with_typed_caseload(536.0).reach);
    assert!((n.identified_by_site.hip - 79.0).abs() < 1e-9);
}
