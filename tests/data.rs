//! Host tests of the embedded reference data against the verbatim ONS tables and the
//! published totals they must reproduce.

use std::collections::HashMap;

use fls_toolkit::data::areas::{areas, AreaKind, Country};
use fls_toolkit::data::defaults::impact_defaults;
use fls_toolkit::data::growth::growth;
use fls_toolkit::model::fracture_site::FractureSite;
use fls_toolkit::model::impact::local_impact;
use fls_toolkit::model::population::{AgeBand, Population, Sex};
use fls_toolkit::model::projection::{project, CountryPart};

const COUNCIL_TYPES: [&str; 6] =
    ["Unitary Authority", "Non-metropolitan District", "Metropolitan District", "London Borough", "Council Area", "Local Government District"];

fn verbatim(path: &str) -> csv::Reader<std::fs::File> {
    csv::Reader::from_path(format!("{}/src/data/ons/{path}", env!("CARGO_MANIFEST_DIR"))).expect("verbatim table")
}

#[test]
fn uk_and_england_totals_match_ons() {
    let uk = areas().find("K02000001").unwrap();
    assert_eq!(uk.population.total(), 26_028_478.0);
    assert_eq!(uk.name, "United Kingdom");
    assert_eq!(areas().find("E92000001").unwrap().population.total(), 21_731_409.0);
}

#[test]
fn every_countrys_councils_sum_to_the_country_in_every_band() {
    for country in Country::ALL {
        let prefix = &country.code()[..1];
        let councils: Vec<&Population> = areas()
            .list
            .iter()
            .filter(|a| a.kind == AreaKind::Council && a.code.starts_with(prefix))
            .map(|a| &a.population)
            .collect();
        assert!(!councils.is_empty());
        let sum = Population::sum(councils);
        assert_eq!(sum, areas().country(country).population, "{}", country.name());
    }
    let council_count = areas().list.iter().filter(|a| a.kind == AreaKind::Council).count();
    assert_eq!(council_count, 361);
}

#[test]
fn every_set_of_health_areas_sums_to_its_countrys_total() {
    let kinds = [
        (AreaKind::IntegratedCareBoard, Country::England, 42),
        (AreaKind::SubIcbLocation, Country::England, 106),
        (AreaKind::FormerCcg, Country::England, 106),
        (AreaKind::WelshHealthBoard, Country::Wales, 7),
        (AreaKind::ScottishHealthBoard, Country::Scotland, 14),
        (AreaKind::NorthernIrelandTrust, Country::NorthernIreland, 5),
    ];
    for (kind, country, count) in kinds {
        let list: Vec<&Population> = areas().list.iter().filter(|a| a.kind == kind).map(|a| &a.population).collect();
        assert_eq!(list.len(), count, "{kind:?}");
        let total = Population::sum(list).total();
        let expected = areas().country(country).population.total();
        assert!((total - expected).abs() <= 0.5 * count as f64, "{kind:?}: {total} vs {expected}");
    }
}

#[test]
fn embedded_areas_equal_the_verbatim_tables_row_by_row() {
    let mut expected: HashMap<(String, String), Population> = HashMap::new();
    for row in verbatim("population_50plus_by_la_age_sex_2022.csv").records() {
        let r = row.unwrap();
        let kind = if COUNCIL_TYPES.contains(&&r[2]) { "council".to_string() } else { r[2].to_string() };
        let p = expected.entry((kind, r[0].to_string())).or_default();
        let sex = if &r[3] == "F" { Sex::Female } else { Sex::Male };
        p.counts[sex.index()][AgeBand::from_label(&r[4]).unwrap().index()] = r[5].parse().unwrap();
    }
    let leeds = areas().find("E08000035").unwrap();
    assert_eq!(leeds.name, "Leeds");
    assert_eq!(leeds.kind, AreaKind::Council);
    assert_eq!(&leeds.population, expected.get(&("council".to_string(), "E08000035".to_string())).unwrap());
    let councils_checked = areas()
        .list
        .iter()
        .filter(|a| a.kind == AreaKind::Council)
        .inspect(|a| assert_eq!(&a.population, expected.get(&("council".to_string(), a.code.clone())).unwrap(), "{}", a.code))
        .count();
    assert_eq!(councils_checked, 361);
}

#[test]
fn plain_codes_mean_sub_icb_locations_and_ccg21_prefix_means_former_ccgs() {
    let plain = areas().find("E38000006").unwrap();
    assert_eq!(plain.kind, AreaKind::SubIcbLocation);
    let ccg = areas().find("CCG21:E38000006").unwrap();
    assert_eq!(ccg.kind, AreaKind::FormerCcg);
    assert_eq!(ccg.name, "NHS Barnsley CCG");
    assert_eq!(ccg.link_code(), "CCG21:E38000006");
    assert!(areas().find("E99999999").is_none());
    assert!(areas().find("CCG21:E08000035").is_none());
    assert_eq!(areas().find("bhsct").unwrap().countries(), vec![Country::NorthernIreland]);
    assert_eq!(areas().find("K03000001").unwrap().countries().len(), 3);
}

#[test]
fn search_finds_by_name_or_code_grouped_by_kind() {
    let (groups, _) = areas().search("leeds", 40);
    let kinds: Vec<AreaKind> = groups.iter().map(|(k, _)| *k).collect();
    assert!(kinds.contains(&AreaKind::Council));
    assert!(groups.iter().any(|(_, list)| list.iter().any(|a| a.code == "E08000035")));
    let (by_code, found) = areas().search("E08000035", 40);
    assert_eq!((by_code.len(), found), (1, 1));
    assert_eq!(by_code[0].1[0].name, "Leeds");
    assert!(areas().search("no such place anywhere", 40).0.is_empty());
    let (limited, found) = areas().search("a", 15);
    assert_eq!(limited.iter().map(|(_, l)| l.len()).sum::<usize>(), 15, "the limit holds");
    assert!(found > 15, "the count is of every match");
    // Apostrophes and punctuation do not matter; UK and former-CCG link codes are found.
    let first = |q: &str| areas().search(q, 5).0.first().map(|(_, l)| l[0].code.clone());
    assert_eq!(first("kings lynn"), Some("E07000146".into()));
    assert_eq!(first("UK"), Some("K02000001".into()));
    assert_eq!(areas().search("CCG21:E38000006", 5).0[0].1[0].name, "NHS Barnsley CCG");
}

#[test]
fn default_rates_reproduce_the_published_uk_totals() {
    let uk = &areas().find("K02000001").unwrap().population;
    let r = local_impact(uk, impact_defaults());
    let hip = r.fractures.site_total(FractureSite::Hip);
    // The derived hip table was scaled to about 76,000 a year (NHFD) with 28.6% in men.
    assert!((hip - 76_000.0).abs() < 760.0, "hip {hip}");
    let men: f64 = AgeBand::all().map(|b| r.fractures.get(FractureSite::Hip, Sex::Male, b)).sum();
    assert!((men / hip - 0.286).abs() < 0.005, "male share {}", men / hip);
    // CPRD rates: wrist/forearm 68.2k, clinical vertebral 23.4k (data README).
    assert!((r.fractures.site_total(FractureSite::Wrist) - 68_200.0).abs() < 700.0);
    assert!((r.fractures.site_total(FractureSite::Vertebral) - 23_400.0).abs() < 300.0);
    // England aged 65+: 557 hip fractures per 100,000 (OHID Fingertips publishes 558).
    let england = &areas().find("E92000001").unwrap().population;
    let england_impact = local_impact(england, impact_defaults());
    let (mut hips, mut people) = (0.0, 0.0);
    for sex in Sex::ALL {
        for band in AgeBand::all().skip(3) {
            hips += england_impact.fractures.get(FractureSite::Hip, sex, band);
            people += england.get(sex, band);
        }
    }
    assert!((hips / people * 100_000.0 - 557.0).abs() < 2.0, "{}", hips / people * 100_000.0);
}

#[test]
fn projection_applies_the_countrys_published_factors_cell_by_cell() {
    // Independent reading of the verbatim projection table.
    let mut factors: HashMap<(String, String, String, u32), f64> = HashMap::new();
    for row in verbatim("projection_growth_factors_npp2022_country_sex_age.csv").records() {
        let r = row.unwrap();
        factors.insert((r[0].to_string(), r[2].to_string(), r[3].to_string(), r[4].parse().unwrap()), r[6].parse().unwrap());
    }
    let leeds = areas().find("E08000035").unwrap();
    let parts = vec![CountryPart { growth: growth(Country::England), base_2022: leeds.population.clone() }];
    let rates = &impact_defaults().rates;
    let years = project(&parts, rates, 2026, 10).unwrap();
    for y in &years {
        let mut expected = 0.0;
        for sex in Sex::ALL {
            for band in AgeBand::all() {
                let f = factors[&("E92000001".to_string(), sex.code().to_string(), band.label().to_string(), y.year)];
                let pop = leeds.population.get(sex, band) * f;
                expected += FractureSite::ALL.iter().map(|s| pop * rates.get(*s, sex, band) / 10_000.0).sum::<f64>();
            }
        }
        assert!((y.fractures.total() - expected).abs() < 1e-6, "{}", y.year);
    }
    // Multi-country areas: the UK is the four countries, each with its own factors.
    let uk = areas().find("K02000001").unwrap();
    let uk_parts: Vec<CountryPart> = uk.countries().into_iter().map(|c| CountryPart { growth: growth(c), base_2022: areas().country(c).population.clone() }).collect();
    let uk_2030 = project(&uk_parts, rates, 2030, 5).unwrap()[0].population.total();
    let mut expected = 0.0;
    for c in Country::ALL {
        for sex in Sex::ALL {
            for band in AgeBand::all() {
                expected += areas().country(c).population.get(sex, band) * factors[&(c.code().to_string(), sex.code().to_string(), band.label().to_string(), 2030)];
            }
        }
    }
    assert!((uk_2030 - expected).abs() < 1e-6);
    // The factors say the 50+ population grows: more fractures in 2036 than 2026.
    assert!(years.last().unwrap().fractures.total() > years[0].fractures.total());
}
