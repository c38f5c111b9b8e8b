//! The local-impact assumptions form: every rate and cost, its source, inline validation
//! and reset to defaults. Edits are saved as typed, so nothing typed is lost.

use leptos::prelude::*;

use crate::app::AppState;
use crate::components::error_summary::{focus_after_render, ErrorSummary};
use crate::components::number_input::NumberInput;
use crate::components::sex_band_grid::SexBandGrid;
use crate::components::source_tag::SourceTag;
use crate::data::defaults::{impact_defaults, DefaultSources, PRICE_YEAR};
use crate::model::fracture_site::FractureSite;
use crate::model::impact::{ImpactField, ImpactSources};
use crate::model::population::{AgeBand, Sex};
use crate::model::format::{money, plain_number, whole};
use crate::model::validation::{FieldError, Unit};

/// Records `text` for `field`, dropping the edit when it equals the default.
/// A per-area field (the local hip count) belongs to the area the pages show, which is
/// always the saved area.
pub fn set_edit(state: AppState, field: ImpactField, text: String) {
    let default = field.default_text(impact_defaults());
    state.saved.update(|s| {
        let area = s.area.clone();
        s.set_edit(field, area.as_deref(), text, &default);
    });
}

/// The text a field shows: the user's edit, else the default.
fn field_text(state: AppState, field: ImpactField) -> Signal<String> {
    Signal::derive(move || state.saved.with(|s| s.edit_text(field, s.area.as_deref())).unwrap_or_else(|| field.default_text(impact_defaults())))
}

fn field_error(errors: Signal<Vec<FieldError>>, field: ImpactField) -> Signal<Option<String>> {
    Signal::derive(move || errors.with(|e| e.iter().find(|e| e.field == field.id()).map(|e| e.message.clone())))
}

/// A default as people read it: `14163` → `£14,163`.
fn rule_default_display(field: ImpactField, text: &str) -> String {
    let value: f64 = text.parse().unwrap_or_default();
    match field.rule().unit {
        Unit::Pounds => money(value),
        Unit::Percent => format!("{}%", plain_number(value)),
        _ if value.fract() == 0.0 => whole(value),
        _ => plain_number(value),
    }
}

/// One field with its label, unit and source.
#[component]
pub fn AssumptionField(field: ImpactField, #[prop(into)] label: String, errors: Signal<Vec<FieldError>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let rule = field.rule();
    let (prefix, suffix) = match rule.unit.suffix() {
        "£" => (Some("£".to_string()), None),
        other => (None, Some(other.to_string())),
    };
    let edited = move || state.saved.with(|s| s.edit_text(field, s.area.as_deref()).is_some());
    let default_note = match field.default_text(impact_defaults()) {
        text if text.is_empty() => String::new(),
        text => format!(" (default {})", rule_default_display(field, &text)),
    };
    view! {
        <div class="fls-assumption">
            <NumberInput id=field.id() label=label value=field_text(state, field) error=field_error(errors, field)
                on_input=Callback::new(move |text| set_edit(state, field, text)) prefix=prefix suffix=suffix />
            <p class="fls-assumption__source">
                {move || if edited() {
                    view! { <span class="fls-source fls-source--local"><strong>"Your figure"</strong> {default_note.clone()}</span> }.into_any()
                } else {
                    view! { <SourceTag source=DefaultSources.source(field)/> }.into_any()
                }}
            </p>
        </div>
    }
}

/// A rate grid for one site: rows are age bands, columns women and men.
#[component]
fn RateGrid(site: FractureSite, errors: Signal<Vec<FieldError>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let source = DefaultSources.source(ImpactField::Rate(site, Sex::Female, AgeBand::from_index(0)));
    view! {
        <fieldset class="fls-fieldset">
            <legend class="fls-fieldset__legend">{site.label()} " fractures per 10,000 people a year"</legend>
            <p class="fls-assumption__source"><SourceTag source=source/></p>
            <SexBandGrid caption=format!("{} fracture rates per 10,000 a year by age band and sex", site.label()) cell=move |sex, band| {
                let field = ImpactField::Rate(site, sex, band);
                view! {
                    <NumberInput id=field.id() label=format!("{} rate, {} aged {}", site.label(), sex.label().to_lowercase(), band.label())
                        compact=true value=field_text(state, field) error=field_error(errors, field)
                        on_input=Callback::new(move |text| set_edit(state, field, text)) />
                }
            }/>
        </fieldset>
    }
}

/// The whole assumptions form.
#[component]
pub fn AssumptionsForm(errors: Signal<Vec<FieldError>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let edited_count = move || state.saved.with(|s| s.impact_edits.len());
    view! {
        <section class="fls-section" aria-labelledby="assumptions-title">
            <h2 id="assumptions-title">"Assumptions"</h2>
            <p>
                "Every figure below can be changed. Each shows where its default comes from, or says it is an assumption to replace with a local figure. "
                "Changes are saved on this computer only."
            </p>
            <ErrorSummary errors=errors/>
            <p>
                <button type="button" class="fls-button fls-button--secondary" data-testid="reset-assumptions"
                    disabled=move || edited_count() == 0
                    on:click=move |_| {
                        state.saved.update(|s| s.impact_edits.clear());
                        // The button is now disabled: keep focus on the message that says what happened.
                        focus_after_render("assumptions-status");
                    }>
                    "Reset all assumptions to defaults"
                </button>
                " " <span id="assumptions-status" tabindex="-1" role="status">{move || match edited_count() { 0 => "All figures are at their defaults.".to_string(), 1 => "1 figure changed.".to_string(), n => format!("{n} figures changed.") }}</span>
            </p>
            <h3>"Costs per fracture (" {PRICE_YEAR} " prices unless uplifted)"</h3>
            <div class="fls-grid">
                {FractureSite::ALL.map(|site| view! {
                    <AssumptionField field=ImpactField::HospitalCost(site) label=format!("{} — hospital cost per fracture", site.label()) errors=errors/>
                    <AssumptionField field=ImpactField::SocialCareCost(site) label=format!("{} — social care cost per fracture", site.label()) errors=errors/>
                }).collect_view()}
            </div>
            <div class="fls-grid">
                <AssumptionField field=ImpactField::Uplift label="Price uplift to today's prices" errors=errors/>
                <AssumptionField field=ImpactField::HipBedDays label="Hospital bed days per hip fracture" errors=errors/>
            </div>
            <h3>"Fracture rates"</h3>
            <p>"Rates are new fractures a year per 10,000 people. The vertebral, wrist and other rates are the same in every age band (age-flat) because the UK source gives one rate for everyone aged 50+. The hip rates for 90 and over repeat the 85–89 rates (the source's oldest band), which understates the oldest: replace them with local rates if you have them."</p>
            <div class="fls-grid fls-grid--rates">
                {FractureSite::ALL.map(|site| view! { <RateGrid site=site errors=errors/> }).collect_view()}
            </div>
        </section>
    }
}
