//! The six phases of setting up an FLS and the outcomes each should produce, in our own
//! words after the ROS Service Improvement Guide (see `docs/domain.md` §2).

/// One outcome a phase should produce.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Outcome {
    /// Stable id, saved with its status (never renamed).
    pub id: &'static str,
    pub text: &'static str,
    /// Where in the app (a hash link) the team can work on it, if anywhere.
    pub link: Option<&'static str>,
}

/// A phase and its outcomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Phase {
    pub number: u8,
    pub name: &'static str,
    pub purpose: &'static str,
    pub outcomes: &'static [Outcome],
}

const fn o(id: &'static str, text: &'static str, link: Option<&'static str>) -> Outcome {
    Outcome { id, text, link }
}

/// The six phases, in order.
pub const PHASES: &[Phase] = &[
    Phase {
        number: 1,
        name: "Start out",
        purpose: "Gather the people who will make the service happen and agree how the project will run.",
        outcomes: &[
            o("p1-team", "A project team, with a Clinical Champion or Lead named", None),
            o("p1-srg", "A Stakeholder Reference Group set up and its first meeting held", None),
            o("p1-plan", "A project plan with tasks, owners and dates", None),
            o("p1-pid", "A Project Initiation Document agreed by the sponsor", None),
        ],
    },
    Phase {
        number: 2,
        name: "Define and scope",
        purpose: "Describe what happens to patients today, what should happen, and what the service must achieve.",
        outcomes: &[
            o("p2-current", "The current patient pathway mapped", None),
            o("p2-desired", "The desired patient pathway agreed, using the clinical standards to describe the future service", None),
            o("p2-objectives", "Clear objectives agreed", None),
            o("p2-model", "An outline service model", None),
            o("p2-data", "A list of the data still to gather", None),
            o("p2-patients", "Patients involved in shaping the service", None),
        ],
    },
    Phase {
        number: 3,
        name: "Measure and understand",
        purpose: "Work out, for a defined population, how many patients the service must see and what it could prevent.",
        outcomes: &[
            o("p3-population", "The population served defined (council, trust, ICB or sub-ICB, health board)", Some("#/impact")),
            o("p3-caseload", "The number of patients the service must assess and treat each year", Some("#/impact")),
            o("p3-impact", "The likely effect on fractures, now and as the population ages", Some("#/projection")),
            o("p3-resources", "The staff and resources the service needs", Some("#/business-case")),
        ],
    },
    Phase {
        number: 4,
        name: "Design and plan",
        purpose: "Write down the service to be commissioned and make the case for paying for it.",
        outcomes: &[
            o("p4-spec", "A service specification (standards, outcomes, service model)", None),
            o("p4-business-case", "A business case approved by the board or committee that funds it", None),
            o("p4-pilot", "Plans for a pilot", None),
        ],
    },
    Phase {
        number: 5,
        name: "Pilot and implement",
        purpose: "Start the service, check it works, and improve it from what the data shows.",
        outcomes: &[
            o("p5-refine", "Pathways and templates refined from experience", None),
            o("p5-monitor", "Regular monitoring and evaluation in place", Some("#/kpis")),
            o("p5-audit", "Data submitted to the national FLS audit (FLS-DB)", None),
            o("p5-kpis", "The 11 KPIs reported", Some("#/kpis")),
        ],
    },
    Phase {
        number: 6,
        name: "Sustain and share",
        purpose: "Keep the service running, connected to the wider system, and show what it achieves.",
        outcomes: &[
            o("p6-fit", "The service fits the wider health and care system", None),
            o("p6-people", "The right people stay engaged, with realistic expectations", None),
            o("p6-data", "Data collected routinely to show success and drive improvement", Some("#/kpis")),
        ],
    },
];

/// Every outcome with its phase number, in order.
pub fn all_outcomes() -> impl Iterator<Item = (u8, &'static Outcome)> {
    PHASES.iter().flat_map(|p| p.outcomes.iter().map(move |o| (p.number, o)))
}
