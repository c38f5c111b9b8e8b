//! `#/project`: the project workspace — the six phases and their outcomes, the team and the
//! Stakeholder Reference Group (with the interest/influence grid), meetings, risks and SMART
//! objectives, sharing the whole project as a file, and the documents written from it.
//!
//! Everything is kept in `SavedState::project` and saved on this computer; the types and
//! their rules are in `model::project`, the grid chart in `charts::project`.

use leptos::prelude::*;

use crate::app::AppState;
use crate::charts::project::{gantt_svg, plan_table, stakeholder_grid_svg, stakeholder_table};
use crate::model::project::plan::{plan_problems, starter_plan, waits_for_error, waits_for_problems, waits_for_text, Task, WaitsFor};
use crate::model::project::pathway::{differences, PathwayStep};
use crate::components::download::download_project_file;
use crate::components::figure::Figure;
use super::project_documents::DocumentList;
use crate::storage::project_file::{import_project, ImportError, MAX_FILE_BYTES};
use crate::storage::schema::SavedState;
use leptos::task::spawn_local;
use crate::model::project::{next_id, MAX_DETAIL_CHARS, Level, Meeting, Objective, Risk, Stakeholder, Status, TeamMember, Workspace, KPI_NAMES, PHASES, Rating, STANDARDS};

/// Changes the workspace (the persist effect in `app.rs` saves it).
fn update(state: AppState, f: impl FnOnce(&mut Workspace)) {
    state.saved.update(|s| f(&mut s.project));
}

/// A labelled text (or date) input for one value of the workspace. The label is shown when
/// `visible_label`, else read by screen readers only (inside a table row).
fn text_input(
    id: String,
    label: String,
    kind: &'static str,
    visible_label: bool,
    value: impl Fn() -> String + Send + Sync + 'static,
    set: impl Fn(String) + 'static,
) -> impl IntoView {
    let class = if visible_label { "fls-label" } else { "fls-visually-hidden" };
    let input_class = if visible_label && kind == "text" { "fls-input fls-input--wide" } else { "fls-input" };
    view! {
        <label class=class for=id.clone()>{label}</label>
        <input class=input_class type=kind id=id.clone() data-testid=id autocomplete="off" prop:value=value on:input=move |ev| set(event_target_value(&ev)) />
    }
}

fn text_area(id: String, label: String, value: impl Fn() -> String + Send + Sync + 'static, set: impl Fn(String) + 'static) -> impl IntoView {
    view! {
        <label class="fls-visually-hidden" for=id.clone()>{label}</label>
        <textarea class="fls-input fls-textarea" id=id.clone() data-testid=id rows="3" prop:value=value on:input=move |ev| set(event_target_value(&ev))></textarea>
    }
}

/// A select of `(id, label)` options.
fn select(
    id: String,
    label: String,
    options: Vec<(String, String)>,
    current: impl Fn() -> String + Send + Sync + Clone + 'static,
    set: impl Fn(String) + 'static,
) -> impl IntoView {
    view! {
        <label class="fls-visually-hidden" for=id.clone()>{label}</label>
        <select class="fls-select" id=id.clone() data-testid=id on:change=move |ev| set(event_target_value(&ev))>
            {options.into_iter().map(|(value, text)| {
                let current = current.clone();
                let v = value.clone();
                view! { <option value=value prop:selected=move || current() == v>{text}</option> }
            }).collect_view()}
        </select>
    }
}

fn remove_button(label: String, testid: String, on_click: impl Fn() + 'static) -> impl IntoView {
    view! { <button type="button" class="fls-link-button" data-testid=testid aria-label=label on:click=move |_| on_click()>"Remove"</button> }
}

#[component]
fn ProjectDetails() -> impl IntoView {
    let state = expect_context::<AppState>();
    let errors = Memo::new(move |_| state.saved.with(|s| s.project.detail_errors()));
    let field = move |id: &'static str, label: &'static str, get: fn(&Workspace) -> &String, set: fn(&mut Workspace, String)| {
        let error = move || errors.with(|e| e.iter().find(|e| e.field == id).map(|e| e.message.clone()));
        view! {
            <div class="fls-form-group" class:fls-form-group--error=move || error().is_some()>
                <label class="fls-label" for=id>{label}</label>
                {move || error().map(|e| view! { <p class="fls-error-message" id=format!("{id}-error") data-testid=format!("{id}-error")><span class="fls-visually-hidden">"Error: "</span>{e}</p> })}
                <input class="fls-input fls-input--wide" type="text" id=id data-testid=id autocomplete="off"
                    aria-describedby=move || error().is_some().then(|| format!("{id}-error"))
                    aria-invalid=move || error().is_some().then_some("true")
                    prop:value=move || state.saved.with(|s| get(&s.project).clone())
                    on:input=move |ev| { let v = event_target_value(&ev); update(state, |w| set(w, v)) } />
            </div>
        }
    };
    view! {
        <section class="fls-section" aria-labelledby="project-details-title">
            <h2 id="project-details-title">"The project"</h2>
            <p>{format!("These appear on the documents: up to {MAX_DETAIL_CHARS} characters each.")}</p>
            {field("project-name", "Project name (for example “Leeds Fracture Liaison Service”)", |w| &w.project_name, |w, v| w.project_name = v)}
            {field("project-lead-organisation", "Lead organisation (for example the integrated care board)", |w| &w.lead_organisation, |w, v| w.lead_organisation = v)}
            {field("project-sponsor", "Senior responsible owner or sponsor", |w| &w.sponsor, |w, v| w.sponsor = v)}
        </section>
    }
}

#[component]
fn PhaseTracker() -> impl IntoView {
    let state = expect_context::<AppState>();
    let next = Memo::new(move |_| state.saved.with(|s| s.project.next_step()));
    view! {
        <section class="fls-section" aria-labelledby="phases-title">
            <h2 id="phases-title">"The six phases"</h2>
            <div class="fls-inset" data-testid="next-step">
                {move || match next.get() {
                    Some(step) => view! {
                        <h3>"What to do next"</h3>
                        <p>{format!("Phase {} ({}): {}.", step.phase_number, step.phase_name, step.outcome)}</p>
                        {step.link.map(|href| view! { <p><a href=href>"Work on this in the toolkit"</a></p> })}
                    }.into_any(),
                    None => view! { <p>"Every outcome is done. Keep the service's KPIs under review on the KPI page."</p> }.into_any(),
                }}
            </div>
            {PHASES.iter().map(|phase| {
                let number = phase.number;
                let progress = move || {
                    let (done, total) = state.saved.with(|s| s.project.phase_progress(number));
                    format!("{done} of {total} done")
                };
                view! {
                    <h3>{format!("Phase {}: {}", phase.number, phase.name)} " " <span class="fls-hint" data-testid=format!("phase-{number}-progress")>"(" {progress} ")"</span></h3>
                    <p>{phase.purpose}</p>
                    <div class="fls-table-wrap" tabindex="0" role="region" aria-labelledby="phases-title">
                        <table class="fls-table">
                            <caption class="fls-visually-hidden">{format!("Outcomes of phase {}", phase.number)}</caption>
                            <thead><tr><th scope="col">"Outcome"</th><th scope="col">"Status"</th><th scope="col">"Date"</th><th scope="col">"Note"</th></tr></thead>
                            <tbody>
                                {phase.outcomes.iter().map(|outcome| {
                                    let oid = outcome.id;
                                    let get = move || state.saved.with(|s| s.project.status_of(oid));
                                    let set = move |f: Box<dyn FnOnce(&mut crate::model::project::OutcomeStatus)>| update(state, |w| f(w.outcomes.entry(oid.to_string()).or_default()));
                                    view! {
                                        <tr>
                                            <th scope="row">{outcome.text}{outcome.link.map(|href| view! { " " <a href=href class="fls-hint">"(open)"</a> })}</th>
                                            <td>{select(format!("{oid}-status"), format!("Status: {}", outcome.text),
                                                Status::ALL.iter().map(|s| (s.id().to_string(), s.label().to_string())).collect(),
                                                move || get().status.id().to_string(),
                                                move |v| set(Box::new(move |o| o.status = Status::from_id(&v))))}</td>
                                            <td>{text_input(format!("{oid}-date"), format!("Date: {}", outcome.text), "date", false,
                                                move || get().date, move |v| set(Box::new(move |o| o.date = v)))}</td>
                                            <td>{text_input(format!("{oid}-note"), format!("Note: {}", outcome.text), "text", false,
                                                move || get().note, move |v| set(Box::new(move |o| o.note = v)))}</td>
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                }
            }).collect_view()}
        </section>
    }
}

/// Calls `f` on the list item with `id`.
fn edit<T>(list: &mut [T], id: u32, item_id: fn(&T) -> u32, f: impl FnOnce(&mut T)) {
    if let Some(item) = list.iter_mut().find(|x| item_id(x) == id) {
        f(item);
    }
}

#[component]
fn Team() -> impl IntoView {
    let state = expect_context::<AppState>();
    let get = move |id: u32| state.saved.with(|s| s.project.team.iter().find(|m| m.id == id).cloned().unwrap_or_default());
    let set = move |id: u32, f: Box<dyn FnOnce(&mut TeamMember)>| update(state, |w| edit(&mut w.team, id, |m| m.id, f));
    let add = move |_| update(state, |w| {
        let id = next_id(w.team.iter().map(|m| m.id));
        w.team.push(TeamMember { id, ..TeamMember::default() });
    });
    view! {
        <section class="fls-section" aria-labelledby="team-title">
            <h2 id="team-title">"Project team"</h2>
            <p>"Who is on the team, their role and organisation. Tick the Clinical Champion or Lead: the clinician who leads the case for the service."</p>
            <Show when=move || state.saved.with(|s| !s.project.team.is_empty() && s.project.clinical_champion().is_none())>
                <p class="fls-inset fls-inset--warning" data-testid="no-champion">"No Clinical Champion or Lead is ticked yet."</p>
            </Show>
            <div class="fls-table-wrap" tabindex="0" role="region" aria-labelledby="team-title">
                <table class="fls-table" data-testid="team-table">
                    <caption class="fls-visually-hidden">"Project team"</caption>
                    <thead><tr><th scope="col">"Name"</th><th scope="col">"Role"</th><th scope="col">"Organisation"</th><th scope="col">"Clinical Champion"</th><th scope="col"><span class="fls-visually-hidden">"Actions"</span></th></tr></thead>
                    <tbody>
                        <For each=move || state.saved.with(|s| s.project.team.iter().map(|m| m.id).collect::<Vec<_>>()) key=|id| *id let:id>
                            <tr>
                                <td>{text_input(format!("team-{id}-name"), format!("Name of team member {id}"), "text", false, move || get(id).name, move |v| set(id, Box::new(move |m| m.name = v)))}</td>
                                <td>{text_input(format!("team-{id}-role"), format!("Role of team member {id}"), "text", false, move || get(id).role, move |v| set(id, Box::new(move |m| m.role = v)))}</td>
                                <td>{text_input(format!("team-{id}-organisation"), format!("Organisation of team member {id}"), "text", false, move || get(id).organisation, move |v| set(id, Box::new(move |m| m.organisation = v)))}</td>
                                <td>
                                    <label class="fls-visually-hidden" for=format!("team-{id}-champion")>{format!("Team member {id} is the Clinical Champion")}</label>
                                    <input type="checkbox" id=format!("team-{id}-champion") data-testid=format!("team-{id}-champion")
                                        prop:checked=move || get(id).clinical_champion
                                        on:change=move |ev| { let on = event_target_checked(&ev); update(state, |w| w.set_clinical_champion(id, on)) } />
                                </td>
                                <td>{remove_button(format!("Remove team member {id}"), format!("team-{id}-remove"), move || update(state, |w| w.team.retain(|m| m.id != id)))}</td>
                            </tr>
                        </For>
                    </tbody>
                </table>
            </div>
            <button type="button" class="fls-button fls-button--secondary" data-testid="team-add" on:click=add>"Add a team member"</button>
        </section>
    }
}

fn level_options() -> Vec<(String, String)> {
    Level::ALL.iter().map(|l| (l.id().to_string(), l.label().to_string())).collect()
}

#[component]
fn Stakeholders() -> impl IntoView {
    let state = expect_context::<AppState>();
    let get = move |id: u32| state.saved.with(|s| s.project.stakeholders.iter().find(|m| m.id == id).cloned().unwrap_or_default());
    let set = move |id: u32, f: Box<dyn FnOnce(&mut Stakeholder)>| update(state, |w| edit(&mut w.stakeholders, id, |m| m.id, f));
    let add = move |_| update(state, |w| {
        let id = next_id(w.stakeholders.iter().map(|m| m.id));
        w.stakeholders.push(Stakeholder { id, ..Stakeholder::default() });
    });
    let list = Memo::new(move |_| state.saved.with(|s| s.project.stakeholders.clone()));
    let svg = Signal::derive(move || list.with(|l| stakeholder_grid_svg(l)));
    let table = Signal::derive(move || list.with(|l| stakeholder_table(l)));
    view! {
        <section class="fls-section" aria-labelledby="stakeholders-title">
            <h2 id="stakeholders-title">"Stakeholder Reference Group"</h2>
            <p>"The people and groups with a stake in the service — patients, primary care, orthogeriatrics, radiology, falls services, finance, commissioners — with how interested they are and how much they can sway decisions. The grid suggests how closely to involve each."</p>
            <div class="fls-table-wrap" tabindex="0" role="region" aria-labelledby="stakeholders-title">
                <table class="fls-table" data-testid="stakeholder-table">
                    <caption class="fls-visually-hidden">"Stakeholder register"</caption>
                    <thead><tr><th scope="col">"Name"</th><th scope="col">"Organisation or group"</th><th scope="col">"Interest"</th><th scope="col">"Influence"</th><th scope="col">"How to engage"</th><th scope="col"><span class="fls-visually-hidden">"Actions"</span></th></tr></thead>
                    <tbody>
                        <For each=move || list.with(|l| l.iter().map(|m| m.id).collect::<Vec<_>>()) key=|id| *id let:id>
                            <tr>
                                <td>{text_input(format!("stakeholder-{id}-name"), format!("Name of stakeholder {id}"), "text", false, move || get(id).name, move |v| set(id, Box::new(move |m| m.name = v)))}</td>
                                <td>{text_input(format!("stakeholder-{id}-organisation"), format!("Organisation of stakeholder {id}"), "text", false, move || get(id).organisation, move |v| set(id, Box::new(move |m| m.organisation = v)))}</td>
                                <td>{select(format!("stakeholder-{id}-interest"), format!("Interest of stakeholder {id}"), level_options(), move || get(id).interest.id().to_string(), move |v| set(id, Box::new(move |m| m.interest = Level::from_id(&v))))}</td>
                                <td>{select(format!("stakeholder-{id}-influence"), format!("Influence of stakeholder {id}"), level_options(), move || get(id).influence.id().to_string(), move |v| set(id, Box::new(move |m| m.influence = Level::from_id(&v))))}</td>
                                <td>{move || get(id).engagement()}</td>
                                <td>{remove_button(format!("Remove stakeholder {id}"), format!("stakeholder-{id}-remove"), move || update(state, |w| w.stakeholders.retain(|m| m.id != id)))}</td>
                            </tr>
                        </For>
                    </tbody>
                </table>
            </div>
            <button type="button" class="fls-button fls-button--secondary" data-testid="stakeholder-add" on:click=add>"Add a stakeholder"</button>
            <Show when=move || list.with(|l| !l.is_empty())>
                <Figure svg=svg table=table name="stakeholder grid" id="stakeholder-grid" table_folded=true/>
            </Show>
        </section>
    }
}

#[component]
fn Meetings() -> impl IntoView {
    let state = expect_context::<AppState>();
    let get = move |id: u32| state.saved.with(|s| s.project.meetings.iter().find(|m| m.id == id).cloned().unwrap_or_default());
    let set = move |id: u32, f: Box<dyn FnOnce(&mut Meeting)>| update(state, |w| edit(&mut w.meetings, id, |m| m.id, f));
    let add = move |_| update(state, |w| {
        let id = next_id(w.meetings.iter().map(|m| m.id));
        w.meetings.push(Meeting { id, ..Meeting::default() });
    });
    view! {
        <section class="fls-section" aria-labelledby="meetings-title">
            <h2 id="meetings-title">"Meetings"</h2>
            <p>"A log of team and reference group meetings: who came, what was decided and who will do what."</p>
            <div class="fls-table-wrap" tabindex="0" role="region" aria-labelledby="meetings-title">
                <table class="fls-table" data-testid="meeting-table">
                    <caption class="fls-visually-hidden">"Meetings log"</caption>
                    <thead><tr><th scope="col">"Date"</th><th scope="col">"Attendees"</th><th scope="col">"Decisions"</th><th scope="col">"Actions"</th><th scope="col"><span class="fls-visually-hidden">"Remove"</span></th></tr></thead>
                    <tbody>
                        <For each=move || state.saved.with(|s| s.project.meetings.iter().map(|m| m.id).collect::<Vec<_>>()) key=|id| *id let:id>
                            <tr>
                                <td>{text_input(format!("meeting-{id}-date"), format!("Date of meeting {id}"), "date", false, move || get(id).date, move |v| set(id, Box::new(move |m| m.date = v)))}</td>
                                <td>{text_area(format!("meeting-{id}-attendees"), format!("Attendees of meeting {id}"), move || get(id).attendees, move |v| set(id, Box::new(move |m| m.attendees = v)))}</td>
                                <td>{text_area(format!("meeting-{id}-decisions"), format!("Decisions of meeting {id}"), move || get(id).decisions, move |v| set(id, Box::new(move |m| m.decisions = v)))}</td>
                                <td>{text_area(format!("meeting-{id}-actions"), format!("Actions from meeting {id}"), move || get(id).actions, move |v| set(id, Box::new(move |m| m.actions = v)))}</td>
                                <td>{remove_button(format!("Remove meeting {id}"), format!("meeting-{id}-remove"), move || update(state, |w| w.meetings.retain(|m| m.id != id)))}</td>
                            </tr>
                        </For>
                    </tbody>
                </table>
            </div>
            <button type="button" class="fls-button fls-button--secondary" data-testid="meeting-add" on:click=add>"Add a meeting"</button>
        </section>
    }
}

fn score_options() -> Vec<(String, String)> {
    let words = ["1 (very low)", "2 (low)", "3 (medium)", "4 (high)", "5 (very high)"];
    words.iter().enumerate().map(|(i, w)| ((i + 1).to_string(), w.to_string())).collect()
}

#[component]
fn Risks() -> impl IntoView {
    let state = expect_context::<AppState>();
    let get = move |id: u32| state.saved.with(|s| s.project.risks.iter().find(|m| m.id == id).cloned().unwrap_or_default());
    let set = move |id: u32, f: Box<dyn FnOnce(&mut Risk)>| update(state, |w| edit(&mut w.risks, id, |m| m.id, f));
    let add = move |_| update(state, |w| {
        let id = next_id(w.risks.iter().map(|m| m.id));
        w.risks.push(Risk { id, ..Risk::default() });
    });
    view! {
        <section class="fls-section" aria-labelledby="risks-title">
            <h2 id="risks-title">"Risks"</h2>
            <p>"Each risk scored for likelihood and impact from 1 to 5; the score is the two multiplied (1 to 25): 1–3 low, 4–6 moderate, 8–12 high, 15–25 extreme."</p>
            <div class="fls-table-wrap" tabindex="0" role="region" aria-labelledby="risks-title">
                <table class="fls-table" data-testid="risk-table">
                    <caption class="fls-visually-hidden">"Risk log"</caption>
                    <thead><tr><th scope="col">"Risk"</th><th scope="col">"Likelihood"</th><th scope="col">"Impact"</th><th scope="col">"Score"</th><th scope="col">"Owner"</th><th scope="col">"Mitigation"</th><th scope="col"><span class="fls-visually-hidden">"Remove"</span></th></tr></thead>
                    <tbody>
                        <For each=move || state.saved.with(|s| s.project.risks.iter().map(|m| m.id).collect::<Vec<_>>()) key=|id| *id let:id>
                            <tr>
                                <td>{text_area(format!("risk-{id}-description"), format!("Description of risk {id}"), move || get(id).description, move |v| set(id, Box::new(move |m| m.description = v)))}</td>
                                <td>{select(format!("risk-{id}-likelihood"), format!("Likelihood of risk {id}"), score_options(), move || get(id).likelihood.to_string(), move |v| set(id, Box::new(move |m| m.likelihood = v.parse().unwrap_or(3))))}</td>
                                <td>{select(format!("risk-{id}-impact"), format!("Impact of risk {id}"), score_options(), move || get(id).impact.to_string(), move |v| set(id, Box::new(move |m| m.impact = v.parse().unwrap_or(3))))}</td>
                                <td data-testid=format!("risk-{id}-score")>{move || { let r = get(id); format!("{} ({})", r.score(), r.rating().label()) }}</td>
                                <td>{text_input(format!("risk-{id}-owner"), format!("Owner of risk {id}"), "text", false, move || get(id).owner, move |v| set(id, Box::new(move |m| m.owner = v)))}</td>
                                <td>{text_area(format!("risk-{id}-mitigation"), format!("Mitigation of risk {id}"), move || get(id).mitigation, move |v| set(id, Box::new(move |m| m.mitigation = v)))}</td>
                                <td>{remove_button(format!("Remove risk {id}"), format!("risk-{id}-remove"), move || update(state, |w| w.risks.retain(|m| m.id != id)))}</td>
                            </tr>
                        </For>
                    </tbody>
                </table>
            </div>
            <button type="button" class="fls-button fls-button--secondary" data-testid="risk-add" on:click=add>"Add a risk"</button>
        </section>
    }
}

#[component]
fn Objectives() -> impl IntoView {
    let state = expect_context::<AppState>();
    let get = move |id: u32| state.saved.with(|s| s.project.objectives.iter().find(|m| m.id == id).cloned().unwrap_or_default());
    let set = move |id: u32, f: Box<dyn FnOnce(&mut Objective)>| update(state, |w| edit(&mut w.objectives, id, |m| m.id, f));
    let add = move |_| update(state, |w| {
        let id = next_id(w.objectives.iter().map(|m| m.id));
        w.objectives.push(Objective { id, ..Objective::default() });
    });
    let kpi_options = || {
        std::iter::once((String::new(), "No KPI".to_string()))
            .chain(KPI_NAMES.iter().enumerate().map(|(i, n)| ((i + 1).to_string(), format!("KPI {}: {n}", i + 1))))
            .collect::<Vec<_>>()
    };
    view! {
        <section class="fls-section" aria-labelledby="objectives-title">
            <h2 id="objectives-title">"Objectives"</h2>
            <p>"Objectives in SMART form: specific, measurable, achievable, relevant and time-bound. Link an objective to one of the 11 national FLS KPIs and give the target: the documents then say how it will be measured."</p>
            <For each=move || state.saved.with(|s| s.project.objectives.iter().map(|m| m.id).collect::<Vec<_>>()) key=|id| *id let:id>
                <fieldset class="fls-fieldset" data-testid=format!("objective-{id}")>
                    <legend class="fls-fieldset__legend">{format!("Objective {id}")}</legend>
                    <div class="fls-form-group">{text_input(format!("objective-{id}-specific"), "Specific: what will change".into(), "text", true, move || get(id).specific, move |v| set(id, Box::new(move |m| m.specific = v)))}</div>
                    <div class="fls-form-group">{text_input(format!("objective-{id}-measure"), "Measurable: how it will be measured".into(), "text", true, move || get(id).measure, move |v| set(id, Box::new(move |m| m.measure = v)))}</div>
                    <div class="fls-form-group">{text_input(format!("objective-{id}-achievable"), "Achievable: why it is within reach".into(), "text", true, move || get(id).achievable, move |v| set(id, Box::new(move |m| m.achievable = v)))}</div>
                    <div class="fls-form-group">{text_input(format!("objective-{id}-relevant"), "Relevant: why it matters".into(), "text", true, move || get(id).relevant, move |v| set(id, Box::new(move |m| m.relevant = v)))}</div>
                    <div class="fls-form-group">{text_input(format!("objective-{id}-due"), "Time-bound: to be met by".into(), "date", true, move || get(id).due, move |v| set(id, Box::new(move |m| m.due = v)))}</div>
                    <div class="fls-form-group">
                        <label class="fls-label" for=format!("objective-{id}-kpi")>"Measured by KPI"</label>
                        <select class="fls-select" id=format!("objective-{id}-kpi") data-testid=format!("objective-{id}-kpi")
                            on:change=move |ev| { let v = event_target_value(&ev); set(id, Box::new(move |m| m.kpi = v.parse().ok())) }>
                            {kpi_options().into_iter().map(|(value, text)| {
                                let v = value.clone();
                                view! { <option value=value prop:selected=move || get(id).kpi.map(|k| k.to_string()).unwrap_or_default() == v>{text}</option> }
                            }).collect_view()}
                        </select>
                    </div>
                    {{
                        let error = move || get(id).target_error();
                        view! {
                            <div class="fls-form-group" class:fls-form-group--error=move || error().is_some()>
                                <label class="fls-label" for=format!("objective-{id}-target")>"Target (%)"</label>
                                <p class="fls-hint" id=format!("objective-{id}-target-hint")>"A percentage from 0 to 100, for example 80 for 80% of patients. Leave it blank until the target is agreed."</p>
                                {move || error().map(|e| view! { <p class="fls-error-message" id=format!("objective-{id}-target-error") data-testid=format!("objective-{id}-target-error")><span class="fls-visually-hidden">"Error: "</span>{e}</p> })}
                                <div class="fls-input-wrapper">
                                    <input class="fls-input" type="text" inputmode="decimal" autocomplete="off" spellcheck="false" id=format!("objective-{id}-target") data-testid=format!("objective-{id}-target")
                                        aria-describedby=move || if error().is_some() { format!("objective-{id}-target-hint objective-{id}-target-error") } else { format!("objective-{id}-target-hint") }
                                        aria-invalid=move || error().is_some().then_some("true")
                                        prop:value=move || get(id).target on:input=move |ev| { let v = event_target_value(&ev); set(id, Box::new(move |m| m.target = v)) } />
                                    <span class="fls-input__suffix" aria-hidden="true">"%"</span>
                                </div>
                            </div>
                        }
                    }}
                    {remove_button(format!("Remove objective {id}"), format!("objective-{id}-remove"), move || update(state, |w| w.objectives.retain(|m| m.id != id)))}
                </fieldset>
            </For>
            <button type="button" class="fls-button fls-button--secondary" data-testid="objective-add" on:click=add>"Add an objective"</button>
        </section>
    }
}

fn today_iso() -> String {
    let iso = String::from(js_sys::Date::new_0().to_iso_string());
    iso[..10].to_string()
}

/// The project plan: tasks edited in place, a Gantt chart with today's line and overdue
/// tasks marked, and a starter plan from the six phases.
#[component]
fn Plan() -> impl IntoView {
    let state = expect_context::<AppState>();
    let today = today_iso();
    let get = move |id: u32| state.saved.with(|s| s.project.tasks.iter().find(|m| m.id == id).cloned().unwrap_or_default());
    let set = move |id: u32, f: Box<dyn FnOnce(&mut Task)>| update(state, |w| edit(&mut w.tasks, id, |m| m.id, f));
    let add = move |_| update(state, |w| {
        let id = next_id(w.tasks.iter().map(|m| m.id));
        let phase = w.tasks.last().map_or(1, |t| t.phase);
        w.tasks.push(Task { id, phase, ..Task::default() });
    });
    // What is typed in each task's "Waits for" field, by task id: shown as typed while it still
    // reads as the saved waits (see `waits_for_text`), so commas and mistakes are not lost.
    let typed = RwSignal::new(std::collections::BTreeMap::<u32, String>::new());
    let start_from = today.clone();
    let starter = move |_| {
        typed.set(Default::default());
        update(state, |w| w.tasks = starter_plan(&start_from));
    };
    let tasks = Memo::new(move |_| state.saved.with(|s| s.project.tasks.clone()));
    let (t1, t2, t3) = (today.clone(), today.clone(), today.clone());
    let gantt = Memo::new(move |_| tasks.with(|t| gantt_svg(t, &t1)));
    let svg = Signal::derive(move || gantt.with(|g| g.0.clone()));
    let height = Signal::derive(move || gantt.with(|g| g.1));
    let table = Signal::derive(move || tasks.with(|t| plan_table(t, &t2)));
    let problems = Memo::new(move |_| tasks.with(|t| typed.with(|typed| [plan_problems(t), waits_for_problems(t, typed)].concat())));
    let depends_error = move |id: u32| typed.with(|m| waits_for_error(&get(id), m.get(&id).map(String::as_str)));
    let overdue = Memo::new(move |_| tasks.with(|t| t.iter().filter(|x| x.is_overdue(&t3)).count()));
    let phase_options = || PHASES.iter().map(|p| (p.number.to_string(), format!("{}. {}", p.number, p.name))).collect::<Vec<_>>();
    let status_options = || Status::ALL.iter().map(|s| (s.id().to_string(), s.label().to_string())).collect::<Vec<_>>();
    view! {
        <section class="fls-section" aria-labelledby="plan-title">
            <h2 id="plan-title">"Project plan"</h2>
            <p>"Tasks with their phase, owner, start and due dates, status, and the tasks each waits for (their numbers, separated by commas). Start from the starter plan — fourteen tasks across the six phases from today — and change it to fit, or add your own."</p>
            <p>
                <button type="button" class="fls-button fls-button--secondary" data-testid="plan-starter" on:click=starter>
                    {move || if tasks.with(Vec::is_empty) { "Fill in the starter plan" } else { "Replace the plan with the starter plan" }}
                </button>
                " "
                <button type="button" class="fls-button fls-button--secondary" data-testid="plan-clear" disabled=move || tasks.with(Vec::is_empty)
                    on:click=move |_| { typed.set(Default::default()); update(state, |w| w.tasks.clear()) }>"Clear the plan"</button>
            </p>
            <Show when=move || problems.with(|p| !p.is_empty())>
                <div class="fls-inset fls-inset--warning" data-testid="plan-problems">
                    <p>"Check the plan:"</p>
                    <ul>{move || problems.get().into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
                </div>
            </Show>
            <Show when=move || overdue.get() != 0>
                <p class="fls-inset fls-inset--warning" data-testid="plan-overdue">{move || match overdue.get() { 1 => "1 task is overdue.".to_string(), n => format!("{n} tasks are overdue.") }}</p>
            </Show>
            <div class="fls-table-wrap" tabindex="0" role="region" aria-labelledby="plan-title">
                <table class="fls-table" data-testid="plan-table">
                    <caption class="fls-visually-hidden">"Tasks"</caption>
                    <thead><tr><th scope="col">"No."</th><th scope="col">"Task"</th><th scope="col">"Phase"</th><th scope="col">"Owner"</th><th scope="col">"Start"</th><th scope="col">"Due"</th><th scope="col">"Status"</th><th scope="col">"Waits for"</th><th scope="col"><span class="fls-visually-hidden">"Remove"</span></th></tr></thead>
                    <tbody>
                        <For each=move || tasks.with(|t| t.iter().map(|m| m.id).collect::<Vec<_>>()) key=|id| *id let:id>
                            <tr>
                                <td>{id}</td>
                                <td>{text_input(format!("task-{id}-name"), format!("Name of task {id}"), "text", false, move || get(id).name, move |v| set(id, Box::new(move |m| m.name = v)))}</td>
                                <td>{select(format!("task-{id}-phase"), format!("Phase of task {id}"), phase_options(), move || get(id).phase.to_string(), move |v| set(id, Box::new(move |m| m.phase = v.parse().unwrap_or(1))))}</td>
                                <td>{text_input(format!("task-{id}-owner"), format!("Owner of task {id}"), "text", false, move || get(id).owner, move |v| set(id, Box::new(move |m| m.owner = v)))}</td>
                                <td>{text_input(format!("task-{id}-start"), format!("Start of task {id}"), "date", false, move || get(id).start, move |v| set(id, Box::new(move |m| m.start = v)))}</td>
                                <td>{text_input(format!("task-{id}-due"), format!("Due date of task {id}"), "date", false, move || get(id).due, move |v| set(id, Box::new(move |m| m.due = v)))}</td>
                                <td>{select(format!("task-{id}-status"), format!("Status of task {id}"), status_options(), move || get(id).status.id().to_string(), move |v| set(id, Box::new(move |m| m.status = Status::from_id(&v))))}</td>
                                <td class:fls-form-group--error=move || depends_error(id).is_some()>
                                    <label class="fls-visually-hidden" for=format!("task-{id}-depends")>{format!("Task {id} waits for tasks")}</label>
                                    {move || depends_error(id).map(|e| view! { <p class="fls-error-message" id=format!("task-{id}-depends-error") data-testid=format!("task-{id}-depends-error")><span class="fls-visually-hidden">"Error: "</span>{e}</p> })}
                                    <input class="fls-input" type="text" id=format!("task-{id}-depends") data-testid=format!("task-{id}-depends") autocomplete="off"
                                        aria-describedby=move || depends_error(id).is_some().then(|| format!("task-{id}-depends-error"))
                                        aria-invalid=move || depends_error(id).is_some().then_some("true")
                                        prop:value=move || typed.with(|m| waits_for_text(&get(id), m.get(&id).map(String::as_str)))
                                        on:input=move |ev| {
                                            let text = event_target_value(&ev);
                                            let read = WaitsFor::parse(&text);
                                            typed.update(|m| { m.insert(id, text); });
                                            set(id, Box::new(move |m| m.depends_on = read.tasks));
                                        } />
                                </td>
                                <td>{remove_button(format!("Remove task {id}"), format!("task-{id}-remove"), move || { typed.update(|m| { m.remove(&id); }); update(state, |w| w.tasks.retain(|m| m.id != id)) })}</td>
                            </tr>
                        </For>
                    </tbody>
                </table>
            </div>
            <button type="button" class="fls-button fls-button--secondary" data-testid="task-add" on:click=add>"Add a task"</button>
            <Show when=move || tasks.with(|t| !t.is_empty())>
                <Figure svg=svg table=table name="project plan" id="plan-gantt" table_folded=true height=height/>
            </Show>
        </section>
    }
}

/// The current and desired patient pathways side by side, with the differences listed.
#[component]
fn PathwayMapping() -> impl IntoView {
    let state = expect_context::<AppState>();
    let diffs = Memo::new(move |_| state.saved.with(|s| differences(&s.project.pathways)));
    view! {
        <section class="fls-section" aria-labelledby="pathway-title">
            <h2 id="pathway-title">"Pathway mapping"</h2>
            <p>"Map what happens to a patient after a fragility fracture today, step by step, and what should happen. Steps with the same “what happens” in both are compared; the differences are listed below."</p>
            <div class="fls-pathways">
                <PathwayColumn desired=false/>
                <PathwayColumn desired=true/>
            </div>
            <h3>"Differences"</h3>
            <Show when=move || diffs.with(|d| !d.is_empty()) fallback=|| view! { <p data-testid="pathway-no-differences">"No differences yet: add steps to both pathways."</p> }>
                <ul data-testid="pathway-differences">{move || diffs.get().into_iter().map(|d| view! { <li>{d}</li> }).collect_view()}</ul>
            </Show>
        </section>
    }
}

#[component]
fn PathwayColumn(desired: bool) -> impl IntoView {
    let state = expect_context::<AppState>();
    let (prefix, title) = if desired { ("desired", "Desired pathway") } else { ("current", "Current pathway") };
    let list = move |w: &Workspace| if desired { w.pathways.desired.clone() } else { w.pathways.current.clone() };
    let with_list = move |w: &mut Workspace, f: &mut dyn FnMut(&mut Vec<PathwayStep>)| if desired { f(&mut w.pathways.desired) } else { f(&mut w.pathways.current) };
    let get = move |id: u32| state.saved.with(|s| list(&s.project).into_iter().find(|m| m.id == id).unwrap_or_default());
    let set = move |id: u32, f: Box<dyn FnOnce(&mut PathwayStep)>| {
        let mut f = Some(f);
        update(state, |w| with_list(w, &mut |steps| if let Some(f) = f.take() { edit(steps, id, |m| m.id, f) }))
    };
    let add = move |_| update(state, |w| with_list(w, &mut |steps| {
        let id = next_id(steps.iter().map(|m| m.id));
        steps.push(PathwayStep { id, ..PathwayStep::default() });
    }));
    view! {
        <div class="fls-pathway">
            <h3>{title}</h3>
            <ol class="fls-pathway__steps" data-testid=format!("pathway-{prefix}")>
                <For each=move || state.saved.with(|s| list(&s.project).iter().map(|m| m.id).collect::<Vec<_>>()) key=|id| *id let:id>
                    <li class="fls-pathway__step">
                        <div class="fls-form-group">{text_input(format!("{prefix}-{id}-what"), "What happens".into(), "text", true, move || get(id).what, move |v| set(id, Box::new(move |m| m.what = v)))}</div>
                        <div class="fls-form-group">{text_input(format!("{prefix}-{id}-who"), "Who".into(), "text", true, move || get(id).who, move |v| set(id, Box::new(move |m| m.who = v)))}</div>
                        <div class="fls-form-group">{text_input(format!("{prefix}-{id}-when"), "When".into(), "text", true, move || get(id).when, move |v| set(id, Box::new(move |m| m.when = v)))}</div>
                        <div class="fls-form-group">{text_input(format!("{prefix}-{id}-where"), "Where".into(), "text", true, move || get(id).place, move |v| set(id, Box::new(move |m| m.place = v)))}</div>
                        <div class="fls-form-group">{text_input(format!("{prefix}-{id}-gaps"), "Gaps and waits".into(), "text", true, move || get(id).gaps, move |v| set(id, Box::new(move |m| m.gaps = v)))}</div>
                        {remove_button(format!("Remove step {id} of the {}", title.to_lowercase()), format!("{prefix}-{id}-remove"),
                            move || update(state, |w| with_list(w, &mut |steps| steps.retain(|m| m.id != id))))}
                    </li>
                </For>
            </ol>
            <button type="button" class="fls-button fls-button--secondary" data-testid=format!("{prefix}-add") on:click=add>"Add a step"</button>
        </div>
    }
}

/// The team rates each ROS and IOF standard; those not met or partly met form the gap list.
#[component]
fn StandardsAssessment() -> impl IntoView {
    use crate::model::project::standards::Framework;
    let state = expect_context::<AppState>();
    let options: Vec<(String, String)> = Rating::ALL.iter().map(|r| (r.id().to_string(), r.label().to_string())).collect();
    let gaps = Memo::new(move |_| state.saved.with(|s| s.project.gaps().into_iter().map(|(st, r)| (st.name, r.label(), st.meaning)).collect::<Vec<_>>()));
    view! {
        <section class="fls-section" aria-labelledby="standards-title">
            <h2 id="standards-title">"Standards self-assessment"</h2>
            <p>"Rate where the service (or today's care, before there is a service) stands against each standard. The descriptions are a plain summary in our own words; read the published standards for the full text. Your ratings appear in the service specification, and every standard not met or partly met is listed as a gap to close."</p>
            {[Framework::Ros, Framework::Iof].map(|framework| {
                let options = options.clone();
                view! {
                    <div class="fls-table-wrap" tabindex="0" role="region" aria-labelledby="standards-title">
                        <table class="fls-table">
                            <caption>{framework.title()}</caption>
                            <thead><tr><th scope="col">"Standard"</th><th scope="col">"What meeting it means"</th><th scope="col">"Rating"</th></tr></thead>
                            <tbody>
                                {STANDARDS.iter().filter(|st| st.framework == framework).map(|st| {
                                    let sid = st.id;
                                    view! {
                                        <tr>
                                            <th scope="row">{st.name}</th>
                                            <td>{st.meaning}</td>
                                            <td>{select(format!("standard-{sid}"), format!("Rating: {}", st.name), options.clone(),
                                                move || state.saved.with(|s| s.project.rating_of(sid).id().to_string()),
                                                move |v| update(state, |w| { let r = Rating::from_id(&v); if r == Rating::NotAssessed { w.standards.remove(sid); } else { w.standards.insert(sid.to_string(), r); } }))}</td>
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                }
            }).collect_view()}
            <h3>"Gaps to close"</h3>
            <Show when=move || gaps.with(|g| !g.is_empty()) fallback=|| view! { <p data-testid="gap-list-empty">"No gaps: no standard is rated not met or partly met."</p> }>
                <ul data-testid="gap-list">
                    {move || gaps.get().into_iter().map(|(name, rating, meaning)| view! { <li><strong>{name}</strong>{format!(" ({}): ", rating.to_lowercase())}{meaning}</li> }).collect_view()}
                </ul>
            </Show>
        </section>
    }
}

/// Export the whole project as one file, and import one (after the user confirms that it
/// replaces what is saved here).
#[component]
fn ShareProject() -> impl IntoView {
    let state = expect_context::<AppState>();
    let pending = RwSignal::new(None::<(String, SavedState)>);
    let error = RwSignal::new(None::<String>);
    let status = RwSignal::new(String::new());
    let export = move |_| {
        let name = state.saved.with_untracked(download_project_file);
        status.set(format!("Exported as {name}."));
    };
    let choose = move |ev: leptos::ev::Event| {
        use wasm_bindgen::JsCast;
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
        let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
        input.set_value("");
        pending.set(None);
        error.set(None);
        status.set(String::new());
        let name = file.name();
        if file.size() > MAX_FILE_BYTES as f64 {
            error.set(Some(format!("{name}: {}", ImportError::TooLarge { bytes: file.size() as usize })));
            return;
        }
        spawn_local(async move {
            let text = match wasm_bindgen_futures::JsFuture::from(file.text()).await {
                Ok(text) => text.as_string().unwrap_or_default(),
                Err(_) => {
                    error.set(Some(format!("{name} could not be opened. Check that it is not open in another program, then choose it again.")));
                    return;
                }
            };
            match import_project(&text) {
                Ok(settings) => pending.set(Some((name, settings))),
                Err(e) => error.set(Some(format!("{name}: {e}"))),
            }
        });
    };
    let replace = move |_| {
        if let Some((name, settings)) = pending.get_untracked() {
            state.saved.set(settings);
            pending.set(None);
            status.set(format!("Imported {name}: its workspace, area, inputs and scenarios are now the ones saved on this computer."));
        }
    };
    view! {
        <section class="fls-section" aria-labelledby="share-title">
            <h2 id="share-title">"Share the project"</h2>
            <p>"Export the whole project as one file — this workspace, the chosen area, every figure you changed, the business-case scenarios and any KPI counts you saved — to open it on another computer or send to a colleague. It never contains patient records: the app does not keep them."</p>
            <button type="button" class="fls-button" data-testid="project-export" on:click=export>"Export the project"</button>
            <div class="fls-form-group" class:fls-form-group--error=move || error.with(Option::is_some)>
                <label class="fls-label" for="project-import">"Import a project file"</label>
                <p class="fls-hint" id="project-import-hint">"A .json file exported from this app. You will be asked before it replaces what is saved here."</p>
                {move || error.get().map(|e| view! { <p class="fls-error-message" id="project-import-error" role="alert" data-testid="project-import-error"><span class="fls-visually-hidden">"Error: "</span>{e}</p> })}
                <input class="fls-file-input" type="file" id="project-import" data-testid="project-import" accept=".json,application/json"
                    aria-describedby=move || if error.with(Option::is_some) { "project-import-hint project-import-error" } else { "project-import-hint" }
                    on:change=choose />
            </div>
            {move || pending.get().map(|(name, _)| view! {
                <div class="fls-inset fls-inset--warning" data-testid="project-import-confirm">
                    <p>{format!("Replace everything saved on this computer with the project in {name}? What is saved here now will be lost unless you export it first.")}</p>
                    <button type="button" class="fls-button" data-testid="project-import-replace" on:click=replace>"Replace with the imported project"</button>
                    " "
                    <button type="button" class="fls-button fls-button--secondary" data-testid="project-import-cancel" on:click=move |_| pending.set(None)>"Cancel"</button>
                </div>
            })}
            <p role="status" class="fls-hint" data-testid="project-share-status">{move || status.get()}</p>
        </section>
    }
}

#[component]
pub fn ProjectPage() -> impl IntoView {
    view! {
        <h1>"Project workspace"</h1>
        <p class="fls-lede">"Setting up a Fracture Liaison Service is a project in six phases. Record the team, the stakeholders, the meetings, the risks and the objectives here, track each phase's outcomes, and write the documents from your own figures. Everything is saved on this computer only."</p>
        <nav aria-label="On this page">
            <ul>
                <li><a href="#/project" on:click=|ev| jump(ev, "phases-title")>"The six phases"</a></li>
                <li><a href="#/project" on:click=|ev| jump(ev, "team-title")>"Project team"</a></li>
                <li><a href="#/project" on:click=|ev| jump(ev, "stakeholders-title")>"Stakeholder Reference Group"</a></li>
                <li><a href="#/project" on:click=|ev| jump(ev, "plan-title")>"Project plan"</a></li>
                <li><a href="#/project" on:click=|ev| jump(ev, "meetings-title")>"Meetings"</a></li>
                <li><a href="#/project" on:click=|ev| jump(ev, "risks-title")>"Risks"</a></li>
                <li><a href="#/project" on:click=|ev| jump(ev, "objectives-title")>"Objectives"</a></li>
                <li><a href="#/project" on:click=|ev| jump(ev, "pathway-title")>"Pathway mapping"</a></li>
                <li><a href="#/project" on:click=|ev| jump(ev, "standards-title")>"Standards self-assessment"</a></li>
                <li><a href="#/project" on:click=|ev| jump(ev, "documents-title")>"Documents"</a></li>
                <li><a href="#/project" on:click=|ev| jump(ev, "share-title")>"Share the project"</a></li>
            </ul>
        </nav>
        <ProjectDetails/>
        <PhaseTracker/>
        <Team/>
        <Stakeholders/>
        <Plan/>
        <Meetings/>
        <Risks/>
        <Objectives/>
        <PathwayMapping/>
        <StandardsAssessment/>
        <DocumentList/>
        <ShareProject/>
    }
}

/// Goes to a section: scrolls to its heading and moves focus there, without changing the hash
/// (which is the route).
fn jump(ev: leptos::ev::MouseEvent, id: &'static str) {
    ev.prevent_default();
    crate::components::error_summary::focus_heading(id);
}
