//! Exporting the whole project as one file and importing it back: round trip, and a clear
//! error for a file that is not ours, from a newer version, damaged or too large.

use std::collections::BTreeMap;

use fls_toolkit::model::project::{Risk, TeamMember};
use fls_toolkit::storage::project_file::*;
use fls_toolkit::storage::schema::{SavedState, Scenario};

fn sample() -> SavedState {
    let mut s = SavedState::new();
    s.area = Some("E08000035".into());
    s.impact_edits.insert("cost_hip".into(), "30000".into());
    s.business_case_edits.insert("horizon_years".into(), "7".into());
    s.scenarios.push(Scenario { id: 1, name: "Minimal".into(), edits: BTreeMap::from([("wte_nurse".into(), "1".into())]) });
    s.project.project_name = "Leeds FLS".into();
    s.project.team.push(TeamMember { id: 1, name: "Dr Ahmed".into(), role: "Orthogeriatrician".into(), clinical_champion: true, ..Default::default() });
    s.project.risks.push(Risk { id: 1, description: "DXA waits".into(), likelihood: 4, impact: 3, ..Default::default() });
    s
}

#[test]
fn a_project_round_trips_through_its_file() {
    let state = sample();
    let text = export_project(&state, "2026-12-03T10:00:00Z");
    assert!(text.contains("\"format\": \"fls-toolkit-project\""));
    assert_eq!(import_project(&text), Ok(state.clone()));
    // A byte-order mark (some editors add one) is fine.
    assert_eq!(import_project(&format!("\u{feff}{text}")), Ok(state));
}

#[test]
fn a_file_that_is_not_ours_is_refused_with_a_clear_reason() {
    assert_eq!(import_project("name,age\nA,50"), Err(ImportError::NotJson));
    assert_eq!(import_project(r#"{"version":1,"area":"E08000035"}"#), Err(ImportError::NotOurs));
    assert_eq!(import_project(r#"{"format":"something-else","version":1,"settings":{}}"#), Err(ImportError::NotOurs));
    assert!(ImportError::NotOurs.to_string().contains("not a project file from this app"));
}

#[test]
fn a_file_from_a_newer_version_is_refused_and_says_so() {
    let newer_file = r#"{"format":"fls-toolkit-project","version":2,"exported_at":"","settings":{"version":1}}"#;
    assert_eq!(import_project(newer_file), Err(ImportError::Newer { version: 2 }));
    let newer_settings = r#"{"format":"fls-toolkit-project","version":1,"exported_at":"","settings":{"version":3}}"#;
    assert_eq!(import_project(newer_settings), Err(ImportError::Newer { version: 3 }));
    assert!(ImportError::Newer { version: 2 }.to_string().contains("newer version"));
}

#[test]
fn a_damaged_or_oversized_file_is_refused() {
    let no_settings = r#"{"format":"fls-toolkit-project","version":1,"exported_at":""}"#;
    assert!(matches!(import_project(no_settings), Err(ImportError::Damaged(_))));
    let bad_shape = r#"{"format":"fls-toolkit-project","version":1,"exported_at":"","settings":{"version":1,"scenarios":"lots"}}"#;
    assert!(matches!(import_project(bad_shape), Err(ImportError::Damaged(_))));
    let huge = " ".repeat(MAX_FILE_BYTES + 1);
    assert_eq!(import_project(&huge), Err(ImportError::TooLarge { bytes: MAX_FILE_BYTES + 1 }));
    assert!(ImportError::TooLarge { bytes: 6 * 1024 * 1024 }.to_string().contains("limit is 5 MB"));
}

#[test]
fn the_file_is_named_after_the_project_and_date() {
    assert_eq!(file_name("Leeds FLS (draft)", "2026-12-03"), "fls-project-leeds-fls-draft-2026-12-03.json");
    assert_eq!(file_name("", "2026-12-03"), "fls-project-2026-12-03.json");
}
