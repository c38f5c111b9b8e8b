//! The examples in the module documentation (marked `ignore` there because the crate is
//! named differently once copied into the app).

use fls_toolkit::model::kpi::{compute, parse, ImportError, Importer, Kpi, KpiSettings};

#[test]
fn module_example() {
    let csv = "record_id,fracture_date,fls_assessment_date\nA,01/01/2024,15/01/2024\nB,01/01/2024,\nC,2024-12-01,\n";
    let import = parse(csv.as_bytes()).unwrap();
    let results = compute(&import.records, &KpiSettings::default());
    let kpi4 = results.get(Kpi::AssessmentWithin90Days);
    assert_eq!(
        (kpi4.percent_text(), kpi4.fraction_text(), kpi4.pending),
        ("50.0%".to_string(), "1/2".to_string(), 1)
    );
}

#[test]
fn importer_example() -> Result<(), ImportError> {
    let bytes = b"record_id,fracture_date\nA,01/02/2024\n".to_vec(); // e.g. File.arrayBuffer()
    let mut importer = Importer::new(bytes);
    loop {
        let progress = importer.read_rows(50_000)?; // then yield to the event loop
        if progress.done {
            break;
        }
    }
    let import = importer.finish()?;
    assert_eq!(import.records.len(), 1);
    Ok(())
}
