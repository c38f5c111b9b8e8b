//! Host tests of the local-impact and projection arithmetic with hand-worked values.

use fls_toolkit::model::costs::{fracture_costs, UnitCosts};
use fls_toolkit::model::epidemiology::{calibration_factor, expected_fractures, RateTable};
use fls_toolkit::model::format::{decimal, money, percent, round_half_away, whole};
use fls_toolkit::model::fracture_site::FractureSite;
use fls_toolkit::model::impact::{apply_edits, custom_population, local_impact, validate, ImpactAssumptions, ImpactEdits, ImpactField};
use fls_toolkit::model::population::{AgeBand, Population, Sex};
use fls_toolkit::model::projection::{increase_percent, project, CountryGrowth, CountryPart, ProjectionError};

const TOLERANCE: f64 = 1e-9;

/// Two bands only: women 50-54 = 10,000 and men 90+ = 2,000; everyone else 0.
fn two_band_population() -> Population {
    let mut p = Population::default();
    p.counts[Sex::Female.index()][0] = 10_000.0;
    p.counts[Sex::Male.index()][8] = 2_000.0;
    p
}

/// Hip 5 and 100 per 10,000; vertebral 2 everywhere; wrist 10 everywhere; other 20 everywhere.
fn simple_rates() -> RateTable {
    let mut rates = RateTable { per_10k: Default::default() };
    for sex in Sex::ALL {
        for band in AgeBand::all() {
            rates.set(FractureSite::Hip, sex, band, if band.index() == 8 { 100.0 } else { 5.0 });
            rates.set(FractureSite::Vertebral, sex, band, 2.0);
            rates.set(FractureSite::Wrist, sex, band, 10.0);
            rates.set(FractureSite::Other, sex, band, 20.0);
        }
    }
    rates
}

fn simple_costs() -> UnitCosts {
    UnitCosts { hospital_gbp: [10_000.0, 1_000.0, 500.0, 500.0], social_care_gbp: [5_000.0, 0.0, 0.0, 100.0], uplift_percent: 0.0, hip_bed_days: 20.0 }
}

fn simple_assumptions() -> ImpactAssumptions {
    ImpactAssumptions { rates: simple_rates(), costs: simple_costs(), local_hip_fractures: None }
}

#[test]
fn fractures_are_population_times_rate_over_ten_thousand() {
    let f = expected_fractures(&two_band_population(), &simple_rates());
    // Hip: 10,000 × 5 / 10,000 = 5 (women 50-54) + 2,000 × 100 / 10,000 = 20 (men 90+) = 25.
    assert!((f.site_total(FractureSite::Hip) - 25.0).abs() < TOLERANCE);
    assert!((f.get(FractureSite::Hip, Sex::Male, AgeBand::from_index(8)) - 20.0).abs() < TOLERANCE);
    // Vertebral: 12,000 × 2 / 10,000 = 2.4; wrist 12; other 24.
    assert!((f.site_total(FractureSite::Vertebral) - 2.4).abs() < TOLERANCE);
    assert!((f.site_total(FractureSite::Wrist) - 12.0).abs() < TOLERANCE);
    assert!((f.site_total(FractureSite::Other) - 24.0).abs() < TOLERANCE);
    assert!((f.total() - 63.4).abs() < TOLERANCE);
    // Women 50-54 bar: 5 + 2 + 10 + 20 = 37 × 10,000/10,000.
    assert!((f.sex_band_total(Sex::Female, AgeBand::from_index(0)) - 37.0).abs() < TOLERANCE);
    assert_eq!(f.sex_band_total(Sex::Male, AgeBand::from_index(0)), 0.0);
}

#[test]
fn costs_and_bed_days_follow_the_unit_costs() {
    let f = expected_fractures(&two_band_population(), &simple_rates());
    let c = fracture_costs(&f, &simple_costs());
    // Hospital: 25 × 10,000 + 2.4 × 1,000 + 12 × 500 + 24 × 500 = 250,000 + 2,400 + 6,000 + 12,000.
    assert!((c.hospital_gbp() - 270_400.0).abs() < 1e-6);
    // Social care: 25 × 5,000 + 24 × 100 = 127,400.
    assert!((c.social_care_gbp() - 127_400.0).abs() < 1e-6);
    assert!((c.total_gbp() - 397_800.0).abs() < 1e-6);
    assert!((c.hip_bed_days - 500.0).abs() < 1e-9);
    let mut uplifted = simple_costs();
    uplifted.uplift_percent = 10.0;
    let c2 = fracture_costs(&f, &uplifted);
    assert!((c2.total_gbp() - 437_580.0).abs() < 1e-6, "10% uplift: {}", c2.total_gbp());
    assert!((c2.hip_bed_days - 500.0).abs() < 1e-9, "uplift does not change bed days");
}

#[test]
fn calibration_scales_every_site_by_observed_over_predicted_hip() {
    let mut a = simple_assumptions();
    a.local_hip_fractures = Some(50.0);
    let r = local_impact(&two_band_population(), &a);
    assert_eq!(r.calibration_factor, Some(2.0));
    assert!((r.fractures.site_total(FractureSite::Hip) - 50.0).abs() < TOLERANCE);
    assert!((r.fractures.site_total(FractureSite::Wrist) - 24.0).abs() < TOLERANCE);
    assert!((r.population_50plus - 12_000.0).abs() < TOLERANCE);
    assert_eq!(calibration_factor(10.0, 0.0), None);
}

#[test]
fn edits_apply_valid_values_and_report_every_invalid_one() {
    let defaults = simple_assumptions();
    let mut edits = ImpactEdits::new();
    edits.insert(ImpactField::HospitalCost(FractureSite::Hip).id(), "£12,000".into());
    edits.insert(ImpactField::Rate(FractureSite::Wrist, Sex::Male, AgeBand::from_index(3)).id(), "abc".into());
    edits.insert(ImpactField::Uplift.id(), "500".into());
    edits.insert(ImpactField::LocalHipFractures.id(), "  ".into());
    edits.insert("an-old-field".into(), "1".into());
    let (applied, errors) = apply_edits(&defaults, &edits);
    assert_eq!(applied.costs.hospital_gbp[0], 12_000.0);
    assert_eq!(applied.costs.uplift_percent, 0.0, "an invalid value never reaches the model");
    assert_eq!(applied.local_hip_fractures, None, "blank local count means not calibrated");
    let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
    assert_eq!(fields, vec!["price-uplift", "rate-wrist-M-65-69"], "errors in form order: costs first, then the rate grids");
    assert_eq!(errors[0].message, "Enter the price uplift between -50% and 300%");
    assert_eq!(errors[1].message, "Enter the wrist/forearm fracture rate for men aged 65-69 as a number between 0 and 2,000");
    assert!(validate(&defaults, &edits).is_err());
    edits.clear();
    edits.insert(ImpactField::LocalHipFractures.id(), "12.5".into());
    let errors = validate(&defaults, &edits).unwrap_err();
    assert_eq!(errors[0].message, "Enter your local hip fracture count as a whole number between 1 and 200,000");
    edits.insert(ImpactField::LocalHipFractures.id(), "1,200".into());
    assert_eq!(validate(&defaults, &edits).unwrap().local_hip_fractures, Some(1_200.0));
}

#[test]
fn every_field_id_round_trips_and_is_unique() {
    let all = ImpactField::all();
    assert_eq!(all.len(), 72 + 8 + 3);
    let mut ids: Vec<String> = all.iter().map(|f| f.id()).collect();
    for f in &all {
        assert_eq!(ImpactField::from_id(&f.id()), Some(*f));
    }
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), all.len());
}

#[test]
fn a_typed_population_reads_whole_numbers_and_reports_bad_cells() {
    let mut fields = std::collections::BTreeMap::new();
    fields.insert("pop-F-50-54".to_string(), "1,000".to_string());
    fields.insert("pop-M-90+".to_string(), "250".to_string());
    fields.insert("pop-M-50-54".to_string(), "-3".to_string());
    let (p, errors) = custom_population(&fields);
    assert_eq!(p.total(), 1_250.0);
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].field, "pop-M-50-54");
}

fn growth_of(code: &str, factor_per_year: f64) -> CountryGrowth {
    let mut g = CountryGrowth::new(code);
    for sex in g.factors.iter_mut() {
        for band in sex.iter_mut() {
            for (offset, f) in band.iter_mut().enumerate() {
                *f = 1.0 + factor_per_year * offset as f64;
            }
        }
    }
    g
}

#[test]
fn projection_grows_each_country_part_by_its_own_factors() {
    let england = growth_of("E92000001", 0.01);
    let wales = growth_of("W92000004", 0.02);
    let parts = vec![
        CountryPart { growth: &england, base_2022: two_band_population() },
        CountryPart { growth: &wales, base_2022: two_band_population() },
    ];
    let years = project(&parts, &simple_rates(), 2026, 10).unwrap();
    assert_eq!(years.len(), 11, "every year from 2026 to 2036 inclusive");
    assert_eq!(years[0].year, 2026);
    assert_eq!(years[10].year, 2036);
    // 2026: England × 1.04, Wales × 1.08 → population 12,000 × 2.12 = 25,440.
    assert!((years[0].population.total() - 25_440.0).abs() < 1e-6);
    // Fractures scale the same way: 63.4 × 2.12.
    assert!((years[0].fractures.total() - 63.4 * 2.12).abs() < 1e-9);
    // 2036: × 1.14 and × 1.28 → 2.42.
    assert!((years[10].fractures.total() - 63.4 * 2.42).abs() < 1e-9);
    let increase = increase_percent(&years).unwrap();
    assert!((increase - (2.42 / 2.12 - 1.0) * 100.0).abs() < 1e-9);
    assert_eq!(project(&parts, &simple_rates(), 2038, 10), Err(ProjectionError::StartYearOutOfRange(2038)));
    assert_eq!(project(&parts, &simple_rates(), 2030, 4), Err(ProjectionError::LengthOutOfRange(4)));
    assert_eq!(project(&parts, &simple_rates(), 2037, 10).unwrap().last().unwrap().year, 2047);
}

#[test]
fn numbers_are_formatted_for_uk_readers() {
    assert_eq!(whole(1_234_567.5), "1,234,568");
    assert_eq!(whole(999.4), "999");
    assert_eq!(whole(-1_234.5), "-1,235");
    assert_eq!(whole(0.4), "0");
    assert_eq!(money(-21_000.4), "-£21,000");
    assert_eq!(money(25_200_732.2), "£25,200,732");
    assert_eq!(percent(12.25), "12.3%");
    assert_eq!(percent(-0.05), "-0.1%");
    assert_eq!(decimal(1_234.56, 1), "1,234.6");
    assert_eq!(round_half_away(2.5, 0), 3.0);
    assert_eq!(round_half_away(-2.5, 0), -3.0);
    assert_eq!(round_half_away(0.15, 1), 0.2);
}

#[test]
fn commas_are_read_only_as_thousands_separators() {
    use fls_toolkit::model::validation::{NumberRule, Unit};
    let days = NumberRule { name: "the stay".into(), unit: Unit::Days, min: 0.0, max: 365.0, whole: false };
    assert_eq!(days.parse("20.2"), Ok(20.2));
    assert!(days.parse("20,2").unwrap_err().contains("full stop for decimals"), "a decimal comma is not 202");
    let pounds = NumberRule { name: "the cost".into(), unit: Unit::Pounds, min: 0.0, max: 250_000.0, whole: false };
    assert_eq!(pounds.parse("£14,163"), Ok(14_163.0));
    assert_eq!(pounds.parse("14,163.50"), Ok(14_163.5));
    assert!(pounds.parse("14,16").is_err());
    assert!(pounds.parse("1,4163").is_err());
    assert_eq!(pounds.parse("300,000").unwrap_err(), "Enter the cost between £0 and £250,000");
    let people = NumberRule { name: "the people".into(), unit: Unit::People, min: 0.0, max: 20_000_000.0, whole: true };
    assert!(people.parse("£5").is_err(), "a £ sign is only for money");
    assert_eq!(people.parse("-3").unwrap_err(), "Enter the people between 0 and 20,000,000");
    // A typographic minus and a no-break space (as Word and Excel write them) are read.
    let uplift = NumberRule { name: "the uplift".into(), unit: Unit::Percent, min: -50.0, max: 300.0, whole: false };
    assert_eq!(uplift.parse("\u{2212}5%"), Ok(-5.0));
    assert_eq!(people.parse("12\u{a0}000"), Ok(12_000.0));
    assert_eq!(people.parse("\u{2212}3").unwrap_err(), "Enter the people between 0 and 20,000,000");
}
