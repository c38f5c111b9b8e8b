//! The documents written from the project workspace: the list with Word downloads (on
//! `#/project`) and one document on its own page for reading and printing
//! (`#/project/document?doc=pid|service-spec|business-case`).
//!
//! The model results are worked out here with the same functions as the other pages, for
//! the saved area and inputs; the text is assembled by `model::project::documents`, the
//! charts drawn by `charts::project::document_figure_svg`, the Word file written by `word`.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::area_choice::{country_parts, AreaChoice, PageInputs};
use crate::app::AppState;
use crate::charts::project::document_figure_svg;
use crate::charts::render::{HEIGHT, WIDTH};
use crate::components::download::{download_bytes, file_stem, svg_to_png};
use crate::model::business_case::edits::read_edits;
use crate::model::business_case::{local_inputs, run, Outputs};
use crate::model::impact::{local_impact, ImpactResult};
use crate::model::project::documents::{assemble, Block, DocKind, Document, ModelFigures};
use crate::model::project::{uk_date, Workspace};
use crate::model::projection::{project, ProjectedYear, LENGTHS, START_YEARS};
use crate::routes::Route;
use crate::word::{to_docx, FigureImage};

/// The model results the documents draw on, owned.
#[derive(Clone, Debug, PartialEq)]
pub struct DocData {
    pub area_name: String,
    pub population_50plus: f64,
    pub impact: Option<ImpactResult>,
    pub projection: Vec<ProjectedYear>,
    pub business_case: Option<Outputs>,
    pub scenarios: Vec<(String, Outputs)>,
    pub today: String,
}

impl DocData {
    pub fn figures(&self) -> ModelFigures<'_> {
        ModelFigures {
            area_name: &self.area_name,
            population_50plus: self.population_50plus,
            impact: self.impact.as_ref(),
            projection: &self.projection,
            business_case: self.business_case.as_ref(),
            scenarios: &self.scenarios,
            today: &self.today,
        }
    }
}

fn today_iso() -> String {
    let iso = String::from(js_sys::Date::new_0().to_iso_string());
    iso[..10].to_string()
}

/// The model results for the saved area and inputs (the projection over 10 years from this year).
pub fn doc_data(state: AppState) -> Memo<DocData> {
    let inputs = PageInputs::new(state, None);
    Memo::new(move |_| {
        let choice = inputs.choice.get();
        let area_chosen = matches!(choice, AreaChoice::Area(_) | AreaChoice::Custom);
        let (population, assumptions) = (inputs.population.get().0, inputs.assumptions.get().0);
        let impact = area_chosen.then(|| local_impact(&population, &assumptions));
        let year = (js_sys::Date::new_0().get_full_year()).clamp(*START_YEARS.start(), *START_YEARS.end());
        let projection = if area_chosen {
            project(&country_parts(&choice, &population), &assumptions.calibrated_rates(&population).0, year, *LENGTHS.end()).unwrap_or_default()
        } else {
            Vec::new()
        };
        let (business_case, scenarios) = match &impact {
            Some(impact) => {
                let base = local_inputs(impact, &assumptions);
                state.saved.with(|s| {
                    let current = read_edits(&base, &s.business_case_edits).0.map(|v| run(&v));
                    let scenarios = s.scenarios.iter().filter_map(|sc| read_edits(&base, &sc.edits).0.map(|v| (sc.name.clone(), run(&v)))).collect();
                    (current, scenarios)
                })
            }
            None => (None, Vec::new()),
        };
        DocData {
            area_name: if area_chosen { choice.name() } else { "the area served".into() },
            population_50plus: population.total(),
            impact,
            projection,
            business_case,
            scenarios,
            today: uk_date(&today_iso()),
        }
    })
}

/// Writes the Word file of `kind` and offers it for download; `status` tells the user.
fn download_docx(kind: DocKind, workspace: Workspace, data: DocData, status: RwSignal<String>) {
    status.set(format!("Preparing the {}…", kind.title().to_lowercase()));
    spawn_local(async move {
        let document = assemble(kind, &workspace, &data.figures());
        let mut images = Vec::new();
        for id in document.figures() {
            if let Some(svg) = document_figure_svg(id, &workspace, &data.figures()) {
                if let Some(png) = svg_to_png(&svg, WIDTH, HEIGHT).await {
                    images.push(FigureImage { id, png, width_px: WIDTH * 2, height_px: HEIGHT * 2 });
                }
            }
        }
        match to_docx(&document, &images) {
            Ok(bytes) => {
                let name = format!("{}.docx", file_stem(&format!("{} {}", kind.title(), data.area_name)));
                download_bytes(&name, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", &bytes);
                status.set(format!("Saved {name}."));
            }
            Err(message) => status.set(message),
        }
    });
}

fn doc_description(kind: DocKind) -> &'static str {
    match kind {
        DocKind::ProjectInitiation => "Why the service is needed, its objectives, the team and Clinical Champion, the stakeholders, the phases, the risks and the meetings so far. For the sponsor to agree at the start.",
        DocKind::ServiceSpecification => "Under the headings of the NHS standard contract's service specification: population needs, outcomes, scope, service description and pathway, applicable standards (with your ratings) and KPIs.",
        DocKind::BusinessCase => "Executive summary, local need, options and scenarios, costs and benefits with charts, staffing, risks and monitoring, from the business case page's results with your inputs.",
    }
}

/// The documents section of `#/project`.
#[component]
pub fn DocumentList() -> impl IntoView {
    let state = expect_context::<AppState>();
    let data = doc_data(state);
    let status = RwSignal::new(String::new());
    view! {
        <section class="fls-section" aria-labelledby="documents-title">
            <h2 id="documents-title">"Documents"</h2>
            <p>"Each document is written from this workspace and from the local impact, projection and business case results for your area and inputs. Read it and print it (or save it as PDF from the print dialogue), or download it as a Word file to edit."</p>
            {move || data.with(|d| d.impact.is_none()).then(|| view! {
                <p class="fls-inset fls-inset--warning" data-testid="documents-no-area">"No area is chosen yet, so the documents have no local figures. " <a href="#/impact">"Choose an area"</a> "."</p>
            })}
            <ul class="fls-doc-list">
                {DocKind::ALL.map(|kind| view! {
                    <li>
                        <h3>{kind.title()}</h3>
                        <p>{doc_description(kind)}</p>
                        <p>
                            <a class="fls-button fls-button--secondary" data-testid=format!("doc-{}-view", kind.id())
                                href=Route::ProjectDocument { doc: Some(kind.id().into()) }.to_hash()>"Read and print"</a>
                            " "
                            <button type="button" class="fls-button" data-testid=format!("doc-{}-docx", kind.id())
                                on:click=move |_| download_docx(kind, state.saved.with_untracked(|s| s.project.clone()), data.get_untracked(), status)>
                                "Download as Word (.docx)"
                            </button>
                        </p>
                    </li>
                }).collect_view()}
            </ul>
            <p role="status" class="fls-hint" data-testid="documents-status">{move || status.get()}</p>
        </section>
    }
}

fn block_view(block: Block, svg_of: impl Fn(crate::model::project::documents::FigureId) -> Option<String>) -> AnyView {
    match block {
        Block::Paragraph(text) => view! { <p>{text}</p> }.into_any(),
        Block::Bullets(items) => view! { <ul>{items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul> }.into_any(),
        Block::Table(t) => {
            let label = t.caption.clone();
            view! {
            <div class="fls-table-wrap" tabindex="0" role="region" aria-label=label>
                <table class="fls-table fls-doc-table">
                    <caption>{t.caption}</caption>
                    <thead><tr>{t.headers.into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}</tr></thead>
                    <tbody>
                        {if t.rows.is_empty() {
                            view! { <tr><td colspan="99">"None recorded."</td></tr> }.into_any()
                        } else {
                            t.rows.into_iter().map(|r| view! { <tr>{r.into_iter().map(|c| view! { <td>{c}</td> }).collect_view()}</tr> }).collect_view().into_any()
                        }}
                    </tbody>
                </table>
            </div>
            }
            .into_any()
        }
        Block::Figure { id, caption } => match svg_of(id) {
            Some(svg) => view! {
                <figure class="fls-figure fls-doc-figure">
                    <div class="fls-chart" role="img" tabindex="0" aria-label=format!("Chart: {caption}. The figures are in the tables of this document.") inner_html=svg></div>
                    <figcaption>{format!("Figure: {caption}")}</figcaption>
                </figure>
            }
            .into_any(),
            None => ().into_any(),
        },
    }
}

/// `#/project/document?doc=…`: one document, for reading and printing.
#[component]
pub fn ProjectDocumentPage(doc: Option<String>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let Some(kind) = doc.as_deref().and_then(DocKind::from_id) else {
        return view! {
            <h1>"Document not found"</h1>
            <p>"This link does not name one of the project documents. " <a href="#/project">"Go to the project workspace"</a> " to choose one."</p>
        }
        .into_any();
    };
    let data = doc_data(state);
    let status = RwSignal::new(String::new());
    let document = Memo::new(move |_| state.saved.with(|s| data.with(|d| assemble(kind, &s.project, &d.figures()))));
    let print = move |_| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    };
    let body = move || {
        let Document { title, subtitle, sections, .. } = document.get();
        let workspace = state.saved.with(|s| s.project.clone());
        let data = data.get();
        view! {
            <h1>{title}</h1>
            <p class="fls-doc-subtitle">{subtitle}</p>
            {sections.into_iter().map(|section| {
                let workspace = workspace.clone();
                let data = data.clone();
                view! {
                    <section class="fls-doc-section">
                        <h2>{section.heading}</h2>
                        {section.blocks.into_iter().map(|b| block_view(b, |id| document_figure_svg(id, &workspace, &data.figures()))).collect_view()}
                    </section>
                }
            }).collect_view()}
        }
    };
    view! {
        <div class="fls-doc-actions">
            <p><a href="#/project">"Back to the project workspace"</a></p>
            <button type="button" class="fls-button" data-testid="doc-print" on:click=print>"Print or save as PDF"</button>
            <button type="button" class="fls-button fls-button--secondary" data-testid="doc-download-docx"
                on:click=move |_| download_docx(kind, state.saved.with_untracked(|s| s.project.clone()), data.get_untracked(), status)>
                "Download as Word (.docx)"
            </button>
            <span role="status" class="fls-hint" data-testid="doc-download-status">{move || status.get()}</span>
        </div>
        <article class="fls-document" data-testid=format!("doc-{}", kind.id())>{body}</article>
    }
    .into_any()
}
