//! The workspace the team fills in: outcome statuses, team, stakeholders, meetings, risks
//! and objectives. Every list item has a stable `id` (one more than the highest in its list)
//! so the page can key rows and edit them in place.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::phases::{all_outcomes, PHASES};
use super::standards::{Rating, Standard, STANDARDS};
use crate::model::validation::{text_too_long, FieldError, NumberRule, Unit};

/// The most characters in the project name, lead organisation and sponsor: they head every
/// document (its title and running header), and the project name names the exported file.
pub const MAX_DETAIL_CHARS: usize = 120;

/// Where an outcome stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    #[default]
    NotStarted,
    InProgress,
    Done,
}

impl Status {
    pub const ALL: [Status; 3] = [Status::NotStarted, Status::InProgress, Status::Done];
    pub fn label(self) -> &'static str {
        match self {
            Status::NotStarted => "Not started",
            Status::InProgress => "In progress",
            Status::Done => "Done",
        }
    }
    pub fn id(self) -> &'static str {
        match self {
            Status::NotStarted => "not_started",
            Status::InProgress => "in_progress",
            Status::Done => "done",
        }
    }
    pub fn from_id(id: &str) -> Status {
        Status::ALL.into_iter().find(|s| s.id() == id).unwrap_or_default()
    }
}

/// The status of one outcome, with the date it was reached or last changed and a note.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OutcomeStatus {
    #[serde(default)]
    pub status: Status,
    /// ISO date (`yyyy-mm-dd`) as the date field gives it, or empty.
    #[serde(default)]
    pub date: String,
    #[serde(default)]
    pub note: String,
}

/// A member of the project team.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct TeamMember {
    pub id: u32,
    pub name: String,
    pub role: String,
    pub organisation: String,
    /// The Clinical Champion or Lead (at most one member).
    pub clinical_champion: bool,
}

/// Low, medium or high (interest, influence).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    Low,
    #[default]
    Medium,
    High,
}

impl Level {
    pub const ALL: [Level; 3] = [Level::Low, Level::Medium, Level::High];
    pub fn label(self) -> &'static str {
        match self {
            Level::Low => "Low",
            Level::Medium => "Medium",
            Level::High => "High",
        }
    }
    pub fn id(self) -> &'static str {
        match self {
            Level::Low => "low",
            Level::Medium => "medium",
            Level::High => "high",
        }
    }
    pub fn from_id(id: &str) -> Level {
        Level::ALL.into_iter().find(|l| l.id() == id).unwrap_or_default()
    }
    /// 1, 2 or 3: the position on the grid chart.
    pub fn score(self) -> u8 {
        self as u8 + 1
    }
}

/// A member of the Stakeholder Reference Group.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Stakeholder {
    pub id: u32,
    pub name: String,
    /// Organisation or group they speak for (e.g. "Patients", "Primary care").
    pub organisation: String,
    pub interest: Level,
    pub influence: Level,
}

impl Stakeholder {
    /// How to engage them, from where they sit on the interest/influence grid.
    pub fn engagement(&self) -> &'static str {
        match (self.influence >= Level::Medium, self.interest >= Level::Medium) {
            (true, true) => "Work closely with them",
            (true, false) => "Keep them satisfied",
            (false, true) => "Keep them informed",
            (false, false) => "Keep an eye on them",
        }
    }
}

/// One meeting of the team or the reference group.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Meeting {
    pub id: u32,
    /// ISO date.
    pub date: String,
    pub attendees: String,
    pub decisions: String,
    pub actions: String,
}

/// A project risk scored likelihood × impact, each 1 (lowest) to 5.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Risk {
    pub id: u32,
    pub description: String,
    pub likelihood: u8,
    pub impact: u8,
    pub owner: String,
    pub mitigation: String,
}

impl Default for Risk {
    fn default() -> Risk {
        Risk { id: 0, description: String::new(), likelihood: 3, impact: 3, owner: String::new(), mitigation: String::new() }
    }
}

/// How serious a risk is, from its score.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RiskRating {
    Low,
    Moderate,
    High,
    Extreme,
}

impl RiskRating {
    pub fn label(self) -> &'static str {
        match self {
            RiskRating::Low => "Low",
            RiskRating::Moderate => "Moderate",
            RiskRating::High => "High",
            RiskRating::Extreme => "Extreme",
        }
    }
}

impl Risk {
    /// Likelihood × impact, each clamped to 1–5: 1 to 25.
    pub fn score(&self) -> u8 {
        self.likelihood.clamp(1, 5) * self.impact.clamp(1, 5)
    }
    /// The usual NHS 5×5 bands: 1–3 low, 4–6 moderate, 8–12 high, 15–25 extreme.
    pub fn rating(&self) -> RiskRating {
        match self.score() {
            0..=3 => RiskRating::Low,
            4..=6 => RiskRating::Moderate,
            7..=12 => RiskRating::High,
            _ => RiskRating::Extreme,
        }
    }
}

/// The KPIs an objective can be linked to (numbers 1–11 of the national FLS audit).
pub const KPI_NAMES: [&str; 11] = [
    "Data completeness",
    "Identification of non-spine fractures",
    "Identification of spine fractures",
    "FLS assessment within 90 days",
    "DXA scan within 90 days",
    "Falls assessment",
    "Bone therapy recommended",
    "Strength and balance training within 16 weeks",
    "Monitoring contact within 16 weeks",
    "Treatment started within 16 weeks",
    "Adherence at 52 weeks",
];

/// An objective in SMART form: specific, measurable, achievable, relevant, time-bound.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Objective {
    pub id: u32,
    /// Specific: what will change.
    pub specific: String,
    /// Measurable: how it will be measured.
    pub measure: String,
    /// Achievable: why it is within reach.
    pub achievable: String,
    /// Relevant: why it matters for patients and the system.
    pub relevant: String,
    /// Time-bound: the ISO date by which it will be met.
    pub due: String,
    /// The FLS KPI (1–11) it is measured by, if any.
    pub kpi: Option<u8>,
    /// The KPI target, in percent, as typed.
    pub target: String,
}

impl Objective {
    /// What the target accepts: a percentage from 0 to 100 (decimals allowed, a trailing `%`
    /// too). Every target is a percentage — the documents print it with "%" — whether or not
    /// the objective is linked to a KPI (each KPI is a percentage of patients).
    pub fn target_rule() -> NumberRule {
        NumberRule { name: "a target".into(), unit: Unit::Percent, min: 0.0, max: 100.0, whole: false }
    }

    /// Why the target as typed is not a percentage from 0 to 100; `None` when it is, or blank.
    pub fn target_error(&self) -> Option<String> {
        Objective::target_rule().parse_optional(&self.target).err()
    }

    /// The linked KPI's name, if any.
    pub fn kpi_name(&self) -> Option<String> {
        self.kpi.filter(|k| (1..=11).contains(k)).map(|k| format!("KPI {k}: {}", KPI_NAMES[k as usize - 1]))
    }
}

/// Everything the team records about the project. Saved with the app's settings.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Workspace {
    /// Project name as it appears on the documents (e.g. "Leeds Fracture Liaison Service").
    pub project_name: String,
    /// The organisation leading it (e.g. the ICB).
    pub lead_organisation: String,
    /// The senior responsible owner or sponsor.
    pub sponsor: String,
    /// Status of each outcome, by outcome id.
    pub outcomes: BTreeMap<String, OutcomeStatus>,
    pub team: Vec<TeamMember>,
    pub stakeholders: Vec<Stakeholder>,
    pub meetings: Vec<Meeting>,
    pub risks: Vec<Risk>,
    pub objectives: Vec<Objective>,
    /// The current and desired patient pathways.
    pub pathways: super::pathway::Pathways,
    /// The project plan.
    pub tasks: Vec<super::plan::Task>,
    /// The team's rating of each standard, by standard id.
    pub standards: BTreeMap<String, Rating>,
}

/// The next id for a list whose items carry `id`s.
pub fn next_id(ids: impl Iterator<Item = u32>) -> u32 {
    ids.max().map_or(1, |m| m + 1)
}

/// What to do next: the first outcome not done, in phase order.
#[derive(Clone, Debug, PartialEq)]
pub struct NextStep {
    pub phase_number: u8,
    pub phase_name: &'static str,
    pub outcome: &'static str,
    pub link: Option<&'static str>,
}

impl Workspace {
    pub fn status_of(&self, outcome_id: &str) -> OutcomeStatus {
        self.outcomes.get(outcome_id).cloned().unwrap_or_default()
    }

    /// Done and total outcomes of a phase.
    pub fn phase_progress(&self, phase_number: u8) -> (usize, usize) {
        let phase = PHASES.iter().find(|p| p.number == phase_number);
        phase.map_or((0, 0), |p| (p.outcomes.iter().filter(|o| self.status_of(o.id).status == Status::Done).count(), p.outcomes.len()))
    }

    /// The first outcome that is in progress, else the first not started; `None` when all are done.
    pub fn next_step(&self) -> Option<NextStep> {
        let step = |(n, o): (u8, &'static super::Outcome)| {
            let phase = PHASES.iter().find(|p| p.number == n).expect("outcome's phase");
            NextStep { phase_number: n, phase_name: phase.name, outcome: o.text, link: o.link }
        };
        all_outcomes()
            .find(|(_, o)| self.status_of(o.id).status == Status::InProgress)
            .or_else(|| all_outcomes().find(|(_, o)| self.status_of(o.id).status == Status::NotStarted))
            .map(step)
    }

    /// The Clinical Champion or Lead, if one is flagged.
    pub fn clinical_champion(&self) -> Option<&TeamMember> {
        self.team.iter().find(|m| m.clinical_champion)
    }

    /// Flags `id` as the Clinical Champion (and no one else), or clears the flag.
    pub fn set_clinical_champion(&mut self, id: u32, on: bool) {
        for member in &mut self.team {
            if member.id == id {
                member.clinical_champion = on;
            } else if on {
                member.clinical_champion = false;
            }
        }
    }

    /// Risks, highest score first (ties keep their order).
    pub fn risks_by_score(&self) -> Vec<&Risk> {
        let mut risks: Vec<&Risk> = self.risks.iter().collect();
        risks.sort_by_key(|r| std::cmp::Reverse(r.score()));
        risks
    }

    pub fn rating_of(&self, standard_id: &str) -> Rating {
        self.standards.get(standard_id).copied().unwrap_or_default()
    }

    /// Standards rated not met or partly met, in order: the gaps to close.
    pub fn gaps(&self) -> Vec<(&'static Standard, Rating)> {
        STANDARDS.iter().map(|s| (s, self.rating_of(s.id))).filter(|(_, r)| r.is_gap()).collect()
    }

    /// The project details that are too long ([`MAX_DETAIL_CHARS`]), each with the id of its field.
    pub fn detail_errors(&self) -> Vec<FieldError> {
        [
            ("project-name", "a project name", &self.project_name),
            ("project-lead-organisation", "a lead organisation", &self.lead_organisation),
            ("project-sponsor", "a senior responsible owner or sponsor", &self.sponsor),
        ]
        .into_iter()
        .filter_map(|(field, what, text)| text_too_long(what, text, MAX_DETAIL_CHARS).map(|message| FieldError { field: field.into(), message }))
        .collect()
    }

    /// True when nothing has been entered.
    pub fn is_empty(&self) -> bool {
        *self == Workspace::default()
    }
}

/// A date as `dd/mm/yyyy`; anything that is not a date as typed.
pub fn uk_date(iso: &str) -> String {
    crate::model::date::Date::parse(iso).map(crate::model::date::Date::uk).unwrap_or_else(|| iso.to_string())
}
