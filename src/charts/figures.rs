//! The charts and tables of the local-impact and projection pages, built from model results.

use super::spec::{AxisFormat, Lines, Series, StackedBars};
use super::table::Table;
use crate::model::epidemiology::FractureCounts;
use crate::data::defaults::PRICE_YEAR;
use crate::data::sources::NATIONAL_TOTALS;
use crate::model::format::{decimal, money, whole};
use crate::model::impact::{ImpactAssumptions, ImpactResult};
use crate::model::fracture_site::FractureSite;
use crate::model::population::{AgeBand, Sex};
use crate::model::projection::ProjectedYear;

fn csv_number(value: f64) -> String {
    format!("{:.1}", value)
}

/// Fractures a year by age band, one panel per sex, stacked by site.
pub fn fractures_by_age_chart(fractures: &FractureCounts, area_name: &str) -> StackedBars {
    StackedBars {
        title: format!("Fragility fractures a year by age and sex — {area_name}"),
        x_label: "Age band".into(),
        y_label: "Fractures a year".into(),
        categories: AgeBand::all().map(|b| b.label().to_string()).collect(),
        panels: Sex::ALL
            .iter()
            .map(|sex| {
                let series = FractureSite::ALL
                    .iter()
                    .map(|site| Series { name: site.label().into(), values: AgeBand::all().map(|b| fractures.get(*site, *sex, b)).collect() })
                    .collect();
                (sex.label().to_string(), series)
            })
            .collect(),
    }
}

/// The same numbers as the age chart: one row per sex and band, a column per site and a total.
pub fn fractures_by_age_table(fractures: &FractureCounts, area_name: &str) -> Table {
    let mut headers = vec!["Sex".to_string(), "Age band".to_string()];
    headers.extend(FractureSite::ALL.iter().map(|s| s.label().to_string()));
    headers.push("All sites".into());
    let mut rows = Vec::new();
    let mut csv_rows = Vec::new();
    for sex in Sex::ALL {
        for band in AgeBand::all() {
            let values: Vec<f64> = FractureSite::ALL.iter().map(|s| fractures.get(*s, sex, band)).collect();
            let total = fractures.sex_band_total(sex, band);
            let mut row = vec![sex.label().to_string(), band.label().to_string()];
            row.extend(values.iter().map(|v| decimal(*v, 1)));
            row.push(decimal(total, 1));
            rows.push(row);
            let mut csv = vec![sex.label().to_string(), band.label().to_string()];
            csv.extend(values.iter().map(|v| csv_number(*v)));
            csv.push(csv_number(total));
            csv_rows.push(csv);
        }
    }
    let mut row = vec!["All".to_string(), "50+".to_string()];
    row.extend(FractureSite::ALL.iter().map(|s| whole(fractures.site_total(*s))));
    row.push(whole(fractures.total()));
    rows.push(row);
    let mut csv = vec!["All".to_string(), "50+".to_string()];
    csv.extend(FractureSite::ALL.iter().map(|s| csv_number(fractures.site_total(*s))));
    csv.push(csv_number(fractures.total()));
    csv_rows.push(csv);
    Table { caption: format!("Expected fragility fractures a year by sex, age band and site — {area_name}"), headers, rows, csv_rows }
}

/// Fractures a year by site over the projection years, with the total.
pub fn projection_chart(years: &[ProjectedYear], area_name: &str) -> Lines {
    let mut series: Vec<Series> = FractureSite::ALL
        .iter()
        .map(|site| Series { name: site.label().into(), values: years.iter().map(|y| y.fractures.site_total(*site)).collect() })
        .collect();
    series.push(Series { name: "All sites".into(), values: years.iter().map(|y| y.fractures.total()).collect() });
    Lines {
        title: format!("Projected fragility fractures a year — {area_name}"),
        x_label: "Year".into(),
        y_label: "Fractures a year".into(),
        x: years.iter().map(|y| y.year).collect(),
        series,
        y_format: AxisFormat::Whole,
        markers: Vec::new(),
    }
}

/// One row per year: population 50+, fractures by site and in all.
pub fn projection_table(years: &[ProjectedYear], area_name: &str) -> Table {
    let mut headers = vec!["Year".to_string(), "Population 50+".to_string()];
    headers.extend(FractureSite::ALL.iter().map(|s| s.label().to_string()));
    headers.push("All sites".into());
    let mut rows = Vec::new();
    let mut csv_rows = Vec::new();
    for y in years {
        let mut row = vec![y.year.to_string(), whole(y.population.total())];
        row.extend(FractureSite::ALL.iter().map(|s| whole(y.fractures.site_total(*s))));
        row.push(whole(y.fractures.total()));
        rows.push(row);
        let mut csv = vec![y.year.to_string(), format!("{:.0}", y.population.total())];
        csv.extend(FractureSite::ALL.iter().map(|s| csv_number(y.fractures.site_total(*s))));
        csv.push(csv_number(y.fractures.total()));
        csv_rows.push(csv);
    }
    Table { caption: format!("Projected population aged 50+ and fragility fractures a year — {area_name}"), headers, rows, csv_rows }
}

/// Yearly cost by site: fractures, hospital, social care and total, with the price basis in the caption.
pub fn cost_table(result: &ImpactResult, assumptions: &ImpactAssumptions) -> Table {
    let headers = ["Site", "Fractures a year", "Hospital cost", "Social care cost", "Total cost"].map(String::from).to_vec();
    let mut rows = Vec::new();
    let mut csv_rows = Vec::new();
    for site in FractureSite::ALL {
        let c = &result.costs;
        rows.push(vec![
            site.label().to_string(),
            whole(result.fractures.site_total(site)),
            money(c.hospital_gbp_by_site[site.index()]),
            money(c.social_care_gbp_by_site[site.index()]),
            money(c.site_total_gbp(site)),
        ]);
        csv_rows.push(vec![
            site.label().to_string(),
            format!("{:.1}", result.fractures.site_total(site)),
            format!("{:.0}", c.hospital_gbp_by_site[site.index()]),
            format!("{:.0}", c.social_care_gbp_by_site[site.index()]),
            format!("{:.0}", c.site_total_gbp(site)),
        ]);
    }
    rows.push(vec!["All sites".into(), whole(result.fractures.total()), money(result.costs.hospital_gbp()), money(result.costs.social_care_gbp()), money(result.costs.total_gbp())]);
    csv_rows.push(vec![
        "All sites".into(),
        format!("{:.1}", result.fractures.total()),
        format!("{:.0}", result.costs.hospital_gbp()),
        format!("{:.0}", result.costs.social_care_gbp()),
        format!("{:.0}", result.costs.total_gbp()),
    ]);
    let prices = if assumptions.costs.uplift_percent == 0.0 {
        format!("{PRICE_YEAR} hospital prices, no uplift")
    } else {
        format!("{PRICE_YEAR} prices uplifted by {}%", decimal(assumptions.costs.uplift_percent, 1))
    };
    Table { caption: format!("Yearly cost of fragility fractures ({prices})"), headers, rows, csv_rows }
}

/// The model's UK figures (uncalibrated) beside published national estimates of fractures a year.
pub fn national_table(uk: &ImpactResult) -> Table {
    let mut headers = vec!["Site".to_string(), "This model, whole UK (uncalibrated)".to_string()];
    headers.extend(NATIONAL_TOTALS.iter().map(|n| n.source.to_string()));
    let published = |value: Option<f64>| value.map(whole).unwrap_or_else(|| "not split".into());
    let mut rows: Vec<Vec<String>> = FractureSite::ALL
        .iter()
        .map(|site| {
            let mut row = vec![site.label().to_string(), whole(uk.fractures.site_total(*site))];
            row.extend(NATIONAL_TOTALS.iter().map(|n| {
                published(match site {
                    FractureSite::Hip => n.hip,
                    FractureSite::Vertebral => n.vertebral,
                    FractureSite::Wrist => n.wrist,
                    FractureSite::Other => n.other,
                })
            }));
            row
        })
        .collect();
    let mut total = vec!["All sites".to_string(), whole(uk.fractures.total())];
    total.extend(NATIONAL_TOTALS.iter().map(|n| whole(n.total)));
    rows.push(total);
    let csv_rows = rows.iter().map(|r| r.iter().map(|c| c.replace(',', "")).collect()).collect();
    Table { caption: "UK fragility fractures a year: this model beside published national estimates".into(), headers, rows, csv_rows }
}

/// The projected population aged 50+ by sex and age band: one row per sex and band, one
/// column per year.
pub fn projected_population_table(years: &[ProjectedYear], area_name: &str) -> Table {
    let mut headers = vec!["Sex".to_string(), "Age band".to_string()];
    headers.extend(years.iter().map(|y| y.year.to_string()));
    let mut rows = Vec::new();
    let mut csv_rows = Vec::new();
    for sex in Sex::ALL {
        for band in AgeBand::all() {
            let mut row = vec![sex.label().to_string(), band.label().to_string()];
            let mut csv = row.clone();
            for y in years {
                row.push(whole(y.population.get(sex, band)));
                csv.push(format!("{:.0}", y.population.get(sex, band)));
            }
            rows.push(row);
            csv_rows.push(csv);
        }
    }
    let mut row = vec!["All".to_string(), "50+".to_string()];
    let mut csv = row.clone();
    for y in years {
        row.push(whole(y.population.total()));
        csv.push(format!("{:.0}", y.population.total()));
    }
    rows.push(row);
    csv_rows.push(csv);
    Table { caption: format!("Projected population aged 50+ by sex and age band — {area_name}"), headers, rows, csv_rows }
}
