//! `#/projection?area=<code>&from=<year>&years=<5..10>`: how an area's fractures grow as
//! its population ages, using the ONS national projections of its country.

use leptos::prelude::*;

use super::area_choice::{country_parts, AreaChoice, PageInputs};
use super::impact::{ChosenArea, UnknownArea};
use crate::app::AppState;
use crate::charts::figures::{projected_population_table, projection_chart, projection_table};
use crate::charts::table::Table;
use crate::components::data_table::DataTable;
use crate::components::download::{download_text, file_stem};
use crate::charts::render::lines_svg;
use crate::components::figure::Figure;
use crate::model::format::{percent, whole};
use crate::model::projection::{increase_percent, project, ProjectionError, LENGTHS, START_YEARS};
use crate::routes::Route;

/// This calendar year, clamped to the years projections allow.
fn this_year() -> u32 {
    let year = js_sys::Date::new_0().get_full_year();
    year.clamp(*START_YEARS.start(), *START_YEARS.end())
}

/// Reads `from` and `years` from the link, with defaults (this year; 10 years). A bad value
/// falls back to its default alone, keeping the other, and is explained.
fn read_choice(from: Option<&str>, years: Option<&str>) -> ((u32, u32), Vec<String>) {
    let mut problems = Vec::new();
    let from = match from.map(|t| (t, t.trim().parse::<u32>())) {
        None => this_year(),
        Some((_, Ok(y))) if START_YEARS.contains(&y) => y,
        Some((_, Ok(y))) => {
            problems.push(format!("{}.", ProjectionError::StartYearOutOfRange(y)));
            this_year()
        }
        Some((text, Err(_))) => {
            problems.push(format!("The start year “{text}” is not a year: choose one from {} to {}.", START_YEARS.start(), START_YEARS.end()));
            this_year()
        }
    };
    let years = match years.map(|t| (t, t.trim().parse::<u32>())) {
        None => *LENGTHS.end(),
        Some((_, Ok(n))) if LENGTHS.contains(&n) => n,
        Some((_, Ok(n))) => {
            problems.push(format!("{}.", ProjectionError::LengthOutOfRange(n)));
            *LENGTHS.end()
        }
        Some((text, Err(_))) => {
            problems.push(format!("“{text}” is not a number of years: choose from {} to {}.", LENGTHS.start(), LENGTHS.end()));
            *LENGTHS.end()
        }
    };
    ((from, years), problems)
}

#[component]
pub fn ProjectionPage(area: Option<String>, from: Option<String>, years: Option<String>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let inputs = PageInputs::new(state, area);
    let ((from_year, length), link_problems) = read_choice(from.as_deref(), years.as_deref());
    let go = move |area: Option<String>, from: u32, years: u32| {
        state.navigate(&Route::Projection { area, from: Some(from.to_string()), years: Some(years.to_string()) });
    };
    let on_pick = Callback::new(move |code: String| {
        state.saved.update(|s| s.area = Some(code.clone()));
        go(Some(code), from_year, length);
    });
    let projected = Memo::new(move |_| {
        let parts = inputs.population.with(|(p, _)| country_parts(&inputs.choice.get(), p));
        let rates = inputs.population.with(|(p, _)| inputs.assumptions.with(|(a, _)| a.calibrated_rates(p).0));
        project(&parts, &rates, from_year, length).unwrap_or_default()
    });
    let name = Memo::new(move |_| inputs.choice.with(AreaChoice::name));
    let svg = Signal::derive(move || projected.with(|y| lines_svg(&projection_chart(y, &name.get()))));
    let table = Signal::derive(move || projected.with(|y| projection_table(y, &name.get())));
    let file_name = Signal::derive(move || format!("{} fracture projection {from_year}-{}", name.get(), from_year + length));
    let population_file = move || format!("{}.csv", file_stem(&format!("{} population projection {from_year}-{}", name.get(), from_year + length)));
    let population_table = Signal::derive(move || projected.with(|y| projected_population_table(y, &name.get())));
    let area_link = move || inputs.choice.with(AreaChoice::link_code);

    view! {
        <h1>"Projection"</h1>
        <p class="fls-lede">"How the yearly number of fragility fractures grows as the population ages, from a start year over 5 to 10 years, with the same rates and calibration as the local impact page."</p>
        <ChosenArea choice=inputs.choice on_pick=on_pick/>
        {(!link_problems.is_empty()).then(|| view! {
            <div class="fls-error-summary" role="alert" data-testid="projection-error">
                <h2 class="fls-error-summary__title">"There is a problem with the link"</h2>
                {link_problems.iter().map(|m| view! { <p>{m.clone()}</p> }).collect_view()}
                <p>"Showing " {from_year} " over " {length} " years instead."</p>
            </div>
        })}
        <form class="fls-inline-form" on:submit=|ev| ev.prevent_default()>
            <div class="fls-form-group">
                <label class="fls-label" for="projection-from">"Start year"</label>
                <select class="fls-select" id="projection-from" data-testid="projection-from"
                    on:change=move |ev| if let Ok(y) = event_target_value(&ev).parse() { go(area_link(), y, length) }>
                    {START_YEARS.map(|y| view! { <option value=y.to_string() selected=y == from_year>{y}</option> }).collect_view()}
                </select>
            </div>
            <div class="fls-form-group">
                <label class="fls-label" for="projection-years">"Number of years"</label>
                <select class="fls-select" id="projection-years" data-testid="projection-years"
                    on:change=move |ev| if let Ok(n) = event_target_value(&ev).parse() { go(area_link(), from_year, n) }>
                    {LENGTHS.map(|n| view! { <option value=n.to_string() selected=n == length>{n} " years"</option> }).collect_view()}
                </select>
            </div>
        </form>
        <p class="fls-inset">
            <strong>"These growth factors are national, not local. "</strong>
            "Each area is assumed to age like its whole country (ONS 2022-based national population projections, principal projection). Areas spanning several countries (UK, Great Britain, England and Wales) project each country separately and add them up. A typed population is taken to be a mid-2022 population (like the ONS estimates) and grows with England's factors, so later years already differ from what you typed. Rates per person stay as they are today; only the population changes."
        </p>
        {move || match inputs.choice.get() {
            AreaChoice::Unknown(code) => view! { <UnknownArea code=code/> }.into_any(),
            AreaChoice::Nothing => view! { <p class="fls-inset">"Choose an area to see its projection."</p> }.into_any(),
            _ => {
                let years = projected.get();
                let (Some(first), Some(last)) = (years.first().cloned(), years.last().cloned()) else { return ().into_any() };
                let increase = increase_percent(&years).map(percent).unwrap_or_else(|| "n/a".into());
                view! {
                    <section class="fls-section" aria-labelledby="projection-results">
                        <h2 id="projection-results">"Fragility fractures a year in " {name.get()} ", " {first.year} " to " {last.year}</h2>
                        <div class="fls-cards">
                            <div class="fls-card"><p class="fls-card__label">"In " {first.year}</p><p class="fls-card__value">{whole(first.fractures.total())}</p></div>
                            <div class="fls-card"><p class="fls-card__label">"In " {last.year}</p><p class="fls-card__value">{whole(last.fractures.total())}</p></div>
                            <div class="fls-card"><p class="fls-card__label">"Change over the period"</p><p class="fls-card__value" data-testid="projection-increase-percent">{increase}</p></div>
                            <div class="fls-card"><p class="fls-card__label">"People aged 50+ in " {last.year}</p><p class="fls-card__value">{whole(last.population.total())}</p>
                                <p class="fls-card__note">{whole(first.population.total())} " in " {first.year}</p></div>
                        </div>
                        <ol class="fls-year-list">
                            {years.iter().map(|y| view! {
                                <li><span class="fls-year-list__year">{y.year}</span>
                                    <span class="fls-year-list__value" data-testid=format!("projection-fractures-total-{}", y.year)>{whole(y.fractures.total())}</span></li>
                            }).collect_view()}
                        </ol>
                        <Figure svg=svg table=table name=file_name id="projection-chart"/>
                        <h3>"Population aged 50 and over by sex and age band"</h3>
                        <DataTable table=population_table testid="projection-population-table"/>
                        <button type="button" class="fls-button fls-button--secondary" data-testid="projection-population-csv"
                            on:click=move |_| download_text(&population_file(), "text/csv;charset=utf-8", &population_table.with(Table::to_csv))>
                            "Download population table (CSV)"
                        </button>
                    </section>
                }.into_any()
            }
        }}
    }
}
