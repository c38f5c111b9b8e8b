//! Local impact: the yearly fragility fractures of a population, their costs and bed days,
//! from editable rates and unit costs (domain guide §3).
//!
//! Every assumption is a form field with an id, a rule and a source. The form keeps the
//! text the user typed (so nothing typed is lost), and [`validate`] turns it into
//! [`ImpactAssumptions`] or lists every field error at once.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::costs::{fracture_costs, CostSummary, UnitCosts};
use super::epidemiology::{calibration_factor, expected_fractures, FractureCounts, RateTable};
use super::evidence::Source;
use super::fracture_site::FractureSite;
use super::format::plain_number;
use super::population::{AgeBand, Population, Sex};
use super::validation::{FieldError, NumberRule, Unit};

/// Everything the local-impact figures depend on besides the population.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ImpactAssumptions {
    pub rates: RateTable,
    pub costs: UnitCosts,
    /// Hip fractures seen locally in a year (e.g. from the NHFD); when set, every site's
    /// rates are scaled by observed ÷ predicted hip fractures.
    pub local_hip_fractures: Option<f64>,
}

/// The local-impact results for one population.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ImpactResult {
    pub population_50plus: f64,
    pub fractures: FractureCounts,
    pub costs: CostSummary,
    /// Observed ÷ predicted hip fractures when calibrated.
    pub calibration_factor: Option<f64>,
    /// The rates after calibration (the ones the projection must use too).
    pub rates_used: RateTable,
}

impl ImpactAssumptions {
    /// The rates after calibration to a local hip fracture count, with the factor used.
    pub fn calibrated_rates(&self, population: &Population) -> (RateTable, Option<f64>) {
        let factor = self.local_hip_fractures.and_then(|observed| {
            let predicted = expected_fractures(population, &self.rates).site_total(FractureSite::Hip);
            calibration_factor(observed, predicted)
        });
        match factor {
            Some(f) => (self.rates.scaled(f), Some(f)),
            None => (self.rates.clone(), None),
        }
    }
}

/// Yearly fractures, costs and bed days of `population` under `assumptions`.
pub fn local_impact(population: &Population, assumptions: &ImpactAssumptions) -> ImpactResult {
    let (rates_used, calibration_factor) = assumptions.calibrated_rates(population);
    let fractures = expected_fractures(population, &rates_used);
    let costs = fracture_costs(&fractures, &assumptions.costs);
    ImpactResult { population_50plus: population.total(), fractures, costs, calibration_factor, rates_used }
}

/// What a field of the assumptions form holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImpactField {
    Rate(FractureSite, Sex, AgeBand),
    HospitalCost(FractureSite),
    SocialCareCost(FractureSite),
    Uplift,
    HipBedDays,
    LocalHipFractures,
}

impl ImpactField {
    /// Every field, in form order.
    pub fn all() -> Vec<ImpactField> {
        let mut fields = vec![ImpactField::LocalHipFractures];
        for site in FractureSite::ALL {
            fields.push(ImpactField::HospitalCost(site));
            fields.push(ImpactField::SocialCareCost(site));
        }
        fields.extend([ImpactField::Uplift, ImpactField::HipBedDays]);
        // Rate grids read row by row: a band, then women and men.
        for site in FractureSite::ALL {
            for band in AgeBand::all() {
                for sex in Sex::ALL {
                    fields.push(ImpactField::Rate(site, sex, band));
                }
            }
        }
        fields
    }

    /// Stable id: the HTML id and the key under which an edit is saved.
    pub fn id(self) -> String {
        match self {
            ImpactField::Rate(site, sex, band) => format!("rate-{}-{}-{}", site.key(), sex.code(), band.label()),
            ImpactField::HospitalCost(site) => format!("cost-hospital-{}", site.key()),
            ImpactField::SocialCareCost(site) => format!("cost-social-{}", site.key()),
            ImpactField::Uplift => "price-uplift".into(),
            ImpactField::HipBedDays => "hip-bed-days".into(),
            ImpactField::LocalHipFractures => "local-hip-fractures".into(),
        }
    }

    pub fn from_id(id: &str) -> Option<ImpactField> {
        ImpactField::all().into_iter().find(|f| f.id() == id)
    }

    /// What values the field accepts and how it is named in messages.
    pub fn rule(self) -> NumberRule {
        let (name, unit, min, max, whole) = match self {
            ImpactField::Rate(site, sex, band) => (
                format!("the {} fracture rate for {} aged {}", site.label().to_lowercase(), sex.label().to_lowercase(), band.label()),
                Unit::PerTenThousand,
                0.0,
                2_000.0,
                false,
            ),
            ImpactField::HospitalCost(site) => (format!("the hospital cost of {}", site.one_fracture()), Unit::Pounds, 0.0, 250_000.0, false),
            ImpactField::SocialCareCost(site) => (format!("the social care cost of {}", site.one_fracture()), Unit::Pounds, 0.0, 250_000.0, false),
            ImpactField::Uplift => ("the price uplift".into(), Unit::Percent, -50.0, 300.0, false),
            ImpactField::HipBedDays => ("the hospital stay for a hip fracture".into(), Unit::Days, 0.0, 365.0, false),
            ImpactField::LocalHipFractures => ("your local hip fracture count".into(), Unit::Fractures, 1.0, 200_000.0, true),
        };
        NumberRule { name, unit, min, max, whole }
    }

    /// The field's value in `assumptions` (blank for an unset local count).
    pub fn value(self, assumptions: &ImpactAssumptions) -> Option<f64> {
        match self {
            ImpactField::Rate(site, sex, band) => Some(assumptions.rates.get(site, sex, band)),
            ImpactField::HospitalCost(site) => Some(assumptions.costs.hospital_gbp[site.index()]),
            ImpactField::SocialCareCost(site) => Some(assumptions.costs.social_care_gbp[site.index()]),
            ImpactField::Uplift => Some(assumptions.costs.uplift_percent),
            ImpactField::HipBedDays => Some(assumptions.costs.hip_bed_days),
            ImpactField::LocalHipFractures => assumptions.local_hip_fractures,
        }
    }

    /// Whether a value is the text of a local figure kept per area rather than one assumption
    /// for every area (the local hip fracture count belongs to one area).
    pub fn is_per_area(self) -> bool {
        self == ImpactField::LocalHipFractures
    }

    /// Text of the field's default, as shown in the form.
    pub fn default_text(self, defaults: &ImpactAssumptions) -> String {
        self.value(defaults).map(plain_number).unwrap_or_default()
    }

    fn apply(self, assumptions: &mut ImpactAssumptions, value: Option<f64>) {
        match (self, value) {
            (ImpactField::LocalHipFractures, v) => assumptions.local_hip_fractures = v,
            (_, None) => {}
            (ImpactField::Rate(site, sex, band), Some(v)) => assumptions.rates.set(site, sex, band, v),
            (ImpactField::HospitalCost(site), Some(v)) => assumptions.costs.hospital_gbp[site.index()] = v,
            (ImpactField::SocialCareCost(site), Some(v)) => assumptions.costs.social_care_gbp[site.index()] = v,
            (ImpactField::Uplift, Some(v)) => assumptions.costs.uplift_percent = v,
            (ImpactField::HipBedDays, Some(v)) => assumptions.costs.hip_bed_days = v,
        }
    }
}

/// Where each default comes from, for the source tags beside fields.
pub trait ImpactSources {
    fn source(&self, field: ImpactField) -> Source;
}

/// The user's edits: field id → the text typed. Fields not present keep their default.
pub type ImpactEdits = BTreeMap<String, String>;

/// Applies `edits` to `defaults`. Returns the assumptions with every valid edit applied
/// (a field with an error keeps its default, so an invalid value never reaches the model)
/// and every field error, in form order. Unknown ids (from an older version) are ignored.
pub fn apply_edits(defaults: &ImpactAssumptions, edits: &ImpactEdits) -> (ImpactAssumptions, Vec<FieldError>) {
    let mut assumptions = defaults.clone();
    let mut errors = Vec::new();
    for (id, text) in edits {
        let Some(field) = ImpactField::from_id(id) else { continue };
        let rule = field.rule();
        let parsed = if field == ImpactField::LocalHipFractures { rule.parse_optional(text) } else { rule.parse(text).map(Some) };
        match parsed {
            Ok(value) => field.apply(&mut assumptions, value),
            Err(message) => errors.push(FieldError { field: id.clone(), message }),
        }
    }
    let order: Vec<String> = ImpactField::all().into_iter().map(ImpactField::id).collect();
    errors.sort_by_key(|e| order.iter().position(|id| *id == e.field));
    (assumptions, errors)
}

/// Strict form of [`apply_edits`]: the assumptions only when every edit is valid.
pub fn validate(defaults: &ImpactAssumptions, edits: &ImpactEdits) -> Result<ImpactAssumptions, Vec<FieldError>> {
    let (assumptions, errors) = apply_edits(defaults, edits);
    if errors.is_empty() { Ok(assumptions) } else { Err(errors) }
}

/// A population typed by the user: field `pop-<F|M>-<band>` → text. Returns the population
/// (blank fields count as 0) and the field errors.
pub fn custom_population(fields: &BTreeMap<String, String>) -> (Population, Vec<FieldError>) {
    let mut population = Population::default();
    let mut errors = Vec::new();
    for sex in Sex::ALL {
        for band in AgeBand::all() {
            let id = custom_population_field(sex, band);
            let rule = NumberRule {
                name: format!("the number of {} aged {}", sex.label().to_lowercase(), band.label()),
                unit: Unit::People,
                min: 0.0,
                max: 20_000_000.0,
                whole: true,
            };
            match fields.get(&id).map(|t| rule.parse_optional(t)) {
                Some(Ok(Some(n))) => population.counts[sex.index()][band.index()] = n,
                Some(Err(message)) => errors.push(FieldError { field: id, message }),
                _ => {}
            }
        }
    }
    (population, errors)
}

/// Field id of one cell of the custom population form.
pub fn custom_population_field(sex: Sex, band: AgeBand) -> String {
    format!("pop-{}-{}", sex.code(), band.label())
}
