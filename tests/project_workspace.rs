//! The project workspace: phases, next step, Clinical Champion, stakeholder engagement and
//! grid, risk scores, objectives, and saving it with the app's settings.

use fls_toolkit::charts::project::{grid_positions, stakeholder_grid_svg, stakeholder_table};
use fls_toolkit::model::project::phases::all_outcomes;
use fls_toolkit::model::project::*;
use fls_toolkit::storage::schema::{decode, encode, Loaded, SavedState};

#[test]
fn there_are_six_phases_with_unique_outcome_ids() {
    assert_eq!(PHASES.iter().map(|p| p.number).collect::<Vec<_>>(), vec![1, 2, 3, 4, 5, 6]);
    let ids: Vec<&str> = all_outcomes().map(|(_, o)| o.id).collect();
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(ids.len(), unique.len());
    assert!(PHASES.iter().all(|p| !p.outcomes.is_empty()));
    // Links only ever name a page of the app (never an in-page anchor, which would break routing).
    for (_, o) in all_outcomes() {
        if let Some(link) = o.link {
            assert!(link.starts_with("#/") && !link[1..].contains('#'), "{link}");
        }
    }
}

#[test]
fn the_next_step_is_the_first_outcome_in_progress_else_the_first_not_started() {
    let mut w = Workspace::default();
    let first = w.next_step().unwrap();
    assert_eq!((first.phase_number, first.outcome), (1, PHASES[0].outcomes[0].text));
    w.outcomes.insert("p1-team".into(), OutcomeStatus { status: Status::Done, date: "2026-01-05".into(), note: String::new() });
    assert_eq!(w.next_step().unwrap().outcome, PHASES[0].outcomes[1].text);
    w.outcomes.insert("p3-caseload".into(), OutcomeStatus { status: Status::InProgress, ..Default::default() });
    let next = w.next_step().unwrap();
    assert_eq!((next.phase_number, next.link), (3, Some("#/impact")));
    assert_eq!(w.phase_progress(1), (1, 4));
    for (_, o) in all_outcomes() {
        w.outcomes.insert(o.id.into(), OutcomeStatus { status: Status::Done, ..Default::default() });
    }
    assert_eq!(w.next_step(), None);
    assert_eq!(w.phase_progress(2), (6, 6));
}

#[test]
fn only_one_team_member_is_the_clinical_champion() {
    let mut w = Workspace::default();
    for id in 1..=3 {
        w.team.push(TeamMember { id, name: format!("Member {id}"), ..Default::default() });
    }
    w.set_clinical_champion(2, true);
    assert_eq!(w.clinical_champion().unwrap().id, 2);
    w.set_clinical_champion(3, true);
    assert_eq!(w.team.iter().filter(|m| m.clinical_champion).count(), 1);
    assert_eq!(w.clinical_champion().unwrap().id, 3);
    w.set_clinical_champion(1, false);
    assert_eq!(w.clinical_champion().unwrap().id, 3);
    w.set_clinical_champion(3, false);
    assert!(w.clinical_champion().is_none());
    assert_eq!(next_id(w.team.iter().map(|m| m.id)), 4);
    assert_eq!(next_id(std::iter::empty()), 1);
}

#[test]
fn risks_score_likelihood_times_impact_with_nhs_bands() {
    let risk = |l, i| Risk { likelihood: l, impact: i, ..Default::default() };
    assert_eq!(risk(1, 1).score(), 1);
    assert_eq!(risk(5, 5).score(), 25);
    assert_eq!(risk(9, 0).score(), 5, "out-of-range scores are clamped to 1–5");
    assert_eq!(risk(1, 3).rating(), RiskRating::Low);
    assert_eq!(risk(2, 3).rating(), RiskRating::Moderate);
    assert_eq!(risk(2, 4).rating(), RiskRating::High);
    assert_eq!(risk(3, 4).rating(), RiskRating::High);
    assert_eq!(risk(3, 5).rating(), RiskRating::Extreme);
    let w = Workspace { risks: vec![Risk { id: 1, ..risk(1, 2) }, Risk { id: 2, ..risk(4, 4) }], ..Default::default() };
    assert_eq!(w.risks_by_score().iter().map(|r| r.id).collect::<Vec<_>>(), vec![2, 1]);
}

#[test]
fn objectives_name_their_kpi() {
    let o = Objective { kpi: Some(5), ..Default::default() };
    assert_eq!(o.kpi_name().unwrap(), "KPI 5: DXA scan within 90 days");
    assert_eq!(Objective { kpi: Some(12), ..Default::default() }.kpi_name(), None);
    assert_eq!(Objective::default().kpi_name(), None);
    assert_eq!(uk_date("2026-03-31"), "31/03/2026");
    assert_eq!(uk_date("soon"), "soon");
}

#[test]
fn project_details_longer_than_120_characters_are_named() {
    let mut w = Workspace { project_name: format!("  {}  ", "a".repeat(MAX_DETAIL_CHARS)), sponsor: "Dr Ahmed".into(), ..Default::default() };
    assert_eq!(w.detail_errors(), Vec::new(), "120 characters fit (spaces at the ends are not counted)");
    w.project_name = "é".repeat(1000);
    w.lead_organisation = "b".repeat(121);
    let errors = w.detail_errors();
    assert_eq!(errors.iter().map(|e| e.field.as_str()).collect::<Vec<_>>(), vec!["project-name", "project-lead-organisation"]);
    assert_eq!(errors[0].message, "Enter a project name of 120 characters or fewer (this one has 1,000)");
    assert_eq!(errors[1].message, "Enter a lead organisation of 120 characters or fewer (this one has 121)");
}

#[test]
fn an_objective_target_is_a_percentage_from_0_to_100_or_blank() {
    let with = |target: &str| Objective { target: target.into(), ..Default::default() }.target_error();
    for fine in ["", "  ", "80", "80%", "0", "100", "72.5", " 95 % "] {
        assert_eq!(with(fine), None, "{fine:?}");
    }
    assert_eq!(with("150").as_deref(), Some("Enter a target between 0% and 100%"));
    assert_eq!(with("-5").as_deref(), Some("Enter a target between 0% and 100%"));
    assert_eq!(with("−5").as_deref(), Some("Enter a target between 0% and 100%"), "a typographic minus is read as a minus");
    assert_eq!(with("abc").as_deref(), Some("Enter a target as a number between 0% and 100%"));
    // The same whether or not a KPI is linked: the documents print every target with "%".
    assert_eq!(Objective { target: "150".into(), kpi: Some(5), ..Default::default() }.target_error(), with("150"));
}

#[test]
fn stakeholders_sit_in_the_right_quadrant_and_cell() {
    let s = |id, interest, influence| Stakeholder { id, name: format!("S{id}"), interest, influence, ..Default::default() };
    let list = vec![s(1, Level::High, Level::High), s(2, Level::Low, Level::High), s(3, Level::High, Level::Low), s(4, Level::Low, Level::Low), s(5, Level::High, Level::High)];
    let engagement: Vec<&str> = list.iter().map(Stakeholder::engagement).collect();
    assert_eq!(engagement, vec!["Work closely with them", "Keep them satisfied", "Keep them informed", "Keep an eye on them", "Work closely with them"]);
    let pos = grid_positions(&list);
    assert_eq!((pos[1].0, pos[1].1), (1.0, 3.0));
    assert_eq!((pos[3].0, pos[3].1), (1.0, 1.0));
    // Two in the same cell are spread apart but stay inside it.
    assert!((pos[0].1 - pos[4].1).abs() > 0.5);
    assert!(pos.iter().all(|(x, y)| (0.5..=3.5).contains(x) && (0.5..=3.5).contains(y)));
    let svg = stakeholder_grid_svg(&list);
    assert!(svg.starts_with("<svg") && svg.contains("S5") && svg.contains("Keep satisfied"));
    let table = stakeholder_table(&list);
    assert_eq!(table.rows.len(), 5);
    assert_eq!(table.rows[2][4], "Keep them informed");
}

#[test]
fn the_workspace_is_saved_and_old_documents_without_it_still_read() {
    let mut state = SavedState::new();
    state.project.project_name = "Leeds FLS".into();
    state.project.team.push(TeamMember { id: 1, name: "Dr A".into(), clinical_champion: true, ..Default::default() });
    state.project.outcomes.insert("p1-team".into(), OutcomeStatus { status: Status::Done, date: "2026-01-05".into(), note: "Agreed".into() });
    state.project.risks.push(Risk { id: 1, description: "No DXA capacity".into(), ..Default::default() });
    let text = encode(&state);
    assert!(text.contains("\"in_progress\"") || text.contains("\"done\""));
    assert_eq!(decode(Some(&text)), Loaded::Ok(state));
    // An empty workspace is not written at all, so older saved text is unchanged.
    assert!(!encode(&SavedState::new()).contains("project"));
    assert!(matches!(decode(Some(r#"{"version":1,"area":"E08000035"}"#)), Loaded::Ok(s) if s.project.is_empty()));
    // Unknown fields inside the workspace are damage, not silently dropped.
    assert!(matches!(decode(Some(r#"{"version":1,"project":{"surprise":1}}"#)), Loaded::Damaged { .. }));
}
