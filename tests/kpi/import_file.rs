//! Contract sections File and Headers: encoding, line ends, quoting, empty lines, line
//! numbers, header matching, missing and unknown columns, chunked reading.

use fls_toolkit::model::kpi::{
    normalise_header, parse, Column, IgnoredBecause, Import, ImportError, Importer,
    RejectionReason, UnclosedQuote, WarningKind,
};

fn ids(csv: &str) -> Vec<String> {
    parse(csv.as_bytes())
        .unwrap()
        .records
        .into_iter()
        .map(|r| r.record_id)
        .collect()
}

fn lines(csv: &str) -> Vec<u64> {
    parse(csv.as_bytes())
        .unwrap()
        .records
        .iter()
        .map(|r| r.line)
        .collect()
}

#[test]
fn header_matching_ignores_case_surrounding_spaces_and_space_runs() {
    for header in [
        "fracture_date",
        "Fracture Date",
        "FRACTURE_DATE",
        "  fracture date  ",
        "Fracture   Date",
        "fRaCtUrE_dAtE",
    ] {
        let csv = format!("record_id,{header}\nA,01/02/2024\n");
        let import = parse(csv.as_bytes()).unwrap_or_else(|e| panic!("{header:?}: {e}"));
        assert_eq!(import.records.len(), 1, "{header:?}");
        assert!(import.columns_ignored.is_empty(), "{header:?}");
    }
    assert_eq!(
        normalise_header(" Adherent 52  Weeks "),
        "adherent_52_weeks"
    );
    assert_eq!(
        Column::from_header("Bone Therapy Recommended"),
        Some(Column::BoneTherapyRecommended)
    );
    assert_eq!(
        Column::from_header("Strength Balance Date"),
        Some(Column::StrengthBalanceDate)
    );
    // A run of spaces is one underscore, but spaces next to an underscore are not removed.
    assert_eq!(Column::from_header("fracture _date"), None);
    assert_eq!(Column::from_header("fracture-date"), None);
}

#[test]
fn every_template_header_is_recognised_in_any_order() {
    let mut names: Vec<&str> = Column::ALL.iter().map(|c| c.name()).collect();
    names.reverse();
    let header = names
        .iter()
        .map(|n| n.to_uppercase().replace('_', " "))
        .collect::<Vec<_>>()
        .join(",");
    let mut cells = vec![""; names.len()];
    cells[names.iter().position(|n| *n == "record_id").unwrap()] = "X1";
    cells[names.iter().position(|n| *n == "fracture_date").unwrap()] = "3/4/2024";
    let csv = format!("{header}\n{}\n", cells.join(","));
    let import = parse(csv.as_bytes()).unwrap();
    assert_eq!(import.columns_recognised.len(), 14);
    assert!(import.columns_missing().is_empty());
    assert_eq!(import.records[0].record_id, "X1");
    assert_eq!(import.records[0].fracture_date.iso(), "2024-04-03");
    assert_eq!(import.columns_recognised[0].column, Column::Adherent52Weeks);
    assert_eq!(import.columns_recognised[0].position, 1);
}

#[test]
fn unknown_and_repeated_columns_are_listed() {
    let csv = "Ward,record_id,fracture_date,Notes,Record ID\nW,A,01/02/2024,n,B\n";
    let import = parse(csv.as_bytes()).unwrap();
    let ignored: Vec<(&str, usize, IgnoredBecause)> = import
        .columns_ignored
        .iter()
        .map(|c| (c.header.as_str(), c.position, c.because))
        .collect();
    assert_eq!(
        ignored,
        vec![
            ("Ward", 1, IgnoredBecause::Unknown),
            ("Notes", 4, IgnoredBecause::Unknown),
            ("Record ID", 5, IgnoredBecause::Repeated)
        ]
    );
    assert_eq!(
        import.records[0].record_id, "A",
        "the first matching column is used"
    );
    assert!(import.columns_ignored[0].to_string().contains("Ward"));
    assert!(import.columns_missing().contains(&Column::Sex));
}

#[test]
fn missing_required_columns_refuse_the_file_naming_them() {
    let err = parse(b"record_id,date\nA,01/02/2024\n").unwrap_err();
    assert_eq!(
        err,
        ImportError::MissingRequiredColumns(vec![Column::FractureDate])
    );
    assert!(err.to_string().contains("fracture_date"), "{err}");

    let err = parse(b"id,fracture_date\nA,01/02/2024\n").unwrap_err();
    assert_eq!(
        err,
        ImportError::MissingRequiredColumns(vec![Column::RecordId])
    );
    assert!(err.to_string().contains("no record_id column"), "{err}");

    let err = parse(b"sex,age\nF,70\n").unwrap_err();
    assert_eq!(
        err,
        ImportError::MissingRequiredColumns(vec![Column::RecordId, Column::FractureDate])
    );
    assert!(
        err.to_string().contains("record_id or fracture_date"),
        "{err}"
    );
}

#[test]
fn empty_files_and_header_only_files_are_refused() {
    assert_eq!(parse(b"").unwrap_err(), ImportError::EmptyFile);
    assert_eq!(parse(b"\xEF\xBB\xBF").unwrap_err(), ImportError::EmptyFile);
    assert_eq!(parse(b"\n\r\n\n").unwrap_err(), ImportError::EmptyFile);
    assert_eq!(
        parse(b"record_id,fracture_date\n").unwrap_err(),
        ImportError::NoDataRows
    );
    assert_eq!(
        parse(b"record_id,fracture_date\r\n\r\n\r\n").unwrap_err(),
        ImportError::NoDataRows
    );
    for e in [ImportError::EmptyFile, ImportError::NoDataRows] {
        assert!(
            e.to_string().contains("Add") || e.to_string().contains("Choose"),
            "{e}"
        );
    }
}

#[test]
fn non_utf8_is_refused_with_its_line() {
    let err = parse(b"record_id,fracture_date\nA,01/02/2024\nB\xE9,01/02/2024\n").unwrap_err();
    assert_eq!(err, ImportError::NotUtf8 { line: 3 });
    assert!(err.to_string().contains("CSV UTF-8"), "{err}");
    assert_eq!(
        parse(b"record_id,fracture_d\xFFate\n").unwrap_err(),
        ImportError::NotUtf8 { line: 1 }
    );
}

#[test]
fn byte_order_mark_is_ignored() {
    let csv = "\u{feff}record_id,fracture_date\nA,01/02/2024\n";
    assert_eq!(ids(csv), vec!["A"]);
    // Also before a quoted first header.
    let csv = "\u{feff}\"record_id\",fracture_date\nA,01/02/2024\n";
    assert_eq!(ids(csv), vec!["A"]);
    assert_eq!(lines(csv), vec![2]);
}

#[test]
fn crlf_and_lf_give_the_same_records_and_lines() {
    let lf = "record_id,fracture_date,sex\nA,01/02/2024,F\nB,01/02/2024,M\n";
    let crlf = lf.replace('\n', "\r\n");
    let a = parse(lf.as_bytes()).unwrap();
    let b = parse(crlf.as_bytes()).unwrap();
    assert_eq!(a.records, b.records);
    assert_eq!(lines(&crlf), vec![2, 3]);
    // No line end after the last row.
    assert_eq!(
        lines("record_id,fracture_date\r\nA,01/02/2024\r\nB,01/02/2024"),
        vec![2, 3]
    );
}

#[test]
fn quoted_fields_with_commas_quotes_and_newlines() {
    let csv = "record_id,fracture_date,Note\n\"A,1\",01/02/2024,\"say \"\"hi\"\"\"\n\"B \"\"2\"\"\",01/02/2024,\"two\nlines\"\nC,01/02/2024,x\n";
    let import = parse(csv.as_bytes()).unwrap();
    let got: Vec<(&str, u64)> = import
        .records
        .iter()
        .map(|r| (r.record_id.as_str(), r.line))
        .collect();
    // C starts on physical line 5 because B's note spans lines 3 and 4.
    assert_eq!(got, vec![("A,1", 2), ("B \"2\"", 3), ("C", 5)]);
}

fn in_chunks(csv: &str, chunk: usize) -> Result<Import, ImportError> {
    let mut importer = Importer::new(csv.as_bytes());
    while !importer.read_rows(chunk)?.done {}
    importer.finish()
}

#[test]
fn an_unclosed_quote_is_reported_by_line_and_the_rows_before_still_count() {
    // Line 4 opens a quoted cell that never closes: the csv reader would take lines 4 to 6
    // as one cell (a record_id full of commas and line ends, "fracture_date is blank").
    let csv = "record_id,fracture_date,sex\nA0,01/01/2024,F\nA1,02/01/2024,M\n\"A2,01/01/2024,F\nA3,02/01/2024,M\nA4,03/01/2024,F\n";
    let import = parse(csv.as_bytes()).unwrap();
    assert_eq!(ids(csv), vec!["A0", "A1"], "the rows before still count");
    assert!(import.rejected.is_empty(), "{:?}", import.rejected);
    assert_eq!(import.rows_read, 2);
    assert_eq!(
        import.unclosed_quote,
        Some(UnclosedQuote { row_line: 4, quote_line: 4, last_line: 6 })
    );
    let message = import.unclosed_quote.unwrap().to_string();
    assert_eq!(
        message,
        "Line 4: a quote mark (\") opens a cell but is never closed, so the rest of the file, \
         lines 4 to 6, could not be read. The rows before line 4 are counted. Remove the quote \
         mark or add the closing one, then choose the file again."
    );
    for chunk in [1, 2, 3, 100] {
        assert_eq!(in_chunks(csv, chunk).unwrap(), import, "chunk size {chunk}");
    }

    // CRLF, no line end at the end, and a quote opened in a later cell of a row whose
    // earlier cell spans two lines: the row starts on line 3, the quote is on line 4.
    let csv = "record_id,fracture_date,sex,note\r\nA0,01/01/2024,F,\r\nA1,02/01/2024,\"two\r\nlines\",\"F\r\nA2,03/01/2024,M,";
    let import = parse(csv.as_bytes()).unwrap();
    assert_eq!(ids(csv), vec!["A0"]);
    assert_eq!(
        import.unclosed_quote,
        Some(UnclosedQuote { row_line: 3, quote_line: 4, last_line: 5 })
    );
    assert!(import.unclosed_quote.unwrap().to_string().starts_with(
        "Line 4: a quote mark (\") opens a cell but is never closed, so the rest of the file \
         from the row that starts on line 3, lines 3 to 5, could not be read."
    ));

    // A doubled quote inside a quoted cell is a quote, not the end of the cell.
    let csv = "record_id,fracture_date,note\nA,01/01/2024,\nA0,01/01/2024,\"say \"\"hi\"\"\nA1,01/01/2024,\n";
    assert_eq!(
        parse(csv.as_bytes()).unwrap().unclosed_quote,
        Some(UnclosedQuote { row_line: 3, quote_line: 3, last_line: 4 })
    );
    // The last line alone.
    let csv = "record_id,fracture_date,note\nA0,01/01/2024,\nA1,01/01/2024,\"x\n";
    let message = parse(csv.as_bytes()).unwrap().unclosed_quote.unwrap().to_string();
    assert!(message.starts_with("Line 3: a quote mark (\") opens a cell but is never closed, so line 3, the last line of the file, could not be read."), "{message}");
    // Closed quotes and a quote inside an unquoted cell are fine.
    for csv in [
        "record_id,fracture_date,note\nA0,01/01/2024,\"x\"\n",
        "record_id,fracture_date,note\nA0,01/01/2024,5\" tall\n",
        "record_id,fracture_date,note\nA0,01/01/2024,\"x\"\"\"",
    ] {
        assert_eq!(parse(csv.as_bytes()).unwrap().unclosed_quote, None, "{csv:?}");
    }
    // Text that is not UTF-8 in the part that could not be read does not hide the quote.
    let csv = b"record_id,fracture_date\nA0,01/01/2024\n\"A1,01/01/2024\nA\xE9,01/01/2024\n";
    let import = parse(csv).unwrap();
    assert_eq!(import.records.len(), 1);
    assert_eq!(import.unclosed_quote.map(|q| q.quote_line), Some(3));
}

#[test]
fn an_unclosed_quote_before_any_row_refuses_the_file_with_its_line() {
    for (csv, line) in [
        ("record_id,fracture_date\n\"A1,01/01/2024\nA2,01/01/2024\n", 2),
        ("\"record_id,fracture_date\nA1,01/01/2024\n", 1),
        ("record_id,\"fracture_date\nA1,01/01/2024\n", 1),
    ] {
        let error = parse(csv.as_bytes()).unwrap_err();
        assert_eq!(error, ImportError::UnclosedQuote { line }, "{csv:?}");
        assert_eq!(in_chunks(csv, 1).unwrap_err(), error);
        assert!(error.to_string().starts_with(&format!("A quote mark (\") on line {line} opens a cell but is never closed")), "{error}");
    }
}

#[test]
fn empty_lines_are_skipped_but_keep_line_numbers() {
    let csv = "\n\nrecord_id,fracture_date\n\nA,01/02/2024\n\n\nB,bad\r\n\r\nC,01/02/2024\n\n";
    let import = parse(csv.as_bytes()).unwrap();
    assert_eq!(import.rows_read, 3, "empty lines are not rows");
    let got: Vec<(&str, u64)> = import
        .records
        .iter()
        .map(|r| (r.record_id.as_str(), r.line))
        .collect();
    assert_eq!(got, vec![("A", 5), ("C", 10)]);
    assert_eq!(import.rejected[0].line, 8);
    assert_eq!(import.rejected[0].record_id, "B");
}

#[test]
fn a_line_of_commas_or_spaces_is_not_empty_and_is_rejected() {
    let csv = "record_id,fracture_date\n,\n   \nA,01/02/2024\n";
    let import = parse(csv.as_bytes()).unwrap();
    let got: Vec<(u64, &RejectionReason)> = import
        .rejected
        .iter()
        .map(|r| (r.line, &r.reason))
        .collect();
    assert_eq!(
        got,
        vec![
            (2, &RejectionReason::EmptyRecordId),
            (3, &RejectionReason::EmptyRecordId)
        ]
    );
    assert_eq!(import.records.len(), 1);
}

#[test]
fn short_rows_are_padded_and_extra_cells_warned() {
    let csv =
        "record_id,fracture_date,sex\nA,01/02/2024\nB,01/02/2024,F,extra,\nC,01/02/2024,M,,\n";
    let import = parse(csv.as_bytes()).unwrap();
    assert_eq!(import.records.len(), 3);
    assert_eq!(import.records[0].sex, None);
    assert_eq!(import.warnings.len(), 1);
    assert_eq!(import.warnings[0].kind, WarningKind::ExtraCells);
    assert_eq!(import.warnings[0].line, 3);
    assert_eq!(import.warning_counts.extra_cells, 1);
}

fn big_file() -> String {
    let mut csv = String::from("record_id,fracture_date,sex,age,dxa_date\r\n");
    for i in 0..2_000 {
        if i % 97 == 0 {
            csv.push_str("\r\n");
        }
        let id = if i % 311 == 0 {
            "dup".to_string()
        } else {
            format!("R{i}")
        };
        let note = if i % 50 == 0 { "\"x\ny\"" } else { "" };
        csv.push_str(&format!(
            "{id},{}/{}/2024,{},{},{note}\r\n",
            i % 28 + 1,
            i % 12 + 1,
            ["F", "M", "?"][i % 3],
            40 + i % 70
        ));
    }
    csv
}

#[test]
fn chunked_reading_gives_the_same_result_as_one_go() {
    let csv = big_file();
    let whole = parse(csv.as_bytes()).unwrap();
    assert!(
        whole.records.len() > 1_000 && !whole.rejected.is_empty() && !whole.warnings.is_empty()
    );
    for chunk in [1, 7, 500, 5_000] {
        let mut importer = Importer::new(csv.clone().into_bytes());
        let mut last_fraction = 0.0;
        let mut calls = 0;
        loop {
            let progress = importer.read_rows(chunk).unwrap();
            assert!(progress.fraction_done() >= last_fraction);
            assert!(progress.bytes_read <= progress.total_bytes);
            last_fraction = progress.fraction_done();
            calls += 1;
            if progress.done {
                break;
            }
        }
        assert_eq!(last_fraction, 1.0);
        assert!(calls >= 2_000 / chunk);
        let chunked = importer.finish().unwrap();
        assert_eq!(chunked, whole, "chunk size {chunk}");
    }
}

#[test]
fn importer_errors_are_final() {
    let mut importer = Importer::new(&b"id,date\n1,2\n"[..]);
    let first = importer.read_rows(10).unwrap_err();
    assert_eq!(importer.read_rows(10).unwrap_err(), first);
    assert_eq!(importer.finish().unwrap_err(), first);
}

#[test]
fn an_excel_workbook_is_refused_with_advice_to_save_as_csv() {
    for bytes in [&b"PK\x03\x04\x14\x00\x06\x00rest of a zip"[..], &b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1old xls"[..]] {
        let error = parse(bytes).unwrap_err();
        assert_eq!(error, ImportError::Spreadsheet);
        assert!(error.to_string().contains("CSV UTF-8"), "{error}");
    }
}
