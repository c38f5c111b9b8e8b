//! Host tests of the saved-settings schema and the route table.

use fls_toolkit::routes::{parse_query, Route, ROUTES};
use fls_toolkit::storage::schema::{decode, encode, Loaded, SavedState, SCHEMA_VERSION};

#[test]
fn saved_state_round_trips() {
    let mut state = SavedState::new();
    state.area = Some("CCG21:E38000006".into());
    state.impact_edits.insert("cost-hospital-hip".into(), "15000".into());
    let text = encode(&state);
    assert_eq!(decode(Some(&text)), Loaded::Ok(state));
    assert_eq!(decode(None), Loaded::Nothing);
}

#[test]
fn damaged_saved_data_is_reported_with_the_text_kept() {
    for (raw, reason_part) in [
        ("{not json", "not valid JSON"),
        (r#"{"area":"E08000035"}"#, "no version"),
        (r#"{"version":99,"area":"E08000035"}"#, "newer version"),
        (r#"{"version":1,"area":7}"#, "unexpected shape"),
        (r#"{"version":1,"patients":[]}"#, "unexpected shape"),
    ] {
        match decode(Some(raw)) {
            Loaded::Damaged { raw: kept, reason } => {
                assert_eq!(kept, raw, "the text is kept exactly");
                assert!(reason.contains(reason_part), "{raw}: {reason}");
            }
            other => panic!("{raw} should be damaged, got {other:?}"),
        }
    }
    assert_eq!(SCHEMA_VERSION, 1);
}

#[test]
fn a_minimal_version_one_document_reads_with_defaults() {
    match decode(Some(r#"{"version":1}"#)) {
        Loaded::Ok(state) => {
            assert_eq!(state.area, None);
            assert!(state.impact_edits.is_empty());
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn hash_routes_parse_and_print() {
    assert_eq!(Route::from_hash(""), Route::Start);
    assert_eq!(Route::from_hash("#/"), Route::Start);
    assert_eq!(Route::from_hash("#/impact?area=E08000035"), Route::Impact { area: Some("E08000035".into()) });
    assert_eq!(Route::from_hash("#/impact?area="), Route::Impact { area: None });
    assert_eq!(
        Route::from_hash("#/projection?area=CCG21%3AE38000006&from=2026&years=10"),
        Route::Projection { area: Some("CCG21:E38000006".into()), from: Some("2026".into()), years: Some("10".into()) }
    );
    assert_eq!(Route::from_hash("#/sources/"), Route::Sources);
    assert_eq!(Route::from_hash("#/nowhere"), Route::NotFound("/nowhere".into()));
    let r = Route::Projection { area: Some("CCG21:E38000006".into()), from: Some("2026".into()), years: None };
    assert_eq!(r.to_hash(), "#/projection?area=CCG21:E38000006&from=2026");
    assert_eq!(Route::from_hash(&r.to_hash()), r);
    assert_eq!(parse_query("a=1&b=x%20y&c=%zz&d")["b"], "x y");
    assert_eq!(parse_query("c=%zz")["c"], "%zz");
    assert_eq!(parse_query("c=%")["c"], "%");
    for entry in ROUTES {
        assert_eq!(Route::from_hash(&format!("#{}", entry.path)).path(), entry.path);
    }
}

#[test]
fn a_local_hip_count_belongs_to_its_area_and_other_edits_to_all() {
    use fls_toolkit::model::impact::ImpactField;
    let mut state = SavedState::new();
    state.set_edit(ImpactField::LocalHipFractures, Some("S08000031"), "1100".into(), "");
    state.set_edit(ImpactField::HipBedDays, Some("S08000031"), "18".into(), "20.2");
    let glasgow = state.impact_edits_for(Some("S08000031"));
    assert_eq!(glasgow.get("local-hip-fractures").map(String::as_str), Some("1100"));
    let leeds = state.impact_edits_for(Some("E08000035"));
    assert_eq!(leeds.get("local-hip-fractures"), None, "another area is not calibrated by Glasgow's count");
    assert_eq!(leeds.get("hip-bed-days").map(String::as_str), Some("18"));
    assert_eq!(state.edit_text(ImpactField::LocalHipFractures, Some("E08000035")), None);
    // Typing the default back removes the edit; an empty state is "nothing saved".
    state.set_edit(ImpactField::HipBedDays, None, "20.2".into(), "20.2");
    state.set_edit(ImpactField::LocalHipFractures, Some("S08000031"), "".into(), "");
    assert!(state.is_empty());
}
