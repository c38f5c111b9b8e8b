//! `#/business-case?area=<code>`: the FLS business case for an area — caseload from the
//! local-impact figures (with the user's impact assumptions) or typed, every input editable
//! with its source, presets, headline results, charts with tables and downloads, who pays
//! and who saves, one-way sensitivity, and named scenarios compared side by side.
//!
//! Arithmetic lives in `model::business_case`; charts, tables and headline text in
//! `charts::business_case`. This file only wires them to the saved state.

use leptos::prelude::*;

use super::area_choice::{AreaChoice, PageInputs};
use super::impact::{headline, ChosenArea, UnknownArea};
use crate::app::AppState;
use crate::charts::business_case::{
    cash_flow_chart, cash_flow_table, comparison_chart, comparison_table, fractures_avoided_chart, fractures_avoided_table, headlines, payer_table,
    tornado_chart, tornado_table,
};
use crate::charts::render::{horizontal_bars_svg, lines_svg, stacked_bars_svg};
use crate::components::data_table::DataTable;
use crate::components::error_summary::{focus_after_render, ErrorSummary};
use crate::components::figure::Figure;
use crate::components::number_input::NumberInput;
use crate::components::source_tag::SourceTag;
use crate::model::business_case::edits::{apply_preset, read_edits, set_edit, CASELOAD_MODE, TYPED};
use crate::model::business_case::{fields_in_group, local_impact_field, local_inputs, one_way_sensitivity, run, BySite, InputField, InputGroup, Inputs, Outputs, ServicePreset};
use crate::model::format::{plain_number, whole};
use crate::model::fracture_site::FractureSite;
use crate::model::impact::local_impact;
use crate::model::validation::FieldError;
use crate::routes::Route;
use crate::storage::schema::Scenario;

/// The text a field shows: the user's edit, else the default.
/// The area's starting inputs (caseload and fracture costs from its local impact), shared
/// by the fields so each shows the figure the model starts from.
#[derive(Clone, Copy)]
struct StartingInputs(Memo<Inputs>);

/// What a field shows: the text the user typed, else the figure the model starts from.
fn field_text(state: AppState, field: &'static InputField, start: Memo<Inputs>) -> Signal<String> {
    Signal::derive(move || {
        state.saved.with(|s| s.business_case_edits.get(field.id).cloned()).unwrap_or_else(|| {
            start.with(|b| b.get(field.id)).map_or_else(|| field.default_text(), plain_number)
        })
    })
}

fn range_hint(field: &InputField) -> String {
    let rule = field.rule();
    let show = |v: f64| match rule.unit.suffix() {
        "£" | "£ a year" => format!("£{}", whole(v)),
        "%" | "% a year" => format!("{}%", plain_number(v)),
        _ => plain_number(v),
    };
    format!("From {} to {}", show(field.min), show(field.max))
}

/// One input with its unit, range, and its source or the note that the user changed it.
#[component]
fn BusinessCaseField(field: &'static InputField, errors: Signal<Vec<FieldError>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let (prefix, suffix) = match field.unit.suffix() {
        "£" => (Some("£".to_string()), None),
        "£ a year" => (Some("£".to_string()), Some("a year".to_string())),
        other => (None, Some(other.to_string())),
    };
    let StartingInputs(start) = expect_context::<StartingInputs>();
    let error = Signal::derive(move || errors.with(|e| e.iter().find(|e| e.field == field.id).map(|e| e.message.clone())));
    let edited = move || state.saved.with(|s| s.business_case_edits.contains_key(field.id));
    // A fracture cost changed on the local impact page is this field's starting figure.
    let from_impact = move || {
        local_impact_field(field.id).filter(|f| state.saved.with(|s| s.impact_edits.contains_key(&f.id())))
    };
    view! {
        <div class="fls-assumption">
            <NumberInput id=field.id label=field.label value=field_text(state, field, start) error=error hint=Some(range_hint(field))
                on_input=Callback::new(move |text: String| start.with_untracked(|b| state.saved.update(|s| set_edit(&mut s.business_case_edits, field.id, text, b))))
                prefix=prefix suffix=suffix />
            <p class="fls-assumption__source">
                {move || if edited() {
                    view! { <span class="fls-source fls-source--local"><strong>"Your figure"</strong> " (default " {field.default_text()} ")"</span> }.into_any()
                } else if from_impact().is_some() {
                    let link = Route::Impact { area: state.saved.with(|s| s.area.clone()) }.to_hash();
                    view! {
                        <span class="fls-source fls-source--local" data-testid=format!("from-impact-{}", field.id)>
                            <strong>"Your figure"</strong>" from the "<a href=link>"local impact page"</a>" (published default " {field.default_text()} ")"
                        </span>
                    }.into_any()
                } else {
                    view! { <SourceTag source=field.source/> }.into_any()
                }}
            </p>
        </div>
    }
}

/// Where the caseload comes from: the area's expected fractures, or a typed number.
#[component]
fn CaseloadChoice(area_name: Memo<String>, index: Memo<BySite>, errors: Signal<Vec<FieldError>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let typed = Memo::new(move |_| state.saved.with(|s| s.business_case_edits.get(CASELOAD_MODE).map(String::as_str) == Some(TYPED)));
    let choose = move |typed: bool| {
        state.saved.update(|s| {
            if typed {
                s.business_case_edits.insert(CASELOAD_MODE.into(), TYPED.into());
            } else {
                s.business_case_edits.remove(CASELOAD_MODE);
            }
        })
    };
    let typed_field = crate::model::business_case::field("typed_caseload_per_year").expect("caseload field");
    view! {
        <fieldset class="fls-fieldset">
            <legend class="fls-fieldset__legend">"Where the caseload comes from"</legend>
            <div class="fls-radios">
                <label class="fls-radio">
                    <input type="radio" name="caseload" data-testid="caseload-area" prop:checked=move || !typed.get() on:change=move |_| choose(false)/>
                    {move || format!(
                        " The fragility fractures expected in {} each year ({} hip, {} clinical vertebral, {} wrist/forearm, {} other), from the local impact page with your assumptions",
                        area_name.get(),
                        whole(index.get().get(FractureSite::Hip)),
                        whole(index.get().get(FractureSite::Vertebral)),
                        whole(index.get().get(FractureSite::Wrist)),
                        whole(index.get().get(FractureSite::Other)),
                    )}
                </label>
                <label class="fls-radio">
                    <input type="radio" name="caseload" data-testid="caseload-typed" prop:checked=move || typed.get() on:change=move |_| choose(true)/>
                    " A number of patients a year that I type"
                </label>
            </div>
            <Show when=move || typed.get()>
                <BusinessCaseField field=typed_field errors=errors/>
            </Show>
        </fieldset>
    }
}

/// Save, list, rename, open, delete and compare named scenarios. Keyboard: Enter saves a
/// name, Escape cancels a rename; focus moves to the rename field, back to its button after,
/// and to the name field when a scenario is deleted.
#[component]
fn Scenarios(base: Memo<Inputs>, area_name: Memo<String>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let name = RwSignal::new(String::new());
    let save_error = RwSignal::new(None::<String>);
    let status = RwSignal::new(String::new());
    let renaming = RwSignal::new(None::<u32>);
    let rename_text = RwSignal::new(String::new());
    let rename_error = RwSignal::new(None::<String>);
    let compared = RwSignal::new(Vec::<u32>::new());
    // The scenario last deleted and where it was, for Undo.
    let deleted = RwSignal::new(None::<(usize, Scenario)>);
    let undo = move |_| {
        if let Some((at, scenario)) = deleted.get_untracked() {
            let name = scenario.name.clone();
            let mut result = Ok(());
            state.saved.update(|s| result = s.restore_scenario(at, scenario));
            deleted.set(None);
            match result {
                Ok(()) => status.set(format!("“{name}” is back.")),
                Err(message) => status.set(message),
            }
        }
    };

    let save = move |_| {
        let mut result = Err(String::new());
        state.saved.update(|s| result = s.save_scenario(&name.get_untracked()));
        match result {
            Ok(_) => {
                deleted.set(None);
                status.set(format!("Saved “{}”.", name.get_untracked().trim()));
                name.set(String::new());
                save_error.set(None);
            }
            Err(message) => {
                status.set(String::new());
                save_error.set(Some(message));
            }
        }
    };
    let finish_rename = move |id: u32| {
        let mut result = Ok(());
        state.saved.update(|s| result = s.rename_scenario(id, &rename_text.get_untracked()));
        match result {
            Ok(()) => {
                renaming.set(None);
                rename_error.set(None);
                focus_after_render(format!("rename-scenario-{id}"));
            }
            Err(message) => {
                rename_error.set(Some(message));
                focus_after_render(format!("rename-{id}"));
            }
        }
    };
    let comparison = Memo::new(move |_| {
        let chosen = compared.get();
        state.saved.with(|s| {
            s.scenarios
                .iter()
                .filter(|sc| chosen.contains(&sc.id))
                .map(|sc| {
                    let outputs = base.with(|b| read_edits(b, &sc.edits).0.map(|v| run(&v)));
                    (sc.name.clone(), outputs)
                })
                .collect::<Vec<(String, Option<Outputs>)>>()
        })
    });
    let computable = Memo::new(move |_| comparison.with(|c| c.iter().filter_map(|(n, o)| o.clone().map(|o| (n.clone(), o))).collect::<Vec<_>>()));
    let not_computable = move || comparison.with(|c| c.iter().filter(|(_, o)| o.is_none()).map(|(n, _)| n.clone()).collect::<Vec<_>>().join(", "));
    let table = Signal::derive(move || computable.with(|c| comparison_table(c)));
    let svg = Signal::derive(move || computable.with(|c| horizontal_bars_svg(&comparison_chart(c))));
    let file_name = Signal::derive(move || format!("{} business case scenarios", area_name.get()));

    view! {
        <section class="fls-section" aria-labelledby="scenarios-title">
            <h2 id="scenarios-title">"Scenarios"</h2>
            <p>"Save the inputs above under a name to come back to them or compare them. A scenario keeps your inputs only: it is worked out for the area chosen at the time (unless it types its own caseload). Scenarios are saved on this computer only."</p>
            <div class="fls-form-group" class:fls-form-group--error=move || save_error.with(Option::is_some)>
                <label class="fls-label" for="scenario-name">"Name for the current inputs"</label>
                {move || save_error.get().map(|e| view! { <p class="fls-error-message" id="scenario-name-error"><span class="fls-visually-hidden">"Error: "</span>{e}</p> })}
                <div class="fls-input-wrapper">
                    <input class="fls-input fls-input--wide" id="scenario-name" type="text" autocomplete="off" data-testid="scenario-name"
                        aria-describedby=move || save_error.with(Option::is_some).then_some("scenario-name-error")
                        prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))
                        on:keydown=move |ev| if ev.key() == "Enter" { save(()) } />
                </div>
            </div>
            <button type="button" class="fls-button" data-testid="save-scenario" on:click=move |_| save(())>"Save as a scenario"</button>
            <span role="status" class="fls-hint" data-testid="scenario-status">{move || status.get()}</span>
            <Show when=move || deleted.with(Option::is_some)>
                " "<button type="button" class="fls-link-button" id="undo-delete" data-testid="undo-delete-scenario" on:click=undo>"Undo"</button>
            </Show>
            <Show when=move || state.saved.with(|s| !s.scenarios.is_empty())
                fallback=|| view! { <p class="fls-hint" data-testid="no-scenarios">"No scenarios saved yet."</p> }>
                <div class="fls-table-wrap" tabindex="0" role="region" aria-labelledby="scenarios-title">
                    <table class="fls-table" data-testid="scenario-list">
                        <caption>"Saved scenarios: tick two or more to compare them"</caption>
                        <thead><tr><th scope="col">"Compare"</th><th scope="col">"Name"</th><th scope="col">"Inputs changed"</th><th scope="col">"Actions"</th></tr></thead>
                        <tbody>
                            <For each=move || state.saved.with(|s| s.scenarios.clone()) key=|sc| (sc.id, sc.name.clone(), sc.edits.len()) let:sc>
                                {
                                    let id = sc.id;
                                    let scenario_name = sc.name.clone();
                                    let rename_from = sc.name.clone();
                                    let changed = sc.edits.keys().filter(|k| k.as_str() != CASELOAD_MODE).count();
                                    view! {
                                        <tr data-testid=format!("scenario-{id}")>
                                            <td>
                                                <input type="checkbox" id=format!("compare-{id}") data-testid=format!("compare-{id}")
                                                    aria-label=format!("Compare {}", sc.name)
                                                    prop:checked=move || compared.with(|c| c.contains(&id))
                                                    on:change=move |ev| {
                                                        let on = event_target_checked(&ev);
                                                        compared.update(|c| { c.retain(|x| *x != id); if on { c.push(id); } });
                                                    } />
                                            </td>
                                            <th scope="row">
                                                {move || if renaming.get() == Some(id) {
                                                    view! {
                                                        <div class="fls-form-group" class:fls-form-group--error=move || rename_error.with(Option::is_some)>
                                                            <label class="fls-label fls-visually-hidden" for=format!("rename-{id}")>"New name"</label>
                                                            {move || rename_error.get().map(|e| view! { <p class="fls-error-message">{e}</p> })}
                                                            <input class="fls-input" id=format!("rename-{id}") data-testid=format!("rename-input-{id}") type="text"
                                                                prop:value=move || rename_text.get() on:input=move |ev| rename_text.set(event_target_value(&ev))
                                                                on:keydown=move |ev| match ev.key().as_str() {
                                                                    "Enter" => finish_rename(id),
                                                                    "Escape" => {
                                                                        renaming.set(None);
                                                                        rename_error.set(None);
                                                                        focus_after_render(format!("rename-scenario-{id}"));
                                                                    }
                                                                    _ => {}
                                                                } />
                                                            " "
                                                            <button type="button" class="fls-button fls-button--secondary" data-testid=format!("rename-save-{id}") on:click=move |_| finish_rename(id)>"Save name"</button>
                                                        </div>
                                                    }.into_any()
                                                } else {
                                                    view! { <span data-testid=format!("scenario-name-{id}")>{scenario_name.clone()}</span> }.into_any()
                                                }}
                                            </th>
                                            <td>{changed}</td>
                                            <td>
                                                <button type="button" class="fls-link-button" data-testid=format!("open-scenario-{id}")
                                                    on:click=move |_| {
                                                        state.saved.update(|s| s.open_scenario(id));
                                                        let name = state.saved.with_untracked(|s| s.scenarios.iter().find(|sc| sc.id == id).map(|sc| sc.name.clone()));
                                                        status.set(format!("Now using the inputs of “{}”: the results above have changed to match.", name.unwrap_or_default()));
                                                    }>"Use these inputs"</button>
                                                " · "
                                                <button type="button" class="fls-link-button" id=format!("rename-scenario-{id}") data-testid=format!("rename-scenario-{id}")
                                                    on:click=move |_| {
                                                        rename_text.set(rename_from.clone());
                                                        rename_error.set(None);
                                                        save_error.set(None);
                                                        status.set(String::new());
                                                        renaming.set(Some(id));
                                                        focus_after_render(format!("rename-{id}"));
                                                    }>"Rename"</button>
                                                " · "
                                                <button type="button" class="fls-link-button" data-testid=format!("delete-scenario-{id}")
                                                    on:click=move |_| {
                                                        let mut removed = None;
                                                        compared.update(|c| c.retain(|x| *x != id));
                                                        state.saved.update(|s| removed = s.delete_scenario(id));
                                                        status.set(format!("Deleted “{}”.", removed.as_ref().map(|(_, sc)| sc.name.clone()).unwrap_or_default()));
                                                        deleted.set(removed);
                                                        // The row has gone: focus returns to the name field above the list.
                                                        focus_after_render("scenario-name");
                                                    }>"Delete"</button>
                                            </td>
                                        </tr>
                                    }
                                }
                            </For>
                        </tbody>
                    </table>
                </div>
            </Show>
            <Show when=move || { !not_computable().is_empty() }>
                <p class="fls-inset">"These scenarios cannot be worked out because some of their inputs break a rule (for example a drug mix that does not add up to 100%): " {not_computable} ". Open one to see and correct its inputs."</p>
            </Show>
            <Show when=move || computable.with(|c| c.len() >= 2)
                fallback=move || view! { <p class="fls-hint">{move || if state.saved.with(|s| s.scenarios.len() >= 2) { "Tick two or more scenarios to compare them." } else { "Save two or more scenarios to compare them side by side." }}</p> }>
                <h3>"Scenarios compared"</h3>
                <div data-testid="scenario-comparison">
                    <Figure svg=svg table=table name=file_name id="comparison-chart"/>
                </div>
            </Show>
        </section>
    }
}

#[component]
pub fn BusinessCasePage(area: Option<String>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let inputs = PageInputs::new(state, area);
    let name = Memo::new(move |_| inputs.choice.with(AreaChoice::name));
    // Caseload and fracture costs from the local-impact model with the user's impact assumptions.
    let base = Memo::new(move |_| inputs.population.with(|(p, _)| inputs.assumptions.with(|(a, _)| local_inputs(&local_impact(p, a), a))));
    let index = Memo::new(move |_| base.with(|b| b.reach.index_fractures));
    provide_context(StartingInputs(base));
    let read = Memo::new(move |_| base.with(|b| state.saved.with(|s| read_edits(b, &s.business_case_edits))));
    let errors = Signal::derive(move || read.with(|(_, e)| e.clone()));
    let outputs = Memo::new(move |_| read.with(|(valid, _)| valid.as_ref().map(run)));
    let tornado = Memo::new(move |_| read.with(|(valid, _)| valid.as_ref().map(one_way_sensitivity)));

    let pick = Callback::new(move |code: String| {
        state.saved.update(|s| s.area = Some(code.clone()));
        state.navigate(&Route::BusinessCase { area: Some(code) });
    });
    let impact_link = move || Route::Impact { area: inputs.choice.with(AreaChoice::link_code) }.to_hash();
    let edited_count = move || state.saved.with(|s| s.business_case_edits.keys().filter(|k| k.as_str() != CASELOAD_MODE).count());

    let with_outputs = move |f: fn(&Outputs, &str) -> String| Signal::derive(move || outputs.with(|o| o.as_ref().map(|o| f(o, &name.get())).unwrap_or_default()));
    let cash_svg = with_outputs(|o, n| lines_svg(&cash_flow_chart(&o.service, n)));
    let avoided_svg = with_outputs(|o, n| stacked_bars_svg(&fractures_avoided_chart(&o.service, n)));
    let empty = || crate::charts::table::Table { caption: String::new(), headers: Vec::new(), rows: Vec::new(), csv_rows: Vec::new() };
    let cash_table = Signal::derive(move || outputs.with(|o| o.as_ref().map(|o| cash_flow_table(&o.service, &name.get())).unwrap_or_else(empty)));
    let avoided_table = Signal::derive(move || outputs.with(|o| o.as_ref().map(|o| fractures_avoided_table(&o.service, &name.get())).unwrap_or_else(empty)));
    let payers = Signal::derive(move || outputs.with(|o| o.as_ref().map(|o| payer_table(&o.service)).unwrap_or_else(empty)));
    let tornado_svg = Signal::derive(move || tornado.with(|t| t.as_ref().map(|t| horizontal_bars_svg(&tornado_chart(t, &name.get()))).unwrap_or_default()));
    let tornado_tab = Signal::derive(move || tornado.with(|t| t.as_ref().map(tornado_table).unwrap_or_else(empty)));
    let file = move |what: &'static str| Signal::derive(move || format!("{} business case {what}", name.get()));

    let summary_note = Signal::derive(move || {
        if outputs.with(Option::is_some) {
            "Results use the default value for each field below until it is corrected.".to_string()
        } else {
            "Some inputs must agree with each other (for example the drug mix must add up to 100%), so the results are hidden until these are corrected.".to_string()
        }
    });
    let results = move || match outputs.get() {
        None => view! {
            <p class="fls-inset" data-testid="bc-no-results">"The results cannot be worked out until the problems listed above are corrected."</p>
        }
        .into_any(),
        Some(o) => {
            let years = o.horizon_years;
            view! {
                <div class="fls-cards" data-testid="bc-headlines">
                    {headlines(&o).into_iter().map(|h| headline(h.label, h.value, h.testid, Some(h.note))).collect_view()}
                </div>
                <p class="fls-hint">
                    {format!("All figures are for the service running every year for {years} years, a new group of {} patients starting each year. ", whole(o.caseload.patients_per_year))}
                    "Money is the budget impact (not discounted unless you set a rate); QALYs are discounted at the NICE rate."
                </p>
            }
            .into_any()
        }
    };

    view! {
        <h1>"Business case"</h1>
        <p class="fls-lede">"What a Fracture Liaison Service would cost, the fractures it would prevent and the money it would save, compared with usual care. Every input can be changed and shows its source, or says it is an assumption to replace."</p>
        <ChosenArea choice=inputs.choice on_pick=pick/>
        {move || match inputs.choice.get() {
            AreaChoice::Unknown(code) => view! { <UnknownArea code=code/> }.into_any(),
            AreaChoice::Nothing => view! { <p class="fls-inset">"Choose an area: its expected fragility fractures give the service's caseload. You can then type your own caseload instead."</p> }.into_any(),
            _ => view! {
                <p>
                    "The caseload uses the local impact figures for this area, with any rates and costs you changed there ("
                    <a href=impact_link data-testid="to-impact">"see local impact"</a>"). "
                    <a href="#/method" data-testid="to-business-case-method" on:click=move |ev| { ev.prevent_default(); state.navigate(&Route::Method); scroll_to("business-case-model"); }>"How the business case model works"</a>"."
                </p>
                <CaseloadChoice area_name=name index=index errors=errors/>
                <ErrorSummary errors=errors note=summary_note/>
                <section class="fls-section" aria-labelledby="bc-presets-title">
                    <h2 id="bc-presets-title">"Start from a type of service"</h2>
                    <div class="fls-grid">
                        {ServicePreset::ALL.map(|preset| {
                            let testid = match preset { ServicePreset::Minimal => "preset-minimal", ServicePreset::Full => "preset-full" };
                            view! {
                                <div>
                                    <button type="button" class="fls-button fls-button--secondary" data-testid=testid
                                        on:click=move |_| base.with_untracked(|b| state.saved.update(|s| apply_preset(&mut s.business_case_edits, preset, b)))>
                                        {format!("Use the {}", preset.label().to_lowercase())}
                                    </button>
                                    <p class="fls-hint">{preset.description()} " Sets identification, scans, treatment, persistence, monitoring and staffing; leaves costs and risks as they are."</p>
                                </div>
                            }
                        }).collect_view()}
                    </div>
                </section>
                <section class="fls-section" aria-labelledby="bc-results-title">
                    <h2 id="bc-results-title">"Results for " {move || name.get()}</h2>
                    {results}
                </section>
                <Show when=move || outputs.with(Option::is_some)>
                    <section class="fls-section" aria-labelledby="bc-cash-title">
                        <h2 id="bc-cash-title">"Cash flow and break-even"</h2>
                        <Figure svg=cash_svg table=cash_table name=file("cash flow") id="bc-cash-flow"/>
                    </section>
                    <section class="fls-section" aria-labelledby="bc-avoided-title">
                        <h2 id="bc-avoided-title">"Fractures avoided by site and year"</h2>
                        <Figure svg=avoided_svg table=avoided_table name=file("fractures avoided") id="bc-fractures-avoided-chart"/>
                    </section>
                    <section class="fls-section" aria-labelledby="bc-payers-title">
                        <h2 id="bc-payers-title">"Who pays and who saves"</h2>
                        <p>"Who pays is an assumption about local arrangements: the acute trust hosts the service and pays for staff, scans and monitoring; primary care pays for the drugs."</p>
                        <DataTable table=payers testid="bc-payer-table"/>
                    </section>
                    <section class="fls-section" aria-labelledby="bc-tornado-title">
                        <h2 id="bc-tornado-title">"Which inputs matter most"</h2>
                        <p>"Each uncertain input is set to a low and a high value (your value times the factor in the table), everything else unchanged, and the net cost worked out again. The longest bars are the inputs most worth checking locally."</p>
                        <Figure svg=tornado_svg table=tornado_tab name=file("sensitivity") id="bc-tornado"/>
                    </section>
                </Show>
                <Scenarios base=base area_name=name/>
                <section class="fls-section" aria-labelledby="bc-inputs-title">
                    <h2 id="bc-inputs-title">"Inputs"</h2>
                    <p>"Changes are saved on this computer only. A value that is not valid is shown in red and the model keeps the default until it is corrected."</p>
                    <p>
                        <button type="button" class="fls-button fls-button--secondary" data-testid="reset-business-case"
                            disabled=move || edited_count() == 0
                            on:click=move |_| state.saved.update(|s| s.business_case_edits.retain(|k, _| k == CASELOAD_MODE))>
                            "Reset all inputs to defaults"
                        </button>
                        " " {move || match edited_count() { 0 => "All inputs are at their defaults.".to_string(), 1 => "1 input changed.".to_string(), n => format!("{n} inputs changed.") }}
                    </p>
                    {InputGroup::ALL.map(|group| view! {
                        <h3>{group.heading()}</h3>
                        <div class="fls-grid">
                            {fields_in_group(group).filter(|f| f.id != "typed_caseload_per_year").map(|f| view! { <BusinessCaseField field=f errors=errors/> }).collect_view()}
                        </div>
                    }).collect_view()}
                </section>
            }.into_any(),
        }}
    }
}

/// Scrolls to the element with `id` once the next page has rendered.
fn scroll_to(id: &'static str) {
    let scroll = wasm_bindgen::closure::Closure::once_into_js(move || {
        if let Some(element) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id)) {
            element.scroll_into_view();
        }
    });
    if let Some(window) = web_sys::window() {
        use wasm_bindgen::JsCast;
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(scroll.unchecked_ref(), 50);
    }
}
