//! Which population a page shows: an area from the link, else the saved area, else a
//! custom population, else none yet — and the state shared by pages that use it.

use leptos::prelude::*;

use crate::app::AppState;
use crate::data::areas::{areas, Area, Country};
use crate::data::defaults::impact_defaults;
use crate::data::growth::growth;
use crate::model::impact::{apply_edits, custom_population, ImpactAssumptions};
use crate::model::population::Population;
use crate::model::projection::CountryPart;
use crate::model::validation::FieldError;

/// The population a page is about.
#[derive(Clone, Debug, PartialEq)]
pub enum AreaChoice {
    Area(&'static Area),
    /// A population typed by sex and band.
    Custom,
    /// The link named a code that is not embedded.
    Unknown(String),
    /// Nothing chosen yet.
    Nothing,
}

/// Link code `custom` means the typed population.
pub const CUSTOM: &str = "custom";

impl AreaChoice {
    /// From the link's `area`, else the saved area.
    pub fn resolve(from_link: Option<&str>, saved: Option<&str>) -> AreaChoice {
        let code = match from_link.or(saved) {
            Some(code) => code,
            None => return AreaChoice::Nothing,
        };
        if code == CUSTOM {
            return AreaChoice::Custom;
        }
        match areas().find(code) {
            Some(area) => AreaChoice::Area(area),
            None if from_link.is_some() => AreaChoice::Unknown(code.to_string()),
            None => AreaChoice::Nothing,
        }
    }

    pub fn link_code(&self) -> Option<String> {
        match self {
            AreaChoice::Area(area) => Some(area.link_code()),
            AreaChoice::Custom => Some(CUSTOM.into()),
            _ => None,
        }
    }

    pub fn name(&self) -> String {
        match self {
            AreaChoice::Area(area) => area.name.clone(),
            AreaChoice::Custom => "your population".into(),
            _ => String::new(),
        }
    }
}

/// The chosen population and assumptions, derived from the link and the saved settings.
#[derive(Clone, Copy)]
pub struct PageInputs {
    pub choice: Memo<AreaChoice>,
    /// The population (2022 estimate, or the typed one), with errors in typed fields.
    pub population: Memo<(Population, Vec<FieldError>)>,
    /// Assumptions with every valid edit applied, and the errors of invalid ones.
    pub assumptions: Memo<(ImpactAssumptions, Vec<FieldError>)>,
}

impl PageInputs {
    pub fn new(state: AppState, area_from_link: Option<String>) -> PageInputs {
        let choice = Memo::new(move |_| AreaChoice::resolve(area_from_link.as_deref(), state.saved.with(|s| s.area.clone()).as_deref()));
        // A valid area from a link becomes the saved area; an area from the saved settings
        // is written into the address, so the link the user copies opens the same page.
        Effect::new(move |_| {
            if let Some(code) = choice.with(AreaChoice::link_code) {
                if state.saved.with_untracked(|s| s.area.as_deref() != Some(code.as_str())) {
                    state.saved.update(|s| s.area = Some(code.clone()));
                }
                if let Some(route) = state.route.with_untracked(|r| r.with_area_filled(&code)) {
                    replace_address(&route);
                }
            }
        });
        let population = Memo::new(move |_| match choice.get() {
            AreaChoice::Area(area) => (area.population.clone(), Vec::new()),
            AreaChoice::Custom => state.saved.with(|s| custom_population(&s.custom_population)),
            _ => (Population::default(), Vec::new()),
        });
        let assumptions = Memo::new(move |_| {
            let area = choice.with(AreaChoice::link_code);
            state.saved.with(|s| apply_edits(impact_defaults(), &s.impact_edits_for(area.as_deref())))
        });
        PageInputs { choice, population, assumptions }
    }
}

/// The country parts of a choice for projection: an area's own population in its one
/// country, or for UK, Great Britain and England and Wales each country's own row. A typed
/// population is projected with England's factors (the page says so).
pub fn country_parts(choice: &AreaChoice, population: &Population) -> Vec<CountryPart<'static>> {
    match choice {
        AreaChoice::Area(area) => {
            let countries = area.countries();
            if countries.len() == 1 {
                vec![CountryPart { growth: growth(countries[0]), base_2022: area.population.clone() }]
            } else {
                countries.into_iter().map(|c| CountryPart { growth: growth(c), base_2022: areas().country(c).population.clone() }).collect()
            }
        }
        AreaChoice::Custom => vec![CountryPart { growth: growth(Country::England), base_2022: population.clone() }],
        _ => Vec::new(),
    }
}

/// Shows `route` in the address bar without a new history entry or a navigation.
fn replace_address(route: &crate::routes::Route) {
    if let Some(window) = web_sys::window() {
        if let Ok(history) = window.history() {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&route.to_hash()));
        }
    }
}
