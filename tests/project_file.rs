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
    let huge = " ".repeat(MAX_FILE_BYTES + 1);
    assert_eq!(import_project(&huge), Err(ImportError::TooLarge { bytes: MAX_FILE_BYTES + 1 }));
}

#[test]
fn a_file_of_the_wrong_shape_leads_with_plain_words_and_keeps_the_detail() {
    let bad_shape = r#"{"format":"fls-toolkit-project","version":1,"exported_at":"","settings":{"version":1,"scenarios":"lots"}}"#;
    let error = import_project(bad_shape).unwrap_err();
    assert_eq!(error, ImportError::WrongShape { detail: "invalid type: string \"lots\", expected a sequence".into() });
    let words = error.to_string();
    assert!(words.starts_with("Part of the file is not in the form this app expects, so nothing was imported."), "{words}");
    assert!(words.ends_with("(Details: invalid type: string \"lots\", expected a sequence.)"), "{words}");
    let no_settings = r#"{"format":"fls-toolkit-project","version":1,"exported_at":""}"#;
    assert!(import_project(no_settings).unwrap_err().to_string().starts_with("The file cannot be imported: it holds no settings."));
    let version_0 = r#"{"format":"fls-toolkit-project","version":1,"exported_at":"","settings":{"version":0}}"#;
    let words = import_project(version_0).unwrap_err().to_string();
    assert!(words.starts_with("The file cannot be imported: its settings could not be brought up to date (The saved settings have version number 0"), "{words}");
}

#[test]
fn the_size_of_a_file_too_large_is_shown_to_one_decimal_place_never_rounded_down_to_the_limit() {
    let mib = 1024 * 1024;
    let words = |bytes| ImportError::TooLarge { bytes }.to_string();
    assert_eq!(words(6 * mib), "The file is too large to be a project file from this app (6.0 MB; the limit is 5 MB).");
    assert!(words(5 * mib + 1).contains("(5.1 MB;"), "just over the limit does not read as 5.0 MB");
    assert!(words(7 * mib + mib / 4).contains("(7.3 MB;"));
    assert!(words(40 * 1024 * mib).contains("(40,960.0 MB;"), "a huge file's size does not overflow");
}

#[test]
fn the_file_is_named_after_the_project_and_date() {
    assert_eq!(file_name("Leeds FLS (draft)", "2026-12-03"), "fls-project-leeds-fls-draft-2026-12-03.json");
    assert_eq!(file_name("", "2026-12-03"), "fls-project-2026-12-03.json");
    assert_eq!(file_name("  ()  ", "2026-12-03"), "fls-project-2026-12-03.json");
}

#[test]
fn the_file_name_keeps_accented_letters_and_drops_symbols() {
    assert_eq!(file_name("Café Lumière FLS", "2026-12-03"), "fls-project-café-lumière-fls-2026-12-03.json");
    assert_eq!(file_name("ÉCOLE Ōsaka", "2026-12-03"), "fls-project-école-ōsaka-2026-12-03.json");
    assert_eq!(file_name("FLS 🦴 / service: #2", "2026-12-03"), "fls-project-fls-service-2-2026-12-03.json");
}

#[test]
fn a_long_project_name_gives_a_file_name_that_can_be_saved() {
    let stem = |name: &str| {
        let file = file_name(name, "2026-12-03");
        assert!(file.len() <= 255, "{} bytes: {file}", file.len());
        file.strip_prefix("fls-project-").and_then(|f| f.strip_suffix("-2026-12-03.json")).expect("prefix and date kept").to_string()
    };
    // 1,000 characters in one word: cut at 60.
    assert_eq!(stem(&"a".repeat(1000)), "a".repeat(MAX_NAME_IN_FILE_NAME));
    assert_eq!(MAX_NAME_IN_FILE_NAME, 60);
    // Many words: cut at the last hyphen that fits, never mid-word or on a hyphen.
    let words = stem(&"Leeds Teaching Hospitals ".repeat(40));
    assert_eq!(words, "leeds-teaching-hospitals-leeds-teaching-hospitals-leeds");
    // A short first word then a very long one: cutting at the hyphen would leave too little, so cut mid-word.
    assert_eq!(stem(&format!("Leeds {}", "x".repeat(100))), format!("leeds-{}", "x".repeat(54)));
    // Letters of four bytes each: the name is cut to keep the whole file name within 255 bytes.
    let wide = stem(&"𐐀".repeat(100));
    assert!(wide.chars().all(|c| c == '𐐨') && !wide.is_empty(), "{wide}");
}
