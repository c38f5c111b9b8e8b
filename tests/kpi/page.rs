//! What the KPI page shows, built on the host: the p-chart spec, SVG and table, the KPI
//! summary beside the national results, breakdown/worklist/contract tables, the settings
//! read from typed text, KPI 2's expected caseload from an area, and the downloads.

use std::collections::BTreeMap;

use fls_toolkit::charts::kpi::{
    adherence_note, breakdown_table, contract_columns_table, contract_kpis_table, fractures_covered_text, kpi2_working_text, kpi_file_words,
    kpi_summary_table, rejected_table, rows_read_text, run_chart_spec, run_chart_table, warnings_table, window_label,
    worklist_table,
};
use fls_toolkit::charts::render::p_chart_svg;
use fls_toolkit::components::download::file_stem;
use fls_toolkit::data::areas::areas;
use fls_toolkit::data::defaults::impact_defaults;
use fls_toolkit::model::format::count_noun;
use fls_toolkit::model::fracture_site::FractureSite;
use fls_toolkit::model::impact::local_impact;
use fls_toolkit::model::kpi::{
    breakdown, compute, expected_non_spine_per_year, p_chart, parse, settings_from_text, template_csv, window_field, worklist,
    aggregates, BreakdownBy, Column, Date, ImportError, Kpi, KpiCounts, KpiSettings, Period, PeriodLength, RagBand, Windows,
    AS_AT_FIELD, EXAMPLE_CSV, EXPECTED_FIELD,
};

const CSV: &[u8] = include_bytes!("../fixtures/kpi_sample.csv");

fn months(counts: &[(u64, u64)]) -> Vec<(Period, KpiCounts)> {
    let mut period = Period::parse_key("2024-01").unwrap();
    counts
        .iter()
        .map(|&(numerator, denominator)| {
            let row = (period, KpiCounts { numerator, denominator, pending: 0 });
            period = period.next();
            row
        })
        .collect()
}

#[test]
fn p_chart_spec_table_and_svg_carry_the_same_numbers() {
    // Centre 50/100 = 50%; the 8th month (40/40 = 100%) is far above its upper limit.
    let series = months(&[(5, 10), (5, 10), (5, 10), (5, 10), (5, 10), (5, 10), (5, 10), (15, 30)]);
    let chart = p_chart(Kpi::AssessmentWithin90Days, PeriodLength::Month, &series).unwrap();
    let spec = run_chart_spec(&chart);
    assert!((spec.centre_percent - 50.0).abs() < 1e-9);
    assert_eq!(spec.target_percent, 80.0);
    assert_eq!(spec.points.len(), 8);
    assert_eq!(spec.points[0].label, "Jan 2024");
    // 3 sigma at n = 10: 3 × √(0.25 / 10) = 47.43 points of percent.
    assert!((spec.points[0].upper_percent - (50.0 + 300.0 * (0.025f64).sqrt())).abs() < 1e-9);
    assert!((spec.points[0].lower_percent - (50.0 - 300.0 * (0.025f64).sqrt())).abs() < 1e-9);
    assert!(spec.points.iter().all(|p| !p.special_cause), "every point is on the centre line");

    let rising = months(&[(1, 10), (2, 10), (3, 10), (4, 10), (5, 10), (6, 10)]);
    let chart = p_chart(Kpi::FallsAssessment, PeriodLength::Month, &rising).unwrap();
    let spec = run_chart_spec(&chart);
    assert!(spec.points.iter().all(|p| p.special_cause), "six rising points are a trend");
    let table = run_chart_table(&chart);
    assert_eq!(table.rows.len(), 6);
    assert_eq!(table.rows[0][..5], ["Jan 2024", "1", "10", "0", "10.0%"].map(String::from));
    assert_eq!(table.rows[0][8], "6+ rising in a row");
    assert_eq!(table.csv_rows[5][0], "2024-06");
    assert_eq!(table.csv_rows[5][4], "60.000");
    let svg = p_chart_svg(&spec);
    assert!(svg.starts_with("<svg"));
    assert!(svg.contains("Special cause") && svg.contains("Target 80%") && svg.contains("Centre line 35.0%"), "legend");
    assert_eq!(svg.matches("<polygon").count(), 6 + 1, "a diamond per flagged point, and one in the legend");
}

/// The text of every `<text>` element of an SVG, trimmed, with its `y`.
fn svg_texts(svg: &str) -> Vec<(f64, String)> {
    svg.split("<text ")
        .skip(1)
        .map(|part| {
            let y = part.split("y=\"").nth(1).and_then(|s| s.split('"').next()).and_then(|s| s.parse().ok()).unwrap_or(f64::NAN);
            let text = part.split_once('>').map_or("", |(_, rest)| rest.split("</text>").next().unwrap_or(""));
            (y, text.trim().to_string())
        })
        .collect()
}

/// The straight two-point lines of an SVG as `(x1, y1, x2, y2)`.
fn svg_segments(svg: &str) -> Vec<(f64, f64, f64, f64)> {
    svg.split("points=\"")
        .skip(1)
        .filter_map(|part| {
            let points: Vec<f64> = part.split('"').next()?.split([' ', ',']).filter(|s| !s.is_empty()).map(|s| s.parse().unwrap()).collect();
            (points.len() == 4).then(|| (points[0], points[1], points[2], points[3]))
        })
        .collect()
}

#[test]
fn p_chart_percent_axis_stops_at_100_and_labels_every_tick() {
    // Limits reaching 100% (small months), a narrow band in a large file, and a low KPI.
    let wide = months(&[(5, 10), (5, 10), (5, 10), (5, 10), (5, 10), (5, 10), (5, 10), (15, 30)]);
    let narrow = months(&[(700, 1000), (710, 1000), (690, 1000), (705, 1000), (695, 1000), (702, 1000)]);
    let low = months(&[(1, 40), (2, 40), (0, 40), (3, 40), (1, 40), (2, 40)]);
    for series in [wide, narrow, low] {
        let chart = p_chart(Kpi::AssessmentWithin90Days, PeriodLength::Month, &series).unwrap();
        let spec = run_chart_spec(&chart);
        let svg = p_chart_svg(&spec);
        let texts = svg_texts(&svg);
        assert!(texts.iter().all(|(_, t)| !t.is_empty()), "no tick without its label");
        let labels: Vec<(f64, f64)> = texts
            .iter()
            .filter_map(|(y, t)| t.strip_suffix('%').and_then(|n| n.parse::<f64>().ok()).map(|p| (*y, p)))
            .collect();
        assert!(labels.len() >= 3, "{labels:?}");
        assert!(labels.iter().all(|(_, p)| (0.0..=100.0).contains(p)), "{labels:?}");
        // The y axis's tick marks (short horizontal lines left of the axis): one per label, at its height.
        let segments = svg_segments(&svg);
        let ticks: Vec<f64> = segments.iter().filter(|s| s.1 == s.3 && s.2 - s.0 == 5.0).map(|s| s.1).collect();
        assert_eq!(ticks.len(), labels.len(), "{ticks:?} {labels:?}");
        for (y, _) in &labels {
            assert!(ticks.contains(y), "label at {y} has a tick");
        }
        // The axis itself ends at its top label: nothing above the last percent.
        let axis_x = segments.iter().find(|s| s.1 == s.3 && s.2 - s.0 == 5.0).unwrap().2;
        let axis = segments.iter().find(|s| s.0 == axis_x && s.2 == axis_x && s.3 - s.1 > 100.0).expect("the y axis");
        let (top_y, top_percent) = labels.iter().copied().fold((f64::MAX, 0.0), |a, b| if b.0 < a.0 { b } else { a });
        assert_eq!(axis.1, top_y, "the axis stops at {top_percent}%");
        assert!(top_percent >= spec.points.iter().map(|p| p.upper_percent).fold(spec.target_percent, f64::max) - 1e-9);
        // The key is still there, above the plot.
        assert!(svg.contains("3-sigma limits") && svg.contains("Special cause") && svg.contains("Target 80%"));
    }
}

#[test]
fn the_kpi_summary_sits_beside_the_national_results() {
    let import = parse(CSV).unwrap();
    let results = compute(&import.records, &KpiSettings::default());
    let table = kpi_summary_table(&results);
    assert_eq!(table.rows.len(), 11);
    assert_eq!(table.headers[6..], ["National 2019 (FLS-DB)", "National 2021 (FLS-DB)"].map(String::from));
    assert_eq!(table.rows[3], ["KPI 4 Assessment within 90 days", "45.1%", "32", "71", "7", "Red", "70.0%", "72.7%"].map(String::from));
    assert_eq!(table.rows[0][6..], ["not published", "not published"].map(String::from));
    assert_eq!(table.rows[2][6..], ["not published", "7.5%"].map(String::from));
    assert_eq!(table.rows[1][1], "n/a", "KPI 2 without an expected caseload");
    assert_eq!(table.csv_rows[3], ["KPI 4 Assessment within 90 days", "45.1", "32", "71", "7", "Red", "70.0", "72.7"].map(String::from));
    assert!(table.caption.contains("23/01/2026"));
}

#[test]
fn breakdown_worklist_rejected_and_warning_tables() {
    let import = parse(CSV).unwrap();
    let settings = KpiSettings::default();
    let by_age = breakdown(&import.records, &settings, BreakdownBy::AgeBand);
    let table = breakdown_table(&by_age);
    assert_eq!(table.rows.len(), 5 * 11);
    assert_eq!(table.headers[0], "Age band");
    assert_eq!(table.rows[1][2], "n/a", "KPI 2 is for the whole area only");
    let records: u64 = table.csv_rows.iter().filter(|r| r[1].starts_with("KPI 1 ")).map(|r| r[4].parse::<u64>().unwrap()).sum();
    assert_eq!(records, 78, "the groups add up to the file");

    let list = worklist(&import.records, &settings);
    let shown = worklist_table(&list, 5);
    assert_eq!(shown.rows.len(), 5.min(list.items.len()));
    assert!(list.items.len() > 5);
    assert!(shown.caption.contains(&format!("the first 5 of {}", list.items.len())));
    assert_eq!(shown.rows[0][0], list.items[0].record_id);
    assert_eq!(shown.headers[5], "When");
    assert!(shown.rows.iter().all(|r| r[5].ends_with(" overdue") || r[5] == "due today" || r[5].starts_with("due in ")));
    let all = worklist_table(&list, usize::MAX);
    assert!(all.rows.iter().all(|r| !r[5].contains('-')), "no negative days");

    let rejected = rejected_table(&import.rejected, 200);
    assert_eq!(rejected.rows.len(), 2);
    assert_eq!(rejected.rows[0][0], import.rejected[0].line.to_string());
    let warnings = warnings_table(&import);
    let total: u64 = warnings.rows.iter().map(|r| r[1].parse::<u64>().unwrap()).sum();
    assert_eq!(total, import.warning_counts.total());
}

#[test]
fn words_on_the_page_agree_with_their_numbers() {
    assert_eq!(count_noun(1, "row", "rows"), "1 row");
    assert_eq!(count_noun(0, "row", "rows"), "0 rows");
    assert_eq!(count_noun(1234, "row", "rows"), "1,234 rows");

    // One row, one record, one day, one extra cell, one month.
    let csv = "record_id,fracture_date,fracture_site,bone_therapy_recommended,adherent_52_weeks\nA,01/02/2024,wrist,already_on,,x\n";
    let import = parse(csv.as_bytes()).unwrap();
    assert_eq!(rows_read_text(&import), "1 row read: 1 record counted, 0 rejected.");
    assert_eq!(import.warnings[0].message(), "Line 2: the row has 1 more cell than the header; it was ignored.");
    let settings = KpiSettings { expected_non_spine_per_year: Some(365.25), ..KpiSettings::default() };
    let results = compute(&import.records, &settings);
    assert_eq!(fractures_covered_text(&results), "01/02/2024 to 01/02/2024 (1 day)");
    assert_eq!(adherence_note(&results), "1 started record had adherence blank or unknown (counted as not adherent).");
    assert_eq!(
        kpi2_working_text(&results, settings.expected_non_spine_per_year).as_deref(),
        Some("KPI 2: 1 non-spine record ÷ (365.3 a year × 1 day ÷ 365.25 = 1.0 expected).")
    );
    assert_eq!(aggregates(&import.records, &settings).months(), 1);
    let windows = Windows { assessment_days: 1, ..Windows::default() };
    assert_eq!(contract_kpis_table(&windows).rows[3][3], "1 day");

    let csv = "record_id,fracture_date,fracture_site,bone_therapy_recommended\nA,01/02/2024,wrist,already_on\nB,x,,\nC,03/02/2024,hip,already_on\n";
    let import = parse(csv.as_bytes()).unwrap();
    assert_eq!(rows_read_text(&import), "3 rows read: 2 records counted, 1 rejected.");
    let results = compute(&import.records, &settings);
    assert_eq!(fractures_covered_text(&results), "01/02/2024 to 03/02/2024 (3 days)");
    assert_eq!(adherence_note(&results), "2 started records had adherence blank or unknown (counted as not adherent).");
    assert_eq!(
        kpi2_working_text(&results, settings.expected_non_spine_per_year).as_deref(),
        Some("KPI 2: 2 non-spine records ÷ (365.3 a year × 3 days ÷ 365.25 = 3.0 expected).")
    );
    assert_eq!(kpi2_working_text(&results, None), None);

    // Window labels keep the KPI's own capitals (DXA), not "KPI 5 dxa within 90 days".
    assert_eq!(window_label(Kpi::DxaWithin90Days), "Time window for KPI 5 (DXA within 90 days)");
    assert_eq!(window_label(Kpi::AdherenceAt52Weeks), "Time window for KPI 11 (Adherence at 52 weeks)");
}

#[test]
fn download_names_say_the_area_and_the_as_at_date() {
    let as_at = Date::from_ymd(2026, 1, 23);
    let name = |area: &str, what: &str, as_at: Option<Date>| file_stem(&kpi_file_words(area, what, as_at));
    assert_eq!(name("Leeds", "FLS KPIs", as_at), "leeds-fls-kpis-as-at-2026-01-23");
    assert_eq!(name("", "FLS KPIs", as_at), "fls-kpis-as-at-2026-01-23");
    assert_eq!(name("County Durham", "FLS KPI 4 run chart", as_at), "county-durham-fls-kpi-4-run-chart-as-at-2026-01-23");
    assert_eq!(name("Leeds", "FLS KPI counts by month", None), "leeds-fls-kpi-counts-by-month");
    // Like the business case's names: the area's name first, then what the file holds.
    assert_eq!(file_stem("Leeds business case cash flow"), "leeds-business-case-cash-flow");
}

#[test]
fn the_contract_is_on_screen_as_tables() {
    let columns = contract_columns_table();
    assert_eq!(columns.rows.len(), 14);
    assert_eq!(columns.rows[0][..2], ["record_id", "Yes"].map(String::from));
    assert_eq!(columns.rows[3][..2], ["fracture_date", "Yes"].map(String::from));
    assert!(columns.rows[4][2].contains("neck of femur"));
    let kpis = contract_kpis_table(&Default::default());
    assert_eq!(kpis.rows.len(), 11);
    assert_eq!(kpis.rows[3][3], "90 days");
    assert_eq!(kpis.rows[10][3], "364 days");
    assert_eq!(kpis.rows[0][3], "—");
    assert!(kpis.rows[2][4].starts_with("Green above 20.0%"));
    assert_eq!((RagBand::target_percent(Kpi::SpineIdentification), RagBand::target_percent(Kpi::BoneTherapyRecommended), RagBand::target_percent(Kpi::DataCompleteness)), (20.0, 50.0, 80.0));
}

#[test]
fn template_and_example_downloads_read_back() {
    let template = template_csv();
    assert_eq!(template.lines().next().unwrap().split(',').count(), 14);
    assert_eq!(parse(template.as_bytes()).unwrap_err(), ImportError::NoDataRows);
    let filled = format!("{template}A,F,70,01/02/2024,hip,,,,,,,,,\r\n");
    let import = parse(filled.as_bytes()).unwrap();
    assert_eq!(import.columns_recognised.len(), 14);
    assert!(import.columns_recognised.iter().zip(Column::ALL).all(|(r, c)| r.column == c));

    let example = parse(EXAMPLE_CSV.as_bytes()).unwrap();
    assert_eq!((example.records.len(), example.rejected.len()), (9, 1));
    assert_eq!(example.rejected[0].record_id, "EX-008");
    assert_eq!(example.warnings.len(), 1);
    assert_eq!(example.warnings[0].value, "ankle?");
    assert!(example.columns_ignored.is_empty());
}

#[test]
fn settings_come_from_typed_text_with_every_error_at_once() {
    let (settings, errors) = settings_from_text(&BTreeMap::new(), None);
    assert_eq!(settings, KpiSettings::default());
    assert!(errors.is_empty());

    let mut typed = BTreeMap::new();
    typed.insert(AS_AT_FIELD.to_string(), " 31/12/2025 ".to_string());
    typed.insert(window_field(Kpi::AssessmentWithin90Days), "60".to_string());
    typed.insert(window_field(Kpi::AdherenceAt52Weeks), "1,000".to_string());
    typed.insert(EXPECTED_FIELD.to_string(), "1,234.5".to_string());
    let (settings, errors) = settings_from_text(&typed, None);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(settings.as_at, Date::from_ymd(2025, 12, 31));
    assert_eq!((settings.windows.assessment_days, settings.windows.adherence_days, settings.windows.dxa_days), (60, 1000, 90));
    assert_eq!(settings.expected_non_spine_per_year, Some(1234.5));

    // An area's figure stands instead of a typed one.
    let (settings, _) = settings_from_text(&typed, Some(500.0));
    assert_eq!(settings.expected_non_spine_per_year, Some(500.0));

    typed.insert(AS_AT_FIELD.to_string(), "31/02/2025".to_string());
    typed.insert(window_field(Kpi::DxaWithin90Days), "12.5".to_string());
    typed.insert(window_field(Kpi::MonitoringWithin16Weeks), "4000".to_string());
    typed.insert(EXPECTED_FIELD.to_string(), "0".to_string());
    let (settings, errors) = settings_from_text(&typed, None);
    let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
    assert_eq!(fields, [AS_AT_FIELD, "kpi-window-5", "kpi-window-9", EXPECTED_FIELD]);
    assert_eq!(errors[1].message, "Enter the window for KPI 5 as a whole number between 0 and 3,650");
    assert_eq!((settings.as_at, settings.windows.dxa_days, settings.windows.monitoring_days), (None, 90, 112), "defaults stand in");
    assert_eq!(settings.expected_non_spine_per_year, None, "KPI 2 then says what is missing");
}

#[test]
fn kpi_2_uses_the_areas_hip_wrist_and_other_fractures_pro_rated_over_the_file() {
    let leeds = areas().find("E08000035").unwrap();
    let fractures = local_impact(&leeds.population, impact_defaults()).fractures;
    let per_year = expected_non_spine_per_year(&fractures);
    let by_hand = fractures.site_total(FractureSite::Hip) + fractures.site_total(FractureSite::Wrist) + fractures.site_total(FractureSite::Other);
    assert!((per_year - by_hand).abs() < 1e-9);
    assert!(per_year < fractures.total(), "vertebral is left out");

    let import = parse(CSV).unwrap();
    let settings = KpiSettings { expected_non_spine_per_year: Some(per_year), ..KpiSettings::default() };
    let kpi2 = *compute(&import.records, &settings).get(Kpi::NonSpineIdentification);
    let expected = per_year * 711.0 / 365.25;
    assert_eq!(kpi2.percent, Some((64.0 * 1000.0 / expected).round() / 10.0));
    assert!(kpi2.band.is_some());
}
