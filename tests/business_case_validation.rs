//! Validation and the input metadata table: every out-of-range field is reported at once,
//! in plain English, against its id; the table and the struct agree.

mod common;

use common::area;
use fls_toolkit::model::business_case as bc;

#[test]
fn defaults_are_valid() {
    assert!(bc::Inputs::default().validate().is_ok());
    assert!(area().validate().is_ok());
    assert!(bc::Inputs::with_typed_caseload(1000.0).validate().is_ok());
}

#[test]
fn every_out_of_range_field_is_reported_at_once() {
    let mut i = area();
    for f in bc::INPUT_FIELDS {
        i.set(f.id, f.max + 1.0).unwrap();
    }
    let errors = i.validate().unwrap_err().errors;
    // One range error per field, in table order, and nothing else (cross-field rules are
    // skipped for fields that are already wrong).
    assert_eq!(errors.len(), bc::INPUT_FIELDS.len());
    for (e, f) in errors.iter().zip(bc::INPUT_FIELDS) {
        assert_eq!(e.field, f.id);
        assert!(e.message.starts_with("Enter "), "{}", e.message);
    }
    // Below the minimum, and not-a-number, are caught too.
    let mut j = area();
    j.set("assessed_pct", -1.0).unwrap();
    j.set("dxa_scan_cost_gbp", f64::NAN).unwrap();
    j.set("nurse_salary_gbp", f64::INFINITY).unwrap();
    j.reach.index_fractures.hip = -5.0;
    let e = j.validate().unwrap_err();
    let ids: Vec<&str> = e.errors.iter().map(|e| e.field.as_str()).collect();
    assert_eq!(
        ids,
        [
            "assessed_pct",
            "dxa_scan_cost_gbp",
            "nurse_salary_gbp",
            "index_fractures_hip"
        ]
    );
}

#[test]
fn messages_are_plain_english_with_the_range() {
    let mut i = area();
    i.set("non_spine_identification_pct", 120.0).unwrap();
    i.set("horizon_years", 2.5).unwrap();
    i.set("hip_acute_cost_gbp", 260_000.0).unwrap();
    i.set("utility_of_survivors", 1.5).unwrap();
    let e = i.validate().unwrap_err();
    assert_eq!(
        e.for_field("non_spine_identification_pct").unwrap().message,
        "Enter non-spine fractures the service identifies between 0% and 100%"
    );
    assert_eq!(
        e.for_field("horizon_years").unwrap().message,
        "Enter years the business case looks ahead as a whole number between 1 and 10"
    );
    assert_eq!(
        e.for_field("hip_acute_cost_gbp").unwrap().message,
        "Enter hip fracture: hospital cost in the first year between £0 and £250,000"
    );
    assert_eq!(
        e.for_field("utility_of_survivors").unwrap().message,
        "Enter quality of life of a person whose death is avoided between 0 and 1"
    );
    assert_eq!(e.errors.len(), 4);
    assert!(e.to_string().starts_with("4 input(s) need attention"));
    // Horizon 0 and 11 are out of range too.
    for h in [0.0, 11.0] {
        let mut j = area();
        j.set("horizon_years", h).unwrap();
        assert!(j
            .validate()
            .unwrap_err()
            .for_field("horizon_years")
            .is_some());
    }
}

#[test]
fn cross_field_rules() {
    let mut i = area();
    i.set("mix_alendronate_pct", 70.0).unwrap(); // 70 + 15 + 5 = 90
    i.set("later_fracture_other_pct", 50.0).unwrap(); // 14.7 + 12.3 + 12.9 + 50 = 89.9
    i.set("persistence_3y_pct", 80.0).unwrap(); // above 72.6 at 1 year (and 47 ≤ 80 is fine)
    i.set("refracture_cumulative_5y_pct", 15.0).unwrap(); // below 18 at 2 years
    let e = i.validate().unwrap_err();
    assert_eq!(e.errors.len(), 4, "{e}");
    assert_eq!(
        e.for_field("mix_alendronate_pct").unwrap().message,
        "The drug mix must add up to 100% (it now adds up to 90%)"
    );
    assert_eq!(
        e.for_field("later_fracture_hip_pct").unwrap().message,
        "The sites of further fractures must add up to 100% (they now add up to 89.9%)"
    );
    assert!(e
        .for_field("persistence_3y_pct")
        .unwrap()
        .message
        .contains("1 year"));
    assert!(e
        .for_field("refracture_cumulative_5y_pct")
        .unwrap()
        .message
        .contains("2 years"));

    // Rounding within 0.1 points is accepted.
    let mut j = area();
    j.set("later_fracture_other_pct", 60.15).unwrap();
    assert!(j.validate().is_ok());
    // Persistence at 5 years above 3 years, and 2-year risk below 1-year risk.
    let mut k = area();
    k.set("persistence_5y_pct", 65.0).unwrap();
    k.set("refracture_cumulative_2y_pct", 5.0).unwrap();
    let e = k.validate().unwrap_err();
    let ids: Vec<&str> = e.errors.iter().map(|e| e.field.as_str()).collect();
    assert_eq!(ids, ["persistence_5y_pct", "refracture_cumulative_2y_pct"]);
}

#[test]
fn unknown_field_is_an_error() {
    let mut i = area();
    assert_eq!(
        i.set("no_such_input", 1.0),
        Err(bc::InputError::UnknownField("no_such_input".into()))
    );
    assert_eq!(i.get("no_such_input"), None);
}

#[test]
fn metadata_table_is_consistent_with_the_struct() {
    let defaults = bc::Inputs::default();
    let mut ids = std::collections::HashSet::new();
    for f in bc::INPUT_FIELDS {
        assert!(ids.insert(f.id), "duplicate id {}", f.id);
        assert!(
            f.min <= f.default && f.default <= f.max,
            "{} default out of range",
            f.id
        );
        assert_eq!(defaults.get(f.id), Some(f.default), "{}", f.id);
        assert!(!f.label.is_empty() && !f.source.citation.is_empty(), "{}", f.id);
        // A published or derived default names the figure or the arithmetic; an assumption
        // says what it rests on (its citation) and is flagged for replacement.
        match f.source.basis {
            bc::Basis::Published | bc::Basis::Derived => assert!(!f.source.note.is_empty(), "{}", f.id),
            bc::Basis::Assumption => assert!(f.source.is_assumption() && f.source.note.is_empty(), "{}", f.id),
        }
        // Setting through the id reaches the right field.
        let mut i = defaults;
        i.set(f.id, f.default + 0.5).unwrap();
        assert_eq!(i.get(f.id), Some(f.default + 0.5));
        assert_ne!(i, defaults);
        assert!(bc::field(f.id).is_some());
    }
    // Every group has inputs; the group listing covers the whole table.
    let total: usize = bc::InputGroup::ALL
        .iter()
        .map(|&g| bc::fields_in_group(g).count())
        .sum();
    assert_eq!(total, bc::INPUT_FIELDS.len());
    assert!(bc::InputGroup::ALL
        .iter()
        .all(|&g| bc::fields_in_group(g).count() > 0));
    // Domain-guide defaults with their tags.
    let tag = |id: &str| bc::field(id).unwrap().source.basis;
    assert_eq!(
        (
            bc::field("persistence_1y_pct").unwrap().default,
            tag("persistence_1y_pct")
        ),
        (72.6, bc::Basis::Published)
    );
    assert_eq!(
        (
            bc::field("fls_treatment_started_pct").unwrap().default,
            tag("fls_treatment_started_pct")
        ),
        (92.7, bc::Basis::Derived)
    );
    assert_eq!(
        (
            bc::field("hip_acute_cost_gbp").unwrap().default,
            tag("hip_acute_cost_gbp")
        ),
        (14_163.0, bc::Basis::Published)
    );
    assert_eq!(tag("alendronate_wrist_forearm_rrr_pct"), bc::Basis::Assumption);
    assert_eq!(tag("nurse_salary_gbp"), bc::Basis::Assumption);
    assert!(bc::field("hip_acute_cost_gbp").unwrap().source.cited().contains("(2016)"));
}

#[test]
fn inputs_round_trip_through_json() {
    let mut i = area();
    bc::ServicePreset::Minimal.apply(&mut i);
    let json = serde_json::to_string(&i).unwrap();
    let back: bc::Inputs = serde_json::from_str(&json).unwrap();
    assert_eq!(back, i);
    // Outputs serialise too (for CSV/JSON export by the app).
    let out = bc::run(&i.validate().unwrap());
    assert!(serde_json::to_string(&out)
        .unwrap()
        .contains("\"fractures_avoided\""));
}
