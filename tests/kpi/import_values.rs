//! Contract sections Values, Dates and Row validity.

use fls_toolkit::model::kpi::{
    compute, days_in_month, is_leap_year, parse, parse_with_today, worklist, Adherence, AgeCell,
    BoneTherapy, Column, Date, DxaStatus, FallsAssessment, FractureSite, Import, Importer,
    KpiSettings, RejectionReason, Sex, WarningKind,
};

fn one_column(column: &str, value: &str) -> Import {
    let csv = format!("record_id,fracture_date,{column}\nA,01/02/2024,\"{value}\"\n");
    parse(csv.as_bytes()).unwrap()
}

fn ymd(y: i32, m: u32, d: u32) -> Date {
    Date::from_ymd(y, m, d).unwrap()
}

#[test]
fn sex_spellings() {
    for (text, want) in [
        ("F", Sex::Female),
        ("m", Sex::Male),
        ("Female", Sex::Female),
        (" MALE ", Sex::Male),
        ("female", Sex::Female),
    ] {
        let import = one_column("sex", text);
        assert_eq!(import.records[0].sex, Some(want), "{text:?}");
        assert!(import.warnings.is_empty(), "{text:?}");
    }
    for odd in ["X", "woman", "F.", "U"] {
        let import = one_column("sex", odd);
        assert_eq!(import.records[0].sex, None);
        assert_eq!(import.warnings[0].kind, WarningKind::UnrecognisedValue);
        assert_eq!(import.warnings[0].column, Some(Column::Sex));
        assert_eq!(import.warnings[0].value, odd);
        assert!(import.warnings[0].message().contains("F, M, Female, Male"));
    }
    assert!(
        one_column("sex", "   ").warnings.is_empty(),
        "blank is missing, not odd"
    );
}

#[test]
fn fracture_site_spellings_and_aliases() {
    let cases = [
        ("hip", FractureSite::Hip),
        ("HIP", FractureSite::Hip),
        ("spine", FractureSite::Spine),
        ("wrist", FractureSite::Wrist),
        ("humerus", FractureSite::Humerus),
        ("Pelvis", FractureSite::Pelvis),
        ("other", FractureSite::Other),
        ("Vertebral", FractureSite::Spine),
        ("forearm", FractureSite::Wrist),
        ("RADIUS", FractureSite::Wrist),
        ("femur", FractureSite::Hip),
        ("Neck of Femur", FractureSite::Hip),
        ("  neck of femur ", FractureSite::Hip),
    ];
    for (text, want) in cases {
        let import = one_column("fracture_site", text);
        assert_eq!(import.records[0].fracture_site, Some(want), "{text:?}");
        assert!(import.warnings.is_empty());
    }
    for odd in ["ankle", "neck_of_femur", "neck  of femur", "vertebra"] {
        let import = one_column("fracture_site", odd);
        assert_eq!(import.records[0].fracture_site, None, "{odd:?}");
        assert_eq!(import.warning_counts.unrecognised_value, 1);
    }
}

#[test]
fn dxa_falls_therapy_adherence_spellings() {
    for (text, want) in [
        ("done", DxaStatus::Done),
        ("Recommended", DxaStatus::Recommended),
        ("NOT_INDICATED", DxaStatus::NotIndicated),
        ("declined", DxaStatus::Declined),
    ] {
        assert_eq!(
            one_column("dxa_status", text).records[0].dxa_status,
            Some(want)
        );
    }
    for (text, want) in [
        ("done", FallsAssessment::Done),
        ("referred", FallsAssessment::Referred),
        ("recommended", FallsAssessment::Recommended),
        ("not_done", FallsAssessment::NotDone),
        ("Yes", FallsAssessment::Done),
        ("NO", FallsAssessment::NotDone),
    ] {
        assert_eq!(
            one_column("falls_assessment", text).records[0].falls_assessment,
            Some(want)
        );
    }
    for (text, want) in [
        ("yes", BoneTherapy::Yes),
        ("No", BoneTherapy::No),
        ("Already_On", BoneTherapy::AlreadyOn),
    ] {
        assert_eq!(
            one_column("bone_therapy_recommended", text).records[0].bone_therapy_recommended,
            Some(want)
        );
    }
    for (text, want) in [
        ("yes", Adherence::Yes),
        ("NO", Adherence::No),
        ("Unknown", Adherence::Unknown),
    ] {
        assert_eq!(
            one_column("adherent_52_weeks", text).records[0].adherent_52_weeks,
            Some(want)
        );
    }
    for (column, odd) in [
        ("dxa_status", "not indicated"),
        ("falls_assessment", "maybe"),
        ("bone_therapy_recommended", "already on"),
        ("adherent_52_weeks", "y"),
    ] {
        let import = one_column(column, odd);
        assert_eq!(
            import.warning_counts.unrecognised_value, 1,
            "{column} {odd:?}"
        );
        assert_eq!(import.records.len(), 1, "an odd value never rejects a row");
    }
}

#[test]
fn date_formats() {
    let cases = [
        ("05/01/2024", ymd(2024, 1, 5)),
        ("5/1/2024", ymd(2024, 1, 5)),
        ("5/01/2024", ymd(2024, 1, 5)),
        ("05/1/2024", ymd(2024, 1, 5)),
        ("31/12/2023", ymd(2023, 12, 31)),
        ("2024-01-05", ymd(2024, 1, 5)),
        ("05/01/2024 00:00", ymd(2024, 1, 5)),
        ("05/01/2024 13:45:59", ymd(2024, 1, 5)),
        ("5/1/2024 9:05", ymd(2024, 1, 5)),
        ("2024-01-05 00:00:00", ymd(2024, 1, 5)),
        ("2024-01-05 23:59", ymd(2024, 1, 5)),
        ("2024-01-05 10:00:00.000", ymd(2024, 1, 5)),
        ("  2024-01-05   00:00:00  ", ymd(2024, 1, 5)),
        ("29/02/2024", ymd(2024, 2, 29)),
        ("29/02/2000", ymd(2000, 2, 29)),
    ];
    for (text, want) in cases {
        assert_eq!(Date::parse(text), Some(want), "{text:?}");
    }
    let invalid = [
        "",
        "2024",
        "01/13/2024",
        "32/01/2024",
        "31/04/2024",
        "29/02/2023",
        "29/02/1900",
        "0/1/2024",
        "1/0/2024",
        "005/01/2024",
        "05/01/24",
        "05-01-2024",
        "2024/01/05",
        "2024-1-5",
        "2024-01-5",
        "2024-13-01",
        "2024-02-30",
        "05.01.2024",
        "05/01/2024T00:00",
        "2024-01-05T00:00:00",
        "05/01/2024 25:00",
        "05/01/2024 12:60",
        "05/01/2024 noon",
        "05/01/2024 00:00 AM",
        "05/01/2024 0:0",
        "5 Jan 2024",
        "05/01/2024/1",
        "+5/01/2024",
        "0000-01-01",
        "05/01/2024 12:00:",
        "05/01/2024 12:00.5",
    ];
    for text in invalid {
        assert_eq!(Date::parse(text), None, "{text:?}");
    }
}

#[test]
fn civil_date_arithmetic() {
    assert_eq!(ymd(1970, 1, 1).days_since(ymd(1970, 1, 1)), 0);
    assert_eq!(ymd(2024, 3, 1).days_since(ymd(2024, 2, 28)), 2);
    assert_eq!(ymd(2023, 3, 1).days_since(ymd(2023, 2, 28)), 1);
    assert_eq!(ymd(2025, 1, 1).days_since(ymd(2024, 1, 1)), 366);
    assert_eq!(ymd(2000, 1, 1).days_since(ymd(1970, 1, 1)), 10_957);
    assert_eq!(ymd(1969, 12, 31).days_since(ymd(1970, 1, 1)), -1);
    assert_eq!(ymd(2024, 1, 15).plus_days(90), ymd(2024, 4, 14));
    assert!(is_leap_year(2000) && is_leap_year(2024) && !is_leap_year(1900) && !is_leap_year(2023));
    assert_eq!(days_in_month(2024, 2), 29);
    // Every day from 1600 to 2400 round-trips and follows the previous one.
    let mut previous = ymd(1599, 12, 31);
    for year in 1600..=2400 {
        for month in 1..=12 {
            for day in 1..=days_in_month(year, month) {
                let date = ymd(year, month, day);
                assert_eq!(date.year_month_day(), (year, month, day));
                assert_eq!(date.days_since(previous), 1);
                previous = date;
            }
        }
    }
    assert_eq!(ymd(2024, 1, 5).uk(), "05/01/2024");
    assert_eq!(ymd(2024, 1, 5).to_string(), "2024-01-05");
    assert_eq!(
        serde_json::to_string(&ymd(2024, 1, 5)).unwrap(),
        "\"2024-01-05\""
    );
    assert_eq!(
        serde_json::from_str::<Date>("\"2024-01-05\"").unwrap(),
        ymd(2024, 1, 5)
    );
}

#[test]
fn invalid_dates_in_optional_columns_are_warnings() {
    let import = one_column("dxa_date", "31/02/2024");
    assert_eq!(import.records[0].dxa_date, None);
    assert_eq!(import.warnings[0].kind, WarningKind::InvalidDate);
    assert_eq!(import.warnings[0].line, 2);
    assert!(import.warnings[0].message().contains("dd/mm/yyyy"));
}

#[test]
fn dates_before_the_fracture_are_kept_with_a_warning() {
    let csv = "record_id,fracture_date,fls_assessment_date,dxa_date,strength_balance_date,followup_date,treatment_start_date\n\
               A,10/02/2024,09/02/2024,1/1/2024,2024-02-10,2023-12-31 10:00,05/02/2024\n";
    let import = parse(csv.as_bytes()).unwrap();
    let r = &import.records[0];
    assert_eq!(r.dxa_date, Some(ymd(2024, 1, 1)));
    assert_eq!(
        import.warning_counts.date_before_fracture, 4,
        "the same-day date is fine"
    );
    let columns: Vec<Column> = import.warnings.iter().map(|w| w.column.unwrap()).collect();
    assert_eq!(
        columns,
        vec![
            Column::FlsAssessmentDate,
            Column::DxaDate,
            Column::FollowupDate,
            Column::TreatmentStartDate
        ]
    );
}

#[test]
fn dates_after_today_are_rejected_or_warned_and_never_move_the_as_at_date() {
    // The contract is silent on dates in the future; the file is an extract made by today,
    // so a fracture_date after today rejects the row (like a date that is not valid) and
    // any other date after today is a warning, treated as missing.
    let today = ymd(2026, 12, 3);
    let csv = "record_id,fracture_date,dxa_date,followup_date,bone_therapy_recommended\n\
               A,01/06/2026,10/06/2026,,yes\n\
               B,01/01/2030,,,yes\n\
               C,2026-12-03,04/12/2026,03/12/2026 10:00,\n\
               B,01/06/2026,,,\n";
    let import = parse_with_today(csv.as_bytes(), today).unwrap();
    let ids: Vec<&str> = import.records.iter().map(|r| r.record_id.as_str()).collect();
    assert_eq!(ids, ["A", "C"], "a fracture on today is fine");
    assert_eq!(import.rejected.len(), 2);
    assert_eq!(import.rejected[0].line, 3);
    assert_eq!(
        import.rejected[0].reason,
        RejectionReason::FractureDateAfterToday { value: "01/01/2030".into(), today }
    );
    assert_eq!(
        import.rejected[0].to_string(),
        "Line 3: fracture_date 01/01/2030 is after today (03/12/2026); a fracture cannot be in \
         the future. Check the date and correct it."
    );
    assert_eq!(
        import.rejected[1].reason,
        RejectionReason::DuplicateRecordId { first_line: 3 },
        "the first row with an id stays, valid or not"
    );
    assert_eq!(import.warnings.len(), 1);
    let warning = &import.warnings[0];
    assert_eq!((warning.line, warning.column, warning.kind), (4, Some(Column::DxaDate), WarningKind::DateAfterToday));
    assert_eq!(
        warning.message(),
        "Line 4, dxa_date: 04/12/2026 is after today, so it cannot have happened yet; treated as \
         missing. Check it."
    );
    assert_eq!(import.warning_counts.date_after_today, 1);
    assert_eq!(import.records[1].dxa_date, None);
    assert_eq!(import.records[1].followup_date, Some(today), "today itself is fine");

    // The as-at date (by default the latest date in the records) is not moved to 2030.
    let results = compute(&import.records, &KpiSettings::default());
    assert_eq!(results.as_at, Some(today));
    assert_eq!(results.last_fracture_date, Some(today));
    assert_eq!(worklist(&import.records, &KpiSettings::default()).as_at, Some(today));

    // Read in chunks: the same.
    let mut importer = Importer::new(csv.as_bytes()).with_today(today);
    while !importer.read_rows(1).unwrap().done {}
    assert_eq!(importer.finish().unwrap(), import);

    // The engine has no clock: without today's date nothing is checked against it.
    let unchecked = parse(csv.as_bytes()).unwrap();
    assert_eq!(unchecked.records.len(), 3);
    assert_eq!(compute(&unchecked.records, &KpiSettings::default()).as_at, Some(ymd(2030, 1, 1)));
}

#[test]
fn age_rules() {
    assert_eq!(AgeCell::parse(""), AgeCell::Blank);
    assert_eq!(AgeCell::parse("50"), AgeCell::Age(50));
    assert_eq!(AgeCell::parse("120"), AgeCell::Age(120));
    assert_eq!(AgeCell::parse("049"), AgeCell::BelowFifty(49));
    assert_eq!(AgeCell::parse("0"), AgeCell::BelowFifty(0));
    for odd in [
        "121",
        "72.5",
        "49.5",
        "-3",
        "+60",
        "sixty",
        "1000000000000000000000",
        "7 2",
    ] {
        assert_eq!(AgeCell::parse(odd), AgeCell::Odd, "{odd:?}");
    }
    let csv = "record_id,fracture_date,age\nA,01/02/2024,49\nB,01/02/2024, 50 \nC,01/02/2024,72.5\nD,01/02/2024,\nE,01/02/2024,0\n";
    let import = parse(csv.as_bytes()).unwrap();
    let kept: Vec<(&str, Option<u8>)> = import
        .records
        .iter()
        .map(|r| (r.record_id.as_str(), r.age))
        .collect();
    assert_eq!(kept, vec![("B", Some(50)), ("C", None), ("D", None)]);
    assert_eq!(
        import.rejected[0].reason,
        RejectionReason::AgeBelow50 { age: 49 }
    );
    assert_eq!(
        import.rejected[1].reason,
        RejectionReason::AgeBelow50 { age: 0 }
    );
    assert_eq!(import.warning_counts.invalid_age, 1);
    assert!(import.rejected[0]
        .to_string()
        .starts_with("Line 2: age 49 is below 50"));
}

#[test]
fn rejection_rules_and_order() {
    let csv = "record_id,fracture_date,age\n\
               A,01/02/2024,70\n\
               ,01/02/2024,70\n\
               B,,70\n\
               C,31/02/2024,70\n\
               D,01/02/2024,30\n\
               A,01/02/2024,70\n\
               B,01/02/2024,70\n\
               D,01/02/2024,70\n\
               \x20 A \x20,01/02/2024,70\n\
               a,01/02/2024,70\n\
               E,not a date,20\n";
    let import = parse(csv.as_bytes()).unwrap();
    let records: Vec<&str> = import
        .records
        .iter()
        .map(|r| r.record_id.as_str())
        .collect();
    assert_eq!(records, vec!["A", "a"], "ids keep their case");
    let rejected: Vec<(u64, &str, &RejectionReason)> = import
        .rejected
        .iter()
        .map(|r| (r.line, r.record_id.as_str(), &r.reason))
        .collect();
    assert_eq!(
        rejected,
        vec![
            (3, "", &RejectionReason::EmptyRecordId),
            (4, "B", &RejectionReason::MissingFractureDate),
            (
                5,
                "C",
                &RejectionReason::InvalidFractureDate {
                    value: "31/02/2024".into()
                }
            ),
            (6, "D", &RejectionReason::AgeBelow50 { age: 30 }),
            (
                7,
                "A",
                &RejectionReason::DuplicateRecordId { first_line: 2 }
            ),
            // The first B was invalid; the later valid one is still a duplicate.
            (
                8,
                "B",
                &RejectionReason::DuplicateRecordId { first_line: 4 }
            ),
            (
                9,
                "D",
                &RejectionReason::DuplicateRecordId { first_line: 6 }
            ),
            (
                10,
                "A",
                &RejectionReason::DuplicateRecordId { first_line: 2 }
            ),
            // Fracture date is checked before age.
            (
                12,
                "E",
                &RejectionReason::InvalidFractureDate {
                    value: "not a date".into()
                }
            ),
        ]
    );
    assert_eq!(import.rows_read, 11);
    for r in &import.rejected {
        assert!(r.to_string().starts_with(&format!("Line {}: ", r.line)));
    }
    assert!(import.rejected[4].reason.to_string().contains("line 2"));
}

#[test]
fn rejected_rows_get_no_warnings() {
    let csv = "record_id,fracture_date,sex\nA,,X\nB,01/02/2024,Y\n";
    let import = parse(csv.as_bytes()).unwrap();
    assert_eq!(import.warnings.len(), 1);
    assert_eq!(import.warnings[0].line, 3);
}
