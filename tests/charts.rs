//! Host tests of chart specs, tables, CSV and SVG rendering.

use fls_toolkit::charts::figures::{fractures_by_age_chart, fractures_by_age_table, projection_chart, projection_table};
use fls_toolkit::charts::render::{lines_svg, stacked_bars_svg};
use fls_toolkit::data::areas::{areas, Country};
use fls_toolkit::data::defaults::impact_defaults;
use fls_toolkit::data::growth::growth;
use fls_toolkit::model::impact::local_impact;
use fls_toolkit::model::projection::{project, CountryPart};

#[test]
fn age_chart_table_and_csv_carry_the_same_numbers() {
    let leeds = areas().find("E08000035").unwrap();
    let r = local_impact(&leeds.population, impact_defaults());
    let spec = fractures_by_age_chart(&r.fractures, "Leeds");
    assert_eq!(spec.panels.len(), 2);
    assert_eq!(spec.categories.len(), 9);
    let stacked: f64 = spec.panels.iter().flat_map(|(_, s)| s.iter().flat_map(|s| s.values.iter())).sum();
    assert!((stacked - r.fractures.total()).abs() < 1e-6);
    let table = fractures_by_age_table(&r.fractures, "Leeds");
    assert_eq!(table.rows.len(), 19);
    let csv = table.to_csv();
    assert!(csv.starts_with('\u{feff}'), "BOM so Excel reads UTF-8");
    assert!(csv.contains("\r\n"));
    let last = csv.trim_end().lines().last().unwrap();
    assert_eq!(last, format!("All,50+,{:.1},{:.1},{:.1},{:.1},{:.1}", r.fractures.site_total(fls_toolkit::model::fracture_site::FractureSite::Hip),
        r.fractures.site_total(fls_toolkit::model::fracture_site::FractureSite::Vertebral), r.fractures.site_total(fls_toolkit::model::fracture_site::FractureSite::Wrist),
        r.fractures.site_total(fls_toolkit::model::fracture_site::FractureSite::Other), r.fractures.total()));
    let svg = stacked_bars_svg(&spec);
    assert!(svg.starts_with("<svg"));
    for label in ["Women", "Men", "Hip", "Clinical vertebral", "Wrist/forearm", "Other", "90+"] {
        assert!(svg.contains(label), "SVG lacks {label}");
    }
    assert!(svg.matches("<rect").count() >= 2 * 9 * 4, "one rectangle per stacked segment");
}

#[test]
fn csv_cells_with_commas_quotes_or_formulas_are_safe() {
    let table = fls_toolkit::charts::table::Table {
        caption: String::new(),
        headers: vec!["a".into(), "b".into()],
        rows: vec![],
        csv_rows: vec![vec!["x, y".into(), "say \"hi\"".into()], vec!["=SUM(A1)".into(), "-12.5".into()]],
    };
    assert_eq!(table.to_csv(), "\u{feff}a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\r\n'=SUM(A1),-12.5\r\n");
}

#[test]
fn projection_chart_has_one_point_per_year_and_site() {
    let leeds = areas().find("E08000035").unwrap();
    let parts = vec![CountryPart { growth: growth(Country::England), base_2022: leeds.population.clone() }];
    let years = project(&parts, &impact_defaults().rates, 2026, 10).unwrap();
    let spec = projection_chart(&years, "Leeds");
    assert_eq!(spec.x, (2026..=2036).collect::<Vec<_>>());
    assert_eq!(spec.series.len(), 5);
    assert!(spec.series.iter().all(|s| s.values.len() == 11));
    let table = projection_table(&years, "Leeds");
    assert_eq!(table.rows.len(), 11);
    let svg = lines_svg(&spec);
    assert!(svg.contains("2036") && svg.contains("All sites"));
}

#[test]
fn cost_table_totals_match_the_model_and_state_the_price_basis() {
    use fls_toolkit::charts::figures::{cost_table, national_table};
    let leeds = areas().find("E08000035").unwrap();
    let mut assumptions = impact_defaults().clone();
    let r = local_impact(&leeds.population, &assumptions);
    let table = cost_table(&r, &assumptions);
    assert_eq!(table.rows.len(), 5);
    assert_eq!(table.rows[4][4], fls_toolkit::model::format::money(r.costs.total_gbp()));
    assert!(table.caption.contains("2012/13 hospital prices, no uplift"));
    assumptions.costs.uplift_percent = 12.5;
    assert!(cost_table(&local_impact(&leeds.population, &assumptions), &assumptions).caption.contains("uplifted by 12.5%"));
    let uk = local_impact(&areas().find("K02000001").unwrap().population, impact_defaults());
    let national = national_table(&uk);
    assert_eq!(national.rows.last().unwrap()[2], "527,000");
    assert_eq!(national.rows[2][4], "not split", "NOGG gives no wrist figure");
}

#[test]
fn projected_population_table_has_every_band_and_year() {
    use fls_toolkit::charts::figures::projected_population_table;
    let leeds = areas().find("E08000035").unwrap();
    let parts = vec![CountryPart { growth: growth(Country::England), base_2022: leeds.population.clone() }];
    let years = project(&parts, &impact_defaults().rates, 2022, 5).unwrap();
    let table = projected_population_table(&years, "Leeds");
    assert_eq!(table.headers.len(), 2 + 6);
    assert_eq!(table.rows.len(), 19);
    // 2022 factors are 1: the first year is the ONS estimate itself.
    assert_eq!(table.rows[18][2], "269,322");
}
