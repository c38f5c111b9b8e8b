//! Property tests: reading never panics, and what it reports is consistent.

use fls_toolkit::model::kpi::{compute, parse, worklist, Import, ImportError, Importer, KpiSettings};
use proptest::prelude::*;

/// Invariants of any successful import, and computing on it must not panic either.
fn check(import: &Import) {
    assert_eq!(
        import.rows_read,
        (import.records.len() + import.rejected.len()) as u64
    );
    assert_eq!(import.warnings.len() as u64, import.warning_counts.total());
    // Nothing is read from the row with an unclosed quote on (a lone CR ends a row but not
    // a line, so a row before it may share its line).
    if let Some(quote) = import.unclosed_quote {
        assert!(quote.row_line <= quote.quote_line && quote.quote_line <= quote.last_line);
        assert!(import.records.iter().all(|r| r.line <= quote.row_line));
        assert!(import.rejected.iter().all(|r| r.line <= quote.row_line));
    }
    let results = compute(&import.records, &KpiSettings::default());
    for kpi in &results.kpis {
        if let Some(p) = kpi.percent {
            assert!(p >= 0.0);
        }
        assert!(kpi.percent.is_some() != kpi.not_available.is_some());
    }
    let _ = worklist(&import.records, &KpiSettings::default());
}

fn read_in_chunks(bytes: &[u8], chunk: usize) -> Result<Import, ImportError> {
    let mut importer = Importer::new(bytes);
    while !importer.read_rows(chunk)?.done {}
    importer.finish()
}

const HEADER: &str = "record_id,Fracture Date,sex,age,fracture_site,dxa_status,dxa_date,adherent_52_weeks,treatment_start_date\n";

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        if let Ok(import) = parse(&bytes) {
            check(&import);
        }
    }

    #[test]
    fn arbitrary_bytes_after_a_valid_header(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        let mut file = HEADER.as_bytes().to_vec();
        file.extend_from_slice(&bytes);
        if let Ok(import) = parse(&file) {
            check(&import);
        }
    }

    #[test]
    fn csv_like_text(body in "[A-Za-z0-9 ,\"\r\n/:.\\-\u{feff}é]{0,400}", with_header in any::<bool>(), chunk in 1usize..20) {
        let text = if with_header { format!("{HEADER}{body}") } else { body };
        let whole = parse(text.as_bytes());
        if let Ok(import) = &whole {
            check(import);
        }
        prop_assert_eq!(read_in_chunks(text.as_bytes(), chunk), whole);
    }

    #[test]
    fn row_like_text(
        rows in proptest::collection::vec(
            (
                "[A-C ]{0,2}",
                "([0-3]?[0-9]/[01]?[0-9]/20[0-9]{2}|20[0-9]{2}-[01][0-9]-[0-3][0-9]|x|)( 00:00)?",
                "[FMx]?",
                "[0-9]{0,3}",
                "(hip|spine|Neck of Femur|radius|x|)",
                "(done|recommended|x|)",
                "([0-3]?[0-9]/[01]?[0-9]/20[0-9]{2}|)",
                "(yes|no|unknown|)",
                "(20[0-9]{2}-[01][0-9]-[0-3][0-9]|)",
            ),
            0..30,
        )
    ) {
        let mut text = String::from(HEADER);
        for r in &rows {
            text.push_str(&format!("{},{},{},{},{},{},{},{},{}\r\n", r.0, r.1, r.2, r.3, r.4, r.5, r.6, r.7, r.8));
        }
        match parse(text.as_bytes()) {
            Ok(import) => {
                check(&import);
                prop_assert_eq!(import.rows_read, rows.len() as u64);
                // Header on line 1, one row per line.
                for r in &import.records {
                    prop_assert!(r.line >= 2 && r.line <= rows.len() as u64 + 1);
                }
            }
            Err(e) => prop_assert_eq!(e, ImportError::NoDataRows),
        }
    }
}
