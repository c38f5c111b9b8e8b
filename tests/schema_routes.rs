//! Host tests of the saved-settings schema and the route table.

use fls_toolkit::model::kpi::{aggregates, parse, settings_from_text, Date, KpiSettings, AS_AT_FIELD};
use fls_toolkit::routes::{parse_query, Route, ROUTES};
use fls_toolkit::storage::schema::{decode, encode, Loaded, SavedState, MIGRATIONS, SCHEMA_VERSION};

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
        (r#"{"version":1,"area":7}"#, "not in the form this version expects"),
        (r#"{"version":1,"patients":[]}"#, "not in the form this version expects"),
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
fn a_version_one_document_from_before_the_kpi_page_still_reads() {
    let before = r#"{"version":1,"area":"E08000035","impact_edits":{"cost-hospital-hip":"15000"},"custom_population":{}}"#;
    match decode(Some(before)) {
        Loaded::Ok(state) => {
            assert_eq!(state.area.as_deref(), Some("E08000035"));
            assert!(state.kpi_inputs.is_empty());
            assert_eq!(state.kpi_aggregates, None);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn saved_kpi_aggregates_round_trip_and_hold_no_record_ids() {
    let import = parse(include_bytes!("fixtures/kpi_sample.csv")).unwrap();
    let mut state = SavedState::new();
    state.kpi_inputs.insert("kpi-window-4".into(), "60".into());
    state.kpi_aggregates = Some(aggregates(&import.records, &KpiSettings::default()));
    let text = encode(&state);
    assert_eq!(decode(Some(&text)), Loaded::Ok(state));
    for record in &import.records {
        assert!(!text.contains(&record.record_id), "{} must not be saved", record.record_id);
    }
    assert!(text.contains(r#""month":"2024-01""#));
}

#[test]
fn the_typed_kpi_as_at_date_is_a_saved_setting_like_the_windows() {
    // The page keeps what is typed in the as-at field in kpi_inputs, as it does the windows,
    // and computes the settings from kpi_inputs alone.
    let mut state = SavedState::new();
    state.kpi_inputs.insert(AS_AT_FIELD.into(), "31/12/2025".into());
    state.kpi_inputs.insert("kpi-window-4".into(), "60".into());
    let text = encode(&state);
    let Loaded::Ok(back) = decode(Some(&text)) else { panic!("{text}") };
    let (settings, errors) = settings_from_text(&back.kpi_inputs, None);
    assert!(errors.is_empty());
    assert_eq!(settings.as_at, Date::from_ymd(2025, 12, 31));
    assert_eq!(settings.windows.assessment_days, 60);
    assert!(text.contains(r#""kpi-as-at":"31/12/2025""#));
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
    assert_eq!(Route::from_hash("#/business-case?area=E08000035"), Route::BusinessCase { area: Some("E08000035".into()) });
    assert_eq!(Route::BusinessCase { area: Some("CCG21:E38000006".into()) }.to_hash(), "#/business-case?area=CCG21:E38000006");
    assert_eq!(Route::BusinessCase { area: None }.title(), "Business case");
    assert_eq!(Route::from_hash("#/kpis"), Route::Kpis { area: None });
    assert_eq!(Route::from_hash("#/kpis?area=E08000035"), Route::Kpis { area: Some("E08000035".into()) });
    assert_eq!(Route::Kpis { area: Some("CCG21:E38000006".into()) }.to_hash(), "#/kpis?area=CCG21:E38000006");
    assert_eq!(Route::Kpis { area: None }.title(), "FLS KPIs");
    assert_eq!(Route::from_hash("#/project"), Route::Project);
    assert_eq!(Route::Project.to_hash(), "#/project");
    assert_eq!(Route::Project.title(), "Project");
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

#[test]
fn scenarios_round_trip_and_version_one_documents_without_them_still_read() {
    let mut state = SavedState::new();
    state.business_case_edits.insert("horizon_years".into(), "7".into());
    let first = state.save_scenario("  Full service ").unwrap();
    state.business_case_edits.insert("horizon_years".into(), "3".into());
    let second = state.save_scenario("Short horizon").unwrap();
    assert_ne!(first, second);
    assert_eq!(state.scenarios[0].name, "Full service");
    assert_eq!(state.scenarios[0].edits["horizon_years"], "7");
    let text = encode(&state);
    assert_eq!(decode(Some(&text)), Loaded::Ok(state.clone()));
    // A document saved before scenarios existed reads with none.
    match decode(Some(r#"{"version":1,"area":"E08000035","impact_edits":{"price-uplift":"10"}}"#)) {
        Loaded::Ok(old) => {
            assert!(old.scenarios.is_empty() && old.business_case_edits.is_empty());
            assert_eq!(old.impact_edits["price-uplift"], "10");
        }
        other => panic!("{other:?}"),
    }
    // A scenario with an unknown field is damaged data, kept and reported, not dropped.
    assert!(matches!(decode(Some(r#"{"version":1,"scenarios":[{"id":1,"name":"a","edits":{},"x":1}]}"#)), Loaded::Damaged { .. }));
}

#[test]
fn scenarios_are_named_renamed_opened_and_deleted() {
    let mut state = SavedState::new();
    assert_eq!(state.save_scenario("   "), Err("Enter a name for the scenario".into()));
    assert!(state.save_scenario(&"x".repeat(61)).unwrap_err().contains("60 characters"));
    let a = state.save_scenario("Minimal").unwrap();
    assert!(state.save_scenario("minimal").unwrap_err().contains("already exists"));
    state.business_case_edits.insert("dxa_scan_cost_gbp".into(), "90".into());
    let b = state.save_scenario("Dearer scans").unwrap();
    state.rename_scenario(b, "Scans at £90").unwrap();
    assert!(state.rename_scenario(b, "Minimal").is_err(), "names stay unique");
    assert!(state.rename_scenario(b, "scans at £90").is_ok(), "its own name may change case");
    state.open_scenario(a);
    assert!(state.business_case_edits.is_empty());
    state.open_scenario(b);
    assert_eq!(state.business_case_edits["dxa_scan_cost_gbp"], "90");
    // Delete and undo: it goes back where it was.
    let (at, deleted) = state.delete_scenario(a).unwrap();
    assert_eq!((at, deleted.name.as_str(), state.scenarios.len()), (0, "Minimal", 1));
    state.restore_scenario(at, deleted).unwrap();
    assert_eq!(state.scenarios.iter().map(|s| s.id).collect::<Vec<_>>(), vec![a, b]);
    // Undo after a scenario of the same name was saved is refused, with the reason.
    let (at, deleted) = state.delete_scenario(a).unwrap();
    let again = state.save_scenario("MINIMAL").unwrap();
    assert!(state.restore_scenario(at, deleted).unwrap_err().contains("cannot be put back"));
    state.delete_scenario(again);
    assert_eq!(state.delete_scenario(a), None, "already gone");
    assert_eq!(state.scenarios.len(), 1);
    let c = state.save_scenario("Another").unwrap();
    assert!(c > b, "a new id is above every id in use");
    assert_eq!(state.rename_scenario(a, "Gone"), Err("That scenario no longer exists".into()));
}

/// Saved data written by each released layout of version 1 still reads, unchanged, so a
/// user's settings survive every update. Add a fixture here whenever the schema changes.
#[test]
fn every_saved_fixture_of_earlier_releases_still_reads() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/storage");
    let mut versions_seen = std::collections::BTreeSet::new();
    for entry in std::fs::read_dir(&dir).expect("fixtures folder") {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let version: u32 = name.strip_prefix('v').and_then(|r| r.split('-').next()).and_then(|v| v.parse().ok())
            .unwrap_or_else(|| panic!("{name}: fixtures are named v<version>-<what>.json"));
        let text = std::fs::read_to_string(&path).unwrap();
        let saved: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(saved["version"], version, "{name}: the file's version matches its name");
        match decode(Some(&text)) {
            Loaded::Ok(state) => {
                assert_eq!(state.version, SCHEMA_VERSION, "{name}");
                assert!(state.area.is_some(), "{name}: the area survives");
                assert!(!state.impact_edits.is_empty(), "{name}: edits survive");
                // Read again after saving: nothing changes on a second load.
                assert_eq!(decode(Some(&encode(&state))), Loaded::Ok(state.clone()), "{name}");
            }
            other => panic!("{name} no longer reads: {other:?}"),
        }
        versions_seen.insert(version);
    }
    // Every released version, up to this one, has saved data to migrate from.
    let every: std::collections::BTreeSet<u32> = (1..=SCHEMA_VERSION).collect();
    assert_eq!(versions_seen, every, "add fixtures of each released version's saved data");
    assert_eq!(MIGRATIONS.len(), SCHEMA_VERSION as usize - 1);
}

#[test]
fn saved_data_claiming_version_zero_is_kept_as_damaged() {
    match decode(Some(r#"{"version":0,"area":"E08000035"}"#)) {
        Loaded::Damaged { reason, raw } => {
            assert!(reason.contains("version number 0"), "{reason}");
            assert!(raw.contains("E08000035"));
        }
        other => panic!("{other:?}"),
    }
}

/// A page opened without an area in its link shows the saved area and writes it into the
/// link; links that name an area, and pages without one, are left alone.
#[test]
fn a_link_without_an_area_gets_the_area_shown() {
    let filled = Route::from_hash("#/projection?from=2027&years=5").with_area_filled("E08000035").unwrap();
    assert_eq!(filled.to_hash(), Route::from_hash("#/projection?area=E08000035&from=2027&years=5").to_hash());
    assert_eq!(Route::from_hash("#/impact").with_area_filled("S12000049").unwrap().to_hash(), "#/impact?area=S12000049");
    assert_eq!(Route::from_hash("#/impact?area=E08000035").with_area_filled("S12000049"), None);
    assert_eq!(Route::from_hash("#/project").with_area_filled("S12000049"), None);
    assert_eq!(Route::from_hash("#/kpis").with_area_filled("E08000035").unwrap().to_hash(), "#/kpis?area=E08000035");
}
