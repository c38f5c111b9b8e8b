//! Order-of-magnitude checks of the defaults against published claims (domain guide §4).
//! These are not calibrations: every input is a default except the caseload, which is
//! built as the local-impact model would build it. The figures are printed (run with
//! `--nocapture`) so they can be reported.

use fls_toolkit::model::business_case as bc;

fn ratio(a: f64, b: f64) -> f64 {
    if a > b {
        a / b
    } else {
        b / a
    }
}

/// DH 2009, "Fracture prevention services: an economic evaluation": a population of
/// 320,000 with 797 hip, humerus, spine and forearm fractures a year; for one annual cohort,
/// over 5 years, £290,708 saved against £234,181 extra cost.
///
/// Caseload as our local-impact model would give it: about 125,000 of 320,000 people are
/// aged 50+ (≈39%, UK mid-2022 share [A]), 52% women [A]; van der Velde et al. 2016 crude
/// rates per 10,000 (women/men): hip 33.5/13.4, vertebral 11.8/5.9, radius-ulna 41.2/9.6 →
/// hip 298, vertebral 112, forearm 325 a year (735). DH's 797 also include humerus: the
/// remaining 62 go in "other". Identification 80% (default) → 638 patients a year.
#[test]
fn dh_2009_population_of_320_000_same_order_of_magnitude() {
    let inputs = bc::Inputs::with_index_fractures(bc::IndexFractures {
        hip: 298.0,
        vertebral: 112.0,
        wrist_forearm: 325.0,
        other: 62.0,
    });
    let o = bc::run(&inputs.validate().unwrap());
    let c = &o.one_cohort;
    println!(
        "DH 2009 (one cohort, 5 years): patients {:.0}; fractures avoided {:.1} (hip {:.1}); FLS cost £{:.0} vs DH £234,181; savings £{:.0} vs DH £290,708; net cost £{:.0}",
        o.caseload.patients_per_year, c.fractures_avoided, c.hip_fractures_avoided, c.fls_cost_gbp, c.gross_savings_gbp, c.net_cost_gbp
    );
    assert!((o.caseload.patients_per_year - 797.0 * 0.8).abs() < 1e-9);
    // Within a factor of 3 of each published figure.
    assert!(
        ratio(c.gross_savings_gbp, 290_708.0) < 3.0,
        "savings £{:.0}",
        c.gross_savings_gbp
    );
    assert!(
        ratio(c.fls_cost_gbp, 234_181.0) < 3.0,
        "cost £{:.0}",
        c.fls_cost_gbp
    );
}

/// ROS public statement: an FLS for an average English CCG (about 110,000 people aged 50+)
/// prevents more than 250 fractures and saves about £2m over five years (≈ £8,000 per
/// fracture avoided). Caseload from van der Velde et al. 2016 crude rates for 57,200 women and
/// 52,800 men aged 50+ (52% women [A]); "other" = all fractures − hip − vertebral −
/// radius-ulna (170.0 − 33.5 − 11.8 − 41.2 = 83.5 women; 78.9 − 13.4 − 5.9 − 9.6 = 50.0 men).
#[test]
fn ros_average_ccg_same_order_of_magnitude() {
    let women = 57_200.0 / 10_000.0;
    let men = 52_800.0 / 10_000.0;
    let inputs = bc::Inputs::with_index_fractures(bc::IndexFractures {
        hip: women * 33.5 + men * 13.4,
        vertebral: women * 11.8 + men * 5.9,
        wrist_forearm: women * 41.2 + men * 9.6,
        other: women * 83.5 + men * 50.0,
    });
    let o = bc::run(&inputs.validate().unwrap());
    let s = &o.service;
    let per_fracture = s.gross_savings_gbp / s.fractures_avoided;
    println!(
        "ROS average CCG (service, 5 years): patients {:.0}/yr; fractures avoided {:.1} (hip {:.1}) vs ROS >250; savings £{:.0} vs ROS ~£2m; savings per fracture £{:.0} vs ~£8,000; FLS cost £{:.0}; net cost £{:.0}; WTE {:.1}",
        o.caseload.patients_per_year, s.fractures_avoided, s.hip_fractures_avoided, s.gross_savings_gbp, per_fracture, s.fls_cost_gbp, s.net_cost_gbp, o.wte_required
    );
    // Same order of magnitude (within a factor of 10) for fractures avoided and savings …
    assert!(ratio(s.fractures_avoided, 250.0) < 10.0);
    assert!(ratio(s.gross_savings_gbp, 2_000_000.0) < 10.0);
    // … and closer for the saving per fracture avoided, which does not depend on caseload.
    assert!(
        ratio(per_fracture, 8_000.0) < 2.0,
        "£{per_fracture:.0} per fracture"
    );
}
