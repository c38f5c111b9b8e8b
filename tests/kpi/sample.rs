//! The worked case from the contract: `kpi_sample.csv` must give exactly
//! `kpi_sample.expected.json`.

use fls_toolkit::model::kpi::{compute, parse, Date, Denominator, Kpi, KpiSettings, RejectionReason};

const CSV: &[u8] = include_bytes!("../fixtures/kpi_sample.csv");
const EXPECTED: &str = include_str!("../fixtures/kpi_sample.expected.json");

fn expected() -> serde_json::Value {
    serde_json::from_str(EXPECTED).expect("fixture is JSON")
}

#[test]
fn sample_counts_and_as_at_match_the_fixture() {
    let want = expected();
    let import = parse(CSV).expect("sample parses");
    assert_eq!(
        import.records.len() as u64,
        want["records"].as_u64().unwrap()
    );
    assert_eq!(
        import.rejected.len() as u64,
        want["rejected"].as_u64().unwrap()
    );
    let results = compute(&import.records, &KpiSettings::default());
    let as_at = Date::parse(want["as_at"].as_str().unwrap()).unwrap();
    assert_eq!(results.as_at, Some(as_at));
    assert_eq!(
        results.non_spine_records,
        want["non_spine_records"].as_u64().unwrap()
    );
    assert_eq!(
        u64::from(results.days_covered),
        want["days_covered"].as_u64().unwrap()
    );
    assert_eq!(
        results.adherence_blank_or_unknown,
        want["adherence_blank_or_unknown"].as_u64().unwrap()
    );
}

#[test]
fn sample_every_kpi_matches_the_fixture() {
    let want = expected();
    let import = parse(CSV).unwrap();
    let results = compute(&import.records, &KpiSettings::default());
    let mut compared = 0;
    for kpi in Kpi::ALL {
        let key = format!("kpi{}", kpi.number());
        let result = results.get(kpi);
        if let Some(percent) = want.get(&key) {
            assert_eq!(result.percent, percent.as_f64(), "{key} percent");
            assert_eq!(
                result.percent_text(),
                format!("{:.1}%", percent.as_f64().unwrap()),
                "{key}"
            );
            compared += 1;
        }
        if let Some(fraction) = want["fractions"].get(&key) {
            assert_eq!(
                result.fraction_text(),
                fraction.as_str().unwrap(),
                "{key} fraction"
            );
            compared += 1;
        }
        let pending = want["pending"].get(&key).map_or(0, |p| p.as_u64().unwrap());
        assert_eq!(result.pending, pending, "{key} pending");
    }
    // Every percent and fraction in the fixture was compared (10 KPIs each; KPI 2 has none).
    assert_eq!(compared, 20);
    let fixture_keys = want
        .as_object()
        .unwrap()
        .keys()
        .filter(|k| k.starts_with("kpi"))
        .count();
    assert_eq!(fixture_keys, 10);
}

#[test]
fn sample_kpi2_needs_an_expected_caseload() {
    let import = parse(CSV).unwrap();
    let results = compute(&import.records, &KpiSettings::default());
    let kpi2 = results.get(Kpi::NonSpineIdentification);
    assert_eq!(kpi2.percent, None);
    assert_eq!(kpi2.percent_text(), "n/a");
    assert_eq!(kpi2.numerator, 64);

    // 100 a year over 711 days: expected = 100 × 711 ÷ 365.25 = 194.66...; 64 ÷ 194.66 = 32.9%.
    let settings = KpiSettings {
        expected_non_spine_per_year: Some(100.0),
        ..KpiSettings::default()
    };
    let kpi2 = *compute(&import.records, &settings).get(Kpi::NonSpineIdentification);
    assert_eq!(
        kpi2.denominator,
        Denominator::ExpectedCaseload(Some(100.0 * 711.0 / 365.25))
    );
    assert_eq!(kpi2.percent, Some(32.9));
    assert_eq!(kpi2.fraction_text(), "64/194.7");
}

#[test]
fn sample_rejections_are_the_duplicate_and_the_under_50() {
    let import = parse(CSV).unwrap();
    let lines: Vec<(u64, &str)> = import
        .rejected
        .iter()
        .map(|r| (r.line, r.record_id.as_str()))
        .collect();
    assert_eq!(lines, vec![(37, "P1-000034"), (46, "P1-000044")]);
    assert_eq!(
        import.rejected[0].reason,
        RejectionReason::DuplicateRecordId { first_line: 36 }
    );
    assert_eq!(
        import.rejected[1].reason,
        RejectionReason::AgeBelow50 { age: 47 }
    );
    // The trimmed id keeps its case; the unknown column is listed.
    assert!(import.records.iter().any(|r| r.record_id == "P1-000030"));
    assert_eq!(import.columns_ignored.len(), 1);
    assert_eq!(import.columns_ignored[0].header, "Ward");
    assert_eq!(import.columns_recognised.len(), 14);
    assert_eq!(import.warnings.len() as u64, import.warning_counts.total());
}
