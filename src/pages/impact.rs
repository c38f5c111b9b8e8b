//! `#/impact?area=<code>`: an area's yearly fragility fractures by site, age and sex, their
//! costs and hip bed days, with every assumption editable.

use leptos::prelude::*;

use super::area_choice::{AreaChoice, PageInputs};
use super::assumptions_form::{AssumptionField, AssumptionsForm};
use crate::app::AppState;
use crate::charts::figures::{cost_table, fractures_by_age_chart, fractures_by_age_table, national_table};
use crate::charts::render::stacked_bars_svg;
use crate::components::area_picker::AreaPicker;
use crate::components::error_summary::{focus_field, ErrorSummary};
use crate::components::figure::Figure;
use crate::components::number_input::NumberInput;
use crate::components::sex_band_grid::SexBandGrid;
use crate::data::areas::areas;
use crate::model::format::{decimal, money, whole};
use crate::model::fracture_site::FractureSite;
use crate::model::impact::{custom_population_field, local_impact, ImpactField};
use crate::model::validation::FieldError;
use crate::routes::Route;

/// Where a choice of area leads: the same page for the new area.
fn pick_area(state: AppState) -> Callback<String> {
    Callback::new(move |code: String| {
        state.saved.update(|s| s.area = Some(code.clone()));
        state.navigate(&Route::Impact { area: Some(code) });
    })
}

/// The area heading with a way to change area; shared by the impact and projection pages.
#[component]
pub fn ChosenArea(choice: Memo<AreaChoice>, on_pick: Callback<String>) -> impl IntoView {
    let changing = RwSignal::new(false);
    view! {
        {move || match choice.get() {
            AreaChoice::Area(area) => view! {
                <p class="fls-chosen-area" data-testid="chosen-area">
                    <span class="fls-chosen-area__label">"Area: "</span>
                    <strong>{area.name.clone()}</strong>
                    " · " {area.kind.group_label()} " · " <span class="fls-area-code">{area.code.clone()}</span>
                </p>
            }.into_any(),
            AreaChoice::Custom => view! {
                <p class="fls-chosen-area" data-testid="chosen-area"><span class="fls-chosen-area__label">"Area: "</span><strong>"A population you typed"</strong></p>
            }.into_any(),
            _ => ().into_any(),
        }}
        {move || {
            let has_area = matches!(choice.get(), AreaChoice::Area(_) | AreaChoice::Custom);
            if has_area && !changing.get() {
                view! { <p><button type="button" class="fls-button fls-button--secondary" data-testid="change-area" on:click=move |_| changing.set(true)>"Change area"</button></p> }.into_any()
            } else {
                let pick = Callback::new(move |code: String| { changing.set(false); on_pick.run(code); });
                view! { <AreaPicker on_pick=pick allow_custom=true/> }.into_any()
            }
        }}
    }
}

/// A message for an unknown code in a link.
#[component]
pub fn UnknownArea(code: String) -> impl IntoView {
    view! {
        <div class="fls-error-summary" role="alert" data-testid="unknown-area">
            <h2 class="fls-error-summary__title">"We could not find that area"</h2>
            <p>"No embedded area has the code “" {code} "”. Codes are ONS (GSS) codes such as E08000035 for Leeds; a former CCG is written CCG21:E38000006. Find the area by name with “Find your area” on this page."</p>
        </div>
    }
}

pub fn headline(label: &'static str, value: String, testid: &'static str, note: Option<String>) -> impl IntoView {
    view! {
        <div class="fls-card">
            <p class="fls-card__label">{label}</p>
            <p class="fls-card__value" data-testid=testid>{value}</p>
            {note.map(|n| view! { <p class="fls-card__note">{n}</p> })}
        </div>
    }
}

#[component]
fn CustomPopulationForm(errors: Signal<Vec<FieldError>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <ErrorSummary errors=errors/>
        <fieldset class="fls-fieldset">
            <legend class="fls-fieldset__legend">"Your population aged 50 and over"</legend>
            <p class="fls-hint">"Enter the number of people in each band. Blank bands count as nobody."</p>
            <SexBandGrid caption="Population by age band and sex" cell=move |sex, band| {
                let id = custom_population_field(sex, band);
                let (key, key_in, key_error) = (id.clone(), id.clone(), id.clone());
                let error = Signal::derive(move || errors.with(|e| e.iter().find(|e| e.field == key_error).map(|e| e.message.clone())));
                view! {
                    <NumberInput id=id compact=true label=format!("{} aged {}", sex.label(), band.label()) error=error
                        value=Signal::derive(move || state.saved.with(|s| s.custom_population.get(&key).cloned().unwrap_or_default()))
                        on_input=Callback::new(move |t: String| state.saved.update(|s| { s.custom_population.insert(key_in.clone(), t); })) />
                }
            }/>
        </fieldset>
    }
}

#[component]
pub fn ImpactPage(area: Option<String>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let inputs = PageInputs::new(state, area);
    let result = Memo::new(move |_| inputs.population.with(|(p, _)| inputs.assumptions.with(|(a, _)| local_impact(p, a))));
    let uk = Memo::new(move |_| {
        let uk_area = areas().find("K02000001").expect("UK is embedded");
        let mut assumptions = inputs.assumptions.with(|(a, _)| a.clone());
        assumptions.local_hip_fractures = None;
        local_impact(&uk_area.population, &assumptions)
    });
    let population_errors = Signal::derive(move || inputs.population.with(|(_, e)| e.clone()));
    let assumption_errors = Signal::derive(move || inputs.assumptions.with(|(_, e)| e.clone()));
    let name = Memo::new(move |_| inputs.choice.with(AreaChoice::name));
    let svg = Signal::derive(move || result.with(|r| stacked_bars_svg(&fractures_by_age_chart(&r.fractures, &name.get()))));
    let table = Signal::derive(move || result.with(|r| fractures_by_age_table(&r.fractures, &name.get())));
    let file_name = Signal::derive(move || format!("{} fractures by age and sex", name.get()));
    let costs = Signal::derive(move || result.with(|r| inputs.assumptions.with(|(a, _)| cost_table(r, a))));
    let national = Signal::derive(move || uk.with(national_table));
    let business_case_link = move || Route::BusinessCase { area: inputs.choice.with(AreaChoice::link_code) }.to_hash();
    let projection_link = move || Route::Projection { area: inputs.choice.with(AreaChoice::link_code), from: None, years: None }.to_hash();

    let results = move || {
        let r = result.get();
        let population_note = match inputs.choice.get() {
            AreaChoice::Area(area) if area.method == "apportioned" => Some("ONS mid-2022, apportioned from councils".to_string()),
            AreaChoice::Area(_) => Some("ONS mid-2022 estimate".to_string()),
            _ => Some("As you typed it".to_string()),
        };
        view! {
            <section class="fls-section" aria-labelledby="results-title">
                <h2 id="results-title">"Fragility fractures a year in " {name.get()}</h2>
                <p class="fls-hint">{match inputs.choice.get() { AreaChoice::Custom => "For the population you typed.", _ => "For the mid-2022 population (ONS); see the projection for later years." }}</p>
                {move || {
                    let factor = result.with(|r| r.calibration_factor);
                    let count_given = inputs.assumptions.with(|(a, _)| a.local_hip_fractures.is_some());
                    match factor {
                        Some(f) => Some(view! { <p class="fls-inset" data-testid="calibration-note">{format!("Calibrated to your hip fracture count: every rate × {} (your count ÷ the model's prediction).", decimal(f, 3))}</p> }.into_any()),
                        None if count_given => Some(view! { <p class="fls-inset fls-inset--warning" data-testid="calibration-note">"Your hip fracture count is not used: the model predicts no hip fractures for this population, so there is nothing to scale. Enter a population first."</p> }.into_any()),
                        None => None,
                    }
                }}
                // Its own reactive part: errors change without the results changing (a wrong
                // value leaves the default in use).
                {move || assumption_errors.with(|errors| errors.first().map(|e| (e.field.clone(), e.message.clone(), errors.len()))).map(|(field, message, count)| view! {
                    <div class="fls-inset fls-inset--warning" role="alert" data-testid="results-use-defaults">
                        <p>
                            {if count == 1 { "1 figure you entered needs correcting".to_string() } else { format!("{count} figures you entered need correcting") }}
                            ": until then the results use the default for each. "
                            <a href=format!("#{field}") on:click=move |ev| { ev.prevent_default(); focus_field(&field); }>{message}</a>
                        </p>
                    </div>
                })}
                <div class="fls-cards">
                    {headline("People aged 50 and over", whole(r.population_50plus), "impact-population-50plus", population_note)}
                    {headline("Fragility fractures a year", whole(r.fractures.total()), "impact-fractures-total", Some("All four sites".into()))}
                    {headline("Hip", whole(r.fractures.site_total(FractureSite::Hip)), "impact-fractures-hip", None)}
                    {headline("Clinical vertebral", whole(r.fractures.site_total(FractureSite::Vertebral)), "impact-fractures-vertebral", None)}
                    {headline("Wrist/forearm", whole(r.fractures.site_total(FractureSite::Wrist)), "impact-fractures-wrist", None)}
                    {headline("Other sites", whole(r.fractures.site_total(FractureSite::Other)), "impact-fractures-other", Some("Humerus, pelvis, ribs, ankle and others".into()))}
                    {headline("Cost a year (hospital and social care)", money(r.costs.total_gbp()), "impact-cost-total", Some(format!("Hospital {} · social care {}", money(r.costs.hospital_gbp()), money(r.costs.social_care_gbp()))))}
                    {headline("Hospital bed days for hip fractures", whole(r.costs.hip_bed_days), "impact-hip-bed-days", Some(format!("{} days per hip fracture", decimal(inputs.assumptions.with(|(a, _)| a.costs.hip_bed_days), 1))))}
                </div>
            </section>
        }
    };

    view! {
        <h1>"Local impact"</h1>
        <p class="fls-lede">"How many fragility fractures happen each year among people aged 50 and over in an area, what they cost and the hospital beds hip fractures take."</p>
        <ChosenArea choice=inputs.choice on_pick=pick_area(state)/>
        {move || match inputs.choice.get() {
            AreaChoice::Unknown(code) => view! { <UnknownArea code=code/> }.into_any(),
            AreaChoice::Nothing => view! { <p class="fls-inset">"Choose an area to see its figures. Every area of the UK is included: countries, regions, counties, councils, integrated care boards, sub-ICB locations, former CCGs and health boards."</p> }.into_any(),
            choice => view! {
                {(choice == AreaChoice::Custom).then(|| view! { <CustomPopulationForm errors=population_errors/> })}
                {results}
                <section class="fls-section" aria-labelledby="calibrate-title">
                    <h2 id="calibrate-title">"Calibrate to your local hip fracture count"</h2>
                    <p>"If you know how many hip fractures your area sees in a year (for example from the National Hip Fracture Database), enter it: every site's rate is then scaled by your count ÷ the model's prediction. Leave blank to use the national rates."</p>
                    <AssumptionField field=ImpactField::LocalHipFractures label="Hip fractures in your area in a year" errors=assumption_errors/>
                </section>
                <section class="fls-section" aria-labelledby="chart-title">
                    <h2 id="chart-title">"By age band and sex"</h2>
                    <Figure svg=svg table=table name=file_name id="impact-chart"/>
                </section>
                <section class="fls-section" aria-labelledby="costs-title">
                    <h2 id="costs-title">"Costs"</h2>
                    <crate::components::data_table::DataTable table=costs testid="impact-cost-table"/>
                </section>
                <section class="fls-section" aria-labelledby="national-title">
                    <h2 id="national-title">"Sense check against national figures"</h2>
                    <p>"Rates from recorded diagnoses in GP records give fewer fractures than the modelled national totals, which include fractures never coded. Calibrate to your hip count, or change the rates, if you judge your area differs."</p>
                    <crate::components::data_table::DataTable table=national testid="impact-national-table"/>
                </section>
                <p>
                    <a class="fls-button" href=projection_link data-testid="to-projection">"See how these numbers grow as the population ages"</a>
                    <a class="fls-button" href=business_case_link data-testid="to-business-case">"Make the business case for an FLS here"</a>
                </p>
                <AssumptionsForm errors=assumption_errors/>
            }.into_any(),
        }}
    }
}
