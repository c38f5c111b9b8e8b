//! Breakdowns, worklist, aggregates and CSV exports.

use fls_toolkit::model::kpi::{
    aggregates, breakdown, compute, parse, rejected_rows_csv, worklist, Action, AgeBand,
    Aggregates, BoneTherapy, BreakdownBy, Date, Group, Kpi, KpiResult, KpiSettings, NotAvailable,
    PatientRecord, Period, Sex, WorklistStatus, DUE_SOON_DAYS,
};

const CSV: &[u8] = include_bytes!("../fixtures/kpi_sample.csv");

fn ymd(y: i32, m: u32, d: u32) -> Date {
    Date::from_ymd(y, m, d).unwrap()
}

#[test]
fn breakdown_groups_add_up_to_the_whole() {
    let import = parse(CSV).unwrap();
    let settings = KpiSettings::default();
    let whole = compute(&import.records, &settings);
    for by in [
        BreakdownBy::Sex,
        BreakdownBy::AgeBand,
        BreakdownBy::FractureSite,
    ] {
        let b = breakdown(&import.records, &settings, by);
        assert_eq!(b.as_at, whole.as_at);
        assert_eq!(
            b.groups.iter().map(|g| g.results.records).sum::<u64>(),
            whole.records,
            "{by:?}"
        );
        for kpi in Kpi::ALL {
            let sum = |f: fn(&KpiResult) -> u64| {
                b.groups.iter().map(|g| f(g.results.get(kpi))).sum::<u64>()
            };
            assert_eq!(
                sum(|r| r.numerator),
                whole.get(kpi).numerator,
                "{by:?} {kpi}"
            );
            assert_eq!(sum(|r| r.pending), whole.get(kpi).pending, "{by:?} {kpi}");
            assert_eq!(
                b.groups
                    .iter()
                    .map(|g| g
                        .results
                        .get(kpi)
                        .fraction_text()
                        .split('/')
                        .nth(1)
                        .unwrap()
                        .parse::<u64>()
                        .unwrap_or(0))
                    .sum::<u64>(),
                whole
                    .get(kpi)
                    .fraction_text()
                    .split('/')
                    .nth(1)
                    .unwrap()
                    .parse::<u64>()
                    .unwrap_or(0),
                "{by:?} {kpi}"
            );
        }
        for g in &b.groups {
            assert_eq!(
                g.results.get(Kpi::NonSpineIdentification).not_available,
                Some(NotAvailable::NotForSubgroup)
            );
        }
    }
}

#[test]
fn breakdown_groups_and_labels() {
    let import = parse(CSV).unwrap();
    let settings = KpiSettings::default();
    let by_age = breakdown(&import.records, &settings, BreakdownBy::AgeBand);
    let labels: Vec<&str> = by_age.groups.iter().map(|g| g.group.label()).collect();
    assert_eq!(labels, vec!["50–64", "65–74", "75–84", "85+", "Unknown"]);
    let by_site = breakdown(&import.records, &settings, BreakdownBy::FractureSite);
    assert_eq!(by_site.groups.len(), 7);
    let spine = by_site
        .groups
        .iter()
        .find(|g| g.group.label() == "Spine")
        .unwrap();
    assert_eq!(spine.results.records, 12);
    assert_eq!(
        spine.results.get(Kpi::SpineIdentification).percent,
        Some(100.0)
    );
    assert_eq!(AgeBand::of(Some(64)), AgeBand::From50To64);
    assert_eq!(AgeBand::of(Some(65)), AgeBand::From65To74);
    assert_eq!(AgeBand::of(Some(84)), AgeBand::From75To84);
    assert_eq!(AgeBand::of(Some(85)), AgeBand::From85);
    assert_eq!(AgeBand::of(None), AgeBand::Unknown);
    let by_sex = breakdown(&import.records, &settings, BreakdownBy::Sex);
    let unknown = by_sex
        .groups
        .iter()
        .find(|g| g.group == Group::Sex(None))
        .unwrap();
    assert_eq!(
        unknown.results.records,
        import.records.iter().filter(|r| r.sex.is_none()).count() as u64
    );
    let female = by_sex
        .groups
        .iter()
        .find(|g| g.group == Group::Sex(Some(Sex::Female)))
        .unwrap();
    assert_eq!(female.group.to_string(), "Women");
    // An empty group is listed with every KPI n/a.
    let no_records = breakdown(&[], &settings, BreakdownBy::Sex);
    assert_eq!(no_records.groups.len(), 3);
    assert!(no_records
        .groups
        .iter()
        .all(|g| g.results.kpis.iter().all(|k| k.percent.is_none())));
}

fn patient(id: &str, fracture: Date) -> PatientRecord {
    PatientRecord::new(2, id, fracture)
}

#[test]
fn worklist_actions_due_dates_and_status() {
    let f = ymd(2024, 1, 1);
    let as_at = f.plus_days(112);
    let settings = KpiSettings {
        as_at: Some(as_at),
        ..KpiSettings::default()
    };
    let recommended = PatientRecord {
        bone_therapy_recommended: Some(BoneTherapy::Yes),
        ..patient("due today", f)
    };
    let overdue = PatientRecord {
        fracture_date: f.plus_days(-1),
        ..recommended.clone()
    };
    let overdue = PatientRecord {
        record_id: "overdue".into(),
        ..overdue
    };
    let followed_up = PatientRecord {
        followup_date: Some(f.plus_days(30)),
        treatment_start_date: Some(f.plus_days(40)),
        ..patient("done", f)
    };
    let followed_up = PatientRecord {
        bone_therapy_recommended: Some(BoneTherapy::Yes),
        ..followed_up
    };
    let early_followup = PatientRecord {
        followup_date: Some(f.plus_days(-3)),
        ..recommended.clone()
    };
    let early_followup = PatientRecord {
        record_id: "early".into(),
        ..early_followup
    };
    let already_on = PatientRecord {
        bone_therapy_recommended: Some(BoneTherapy::AlreadyOn),
        followup_date: Some(f),
        ..patient("already on", f)
    };
    let not_recommended = PatientRecord {
        bone_therapy_recommended: Some(BoneTherapy::No),
        ..patient("no", f)
    };
    let records = vec![
        recommended,
        overdue,
        followed_up,
        early_followup,
        already_on,
        not_recommended,
    ];
    let list = worklist(&records, &settings);
    assert_eq!(list.as_at, Some(as_at));
    let got: Vec<(&str, Action, Date, WorklistStatus, i32)> = list
        .items
        .iter()
        .map(|i| {
            (
                i.record_id.as_str(),
                i.action,
                i.due_date,
                i.status,
                i.days_overdue,
            )
        })
        .collect();
    let due = f.plus_days(112);
    let year = f.plus_days(364);
    assert_eq!(
        got,
        vec![
            (
                "overdue",
                Action::MonitoringContact,
                due.plus_days(-1),
                WorklistStatus::Overdue,
                1
            ),
            (
                "overdue",
                Action::TreatmentStart,
                due.plus_days(-1),
                WorklistStatus::Overdue,
                1
            ),
            (
                "due today",
                Action::MonitoringContact,
                due,
                WorklistStatus::Due,
                0
            ),
            (
                "due today",
                Action::TreatmentStart,
                due,
                WorklistStatus::Due,
                0
            ),
            (
                "early",
                Action::MonitoringContact,
                due,
                WorklistStatus::Due,
                0
            ),
            ("early", Action::TreatmentStart, due, WorklistStatus::Due, 0),
            (
                "already on",
                Action::AdherenceCheck,
                year,
                WorklistStatus::NotYetDue,
                112 - 364
            ),
            (
                "done",
                Action::AdherenceCheck,
                year,
                WorklistStatus::NotYetDue,
                112 - 364
            ),
        ]
    );
    assert_eq!(list.count(WorklistStatus::Overdue), 2);
    assert_eq!(list.count(WorklistStatus::Due), 4);
    assert_eq!(list.count(WorklistStatus::NotYetDue), 2);
    let when: Vec<String> = list.items.iter().map(|i| i.when_text()).collect();
    assert_eq!(
        when,
        ["1 day overdue", "1 day overdue", "due today", "due today", "due today", "due today", "due in 252 days", "due in 252 days"]
    );
    let text = list.to_csv();
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some("\u{feff}record_id,action,fracture_date,due_date,status,days_overdue")
    );
    assert_eq!(
        lines.next(),
        Some("overdue,16-week monitoring contact,31/12/2023,21/04/2024,Overdue,1")
    );
    // Days overdue only when overdue: a negative count of days reads as nonsense.
    assert_eq!(
        text.lines().nth(3),
        Some("due today,16-week monitoring contact,01/01/2024,22/04/2024,Due within 28 days,")
    );
    assert_eq!(
        text.lines().nth(7),
        Some("already on,52-week adherence check,01/01/2024,30/12/2024,Not yet due,")
    );
    assert!(text.ends_with("\r\n"));
    assert_eq!(text.lines().count(), 9);
}

#[test]
fn due_means_within_28_days_of_the_as_at_date_and_later_is_not_yet_due() {
    assert_eq!(DUE_SOON_DAYS, 28);
    let f = ymd(2024, 1, 1);
    let record = PatientRecord { bone_therapy_recommended: Some(BoneTherapy::Yes), ..patient("A", f) };
    // Monitoring and treatment start are due 112 days after the fracture.
    for (as_at_days, status, when) in [
        (112 - 29, WorklistStatus::NotYetDue, "due in 29 days"),
        (112 - 28, WorklistStatus::Due, "due in 28 days"),
        (112 - 1, WorklistStatus::Due, "due in 1 day"),
        (112, WorklistStatus::Due, "due today"),
        (113, WorklistStatus::Overdue, "1 day overdue"),
        (112 + 305, WorklistStatus::Overdue, "305 days overdue"),
    ] {
        let settings = KpiSettings { as_at: Some(f.plus_days(as_at_days)), ..KpiSettings::default() };
        let list = worklist(std::slice::from_ref(&record), &settings);
        assert_eq!(list.items.len(), 2);
        for item in &list.items {
            assert_eq!((item.status, item.when_text().as_str()), (status, when), "as at day {as_at_days}");
        }
    }
    assert_eq!(WorklistStatus::Due.label(), "Due within 28 days");
}

#[test]
fn worklist_of_the_sample_is_consistent_with_the_kpis() {
    let import = parse(CSV).unwrap();
    let settings = KpiSettings::default();
    let list = worklist(&import.records, &settings);
    let results = compute(&import.records, &settings);
    let adherence_checks = list
        .items
        .iter()
        .filter(|i| i.action == Action::AdherenceCheck)
        .count() as u64;
    assert_eq!(adherence_checks, results.adherence_blank_or_unknown);
    for item in &list.items {
        assert_eq!(
            item.status == WorklistStatus::Overdue,
            list.as_at.unwrap() > item.due_date
        );
    }
}

#[test]
fn exports_never_let_excel_run_an_id_as_a_formula() {
    let import = parse(b"record_id,fracture_date,bone_therapy_recommended\n=HYPERLINK(\"x\"),01/01/2024,yes\n-1+2,01/01/2024,yes\n=2,,\n").unwrap();
    let list = worklist(&import.records, &KpiSettings::default());
    let text = list.to_csv();
    assert!(text.contains("\r\n\"'=HYPERLINK(\"\"x\"\")\",") || text.contains("\"'=HYPERLINK(\"\"x\"\")\","), "{text}");
    assert!(text.contains("\r\n'-1+2,"), "{text}");
    let rejected = rejected_rows_csv(&import.rejected);
    assert!(rejected.contains("\r\n4,'=2,fracture_date is blank"), "{rejected}");
}

#[test]
fn rejected_rows_export_quotes_as_needed() {
    let import =
        parse(b"record_id,fracture_date\n\"A, \"\"x\"\"\",\nB,01/01/2024\nB,01/01/2024\n").unwrap();
    let text = rejected_rows_csv(&import.rejected);
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let rows: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect();
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0][0], "2");
    assert_eq!(rows[0][1], "A, \"x\"");
    assert!(rows[0][2].starts_with("fracture_date is blank"));
    assert_eq!(rows[1][..2], ["4".to_string(), "B".to_string()]);
}

#[test]
fn aggregates_have_no_identifiers_and_add_up() {
    let import = parse(CSV).unwrap();
    let settings = KpiSettings::default();
    let saved = aggregates(&import.records, &settings);
    let whole = compute(&import.records, &settings);
    // Jan 2024 to Dec 2025: 24 months × 11 KPIs.
    assert_eq!(saved.rows.len(), 24 * 11);
    assert_eq!(saved.rows[0].month, Period::parse_key("2024-01").unwrap());
    assert_eq!(saved.as_at, whole.as_at);
    for kpi in Kpi::ALL {
        let rows = saved.rows.iter().filter(|r| r.kpi == kpi.number());
        let (n, p) = rows.fold((0, 0), |(n, p), r| (n + r.numerator, p + r.pending));
        assert_eq!(
            (n, p),
            (whole.get(kpi).numerator, whole.get(kpi).pending),
            "{kpi}"
        );
    }
    let records_per_month: u64 = saved
        .rows
        .iter()
        .filter(|r| r.kpi == 1)
        .map(|r| r.denominator)
        .sum();
    assert_eq!(records_per_month, 78);
    let json = serde_json::to_string(&saved).unwrap();
    assert!(!json.contains("P1-"), "no record ids");
    assert!(json.contains("\"month\":\"2024-01\""));
    let back: Aggregates = serde_json::from_str(&json).unwrap();
    assert_eq!(back, saved);
    let text = saved.to_csv();
    assert!(!text.contains("P1-"));
    assert!(text.starts_with("\u{feff}month,kpi,numerator,denominator,pending,denominator_is\r\n2024-01,1,"));
    assert_eq!(text.lines().count(), 1 + 24 * 11);
}

#[test]
fn the_monthly_counts_csv_never_shows_kpi_2_as_a_share_of_records() {
    // KPI 2's denominator is the expected caseload, not the records: a row "2024-01,2,2,2,0"
    // would read as 100%. Its denominator is left blank and the row says what it is compared with.
    let csv = "record_id,fracture_date,fracture_site\nA,01/01/2024,hip\nB,02/01/2024,wrist\nC,03/02/2024,spine\n";
    let import = parse(csv.as_bytes()).unwrap();
    for (expected, note) in [
        (Some(1234.5), "expected caseload (1,234.5 non-spine fractures a year), not records: KPI 2 compares the month's non-spine records with it"),
        (None, "expected caseload (none was set), not records: KPI 2 compares the month's non-spine records with it"),
    ] {
        let settings = KpiSettings { expected_non_spine_per_year: expected, ..KpiSettings::default() };
        let text = aggregates(&import.records, &settings).to_csv();
        let mut reader = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
        let rows: Vec<Vec<String>> = reader.records().map(|r| r.unwrap().iter().map(String::from).collect()).collect();
        let row = |month: &str, kpi: &str| rows.iter().find(|r| r[0] == month && r[1] == kpi).unwrap().clone();
        assert_eq!(row("2024-01", "2"), ["2024-01", "2", "2", "", "0", note].map(String::from));
        assert_eq!(row("2024-02", "2"), ["2024-02", "2", "0", "", "0", note].map(String::from));
        assert_eq!(row("2024-01", "3"), ["2024-01", "3", "0", "2", "0", "records (pending left out)"].map(String::from));
        assert!(rows.iter().filter(|r| r[1] == "2").all(|r| r[3].is_empty()));
        assert!(rows.iter().filter(|r| r[1] != "2").all(|r| r[3].parse::<u64>().is_ok()));
    }
}
