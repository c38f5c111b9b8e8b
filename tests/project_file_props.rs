//! Property tests for reading a project file (the JSON a user chooses on `#/project`): it
//! never panics whatever the bytes, every refusal has words for the user, what is accepted
//! can be used (documents written, exported again unchanged), and a project with any text the
//! user could type survives the round trip. Bounded: a few hundred small cases each, well
//! under a second in all.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

use fls_toolkit::model::project::documents::{assemble, DocKind, ModelFigures};
use fls_toolkit::model::project::{Risk, TeamMember};
use fls_toolkit::storage::project_file::*;
use fls_toolkit::storage::schema::{SavedState, Scenario};
use fls_toolkit::word::to_docx;
use proptest::prelude::*;

const EXPORTED_AT: &str = "2026-12-03T10:00:00Z";

/// What the page does with an accepted file: shows and writes its documents, saves it.
fn use_it(state: &SavedState) {
    let figures = ModelFigures {
        area_name: "Anywhere",
        population_50plus: 0.0,
        impact: None,
        projection: &[],
        business_case: None,
        scenarios: &[],
        today: "03/12/2026",
    };
    for kind in DocKind::ALL {
        let doc = assemble(kind, &state.project, &figures);
        to_docx(&doc, &[]).expect("documents of an imported project can be written");
    }
    let again = export_project(state, EXPORTED_AT);
    assert_eq!(import_project(&again).as_ref(), Ok(state), "an accepted project exports and imports unchanged");
}

fn read(text: &str) {
    match import_project(text) {
        Ok(state) => use_it(&state),
        Err(e) => assert!(e.to_string().len() > 20, "every refusal says why: {e:?}"),
    }
}

fn sample(name: &str, risk: &str, likelihood: u8, edit: &str) -> SavedState {
    let mut s = SavedState::new();
    s.area = Some("E08000035".into());
    s.business_case_edits.insert("horizon_years".into(), edit.into());
    s.scenarios.push(Scenario { id: 1, name: name.chars().take(60).collect(), edits: BTreeMap::from([("wte_nurse".into(), edit.into())]) });
    s.project.project_name = name.into();
    s.project.team.push(TeamMember { id: 1, name: name.into(), role: risk.into(), clinical_champion: true, ..Default::default() });
    s.project.risks.push(Risk { id: 1, description: risk.into(), likelihood, impact: 6u8.saturating_sub(likelihood), ..Default::default() });
    s
}

/// Any JSON value, a few levels deep.
fn json_value() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::from),
        any::<i64>().prop_map(serde_json::Value::from),
        any::<f64>().prop_filter("finite", |f| f.is_finite()).prop_map(serde_json::Value::from),
        ".{0,12}".prop_map(serde_json::Value::from),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(serde_json::Value::from),
            proptest::collection::btree_map("[a-z_]{1,16}", inner, 0..6)
                .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Names of the fields the settings and workspace really have, so generated objects often
/// reach deep into the schema instead of stopping at the first unknown key.
const KEYS: [&str; 14] = [
    "version", "area", "impact_edits", "business_case_edits", "scenarios", "kpi_inputs", "kpi_aggregates",
    "project", "project_name", "team", "risks", "likelihood", "objectives", "standards",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 192, ..ProptestConfig::default() })]

    #[test]
    fn any_text_is_read_or_refused_with_a_reason(text in "\\PC{0,300}") {
        read(&text);
    }

    #[test]
    fn any_bytes_read_as_text_are_read_or_refused(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        read(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn a_valid_file_cut_or_changed_anywhere_is_read_or_refused(
        at in 0.0f64..1.0,
        cut in 0usize..40,
        insert in "[\\[\\]{}\",:0-9a-z\\\\ ]{0,4}",
    ) {
        let text = export_project(&sample("Leeds FLS", "DXA waits", 4, "7"), EXPORTED_AT);
        let mut at = (text.len() as f64 * at) as usize;
        while !text.is_char_boundary(at) { at -= 1; }
        let mut end = (at + cut).min(text.len());
        while !text.is_char_boundary(end) { end -= 1; }
        let changed = format!("{}{}{}", &text[..at], insert, &text[end..]);
        read(&changed);
    }

    #[test]
    fn any_settings_under_a_valid_header_are_read_or_refused(
        settings in json_value(),
        key in proptest::sample::select(KEYS.to_vec()),
        value in json_value(),
    ) {
        for settings in [settings, serde_json::json!({ "version": 1, key: value })] {
            let file = serde_json::json!({ "format": FILE_FORMAT, "version": 1, "exported_at": "", "settings": settings });
            read(&file.to_string());
        }
    }

    #[test]
    fn whatever_the_user_typed_survives_the_round_trip(
        name in "\\PC{0,80}",
        risk in "\\PC{0,200}",
        likelihood in 0u8..=9,
        edit in "\\PC{0,12}",
    ) {
        let state = sample(&name, &risk, likelihood, &edit);
        let text = export_project(&state, EXPORTED_AT);
        prop_assert_eq!(import_project(&text), Ok(state.clone()));
        use_it(&state);
    }

    /// Whatever the project is called, the export's file name can be saved: at most 255 bytes,
    /// no path separators or characters Windows refuses, the date and extension kept.
    #[test]
    fn any_project_name_gives_a_file_name_that_can_be_saved(name in "\\PC{0,400}") {
        let file = file_name(&name, "2026-12-03");
        prop_assert!(file.len() <= 255, "{} bytes", file.len());
        prop_assert!(file.starts_with("fls-project-") && file.ends_with("2026-12-03.json"));
        prop_assert!(!file.contains(['/', '\\', ':', '*', '?', '"', '<', '>', '|', ' ']), "{}", file);
        prop_assert!(!file.contains("--"), "{}", file);
    }
}

/// Deeply nested brackets are refused as "not JSON" (serde_json stops at 128 levels), not a
/// stack overflow that would take the page down.
#[test]
fn deep_nesting_is_refused_without_overflowing_the_stack() {
    for open in ["[", "{\"a\":"] {
        let text = open.repeat(200_000);
        assert_eq!(import_project(&text), Err(ImportError::NotJson));
    }
    let nested_settings = format!(
        r#"{{"format":"fls-toolkit-project","version":1,"exported_at":"","settings":{{"version":1,"project":{}}}}}"#,
        "[".repeat(100_000)
    );
    assert!(import_project(&nested_settings).is_err());
}

/// The size check comes first: a file just over the limit is refused before any parsing.
#[test]
fn the_size_limit_is_exact() {
    let mut text = export_project(&sample("Leeds FLS", "DXA waits", 4, "7"), EXPORTED_AT);
    let pad = MAX_FILE_BYTES - text.len();
    text.insert_str(text.len() - 1, &" ".repeat(pad));
    assert_eq!(text.len(), MAX_FILE_BYTES);
    assert!(import_project(&text).is_ok(), "a file of exactly 5 MB is read");
    text.insert(text.len() - 1, ' ');
    assert_eq!(import_project(&text), Err(ImportError::TooLarge { bytes: MAX_FILE_BYTES + 1 }));
}
