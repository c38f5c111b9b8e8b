//! Contract sections "The as-at date and pending records", "The KPIs" and "Bands", one rule
//! at a time on hand-made records.

use fls_toolkit::model::kpi::{
    as_at_date, classify, compute, parse, percent_tenths, percent_text, Adherence, BoneTherapy,
    Date, Denominator, DxaStatus, FallsAssessment, FractureSite, Kpi, KpiSettings, NotAvailable,
    Outcome, PatientRecord, RagBand, SettingsError, Sex, Windows,
};

fn ymd(y: i32, m: u32, d: u32) -> Date {
    Date::from_ymd(y, m, d).unwrap()
}

const FRACTURE: (i32, u32, u32) = (2024, 1, 1);

fn fracture() -> Date {
    ymd(FRACTURE.0, FRACTURE.1, FRACTURE.2)
}

fn day(n: i32) -> Date {
    fracture().plus_days(n)
}

fn record(id: &str) -> PatientRecord {
    PatientRecord::new(2, id, fracture())
}

fn outcome(r: &PatientRecord, kpi: Kpi, as_at: Date) -> Outcome {
    classify(r, kpi, &Windows::default(), as_at)
}

fn late() -> Date {
    day(1000)
}

#[test]
fn window_includes_day_0_and_day_90_only() {
    for (offset, want) in [
        (-1, Outcome::NotMet),
        (0, Outcome::Met),
        (1, Outcome::Met),
        (90, Outcome::Met),
        (91, Outcome::NotMet),
    ] {
        let mut r = record("A");
        r.fls_assessment_date = Some(day(offset));
        r.dxa_date = Some(day(offset));
        assert_eq!(
            outcome(&r, Kpi::AssessmentWithin90Days, late()),
            want,
            "KPI 4 day {offset}"
        );
        assert_eq!(
            outcome(&r, Kpi::DxaWithin90Days, late()),
            want,
            "KPI 5 day {offset}"
        );
    }
}

#[test]
fn window_includes_day_112_for_kpis_8_9_10() {
    for (offset, want) in [
        (-1, Outcome::NotMet),
        (0, Outcome::Met),
        (112, Outcome::Met),
        (113, Outcome::NotMet),
    ] {
        let mut r = record("A");
        r.fracture_site = Some(FractureSite::Wrist);
        r.bone_therapy_recommended = Some(BoneTherapy::Yes);
        r.strength_balance_date = Some(day(offset));
        r.followup_date = Some(day(offset));
        r.treatment_start_date = Some(day(offset));
        assert_eq!(
            outcome(&r, Kpi::StrengthBalanceWithin16Weeks, late()),
            want,
            "KPI 8 day {offset}"
        );
        assert_eq!(
            outcome(&r, Kpi::MonitoringWithin16Weeks, late()),
            want,
            "KPI 9 day {offset}"
        );
        assert_eq!(
            outcome(&r, Kpi::TreatmentStartedWithin16Weeks, late()),
            want,
            "KPI 10 day {offset}"
        );
    }
}

#[test]
fn pending_iff_fracture_plus_window_after_as_at() {
    let mut r = record("A");
    r.fracture_site = Some(FractureSite::Wrist);
    r.bone_therapy_recommended = Some(BoneTherapy::AlreadyOn);
    r.dxa_status = Some(DxaStatus::Done);
    // Met on day 0 for every windowed KPI, so pending is decided by dates alone.
    r.fls_assessment_date = Some(day(0));
    r.dxa_date = Some(day(0));
    r.strength_balance_date = Some(day(0));
    r.followup_date = Some(day(0));
    r.adherent_52_weeks = Some(Adherence::Yes);
    for (kpi, window) in [
        (Kpi::AssessmentWithin90Days, 90),
        (Kpi::DxaWithin90Days, 90),
        (Kpi::StrengthBalanceWithin16Weeks, 112),
        (Kpi::MonitoringWithin16Weeks, 112),
        (Kpi::TreatmentStartedWithin16Weeks, 112),
        (Kpi::AdherenceAt52Weeks, 364),
    ] {
        assert_eq!(
            outcome(&r, kpi, day(window - 1)),
            Outcome::Pending,
            "{kpi} as at day {}",
            window - 1
        );
        assert_eq!(
            outcome(&r, kpi, day(window)),
            Outcome::Met,
            "{kpi} as at day {window}"
        );
        assert_eq!(outcome(&r, kpi, day(0)), Outcome::Pending);
    }
    // KPIs without a window are never pending.
    for kpi in [
        Kpi::DataCompleteness,
        Kpi::SpineIdentification,
        Kpi::FallsAssessment,
        Kpi::BoneTherapyRecommended,
    ] {
        assert_ne!(outcome(&r, kpi, day(0)), Outcome::Pending);
    }
}

#[test]
fn windows_are_editable() {
    let mut r = record("A");
    r.fls_assessment_date = Some(day(60));
    let short = Windows {
        assessment_days: 30,
        ..Windows::default()
    };
    assert_eq!(
        classify(&r, Kpi::AssessmentWithin90Days, &short, day(30)),
        Outcome::NotMet
    );
    assert_eq!(
        classify(&r, Kpi::AssessmentWithin90Days, &short, day(29)),
        Outcome::Pending
    );
    assert_eq!(
        classify(
            &r,
            Kpi::AssessmentWithin90Days,
            &Windows::default(),
            day(90)
        ),
        Outcome::Met
    );
}

#[test]
fn kpi1_needs_all_six_fields() {
    let mut r = record("A");
    r.sex = Some(Sex::Female);
    r.age = Some(80);
    r.fracture_site = Some(FractureSite::Hip);
    r.dxa_status = Some(DxaStatus::Declined);
    r.falls_assessment = Some(FallsAssessment::NotDone);
    r.bone_therapy_recommended = Some(BoneTherapy::No);
    assert_eq!(outcome(&r, Kpi::DataCompleteness, late()), Outcome::Met);
    let blanks: [fn(&mut PatientRecord); 6] = [
        |r| r.sex = None,
        |r| r.age = None,
        |r| r.fracture_site = None,
        |r| r.dxa_status = None,
        |r| r.falls_assessment = None,
        |r| r.bone_therapy_recommended = None,
    ];
    for blank in blanks {
        let mut incomplete = r.clone();
        blank(&mut incomplete);
        assert_eq!(
            outcome(&incomplete, Kpi::DataCompleteness, late()),
            Outcome::NotMet
        );
    }
    // Dates and adherence are not part of completeness.
    assert!(r.fls_assessment_date.is_none() && r.adherent_52_weeks.is_none());
}

#[test]
fn kpi1_odd_values_count_as_missing() {
    let csv = "record_id,fracture_date,sex,age,fracture_site,dxa_status,falls_assessment,bone_therapy_recommended\n\
               A,01/01/2024,F,80,hip,done,yes,no\n\
               B,01/01/2024,F,eighty,hip,done,yes,no\n\
               C,01/01/2024,F,80,hip,done,yes,perhaps\n";
    let import = parse(csv.as_bytes()).unwrap();
    let results = compute(&import.records, &KpiSettings::default());
    assert_eq!(results.get(Kpi::DataCompleteness).fraction_text(), "1/3");
}

#[test]
fn kpi2_and_kpi3_by_site() {
    let sites = [
        Some(FractureSite::Hip),
        Some(FractureSite::Spine),
        Some(FractureSite::Wrist),
        Some(FractureSite::Pelvis),
        None,
    ];
    let records: Vec<PatientRecord> = sites
        .iter()
        .enumerate()
        .map(|(i, site)| PatientRecord {
            fracture_site: *site,
            ..record(&i.to_string())
        })
        .collect();
    let results = compute(&records, &KpiSettings::default());
    assert_eq!(results.non_spine_records, 3);
    assert_eq!(results.get(Kpi::SpineIdentification).fraction_text(), "1/5");
    assert_eq!(results.get(Kpi::SpineIdentification).percent, Some(20.0));
    assert_eq!(
        results.get(Kpi::SpineIdentification).band,
        Some(RagBand::Amber)
    );
    let kpi2 = results.get(Kpi::NonSpineIdentification);
    assert_eq!(kpi2.not_available, Some(NotAvailable::NoExpectedCaseload));
    assert_eq!(kpi2.fraction_text(), "3/n/a");
}

#[test]
fn kpi2_expected_over_days_covered() {
    // Fractures from 1 Jan 2024 to 31 Dec 2024 inclusive: 366 days.
    let mut records = vec![PatientRecord {
        fracture_site: Some(FractureSite::Hip),
        ..record("A")
    }];
    records.push(PatientRecord {
        fracture_date: ymd(2024, 12, 31),
        fracture_site: Some(FractureSite::Other),
        ..record("B")
    });
    records.push(PatientRecord {
        fracture_date: ymd(2024, 6, 1),
        fracture_site: Some(FractureSite::Spine),
        ..record("C")
    });
    let settings = KpiSettings {
        expected_non_spine_per_year: Some(2.5),
        ..KpiSettings::default()
    };
    let results = compute(&records, &settings);
    assert_eq!(results.days_covered, 366);
    let expected = 2.5 * 366.0 / 365.25;
    let kpi2 = results.get(Kpi::NonSpineIdentification);
    assert_eq!(
        kpi2.denominator,
        Denominator::ExpectedCaseload(Some(expected))
    );
    // 100 × 2 ÷ 2.50513... = 79.836 → 79.8, amber.
    assert_eq!(kpi2.percent, Some(79.8));
    assert_eq!(kpi2.band, Some(RagBand::Amber));
    assert_eq!(kpi2.fraction_text(), "2/2.5");
    // A single fracture date covers one day.
    let one = compute(&records[..1], &settings);
    assert_eq!(one.days_covered, 1);
    assert_eq!(
        one.get(Kpi::NonSpineIdentification).percent,
        Some((1000.0_f64 / (2.5 / 365.25)).round() / 10.0)
    );
    // Percent above 100 is allowed (more found than expected).
    assert!(one.get(Kpi::NonSpineIdentification).percent.unwrap() > 100.0);
    for bad in [0.0, -5.0, f64::NAN, f64::INFINITY] {
        let settings = KpiSettings {
            expected_non_spine_per_year: Some(bad),
            ..KpiSettings::default()
        };
        let kpi2 = *compute(&records, &settings).get(Kpi::NonSpineIdentification);
        assert_eq!(
            kpi2.not_available,
            Some(NotAvailable::ExpectedCaseloadInvalid),
            "{bad}"
        );
        assert_eq!(kpi2.percent_text(), "n/a");
        assert_eq!(
            settings.validate(),
            Err(vec![SettingsError::ExpectedCaseloadNotPositive])
        );
    }
}

#[test]
fn kpi5_denominator() {
    let with = |status: Option<DxaStatus>, date: Option<Date>| PatientRecord {
        dxa_status: status,
        dxa_date: date,
        ..record("A")
    };
    let counted = [
        with(Some(DxaStatus::Done), None),
        with(Some(DxaStatus::Recommended), None),
        with(Some(DxaStatus::Declined), Some(day(5))),
        with(None, Some(day(-10))),
    ];
    let not_counted = [
        with(Some(DxaStatus::NotIndicated), None),
        with(Some(DxaStatus::Declined), None),
        with(None, None),
    ];
    for r in &counted {
        assert_ne!(
            outcome(r, Kpi::DxaWithin90Days, late()),
            Outcome::NotCounted,
            "{r:?}"
        );
    }
    for r in &not_counted {
        assert_eq!(
            outcome(r, Kpi::DxaWithin90Days, late()),
            Outcome::NotCounted,
            "{r:?}"
        );
    }
    // A DXA before the fracture is in the denominator but never meets the window.
    assert_eq!(
        outcome(&counted[3], Kpi::DxaWithin90Days, late()),
        Outcome::NotMet
    );
    assert_eq!(
        outcome(&counted[2], Kpi::DxaWithin90Days, late()),
        Outcome::Met
    );
}

#[test]
fn kpi6_and_kpi7() {
    for (value, met) in [
        (Some(FallsAssessment::Done), true),
        (Some(FallsAssessment::Referred), true),
        (Some(FallsAssessment::Recommended), true),
        (Some(FallsAssessment::NotDone), false),
        (None, false),
    ] {
        let r = PatientRecord {
            falls_assessment: value,
            ..record("A")
        };
        assert_eq!(
            outcome(&r, Kpi::FallsAssessment, late()) == Outcome::Met,
            met
        );
    }
    for (value, met) in [
        (Some(BoneTherapy::Yes), true),
        (Some(BoneTherapy::AlreadyOn), true),
        (Some(BoneTherapy::No), false),
        (None, false),
    ] {
        let r = PatientRecord {
            bone_therapy_recommended: value,
            ..record("A")
        };
        assert_eq!(
            outcome(&r, Kpi::BoneTherapyRecommended, late()),
            if met { Outcome::Met } else { Outcome::NotMet }
        );
    }
}

#[test]
fn kpi8_denominator_is_known_non_hip() {
    for (site, counted) in [
        (Some(FractureSite::Hip), false),
        (None, false),
        (Some(FractureSite::Spine), true),
        (Some(FractureSite::Wrist), true),
        (Some(FractureSite::Humerus), true),
        (Some(FractureSite::Pelvis), true),
        (Some(FractureSite::Other), true),
    ] {
        let r = PatientRecord {
            fracture_site: site,
            ..record("A")
        };
        assert_eq!(
            outcome(&r, Kpi::StrengthBalanceWithin16Weeks, late()) != Outcome::NotCounted,
            counted,
            "{site:?}"
        );
    }
}

#[test]
fn kpi9_and_kpi10_denominator_is_recommended() {
    for (therapy, counted) in [
        (Some(BoneTherapy::Yes), true),
        (Some(BoneTherapy::AlreadyOn), true),
        (Some(BoneTherapy::No), false),
        (None, false),
    ] {
        let r = PatientRecord {
            bone_therapy_recommended: therapy,
            treatment_start_date: Some(day(3)),
            ..record("A")
        };
        for kpi in [
            Kpi::MonitoringWithin16Weeks,
            Kpi::TreatmentStartedWithin16Weeks,
        ] {
            assert_eq!(
                outcome(&r, kpi, late()) != Outcome::NotCounted,
                counted,
                "{kpi} {therapy:?}"
            );
        }
    }
    // Already on counts as started within 16 weeks with no date.
    let r = PatientRecord {
        bone_therapy_recommended: Some(BoneTherapy::AlreadyOn),
        ..record("A")
    };
    assert_eq!(
        outcome(&r, Kpi::TreatmentStartedWithin16Weeks, late()),
        Outcome::Met
    );
    assert_eq!(
        outcome(&r, Kpi::MonitoringWithin16Weeks, late()),
        Outcome::NotMet
    );
    // A treatment date before the fracture does not count.
    let r = PatientRecord {
        bone_therapy_recommended: Some(BoneTherapy::Yes),
        treatment_start_date: Some(day(-1)),
        ..record("A")
    };
    assert_eq!(
        outcome(&r, Kpi::TreatmentStartedWithin16Weeks, late()),
        Outcome::NotMet
    );
}

#[test]
fn kpi11_started_and_adherence() {
    let started = |therapy: Option<BoneTherapy>, start: Option<Date>| PatientRecord {
        bone_therapy_recommended: therapy,
        treatment_start_date: start,
        ..record("A")
    };
    // Started: already_on, or a treatment date on or after the fracture (even if not
    // recommended, and even after 16 weeks).
    for r in [
        started(Some(BoneTherapy::AlreadyOn), None),
        started(Some(BoneTherapy::No), Some(day(0))),
        started(None, Some(day(300))),
    ] {
        assert_eq!(
            outcome(&r, Kpi::AdherenceAt52Weeks, late()),
            Outcome::NotMet,
            "{r:?}"
        );
    }
    for r in [
        started(Some(BoneTherapy::Yes), None),
        started(Some(BoneTherapy::Yes), Some(day(-1))),
    ] {
        assert_eq!(
            outcome(&r, Kpi::AdherenceAt52Weeks, late()),
            Outcome::NotCounted,
            "{r:?}"
        );
    }
    let mut records = Vec::new();
    for (i, adherence) in [
        Some(Adherence::Yes),
        Some(Adherence::No),
        Some(Adherence::Unknown),
        None,
    ]
    .into_iter()
    .enumerate()
    {
        records.push(PatientRecord {
            adherent_52_weeks: adherence,
            ..started(Some(BoneTherapy::AlreadyOn), None)
        });
        records.last_mut().unwrap().record_id = i.to_string();
    }
    // A pending started record with blank adherence still counts as blank-or-unknown.
    records.push(PatientRecord {
        fracture_date: late(),
        ..started(Some(BoneTherapy::AlreadyOn), None)
    });
    // Not started: its blank adherence is not counted.
    records.push(record("not started"));
    let settings = KpiSettings {
        as_at: Some(late()),
        ..KpiSettings::default()
    };
    let results = compute(&records, &settings);
    let kpi11 = results.get(Kpi::AdherenceAt52Weeks);
    assert_eq!(
        (kpi11.fraction_text(), kpi11.pending),
        ("1/4".to_string(), 1)
    );
    assert_eq!(kpi11.percent, Some(25.0));
    assert_eq!(results.adherence_blank_or_unknown, 3);
}

#[test]
fn pending_counts_and_na_denominators() {
    let settings = KpiSettings {
        as_at: Some(day(10)),
        ..KpiSettings::default()
    };
    let results = compute(&[record("A"), record("B")], &settings);
    let kpi4 = results.get(Kpi::AssessmentWithin90Days);
    assert_eq!(
        (kpi4.pending, kpi4.percent, kpi4.not_available),
        (2, None, Some(NotAvailable::AllPending))
    );
    assert_eq!(kpi4.percent_text(), "n/a");
    assert_eq!(kpi4.fraction_text(), "0/0");
    let kpi9 = results.get(Kpi::MonitoringWithin16Weeks);
    assert_eq!(
        (kpi9.pending, kpi9.not_available),
        (0, Some(NotAvailable::NoRecords))
    );
    assert_eq!(results.get(Kpi::FallsAssessment).percent, Some(0.0));
    assert_eq!(results.get(Kpi::FallsAssessment).band, Some(RagBand::Red));

    let empty = compute(&[], &KpiSettings::default());
    assert_eq!(empty.as_at, None);
    assert_eq!((empty.records, empty.days_covered), (0, 0));
    for kpi in Kpi::ALL {
        assert_eq!(empty.get(kpi).percent_text(), "n/a", "{kpi}");
        assert_eq!(empty.get(kpi).band, None);
    }
}

#[test]
fn as_at_defaults_to_latest_date_in_any_date_column() {
    let mut a = record("A");
    a.treatment_start_date = Some(day(200));
    let mut b = PatientRecord {
        fracture_date: day(50),
        ..record("B")
    };
    b.dxa_date = Some(day(20)); // before its fracture: still a valid date
    let records = vec![a.clone(), b];
    assert_eq!(
        as_at_date(&records, &KpiSettings::default()),
        Some(day(200))
    );
    let mut c = record("C");
    c.adherent_52_weeks = Some(Adherence::Yes);
    c.followup_date = Some(day(365));
    assert_eq!(
        as_at_date(&[a.clone(), c], &KpiSettings::default()),
        Some(day(365))
    );
    let entered = KpiSettings {
        as_at: Some(day(5)),
        ..KpiSettings::default()
    };
    assert_eq!(as_at_date(&records, &entered), Some(day(5)));
    assert_eq!(compute(&records, &entered).as_at, Some(day(5)));
}

#[test]
fn percent_rounds_half_away_from_zero_to_one_decimal() {
    let cases = [
        (1, 8, 125),       // 12.5 exactly
        (1, 16, 63),       // 6.25 → 6.3
        (3, 16, 188),      // 18.75 → 18.8
        (2, 3, 667),       // 66.666...
        (1, 3, 333),       // 33.333...
        (1599, 2000, 800), // 79.95 → 80.0
        (999, 2000, 500),  // 49.95 → 50.0
        (0, 7, 0),
        (7, 7, 1000),
        (1, 2000, 1), // 0.05 → 0.1
        (1, 2001, 0), // 0.0499...
    ];
    for (n, d, tenths) in cases {
        assert_eq!(percent_tenths(n, d), Some(tenths), "{n}/{d}");
    }
    assert_eq!(percent_tenths(0, 0), None);
    assert_eq!(percent_tenths(u64::MAX, u64::MAX), Some(1000));
    assert_eq!(percent_text(Some(52.5)), "52.5%");
    assert_eq!(percent_text(Some(100.0)), "100.0%");
    assert_eq!(percent_text(Some(0.0)), "0.0%");
    assert_eq!(percent_text(None), "n/a");
}

#[test]
fn rag_bands_at_their_boundaries() {
    let band = RagBand::for_percent_tenths;
    for kpi in Kpi::ALL
        .into_iter()
        .filter(|k| ![Kpi::SpineIdentification, Kpi::BoneTherapyRecommended].contains(k))
    {
        assert_eq!(band(kpi, 1000), RagBand::Green);
        assert_eq!(band(kpi, 800), RagBand::Green, "{kpi}");
        assert_eq!(band(kpi, 799), RagBand::Amber, "{kpi}");
        assert_eq!(band(kpi, 500), RagBand::Amber, "{kpi}");
        assert_eq!(band(kpi, 499), RagBand::Red, "{kpi}");
        assert_eq!(band(kpi, 0), RagBand::Red);
    }
    let spine = Kpi::SpineIdentification;
    assert_eq!(
        [
            band(spine, 201),
            band(spine, 200),
            band(spine, 101),
            band(spine, 100),
            band(spine, 0)
        ],
        [
            RagBand::Green,
            RagBand::Amber,
            RagBand::Amber,
            RagBand::Red,
            RagBand::Red
        ]
    );
    let therapy = Kpi::BoneTherapyRecommended;
    assert_eq!(
        [
            band(therapy, 1000),
            band(therapy, 500),
            band(therapy, 499),
            band(therapy, 0)
        ],
        [RagBand::Green, RagBand::Green, RagBand::Red, RagBand::Red]
    );
    assert_eq!(
        RagBand::for_percent(Kpi::FallsAssessment, 80.0),
        RagBand::Green
    );
    assert_eq!(
        RagBand::for_percent(Kpi::FallsAssessment, 79.9),
        RagBand::Amber
    );
}

#[test]
fn band_follows_the_rounded_percent() {
    // 1599 of 2000 = 79.95% shows as 80.0% and is green.
    let records: Vec<PatientRecord> = (0..2000)
        .map(|i| PatientRecord {
            falls_assessment: Some(if i < 1599 {
                FallsAssessment::Done
            } else {
                FallsAssessment::NotDone
            }),
            ..record(&i.to_string())
        })
        .collect();
    let kpi6 = *compute(&records, &KpiSettings::default()).get(Kpi::FallsAssessment);
    assert_eq!(
        (kpi6.percent_text(), kpi6.band),
        ("80.0%".to_string(), Some(RagBand::Green))
    );
}

#[test]
fn kpi_numbers_and_settings_validation() {
    for (i, kpi) in Kpi::ALL.into_iter().enumerate() {
        assert_eq!(usize::from(kpi.number()), i + 1);
        assert_eq!(Kpi::from_number(kpi.number()), Some(kpi));
    }
    assert_eq!(Kpi::from_number(0), None);
    assert_eq!(Kpi::from_number(12), None);
    assert_eq!(
        Windows::default(),
        Windows {
            assessment_days: 90,
            dxa_days: 90,
            strength_balance_days: 112,
            monitoring_days: 112,
            treatment_days: 112,
            adherence_days: 364
        }
    );
    assert_eq!(KpiSettings::default().validate(), Ok(()));
    let bad = KpiSettings {
        windows: Windows {
            adherence_days: 5000,
            ..Windows::default()
        },
        ..KpiSettings::default()
    };
    let errors = bad.validate().unwrap_err();
    assert_eq!(
        errors,
        vec![SettingsError::WindowTooLong {
            kpi: 11,
            days: 5000
        }]
    );
    assert!(errors[0]
        .to_string()
        .starts_with("Enter a window for KPI 11"));
}
