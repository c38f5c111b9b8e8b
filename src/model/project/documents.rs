//! The three documents written from the workspace and the models: a Project Initiation
//! Document, a service specification (under the headings of the NHS standard contract's
//! service specification) and a business case. Each is structured content — sections of
//! paragraphs, lists, tables and figures — that the page shows and prints, and that
//! `documents::docx` writes as a Word file. Pure: the figures come in already worked out.

use super::standards::{Framework, STANDARDS};
use super::workspace::{uk_date, Objective, Workspace};
use crate::model::business_case::Outputs;
use crate::model::format::{decimal, money, plain_number, whole};
use crate::model::fracture_site::FractureSite;
use crate::model::impact::ImpactResult;
use crate::model::projection::ProjectedYear;

/// Which document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DocKind {
    ProjectInitiation,
    ServiceSpecification,
    BusinessCase,
}

impl DocKind {
    pub const ALL: [DocKind; 3] = [DocKind::ProjectInitiation, DocKind::ServiceSpecification, DocKind::BusinessCase];
    pub fn title(self) -> &'static str {
        match self {
            DocKind::ProjectInitiation => "Project Initiation Document",
            DocKind::ServiceSpecification => "Service specification",
            DocKind::BusinessCase => "Business case",
        }
    }
    /// The short id used in links, file names and test ids (`pid`, `service-spec`, `business-case`).
    pub fn id(self) -> &'static str {
        match self {
            DocKind::ProjectInitiation => "pid",
            DocKind::ServiceSpecification => "service-spec",
            DocKind::BusinessCase => "business-case",
        }
    }
    pub fn from_id(id: &str) -> Option<DocKind> {
        DocKind::ALL.into_iter().find(|k| k.id() == id)
    }
}

/// A chart a document shows; the page and the Word writer draw it from the same figures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FigureId {
    StakeholderGrid,
    Projection,
    CashFlow,
    FracturesAvoided,
}

/// A table in a document.
#[derive(Clone, Debug, PartialEq)]
pub struct DocTable {
    pub caption: String,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    Paragraph(String),
    Bullets(Vec<String>),
    Table(DocTable),
    Figure { id: FigureId, caption: String },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    pub heading: String,
    pub blocks: Vec<Block>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Document {
    pub kind: DocKind,
    pub title: String,
    /// Project, area and date, under the title.
    pub subtitle: String,
    pub sections: Vec<Section>,
}

impl Document {
    /// Every piece of text in reading order (for searching and tests).
    pub fn plain_text(&self) -> String {
        let mut out = vec![self.title.clone(), self.subtitle.clone()];
        for s in &self.sections {
            out.push(s.heading.clone());
            for b in &s.blocks {
                match b {
                    Block::Paragraph(p) => out.push(p.clone()),
                    Block::Bullets(items) => out.extend(items.iter().cloned()),
                    Block::Table(t) => {
                        out.push(t.caption.clone());
                        out.push(t.headers.join(" | "));
                        out.extend(t.rows.iter().map(|r| r.join(" | ")));
                    }
                    Block::Figure { caption, .. } => out.push(caption.clone()),
                }
            }
        }
        out.join("\n")
    }

    /// The figures it shows, in order.
    pub fn figures(&self) -> Vec<FigureId> {
        self.sections.iter().flat_map(|s| s.blocks.iter()).filter_map(|b| if let Block::Figure { id, .. } = b { Some(*id) } else { None }).collect()
    }
}

/// The model results a document draws on, worked out by the caller for the chosen area.
#[derive(Clone, Copy, Debug)]
pub struct ModelFigures<'a> {
    pub area_name: &'a str,
    pub population_50plus: f64,
    /// Local impact now; `None` when no area is chosen.
    pub impact: Option<&'a ImpactResult>,
    /// The projection years (may be empty).
    pub projection: &'a [ProjectedYear],
    /// The business case with the current inputs; `None` when they have errors.
    pub business_case: Option<&'a Outputs>,
    /// Saved scenarios that could be worked out: name and results.
    pub scenarios: &'a [(String, Outputs)],
    /// Today's date, dd/mm/yyyy.
    pub today: &'a str,
}

fn p(text: impl Into<String>) -> Block {
    Block::Paragraph(text.into())
}

fn or_missing(text: &str, missing: &str) -> String {
    if text.trim().is_empty() { missing.to_string() } else { text.trim().to_string() }
}

fn project_name(w: &Workspace, f: &ModelFigures) -> String {
    or_missing(&w.project_name, &format!("Fracture Liaison Service for {}", f.area_name))
}

fn subtitle(w: &Workspace, f: &ModelFigures) -> String {
    let org = if w.lead_organisation.trim().is_empty() { String::new() } else { format!(" · {}", w.lead_organisation.trim()) };
    format!("{}{org} · {} · {}", project_name(w, f), f.area_name, f.today)
}

fn team_table(w: &Workspace) -> Block {
    Block::Table(DocTable {
        caption: "Project team".into(),
        headers: vec!["Name".into(), "Role".into(), "Organisation".into()],
        rows: w
            .team
            .iter()
            .map(|m| {
                let role = if m.clinical_champion { format!("{} (Clinical Champion)", m.role.trim()).trim().to_string() } else { m.role.clone() };
                vec![m.name.clone(), role, m.organisation.clone()]
            })
            .collect(),
    })
}

fn risk_table(w: &Workspace) -> Block {
    Block::Table(DocTable {
        caption: "Risks, highest score first (likelihood × impact, each 1–5)".into(),
        headers: ["Risk", "Likelihood", "Impact", "Score", "Owner", "Mitigation"].map(String::from).to_vec(),
        rows: w
            .risks_by_score()
            .iter()
            .map(|r| {
                vec![
                    r.description.clone(),
                    r.likelihood.to_string(),
                    r.impact.to_string(),
                    format!("{} ({})", r.score(), r.rating().label()),
                    r.owner.clone(),
                    r.mitigation.clone(),
                ]
            })
            .collect(),
    })
}

fn objectives_block(w: &Workspace) -> Block {
    Block::Table(DocTable {
        caption: "Objectives (SMART)".into(),
        headers: ["Objective", "Measured by", "Target", "By"].map(String::from).to_vec(),
        rows: w
            .objectives
            .iter()
            .map(|o| {
                let measure = match o.kpi_name() {
                    Some(kpi) if o.measure.trim().is_empty() => kpi,
                    Some(kpi) => format!("{} ({kpi})", o.measure.trim()),
                    None => o.measure.clone(),
                };
                // A target the workspace marks as wrong is not printed as if it were agreed.
                let target = match Objective::target_rule().parse_optional(&o.target) {
                    Ok(Some(v)) => format!("{}%", plain_number(v)),
                    Ok(None) => String::new(),
                    Err(_) => "to be set (the target typed is not a percentage from 0 to 100)".to_string(),
                };
                vec![o.specific.clone(), measure, target, uk_date(&o.due)]
            })
            .collect(),
    })
}

fn need_paragraph(f: &ModelFigures) -> Vec<Block> {
    let Some(impact) = f.impact else {
        return vec![p("No area is chosen in the toolkit yet, so the local figures are not shown. Choose one on the local impact page.")];
    };
    let site = |s: FractureSite| whole(impact.fractures.site_total(s));
    let mut blocks = vec![
        p(format!(
            "{} has about {} people aged 50 and over. Each year about {} of them have a fragility fracture: {} hip, {} clinical vertebral, {} wrist or forearm and {} other fractures. Treating them costs about {} a year in hospital and social care, and hip fractures take about {} hospital bed days.",
            f.area_name,
            whole(f.population_50plus),
            whole(impact.fractures.total()),
            site(FractureSite::Hip),
            site(FractureSite::Vertebral),
            site(FractureSite::Wrist),
            site(FractureSite::Other),
            money(impact.costs.total_gbp()),
            whole(impact.costs.hip_bed_days),
        )),
        Block::Table(DocTable {
            caption: format!("Fragility fractures expected each year in {}", f.area_name),
            headers: vec!["Site".into(), "Fractures a year".into(), "Cost a year".into()],
            rows: FractureSite::ALL
                .iter()
                .map(|&s| vec![s.label().to_string(), whole(impact.fractures.site_total(s)), money(impact.costs.site_total_gbp(s))])
                .chain(std::iter::once(vec!["All sites".into(), whole(impact.fractures.total()), money(impact.costs.total_gbp())]))
                .collect(),
        }),
    ];
    if let (Some(first), Some(last)) = (f.projection.first(), f.projection.last()) {
        if last.year > first.year {
            let growth = (last.fractures.total() / first.fractures.total() - 1.0) * 100.0;
            blocks.push(p(format!(
                "As the population ages, the yearly number grows from {} in {} to {} in {} ({}{}%), on the ONS 2022-based national population projections.",
                whole(first.fractures.total()),
                first.year,
                whole(last.fractures.total()),
                last.year,
                if growth >= 0.0 { "+" } else { "" },
                decimal(growth, 1)
            )));
            blocks.push(Block::Figure { id: FigureId::Projection, caption: format!("Fragility fractures a year in {}, {}–{}", f.area_name, first.year, last.year) });
        }
    }
    blocks
}

fn headline_list(o: &Outputs) -> Vec<String> {
    let s = &o.service;
    let years = o.horizon_years;
    let mut items = vec![
        format!("Patients assessed each year: {}", whole(o.caseload.patients_per_year)),
        format!("Fractures avoided over {years} years: {} (of which {} hip fractures)", whole(s.fractures_avoided), whole(s.hip_fractures_avoided)),
        format!("Hospital bed days saved: {}", whole(s.bed_days_saved)),
        format!("Extra cost of the service: {}", money(s.fls_cost_gbp)),
        format!("Savings from fractures avoided: {}", money(s.gross_savings_gbp)),
        format!("Net cost (cost minus savings; negative is a saving): {}", money(s.net_cost_gbp)),
        format!("QALYs gained: {}; cost per QALY: {}", decimal(s.qalys_gained, 1), s.cost_per_qaly.display()),
        format!("Staff needed: {} whole-time equivalents", decimal(o.wte_required, 1)),
    ];
    items.push(match s.break_even_year {
        Some(y) => format!("Break-even: year {y}"),
        None => format!("Break-even: not within {years} years"),
    });
    items
}

/// The Project Initiation Document: why, what, who, how the project runs, risks and plan.
pub fn project_initiation_document(w: &Workspace, f: &ModelFigures) -> Document {
    let name = project_name(w, f);
    let champion = w.clinical_champion().map(|m| format!("{} ({})", m.name.trim(), or_missing(&m.role, "role not given"))).unwrap_or_else(|| "not yet named".into());
    let mut sections = vec![
        Section {
            heading: "Purpose".into(),
            blocks: vec![p(format!(
                "This document sets out how {name} will be set up: why it is needed, what it will achieve, who is involved and how the project will be run. It is agreed by the sponsor ({}) before the work starts.",
                or_missing(&w.sponsor, "to be named")
            ))],
        },
        Section { heading: "Background and need".into(), blocks: need_paragraph(f) },
        Section {
            heading: "Objectives".into(),
            blocks: if w.objectives.is_empty() { vec![p("No objectives are recorded yet.")] } else { vec![objectives_block(w)] },
        },
        Section {
            heading: "Organisation and governance".into(),
            blocks: vec![
                p(format!("Lead organisation: {}. Sponsor: {}. Clinical Champion or Lead: {champion}.", or_missing(&w.lead_organisation, "to be agreed"), or_missing(&w.sponsor, "to be named"))),
                team_table(w),
            ],
        },
    ];
    let mut stakeholders = vec![p(format!("The Stakeholder Reference Group has {} members.", w.stakeholders.len()))];
    if !w.stakeholders.is_empty() {
        stakeholders.push(Block::Table(DocTable {
            caption: "Stakeholder Reference Group".into(),
            headers: ["Name", "Organisation or group", "Interest", "Influence", "How to engage"].map(String::from).to_vec(),
            rows: w.stakeholders.iter().map(|s| vec![s.name.clone(), s.organisation.clone(), s.interest.label().into(), s.influence.label().into(), s.engagement().into()]).collect(),
        }));
        stakeholders.push(Block::Figure { id: FigureId::StakeholderGrid, caption: "Stakeholders by interest and influence".into() });
    }
    sections.push(Section { heading: "Stakeholders".into(), blocks: stakeholders });
    sections.push(Section {
        heading: "Phases and progress".into(),
        blocks: vec![Block::Table(DocTable {
            caption: "The six phases".into(),
            headers: vec!["Phase".into(), "Outcomes done".into()],
            rows: super::PHASES
                .iter()
                .map(|ph| {
                    let (done, total) = w.phase_progress(ph.number);
                    vec![format!("{}. {}", ph.number, ph.name), format!("{done} of {total}")]
                })
                .collect(),
        })],
    });
    if !w.tasks.is_empty() {
        sections.push(Section {
            heading: "Plan".into(),
            blocks: vec![Block::Table(DocTable {
                caption: "Project plan".into(),
                headers: ["Task", "Phase", "Owner", "Start", "Due", "Status"].map(String::from).to_vec(),
                rows: w.tasks.iter().map(|t| vec![t.name.clone(), t.phase.to_string(), t.owner.clone(), uk_date(&t.start), uk_date(&t.due), t.status.label().into()]).collect(),
            })],
        });
    }
    sections.push(Section { heading: "Risks".into(), blocks: if w.risks.is_empty() { vec![p("No risks are recorded yet.")] } else { vec![risk_table(w)] } });
    if !w.meetings.is_empty() {
        sections.push(Section {
            heading: "Meetings and decisions".into(),
            blocks: vec![Block::Table(DocTable {
                caption: "Meetings".into(),
                headers: vec!["Date".into(), "Attendees".into(), "Decisions".into(), "Actions".into()],
                rows: w.meetings.iter().map(|m| vec![uk_date(&m.date), m.attendees.clone(), m.decisions.clone(), m.actions.clone()]).collect(),
            })],
        });
    }
    Document { kind: DocKind::ProjectInitiation, title: format!("Project Initiation Document: {name}"), subtitle: subtitle(w, f), sections }
}

/// The service specification, under the headings of the NHS standard contract's.
pub fn service_specification(w: &Workspace, f: &ModelFigures) -> Document {
    let name = project_name(w, f);
    let mut population = need_paragraph(f);
    population.insert(0, p(format!("The service is for adults aged 50 and over registered with a GP in {} who have a fragility fracture: a break from a fall from standing height or less, or with no injury at all (not of the skull, face, fingers or toes).", f.area_name)));
    let mut outcomes = vec![p("The service aims to prevent the next fracture, above all hip fractures, by finding people after a first fragility fracture and making sure they receive and keep taking the right treatment.")];
    if !w.objectives.is_empty() {
        outcomes.push(objectives_block(w));
    }
    let mut standards = vec![p("The service is assessed against the clinical standards below. The rating is the project team's own judgement of where the service stands today.")];
    for framework in [Framework::Ros, Framework::Iof] {
        standards.push(Block::Table(DocTable {
            caption: framework.title().into(),
            headers: vec!["Standard".into(), "What meeting it means".into(), "Rating".into()],
            rows: STANDARDS.iter().filter(|s| s.framework == framework).map(|s| vec![s.name.into(), s.meaning.into(), w.rating_of(s.id).label().into()]).collect(),
        }));
    }
    let gaps = w.gaps();
    standards.push(if gaps.is_empty() {
        p("No gaps are recorded: no standard is rated not met or partly met.")
    } else {
        Block::Bullets(gaps.iter().map(|(s, r)| format!("{}: {} — {}", s.name, r.label().to_lowercase(), s.meaning)).collect())
    });
    let mut description = vec![
        p("The service finds eligible patients from fracture clinics, emergency departments, wards and radiology reports; assesses their fracture and falls risk, with a bone density (DXA) scan where it would change the decision; explains the findings and agrees a plan with each patient; recommends and starts bone-protecting treatment; refers to falls and exercise services; writes to the GP with a long-term plan; and contacts each patient at about 16 weeks and 12 months to check that treatment has started and continues."),
    ];
    if !w.pathways.desired.is_empty() {
        description.push(Block::Table(DocTable {
            caption: "The patient pathway".into(),
            headers: ["Step", "What happens", "Who", "When", "Where"].map(String::from).to_vec(),
            rows: w.pathways.desired.iter().enumerate().map(|(i, s)| vec![(i + 1).to_string(), s.what.clone(), s.who.clone(), s.when.clone(), s.place.clone()]).collect(),
        }));
    }
    if let Some(o) = f.business_case {
        description.push(p(format!(
            "The service is sized for about {} patients a year and needs about {} whole-time equivalent staff.",
            whole(o.caseload.patients_per_year),
            decimal(o.wte_required, 1)
        )));
    }
    let sections = vec![
        Section { heading: "1. Population needs".into(), blocks: population },
        Section { heading: "2. Outcomes".into(), blocks: outcomes },
        Section {
            heading: "3. Scope".into(),
            blocks: vec![
                p("In scope: adults aged 50 and over with a new fragility fracture, including spine fractures found on imaging; their assessment, treatment recommendation, referral and follow-up for 12 months."),
                p("Out of scope: treating the fracture itself; people under 50; fractures from major trauma; long-term prescribing, which stays with primary care."),
            ],
        },
        Section { heading: "4. Service description and pathway".into(), blocks: description },
        Section { heading: "5. Applicable service standards".into(), blocks: standards },
        Section {
            heading: "6. Key performance indicators".into(),
            blocks: vec![
                p("The service submits data to the national Fracture Liaison Service Database (FLS-DB) and reports the 11 national KPIs quarterly."),
                Block::Bullets(super::KPI_NAMES.iter().enumerate().map(|(i, n)| format!("KPI {}: {n}", i + 1)).collect()),
            ],
        },
    ];
    Document { kind: DocKind::ServiceSpecification, title: format!("Service specification: {name}"), subtitle: subtitle(w, f), sections }
}

/// The business case: summary, need, options, costs and benefits, staffing, risks, monitoring.
pub fn business_case_document(w: &Workspace, f: &ModelFigures) -> Document {
    let name = project_name(w, f);
    let summary = match f.business_case {
        Some(o) => {
            let s = &o.service;
            let verdict = if s.net_cost_gbp <= 0.0 {
                format!("saves {} more than it costs", money(-s.net_cost_gbp))
            } else {
                format!("has a net cost of {} after the savings from fractures avoided", money(s.net_cost_gbp))
            };
            vec![
                p(format!(
                    "A Fracture Liaison Service for {} running for {} years would prevent about {} fractures, {} of them hip fractures, and {verdict}.",
                    f.area_name,
                    o.horizon_years,
                    whole(s.fractures_avoided),
                    whole(s.hip_fractures_avoided)
                )),
                Block::Bullets(headline_list(o)),
            ]
        }
        None => vec![p("The business case results cannot be worked out until the problems with its inputs on the business case page are corrected.")],
    };
    let mut options = vec![p("Option 1 — do nothing: usual care continues; most people with a fragility fracture are not assessed or treated for their bones.")];
    options.push(p("Option 2 — a Fracture Liaison Service, with the inputs on the business case page."));
    if !f.scenarios.is_empty() {
        options.push(Block::Table(DocTable {
            caption: "Saved scenarios compared".into(),
            headers: ["Scenario", "Fractures avoided", "Cost of service", "Savings", "Net cost", "Staff (WTE)"].map(String::from).to_vec(),
            rows: f
                .scenarios
                .iter()
                .map(|(n, o)| vec![n.clone(), whole(o.service.fractures_avoided), money(o.service.fls_cost_gbp), money(o.service.gross_savings_gbp), money(o.service.net_cost_gbp), decimal(o.wte_required, 1)])
                .collect(),
        }));
    }
    let mut costs = Vec::new();
    let mut staffing = Vec::new();
    if let Some(o) = f.business_case {
        costs.push(Block::Table(DocTable {
            caption: format!("Costs and savings by year, {}", f.area_name),
            headers: ["Year", "Cost of service", "Savings", "Net cost", "Cumulative net cost"].map(String::from).to_vec(),
            rows: o
                .service
                .years
                .iter()
                .map(|y| vec![y.year.to_string(), money(y.fls_cost_gbp), money(y.gross_savings_gbp), money(y.net_cost_gbp), money(y.cumulative_net_cost_gbp)])
                .collect(),
        }));
        costs.push(Block::Figure { id: FigureId::CashFlow, caption: "Cumulative cost and savings, with the break-even year".into() });
        costs.push(Block::Figure { id: FigureId::FracturesAvoided, caption: "Fractures avoided by site and year".into() });
        staffing.push(p(format!(
            "For about {} patients a year the service needs about {} whole-time equivalent staff. The staff cost is part of the cost of the service above.",
            whole(o.caseload.patients_per_year),
            decimal(o.wte_required, 1)
        )));
    } else {
        costs.push(p("Not available until the business case inputs are corrected."));
        staffing.push(p("Not available until the business case inputs are corrected."));
    }
    let mut monitoring = vec![p("The service will report the 11 national FLS KPIs from its audit data every quarter, with run charts to show change over time.")];
    if !w.objectives.is_empty() {
        monitoring.push(objectives_block(w));
    }
    let sections = vec![
        Section { heading: "Executive summary".into(), blocks: summary },
        Section { heading: "Local need".into(), blocks: need_paragraph(f) },
        Section { heading: "Options and scenarios".into(), blocks: options },
        Section { heading: "Costs and benefits".into(), blocks: costs },
        Section { heading: "Staffing".into(), blocks: staffing },
        Section { heading: "Risks".into(), blocks: if w.risks.is_empty() { vec![p("No risks are recorded yet.")] } else { vec![risk_table(w)] } },
        Section { heading: "Monitoring".into(), blocks: monitoring },
    ];
    Document { kind: DocKind::BusinessCase, title: format!("Business case: {name}"), subtitle: subtitle(w, f), sections }
}

/// The document of `kind`.
pub fn assemble(kind: DocKind, w: &Workspace, f: &ModelFigures) -> Document {
    match kind {
        DocKind::ProjectInitiation => project_initiation_document(w, f),
        DocKind::ServiceSpecification => service_specification(w, f),
        DocKind::BusinessCase => business_case_document(w, f),
    }
}
