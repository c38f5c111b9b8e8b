//! Browser tests (wasm-bindgen-test in headless Chromium): the storage module against the
//! browser's real localStorage, and the app mounted into a real DOM.
#![cfg(target_arch = "wasm32")]

use fls_toolkit::storage::local::{clear_all, damaged_backup, load, save, StorageNotice};
use fls_toolkit::storage::schema::{SavedState, BACKUP_KEY, STORAGE_KEY};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn store() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

#[wasm_bindgen_test]
fn saved_settings_survive_a_reload() {
    store().clear().unwrap();
    let (fresh, notice) = load();
    assert_eq!(notice, None);
    assert_eq!(fresh, SavedState::new());
    let mut state = SavedState::new();
    state.area = Some("E08000035".into());
    state.impact_edits.insert("rate-hip-F-80-84".into(), "120".into());
    save(&state).unwrap();
    assert_eq!(load(), (state, None));
}

#[wasm_bindgen_test]
fn damaged_settings_are_kept_under_the_backup_key_and_reported() {
    store().clear().unwrap();
    store().set_item(STORAGE_KEY, "{\"version\":1,\"area\":").unwrap();
    let (state, notice) = load();
    assert_eq!(state, SavedState::new());
    match notice {
        Some(StorageNotice::Damaged { reason }) => assert!(reason.contains("not valid JSON"), "{reason}"),
        other => panic!("expected a damaged notice, got {other:?}"),
    }
    assert_eq!(damaged_backup().as_deref(), Some("{\"version\":1,\"area\":"));
    assert_eq!(store().get_item(BACKUP_KEY).unwrap().as_deref(), Some("{\"version\":1,\"area\":"));
}

#[wasm_bindgen_test]
fn clearing_removes_only_this_apps_keys() {
    store().clear().unwrap();
    store().set_item("another-app", "keep me").unwrap();
    save(&SavedState::new()).unwrap();
    store().set_item(BACKUP_KEY, "old").unwrap();
    clear_all();
    assert_eq!(store().get_item(STORAGE_KEY).unwrap(), None);
    assert_eq!(store().get_item(BACKUP_KEY).unwrap(), None);
    assert_eq!(store().get_item("another-app").unwrap().as_deref(), Some("keep me"));
}

#[wasm_bindgen_test]
async fn the_impact_page_renders_leeds_figures_in_a_real_dom() {
    store().clear().unwrap();
    let window = web_sys::window().unwrap();
    window.location().set_hash("#/impact?area=E08000035").unwrap();
    let document = window.document().unwrap();
    let host = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    let handle = leptos::mount::mount_to(host.clone().unchecked_into(), fls_toolkit::app::App);
    let text = |id: &str| document.query_selector(&format!("[data-testid='{id}']")).unwrap().map(|e| e.text_content().unwrap_or_default());
    assert_eq!(text("impact-population-50plus").as_deref(), Some("269,322"));
    assert_eq!(text("chosen-area").map(|t| t.contains("Leeds")), Some(true));
    // The chart is drawn as inline SVG.
    assert!(document.query_selector(".fls-chart svg").unwrap().is_some());
    drop(handle);
}

use wasm_bindgen::JsCast;

#[wasm_bindgen_test]
async fn the_kpi_page_shows_the_contract_privacy_and_kpi_2_source_before_any_file() {
    store().clear().unwrap();
    let window = web_sys::window().unwrap();
    window.location().set_hash("#/kpis?area=E08000035").unwrap();
    let document = window.document().unwrap();
    let host = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    let handle = leptos::mount::mount_to(host.clone().unchecked_into(), fls_toolkit::app::App);
    let text = |id: &str| document.query_selector(&format!("[data-testid='{id}']")).unwrap().map(|e| e.text_content().unwrap_or_default());
    assert!(text("kpi-privacy").unwrap().contains("never written to browser storage"));
    assert!(text("kpi-expected-source").unwrap().contains("Leeds"));
    let input = document.query_selector("[data-testid='kpi-file']").unwrap().unwrap();
    assert_eq!(input.get_attribute("type").as_deref(), Some("file"));
    let rows = |table: &str, n: usize| document.query_selector(&format!("[data-testid='{table}'] tbody tr:nth-child({n})")).unwrap().is_some();
    assert!(rows("kpi-contract-columns", 14) && !rows("kpi-contract-columns", 15), "the 14 template columns");
    assert!(rows("kpi-contract-kpis", 11) && !rows("kpi-contract-kpis", 12), "the 11 KPIs");
    assert!(text("kpi-records").is_none(), "no results before a file");
    drop(handle);
    host.remove();
}
