//! SPC p-charts: centre line, limits and the special-cause rules on hand-made series.

use fls_toolkit::model::kpi::{
    compute, p_chart, parse, run_chart, run_charts, shift_sides, trend_directions, Date, Kpi,
    KpiCounts, KpiSettings, Period, PeriodLength, RunChartError, Side,
};

const CSV: &[u8] = include_bytes!("../fixtures/kpi_sample.csv");

fn months(counts: &[(u64, u64)]) -> Vec<(Period, KpiCounts)> {
    let mut period = Period {
        year: 2024,
        number: 1,
        length: PeriodLength::Month,
    };
    counts
        .iter()
        .map(|&(numerator, denominator)| {
            let item = (
                period,
                KpiCounts {
                    numerator,
                    denominator,
                    pending: 0,
                },
            );
            period = period.next();
            item
        })
        .collect()
}

fn sides(values: &[u64]) -> Vec<Option<Side>> {
    // Each point x/10 against a centre line of 5/10.
    let points: Vec<(u64, u64)> = values.iter().map(|&x| (x, 10)).collect();
    shift_sides(&points, (1, 2))
}

#[test]
fn shift_needs_seven_points_strictly_on_one_side() {
    let a = Some(Side::Above);
    let b = Some(Side::Below);
    assert_eq!(
        sides(&[6, 6, 6, 6, 6, 6]),
        vec![None; 6],
        "six is not enough"
    );
    assert_eq!(sides(&[6, 7, 8, 6, 9, 6, 6]), vec![a; 7]);
    assert_eq!(
        sides(&[5, 4, 3, 1, 0, 4, 4, 2, 6]),
        [vec![None], vec![b; 7], vec![None]].concat()
    );
    // A point on the centre line ends the run.
    assert_eq!(sides(&[6, 6, 6, 5, 6, 6, 6, 6]), vec![None; 8]);
    // Crossing the line ends it too.
    assert_eq!(
        sides(&[6, 6, 6, 6, 4, 6, 6, 6, 6, 6, 6, 6]),
        [vec![None; 5], vec![a; 7]].concat()
    );
    // Exact comparison: 1/3 against centre 2/6 is on the line.
    assert_eq!(shift_sides(&[(1, 3); 8], (2, 6)), vec![None; 8]);
    assert_eq!(sides(&[]), vec![]);
}

#[test]
fn trend_needs_six_points_each_strictly_beyond_the_last() {
    let flags =
        |values: &[u64]| trend_directions(&values.iter().map(|&x| (x, 10)).collect::<Vec<_>>());
    let up = (true, false);
    let down = (false, true);
    let none = (false, false);
    assert_eq!(
        flags(&[1, 2, 3, 4, 5]),
        vec![none; 5],
        "five points are not enough"
    );
    assert_eq!(flags(&[1, 2, 3, 4, 5, 6]), vec![up; 6]);
    assert_eq!(flags(&[9, 8, 7, 6, 5, 4, 3]), vec![down; 7]);
    // Equal neighbours end a run.
    assert_eq!(flags(&[1, 2, 3, 3, 4, 5, 6]), vec![none; 7]);
    // A peak belongs to both runs.
    let peak = flags(&[1, 2, 3, 4, 5, 6, 5, 4, 3, 2, 1]);
    assert_eq!(peak[..5], vec![up; 5]);
    assert_eq!(peak[5], (true, true));
    assert_eq!(peak[6..], vec![down; 5]);
    // Only the run is flagged.
    assert_eq!(
        flags(&[5, 1, 2, 3, 4, 5, 6, 6]),
        [vec![none], vec![up; 6], vec![none]].concat()
    );
    // Compared as fractions, not numerators: 1/2 < 2/3 < 3/4 < 4/5 < 5/6 < 6/7.
    let fractions: Vec<(u64, u64)> = (1..=6).map(|n| (n, n + 1)).collect();
    assert_eq!(trend_directions(&fractions), vec![up; 6]);
    assert_eq!(trend_directions(&[]), vec![]);
    assert_eq!(trend_directions(&[(1, 2)]), vec![none]);
}

#[test]
fn centre_line_and_limits() {
    let mut counts = vec![(50, 100); 9];
    counts.push((95, 100));
    let chart = p_chart(Kpi::FallsAssessment, PeriodLength::Month, &months(&counts)).unwrap();
    let centre = 545.0 / 1000.0;
    assert!((chart.centre_line - centre).abs() < 1e-12);
    let sigma = (centre * (1.0 - centre) / 100.0_f64).sqrt();
    let last = chart.points.last().unwrap();
    assert!((last.upper_limit - (centre + 3.0 * sigma)).abs() < 1e-12);
    assert!((last.lower_limit - (centre - 3.0 * sigma)).abs() < 1e-12);
    assert_eq!(last.outside_limits, Some(Side::Above));
    assert!(last.is_special_cause());
    assert!(chart.points[..9].iter().all(|p| p.outside_limits.is_none()));
    // Nine points below the centre line: a shift.
    assert!(chart.points[..9]
        .iter()
        .all(|p| p.shift == Some(Side::Below)));
    assert_eq!(last.shift, None);
}

#[test]
fn limits_are_clamped_and_vary_with_the_denominator() {
    let chart = p_chart(
        Kpi::FallsAssessment,
        PeriodLength::Month,
        &months(&[(2, 4), (50, 100), (0, 1), (1, 1)]),
    )
    .unwrap();
    let p = &chart.points;
    assert_eq!(
        (p[0].lower_limit, p[0].upper_limit),
        ((53.0 / 106.0 - 3.0 * (0.25_f64 / 4.0).sqrt()).max(0.0), 1.0)
    );
    assert_eq!(p[0].lower_limit, 0.0);
    assert!(p[1].upper_limit - p[1].lower_limit < p[0].upper_limit - p[0].lower_limit);
    for point in p {
        assert!(
            (0.0..=1.0).contains(&point.lower_limit) && (0.0..=1.0).contains(&point.upper_limit)
        );
        assert!(point.lower_limit <= chart.centre_line && chart.centre_line <= point.upper_limit);
    }
    // Every point 0 or every point 1: limits collapse on the centre line, nothing is outside.
    for (x, n) in [(0, 5), (5, 5)] {
        let flat = p_chart(
            Kpi::FallsAssessment,
            PeriodLength::Month,
            &months(&[(x, n); 8]),
        )
        .unwrap();
        assert!(flat.points.iter().all(|p| !p.is_special_cause()));
    }
}

#[test]
fn empty_periods_and_kpi2_and_no_data() {
    let series = months(&[(1, 2), (0, 0), (1, 2)]);
    let chart = p_chart(Kpi::FallsAssessment, PeriodLength::Month, &series).unwrap();
    let periods: Vec<String> = chart.points.iter().map(|p| p.period.key()).collect();
    assert_eq!(periods, vec!["2024-01", "2024-03"]);
    assert_eq!(
        p_chart(Kpi::NonSpineIdentification, PeriodLength::Month, &series).unwrap_err(),
        RunChartError::NotAProportion
    );
    assert_eq!(
        p_chart(
            Kpi::FallsAssessment,
            PeriodLength::Month,
            &months(&[(0, 0)])
        )
        .unwrap_err(),
        RunChartError::NoData
    );
    assert!(RunChartError::NoData.to_string().contains("pending"));
}

#[test]
fn periods() {
    let date = Date::from_ymd(2024, 11, 30).unwrap();
    let month = Period::of(date, PeriodLength::Month);
    let quarter = Period::of(date, PeriodLength::Quarter);
    assert_eq!(
        (month.key(), month.label()),
        ("2024-11".to_string(), "Nov 2024".to_string())
    );
    assert_eq!(
        (quarter.key(), quarter.label()),
        ("2024-Q4".to_string(), "Oct–Dec 2024".to_string())
    );
    assert_eq!(month.next().next().key(), "2025-01");
    assert_eq!(quarter.next().key(), "2025-Q1");
    for key in ["2024-01", "2024-12", "2024-Q1", "2024-Q4"] {
        assert_eq!(Period::parse_key(key).unwrap().key(), key);
    }
    for bad in ["2024-13", "2024-00", "2024-Q5", "2024-1", "2024", "x-01"] {
        assert_eq!(Period::parse_key(bad), None, "{bad}");
    }
    assert_eq!(serde_json::to_string(&quarter).unwrap(), "\"2024-Q4\"");
}

#[test]
fn sample_run_charts_add_up_to_the_kpis() {
    let import = parse(CSV).unwrap();
    let settings = KpiSettings::default();
    let whole = compute(&import.records, &settings);
    let charts = run_charts(&import.records, &settings, PeriodLength::Month);
    assert_eq!(charts.len(), 10, "every KPI but KPI 2");
    for chart in &charts {
        let (n, d): (u64, u64) = chart
            .points
            .iter()
            .fold((0, 0), |(n, d), p| (n + p.numerator, d + p.denominator));
        let result = whole.get(chart.kpi);
        assert_eq!(format!("{n}/{d}"), result.fraction_text(), "{}", chart.kpi);
        assert!((chart.centre_line - n as f64 / d as f64).abs() < 1e-12);
        assert!(chart.points.windows(2).all(|w| w[0].period < w[1].period));
    }
    let quarterly = run_chart(
        &import.records,
        &settings,
        Kpi::FallsAssessment,
        PeriodLength::Quarter,
    )
    .unwrap();
    assert_eq!(quarterly.points.len(), 8);
    assert_eq!(quarterly.points[0].period.label(), "Jan–Mar 2024");
    assert_eq!(
        quarterly.points.iter().map(|p| p.denominator).sum::<u64>(),
        78
    );
}
