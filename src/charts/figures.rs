//! The charts and tables of the local-impact and projection pages, built from model results.

use super::spec::{AxisFormat, Lines, Series, StackedBars};
use super::table::Table;
use crate::model::epidemiology::FractureCounts;
use crate::model::format::{decimal, whole};
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
