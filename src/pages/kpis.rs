//! `#/kpis?area=<code>`: the 11 FLS KPIs from a patient file the user chooses, computed in
//! this browser. The file is read a chunk of rows at a time, yielding to the browser between
//! chunks (and between the stages of the analysis), so a million rows never freeze the page.
//!
//! Privacy: the file's rows live only in this page's memory (`Import` in a signal) and are
//! dropped when the page is left; only the monthly counts, when the user asks, go into the
//! saved settings.
//!
//! The import and the analysis run as async tasks that write signals rather than as memos:
//! a memo over a million records would block the page on every keystroke. Each task carries
//! a generation number and stops when a newer one starts.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen_futures::JsFuture;

use super::area_choice::{AreaChoice, PageInputs};
use super::impact::{ChosenArea, UnknownArea};
use crate::app::AppState;
use crate::charts::kpi::{
    adherence_note, band_text, breakdown_table, columns_table, contract_columns_table, contract_kpis_table, denominator_text,
    fractures_covered_text, kpi2_working_text, kpi_file_words, kpi_summary_table, national_text, rejected_table, rows_read_text,
    run_chart_spec, run_chart_table, warnings_table, window_label, worklist_table,
};
use crate::charts::render::p_chart_svg;
use crate::charts::table::Table;
use crate::components::data_table::DataTable;
use crate::components::download::{download_text, file_stem};
use crate::components::error_summary::ErrorSummary;
use crate::components::figure::Figure;
use crate::components::number_input::NumberInput;
use crate::data::sources::NATIONAL_KPI_YEARS;
use crate::model::format::{count_noun, whole};
use crate::model::impact::local_impact;
use crate::model::kpi::{
    aggregates, breakdown, compute, expected_non_spine_per_year, rejected_rows_csv, run_charts, settings_from_text, template_csv,
    window_field, worklist, Aggregates, Breakdown, BreakdownBy, Date, Import, Importer, Kpi, KpiResults, KpiSettings, PeriodLength,
    RunChart, Worklist, WorklistStatus, AS_AT_FIELD, DUE_SOON_DAYS, EXAMPLE_CSV, EXPECTED_FIELD,
};
use crate::model::validation::FieldError;
use crate::routes::Route;

/// Rows read between two yields to the browser (about 20–60 ms of work in WebAssembly).
const ROWS_PER_CHUNK: usize = 25_000;
/// Rows of the worklist and rejected-row tables shown on the page (downloads hold all).
const ROWS_SHOWN: usize = 200;

/// Everything shown after an import, from the engine.
struct KpiAnalysis {
    results: KpiResults,
    breakdowns: Vec<Breakdown>,
    /// Each p-chart with its SVG, drawn during the analysis so showing them is quick.
    charts: Vec<(RunChart, String)>,
    worklist: Worklist,
    aggregates: Aggregates,
    /// Whether the as-at date was typed (else it is the latest date in the file).
    as_at_typed: bool,
}

/// Today's date on this computer (local time): the file is an extract made by today, so a
/// later date in it is a mistake (see `Importer::with_today`).
fn today() -> Option<Date> {
    let now = js_sys::Date::new_0();
    Date::from_ymd(now.get_full_year() as i32, now.get_month() + 1, now.get_date())
}

/// Lets the browser paint and handle input: resolves on the next macrotask.
async fn next_tick() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
        }
    });
    let _ = JsFuture::from(promise).await;
}

/// The page's working state (signals are `Copy`, so the tasks take it by value).
#[derive(Clone, Copy)]
struct KpiState {
    file_name: RwSignal<Option<String>>,
    import: RwSignal<Option<Arc<Import>>>,
    analysis: RwSignal<Option<Arc<KpiAnalysis>>>,
    /// What is happening and how far (0–1), while a task runs.
    progress: RwSignal<Option<(String, f64)>>,
    error: RwSignal<Option<String>>,
    period: RwSignal<PeriodLength>,
    import_generation: StoredValue<u64>,
    analysis_generation: StoredValue<u64>,
}

impl KpiState {
    fn new() -> KpiState {
        KpiState {
            file_name: RwSignal::new(None),
            import: RwSignal::new(None),
            analysis: RwSignal::new(None),
            progress: RwSignal::new(None),
            error: RwSignal::new(None),
            period: RwSignal::new(PeriodLength::Month),
            import_generation: StoredValue::new(0),
            analysis_generation: StoredValue::new(0),
        }
    }

    fn next(generation: StoredValue<u64>) -> u64 {
        generation.update_value(|g| *g += 1);
        generation.get_value()
    }

    /// Reads `file` in chunks into `import`, or sets `error`.
    async fn read_file(self, file: web_sys::File) {
        let generation = KpiState::next(self.import_generation);
        let stale = move || self.import_generation.get_value() != generation;
        let name = file.name();
        self.file_name.set(Some(name.clone()));
        self.import.set(None);
        self.analysis.set(None);
        self.error.set(None);
        self.progress.set(Some((format!("Opening {name}…"), 0.0)));
        next_tick().await;
        let bytes = match JsFuture::from(file.array_buffer()).await {
            Ok(buffer) => js_sys::Uint8Array::new(&buffer).to_vec(),
            Err(_) => {
                self.progress.set(None);
                self.error.set(Some(format!("{name} could not be opened. Check that it is not open in another program, then choose it again.")));
                return;
            }
        };
        if stale() {
            return;
        }
        let mut importer = Importer::new(bytes);
        if let Some(today) = today() {
            importer = importer.with_today(today);
        }
        loop {
            match importer.read_rows(ROWS_PER_CHUNK) {
                Ok(progress) if progress.done => break,
                Ok(progress) => {
                    let text = format!("Reading {name}: {} so far", count_noun(progress.rows_read, "row", "rows"));
                    self.progress.set(Some((text, progress.fraction_done())));
                }
                Err(error) => return self.fail(&name, error.to_string()),
            }
            next_tick().await;
            if stale() {
                return;
            }
        }
        match importer.finish() {
            Ok(import) => self.import.set(Some(Arc::new(import))),
            Err(error) => self.fail(&name, error.to_string()),
        }
    }

    fn fail(&self, name: &str, message: String) {
        self.progress.set(None);
        self.error.set(Some(format!("{name} could not be used. {message}")));
    }

    /// Computes everything shown, a stage at a time, into `analysis`.
    async fn analyse(self, import: Arc<Import>, settings: KpiSettings, period: PeriodLength) {
        let generation = KpiState::next(self.analysis_generation);
        let stale = move || self.analysis_generation.get_value() != generation;
        let records = &import.records;
        let stages = 8.0;
        let step = |n: f64, text: &str| {
            self.progress.set(Some((format!("Computing {text} for {}", count_noun(records.len() as u64, "record", "records")), n / stages)))
        };
        step(0.0, "the 11 KPIs");
        next_tick().await;
        if stale() {
            return;
        }
        let results = compute(records, &settings);
        step(1.0, "the breakdowns");
        next_tick().await;
        if stale() {
            return;
        }
        let mut breakdowns = Vec::new();
        for (n, by) in [BreakdownBy::Sex, BreakdownBy::AgeBand, BreakdownBy::FractureSite].into_iter().enumerate() {
            breakdowns.push(breakdown(records, &settings, by));
            step(2.0 + n as f64, if n < 2 { "the breakdowns" } else { "the run charts" });
            next_tick().await;
            if stale() {
                return;
            }
        }
        let mut charts = Vec::new();
        for chart in run_charts(records, &settings, period) {
            let svg = p_chart_svg(&run_chart_spec(&chart));
            charts.push((chart, svg));
            step(5.0, "the run charts");
            next_tick().await;
            if stale() {
                return;
            }
        }
        step(6.0, "the worklist");
        next_tick().await;
        if stale() {
            return;
        }
        let worklist = worklist(records, &settings);
        step(7.0, "the monthly counts");
        next_tick().await;
        if stale() {
            return;
        }
        let aggregates = aggregates(records, &settings);
        let as_at_typed = settings.as_at.is_some();
        self.analysis.set(Some(Arc::new(KpiAnalysis { results, breakdowns, charts, worklist, aggregates, as_at_typed })));
        self.progress.set(None);
    }
}

fn first_file(files: Option<web_sys::FileList>) -> Option<web_sys::File> {
    files.and_then(|f| f.get(0))
}

/// A table with a CSV download button under it.
#[component]
fn TableWithDownload(#[prop(into)] table: Signal<Table>, file_name: String, testid: &'static str) -> impl IntoView {
    view! {
        <DataTable table=table/>
        <p>
            <button type="button" class="fls-button fls-button--secondary" data-testid=testid
                on:click=move |_| download_text(&file_name, "text/csv;charset=utf-8", &table.with(Table::to_csv))>"Download this table (CSV)"</button>
        </p>
    }
}

/// The file chooser, drop zone, downloads and progress.
#[component]
fn ImportPanel(kpi: KpiState) -> impl IntoView {
    let dragging = RwSignal::new(false);
    let take = move |file: Option<web_sys::File>| {
        if let Some(file) = file {
            spawn_local(kpi.read_file(file));
        }
    };
    view! {
        <section class="fls-section" aria-labelledby="kpi-import-title">
            <h2 id="kpi-import-title">"1. Choose your patient file"</h2>
            <div class="fls-drop-zone" class:fls-drop-zone--active=move || dragging.get()
                on:dragover=move |ev: web_sys::DragEvent| { ev.prevent_default(); dragging.set(true); }
                on:dragleave=move |_| dragging.set(false)
                on:drop=move |ev: web_sys::DragEvent| {
                    ev.prevent_default();
                    dragging.set(false);
                    take(first_file(ev.data_transfer().and_then(|d| d.files())));
                }>
                <label class="fls-label" for="kpi-file">"A CSV file, one row per patient (see the template below)"</label>
                <p class="fls-hint" id="kpi-file-hint">"Choose the file, or drag it here. In Excel, save the sheet as “CSV UTF-8 (Comma delimited)” first."</p>
                <input type="file" id="kpi-file" class="fls-file-input" accept=".csv,text/csv" data-testid="kpi-file" aria-describedby="kpi-file-hint"
                    on:change=move |ev| {
                        let input: web_sys::HtmlInputElement = event_target(&ev);
                        take(first_file(input.files()));
                        // Empty the box so choosing the same file again (after an edit, or
                        // after the results were cleared) is a change and reads it afresh.
                        input.set_value("");
                    }/>
            </div>
            <p>
                <button type="button" class="fls-button fls-button--secondary" data-testid="kpi-template"
                    on:click=move |_| download_text("fls-kpi-template.csv", "text/csv;charset=utf-8", &template_csv())>"Download the blank template (CSV)"</button>
                " "
                <button type="button" class="fls-button fls-button--secondary" data-testid="kpi-example"
                    on:click=move |_| download_text("fls-kpi-example.csv", "text/csv;charset=utf-8", EXAMPLE_CSV)>"Download a small made-up example (CSV)"</button>
            </p>
            {move || kpi.progress.get().map(|(text, fraction)| view! {
                <div class="fls-progress" data-testid="kpi-progress">
                    <label for="kpi-progress-bar">{text.clone()}</label>
                    <progress id="kpi-progress-bar" max="100" value=format!("{:.0}", fraction * 100.0)>{format!("{:.0}%", fraction * 100.0)}</progress>
                </div>
            })}
            {move || kpi.error.get().map(|message| view! {
                <div class="fls-error-summary" role="alert" data-testid="kpi-error">
                    <h2 class="fls-error-summary__title">"There is a problem with the file"</h2>
                    <p>{message}</p>
                </div>
            })}
        </section>
    }
}

/// KPI 2's source and the as-at date and windows.
#[component]
fn SettingsPanel(inputs: PageInputs, expected_from_area: Memo<Option<f64>>, errors: Signal<Vec<FieldError>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let typed = move |field: String| Signal::derive(move || state.saved.with(|s| s.kpi_inputs.get(&field).cloned().unwrap_or_default()));
    let set = move |field: String| Callback::new(move |text: String| state.saved.update(|s| { s.kpi_inputs.insert(field.clone(), text); }));
    let error = move |field: String| Signal::derive(move || errors.with(|e| e.iter().find(|e| e.field == field).map(|e| e.message.clone())));
    let pick = Callback::new(move |code: String| {
        state.saved.update(|s| s.area = Some(code.clone()));
        state.navigate(&Route::Kpis { area: Some(code) });
    });
    view! {
        <section class="fls-section" aria-labelledby="kpi-settings-title">
            <h2 id="kpi-settings-title">"2. Check the settings"</h2>
            <ErrorSummary errors=errors/>
            <h3>"Your area, for KPI 2"</h3>
            <p>"KPI 2 compares the non-spine fractures in your file with the number expected in the area your service covers."</p>
            <ChosenArea choice=inputs.choice on_pick=pick/>
            {move || match (inputs.choice.get(), expected_from_area.get()) {
                (AreaChoice::Unknown(code), _) => view! { <UnknownArea code=code/> }.into_any(),
                (choice, Some(per_year)) => view! {
                    <p class="fls-inset" data-testid="kpi-expected-source">
                        "Expected non-spine fragility fractures a year in " {choice.name()} ": " <strong>{whole(per_year)}</strong>
                        " (hip + wrist/forearm + other sites, from the local-impact model with your assumptions)."
                    </p>
                }.into_any(),
                _ => view! {
                    <p class="fls-inset" data-testid="kpi-expected-source">"No area is chosen. Choose one above, or type the number of non-spine fragility fractures expected a year in the area your service covers. Without either, KPI 2 cannot be calculated."</p>
                    <NumberInput id=EXPECTED_FIELD label="Expected non-spine fragility fractures a year" value=typed(EXPECTED_FIELD.into())
                        on_input=set(EXPECTED_FIELD.into()) error=error(EXPECTED_FIELD.into()) suffix=Some("fractures a year".into())
                        hint=Some("Hip, wrist/forearm and other sites together; spine is left out.".into())/>
                }.into_any(),
            }}
            <h3>"As-at date and time windows"</h3>
            <NumberInput id=AS_AT_FIELD label="As-at date (when the data were extracted)" value=typed(AS_AT_FIELD.into())
                on_input=set(AS_AT_FIELD.into()) error=error(AS_AT_FIELD.into())
                hint=Some("dd/mm/yyyy. Leave blank to use the latest date found in the file. Records whose window has not ended by this date are pending. Like the windows, the date is kept on this computer: change it or clear it when you choose a newer file.".into())/>
            <div class="fls-grid">
                {Kpi::ALL.into_iter().filter(|k| k.window_days(&Default::default()).is_some()).map(|k| {
                    let field = window_field(k);
                    let default = k.window_days(&Default::default()).unwrap_or(0);
                    view! {
                        <NumberInput id=field.clone() label=window_label(k) value=typed(field.clone())
                            on_input=set(field.clone()) error=error(field) suffix=Some("days".into()) hint=Some(format!("Default {default} days"))/>
                    }
                }).collect_view()}
            </div>
        </section>
    }
}

/// One KPI's row of the results table.
fn kpi_row(results: &KpiResults, kpi: Kpi) -> impl IntoView {
    let r = *results.get(kpi);
    let n = kpi.number();
    let band_class = r.band.map_or("fls-band".to_string(), |b| format!("fls-band fls-band--{}", b.label().to_lowercase()));
    let pending = if kpi.window_days(&Default::default()).is_some() { whole(r.pending as f64) } else { "—".into() };
    let note = match (kpi, r.not_available) {
        (Kpi::AdherenceAt52Weeks, _) => Some(adherence_note(results)),
        (_, Some(reason)) => Some(reason.to_string()),
        _ => None,
    };
    view! {
        <tr>
            <th scope="row">{format!("KPI {n} {}", kpi.title())}{note.map(|n| view! { <span class="fls-table__note">{n}</span> })}</th>
            <td class="fls-kpi-result" data-testid=format!("kpi-{n}")>{r.percent_text()}</td>
            <td data-testid=format!("kpi-{n}-fraction")>{whole(r.numerator as f64)} " / " {denominator_text(&r)}</td>
            <td><span class=band_class data-testid=format!("kpi-{n}-band")>{band_text(&r)}</span></td>
            <td data-testid=format!("kpi-{n}-pending")>{pending}</td>
            {NATIONAL_KPI_YEARS.iter().map(|y| view! { <td>{national_text(*y, kpi)}</td> }).collect_view()}
        </tr>
    }
}

/// The results: counts, the 11 KPIs, file details, breakdowns, worklist and run charts.
#[component]
fn Results(kpi: KpiState, analysis: Arc<KpiAnalysis>, import: Arc<Import>, area_name: Memo<String>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let a = analysis.clone();
    let r = &a.results;
    // Download names: the area's name, what the file holds and the as-at date.
    let as_at_date = r.as_at;
    let words = move |what: &str| kpi_file_words(&area_name.get_untracked(), what, as_at_date);
    let csv_name = move |what: &str| format!("{}.csv", file_stem(&words(what)));
    let summary = kpi_summary_table(r);
    let as_at = r.as_at.map_or("—".into(), |d| d.uk());
    let covered = fractures_covered_text(r);
    // CSV text is made when a button is pressed, not on every render (a million-row
    // worklist makes tens of megabytes).
    let (for_rejected, for_worklist, for_counts, for_saving) = (import.clone(), analysis.clone(), analysis.clone(), analysis.clone());
    let rejected = rejected_table(&import.rejected, ROWS_SHOWN);
    let warnings = warnings_table(&import);
    let columns = columns_table(&import);
    let missing: Vec<&str> = import.columns_missing().into_iter().map(|c| c.name()).collect();
    let due = a.worklist.count(WorklistStatus::Due);
    let overdue = a.worklist.count(WorklistStatus::Overdue);
    let not_yet_due = a.worklist.count(WorklistStatus::NotYetDue);
    let worklist_shown = worklist_table(&a.worklist, ROWS_SHOWN);
    let saved_note = RwSignal::new(false);
    view! {
        <section class="fls-section" aria-labelledby="kpi-results-title">
            <h2 id="kpi-results-title">"3. Your KPIs"</h2>
            <div class="fls-cards">
                <div class="fls-card"><p class="fls-card__label">"Records counted"</p><p class="fls-card__value" data-testid="kpi-records">{whole(r.records as f64)}</p></div>
                <div class="fls-card"><p class="fls-card__label">"Rows rejected"</p><p class="fls-card__value" data-testid="kpi-rejected">{whole(import.rejected.len() as f64)}</p></div>
                <div class="fls-card"><p class="fls-card__label">"Warnings"</p><p class="fls-card__value" data-testid="kpi-warnings">{whole(import.warning_counts.total() as f64)}</p></div>
                <div class="fls-card"><p class="fls-card__label">"As at"</p><p class="fls-card__value" data-testid="kpi-as-at-used">{as_at}</p>
                    <p class="fls-card__note">{if a.as_at_typed { "As typed in the settings above. " } else { "The latest date in the file. " }}{format!("Fractures {covered}")}</p></div>
            </div>
            {import.unclosed_quote.map(|quote| view! {
                <div class="fls-inset fls-inset--warning" data-testid="kpi-unclosed-quote">
                    <p><strong>"The file was not read to the end. "</strong>{quote.to_string()}</p>
                </div>
            })}
            <div class="fls-table-wrap" tabindex="0" role="region" aria-labelledby="kpi-results-title">
                <table class="fls-table fls-kpi-table" data-testid="kpi-table">
                    <caption>{summary.caption.clone()}</caption>
                    <thead><tr>
                        <th scope="col">"KPI"</th><th scope="col">"Result"</th><th scope="col">"Numerator / denominator"</th><th scope="col">"Band"</th><th scope="col">"Pending"</th>
                        {NATIONAL_KPI_YEARS.iter().map(|y| view! { <th scope="col">{format!("National {y} (FLS-DB)")}</th> }).collect_view()}
                    </tr></thead>
                    <tbody>{Kpi::ALL.into_iter().map(|k| kpi_row(r, k)).collect_view()}</tbody>
                </table>
            </div>
            <p class="fls-hint">"Pending: records whose time window had not ended by the as-at date, left out of that KPI. National results are the FLS-DB audit's for England and Wales (2019 and 2021 audit years), as parsed from its benchmark tables: verify them in the FLS-DB report before quoting."</p>
            <p>
                <button type="button" class="fls-button fls-button--secondary" data-testid="kpi-summary-csv"
                    on:click=move |_| download_text(&csv_name("FLS KPIs"), "text/csv;charset=utf-8", &summary.to_csv())>"Download the KPIs (CSV)"</button>
                " "
                <button type="button" class="fls-button fls-button--secondary" data-testid="kpi-aggregates-csv"
                    on:click=move |_| download_text(&csv_name("FLS KPI counts by month"), "text/csv;charset=utf-8", &for_counts.aggregates.to_csv())>"Download the counts per KPI per month (CSV)"</button>
                " "
                <button type="button" class="fls-button" data-testid="kpi-save-aggregates"
                    on:click=move |_| { state.saved.update(|s| s.kpi_aggregates = Some(for_saving.aggregates.clone())); saved_note.set(true); }>"Save the counts per month on this computer"</button>
            </p>
            <p class="fls-hint">"In the counts per month, KPI 2 has no denominator: it is compared with the expected caseload for your area, not with the records in the file. The last column says what each denominator is."</p>
            <p role="status">{move || saved_note.get().then_some("Saved: the counts per KPI per month (no record ids or patient details) are kept in this browser.")}</p>
        </section>

        <section class="fls-section" aria-labelledby="kpi-file-title">
            <h2 id="kpi-file-title">"What was read from " {kpi.file_name.get_untracked().unwrap_or_default()}</h2>
            <p>{rows_read_text(&import)}</p>
            {(!missing.is_empty()).then(|| view! { <p class="fls-inset">"Template columns not in the file (their values count as missing): " {missing.join(", ")}</p> })}
            <h3>"Rejected rows"</h3>
            {if import.rejected.is_empty() {
                view! { <p>"No row was rejected."</p> }.into_any()
            } else {
                view! {
                    <DataTable table=rejected testid="kpi-rejected-table" words=true/>
                    <p><button type="button" class="fls-button fls-button--secondary" data-testid="kpi-rejected-csv"
                        on:click=move |_| download_text("fls-kpi-rejected-rows.csv", "text/csv;charset=utf-8", &rejected_rows_csv(&for_rejected.rejected))>"Download the rejected rows (CSV)"</button></p>
                }.into_any()
            }}
            <h3>"Warnings"</h3>
            {if warnings.rows.is_empty() { view! { <p>"No warnings."</p> }.into_any() } else { view! { <DataTable table=warnings testid="kpi-warnings-table" words=true/> }.into_any() }}
            <h3>"Columns"</h3>
            <DataTable table=columns testid="kpi-columns-table" words=true/>
        </section>

        <section class="fls-section" aria-labelledby="kpi-worklist-title">
            <h2 id="kpi-worklist-title">"Worklist"</h2>
            <p>"Actions outstanding as at " {r.as_at.map_or("—".into(), |d| d.uk())} ": a 16-week monitoring contact, a treatment start or a 52-week adherence check. " <strong>"Overdue"</strong> ": the due date has passed. " <strong>"Due within " {DUE_SOON_DAYS} " days"</strong> ": the due date is the as-at date or up to " {DUE_SOON_DAYS} " days after it. " <strong>"Not yet due"</strong> ": later, listed so that no patient is lost. The list is made in this page and never saved; download it to work from."</p>
            <p data-testid="kpi-worklist-counts"><strong>{whole(overdue as f64)}</strong> " overdue · " <strong>{whole(due as f64)}</strong> {format!(" due within {DUE_SOON_DAYS} days · ")} <strong>{whole(not_yet_due as f64)}</strong> " not yet due"</p>
            <DataTable table=worklist_shown testid="kpi-worklist-table" words=true/>
            <p><button type="button" class="fls-button fls-button--secondary" data-testid="kpi-worklist-csv"
                on:click=move |_| download_text(&csv_name("FLS KPI worklist"), "text/csv;charset=utf-8", &for_worklist.worklist.to_csv())>"Download the whole worklist (CSV)"</button></p>
        </section>

        <section class="fls-section" aria-labelledby="kpi-breakdown-title">
            <h2 id="kpi-breakdown-title">"Breakdowns"</h2>
            <p>"Every KPI by sex, age band and fracture site, with the same as-at date. The groups add up to the whole file."</p>
            {a.breakdowns.iter().map(|b| {
                let table = breakdown_table(b);
                let (what, testid) = match b.by {
                    BreakdownBy::Sex => ("FLS KPIs by sex", "kpi-breakdown-sex-csv"),
                    BreakdownBy::AgeBand => ("FLS KPIs by age band", "kpi-breakdown-age-csv"),
                    BreakdownBy::FractureSite => ("FLS KPIs by fracture site", "kpi-breakdown-site-csv"),
                };
                let file = csv_name(what);
                view! {
                    <details class="fls-details">
                        <summary>{table.caption.clone()}</summary>
                        <TableWithDownload table=table file_name=file testid=testid/>
                    </details>
                }
            }).collect_view()}
        </section>

        <section class="fls-section" aria-labelledby="kpi-charts-title">
            <h2 id="kpi-charts-title">"Run charts"</h2>
            <p>"Each KPI by " {move || if kpi.period.get() == PeriodLength::Month { "month" } else { "quarter" }} " of fracture date as a p-chart: the centre line is the KPI over all periods; the limits (3 sigma) are wider for periods with fewer patients. Orange diamonds mark special causes as NHS England’s “Making Data Count” defines them: a point outside the limits, 7 or more in a row on one side of the centre line, or 6 or more rising or falling. The dashed green line is the target (the green band). KPI 2 compares with an expected caseload, so it has no p-chart."</p>
            <div class="fls-form-group">
                <label class="fls-label" for="kpi-period">"Group by"</label>
                <select id="kpi-period" class="fls-select" data-testid="kpi-period"
                    on:change=move |ev| kpi.period.set(if event_target_value(&ev) == "quarter" { PeriodLength::Quarter } else { PeriodLength::Month })>
                    <option value="month" selected=move || kpi.period.get() == PeriodLength::Month>"Month"</option>
                    <option value="quarter" selected=move || kpi.period.get() == PeriodLength::Quarter>"Quarter"</option>
                </select>
            </div>
            {a.charts.iter().map(|(chart, svg)| {
                let svg = svg.clone();
                let table = run_chart_table(chart);
                let name = words(&format!("FLS KPI {} run chart", chart.kpi.number()));
                view! {
                    <h3>{chart.kpi.to_string()}</h3>
                    <Figure svg=Signal::stored(svg) table=Signal::stored(table) name=Signal::stored(name) id=format!("kpi-chart-{}", chart.kpi.number()) table_folded=true/>
                }
            }).collect_view()}
        </section>
    }
}

/// Counts saved earlier on this computer, with a download and a way to remove them.
#[component]
fn SavedCounts() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        state.saved.with(|s| s.kpi_aggregates.clone()).map(|saved| {
            let months = count_noun(saved.months() as u64, "month", "months");
            let as_at = saved.as_at.map_or("—".into(), |d| d.uk());
            let csv = saved.to_csv();
            // The saved counts do not say which area they were for: the date only.
            let file_name = format!("{}.csv", file_stem(&kpi_file_words("", "FLS KPI counts by month", saved.as_at)));
            view! {
                <section class="fls-section" aria-labelledby="kpi-saved-title" data-testid="kpi-saved">
                    <h2 id="kpi-saved-title">"Counts saved on this computer"</h2>
                    <p>{format!("Counts per KPI for {months}, as at {as_at}. They hold no record ids or patient details.")}</p>
                    <p>
                        <button type="button" class="fls-button fls-button--secondary" data-testid="kpi-saved-csv"
                            on:click=move |_| download_text(&file_name, "text/csv;charset=utf-8", &csv)>"Download the saved counts (CSV)"</button>
                        " "
                        <button type="button" class="fls-button fls-button--secondary" data-testid="kpi-saved-remove"
                            on:click=move |_| state.saved.update(|s| s.kpi_aggregates = None)>"Remove the saved counts"</button>
                    </p>
                </section>
            }
        })
    }
}

/// The import contract on screen.
#[component]
fn Contract(windows: Signal<crate::model::kpi::Windows>) -> impl IntoView {
    view! {
        <section class="fls-section" aria-labelledby="kpi-contract-title">
            <h2 id="kpi-contract-title">"What the file must hold, and how each KPI is calculated"</h2>
            <DataTable table=contract_columns_table() testid="kpi-contract-columns" words=true/>
            <h3>"Headers, values and dates"</h3>
            <ul>
                <li>"Headers match ignoring case and surrounding spaces, with spaces equal to _ (“Fracture Date” is fracture_date). Columns may come in any order; other columns are ignored and listed. A file without a record_id or fracture_date column is refused."</li>
                <li>"Coded values match ignoring case and surrounding spaces; blank cells are missing values."</li>
                <li>"Dates are d/m/yyyy (UK order; one or two digits for day and month) or yyyy-mm-dd, optionally followed by a time, which is ignored."</li>
                <li>"The file is UTF-8 text (a byte-order mark is fine), lines end LF or CRLF, fields may be quoted with \"\" for a quote inside. A quote mark that opens a cell must be closed: if it is not, the rest of the file from that row cannot be read, and the page says on which line the quote is. Empty lines are skipped. Line numbers count the header as line 1."</li>
            </ul>
            <h3>"Which rows count"</h3>
            <p>"A row is rejected (listed with its line and reason, not counted) when record_id is empty; when record_id repeats an earlier row’s (the first stays); when fracture_date is missing, not a valid date or after today; or when age is a whole number below 50. Any other odd value is a warning and treated as missing. A date before the fracture date is a warning and never counts as within a time window. A date after today in another column is a warning and treated as missing: it cannot have happened yet."</p>
            <h3>"The as-at date and pending records"</h3>
            <p>"KPIs are measured as at the date the data were extracted: the date you enter, or else the latest valid date in any date column (never a date after today). A record whose time window has not ended by then (fracture date + window after the as-at date) is pending for that KPI: left out of its numerator and denominator and counted as pending. Days count from the fracture date (same day = 0)."</p>
            <div class="fls-kpi-contract">
                {move || view! { <DataTable table=contract_kpis_table(&windows.get()) testid="kpi-contract-kpis" words=true/> }}
            </div>
            <p>"Percentages have one decimal, rounded half away from zero; “n/a” when the denominator is 0. Bands are the FLS-DB benchmarks."</p>
        </section>
    }
}

#[component]
pub fn KpisPage(area: Option<String>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let inputs = PageInputs::new(state, area);
    let kpi = KpiState::new();
    let area_name = Memo::new(move |_| inputs.choice.with(AreaChoice::name));
    let expected_from_area = Memo::new(move |_| match inputs.choice.get() {
        AreaChoice::Area(_) | AreaChoice::Custom => {
            Some(inputs.population.with(|(p, _)| inputs.assumptions.with(|(a, _)| expected_non_spine_per_year(&local_impact(p, a).fractures))))
        }
        _ => None,
    });
    let settings = Memo::new(move |_| state.saved.with(|s| settings_from_text(&s.kpi_inputs, expected_from_area.get())));
    let errors = Signal::derive(move || settings.with(|(_, e)| e.clone()));
    let windows = Signal::derive(move || settings.with(|(s, _)| s.windows));

    // Recompute whenever the file, the settings or the grouping change.
    Effect::new(move |_| {
        let import = kpi.import.get();
        let (settings, _) = settings.get();
        let period = kpi.period.get();
        if let Some(import) = import {
            spawn_local(kpi.analyse(import, settings, period));
        }
    });
    // Leaving the page drops the patient rows and stops any task.
    on_cleanup(move || {
        KpiState::next(kpi.import_generation);
        KpiState::next(kpi.analysis_generation);
    });

    // The caseload the shown results were computed with (saved with the counts).
    let expected_note = move || kpi.analysis.with(|a| a.as_ref().and_then(|a| kpi2_working_text(&a.results, a.aggregates.expected_non_spine_per_year)));

    view! {
        <h1>"FLS KPIs from your patient file"</h1>
        <p class="fls-lede">"The 11 national Fracture Liaison Service KPIs from your own patient records, with breakdowns, a worklist and run charts — worked out in this browser."</p>
        <div class="fls-inset" data-testid="kpi-privacy">
            <p><strong>"Your patient file stays on this computer."</strong> " This page reads it in your browser. Patient rows are kept in memory only while this page is open: they are never written to browser storage and never sent anywhere. Leaving the page or closing it forgets them."</p>
            <p>"Only if you press “Save the counts per month”, the counts per KPI per month — no record ids, dates or other patient details — are saved in this browser, and you can download or remove them."</p>
        </div>
        <ImportPanel kpi=kpi/>
        <SettingsPanel inputs=inputs expected_from_area=expected_from_area errors=errors/>
        {move || match (kpi.analysis.get(), kpi.import.get()) {
            (Some(analysis), Some(import)) => view! {
                <p class="fls-hint" data-testid="kpi-expected-note">{expected_note}</p>
                <Results kpi=kpi analysis=analysis import=import area_name=area_name/>
            }.into_any(),
            _ => view! { <p class="fls-inset">"Choose a file to see the KPIs."</p> }.into_any(),
        }}
        <SavedCounts/>
        <Contract windows=windows/>
    }
}
