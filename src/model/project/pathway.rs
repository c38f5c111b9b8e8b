//! Pathway mapping: the current and the desired patient pathway as ordered steps (what
//! happens, who does it, when, where, and the gaps or waits), and the differences between them.

use serde::{Deserialize, Serialize};

/// One step of a pathway.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct PathwayStep {
    pub id: u32,
    /// What happens (e.g. "Fracture clinic appointment").
    pub what: String,
    pub who: String,
    /// When, relative to the fracture (e.g. "Within 2 weeks").
    pub when: String,
    #[serde(rename = "where")]
    pub place: String,
    /// Gaps and waits at this step.
    pub gaps: String,
}

/// The two pathways.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Pathways {
    pub current: Vec<PathwayStep>,
    pub desired: Vec<PathwayStep>,
}

impl Pathways {
    pub fn is_empty(&self) -> bool {
        self.current.is_empty() && self.desired.is_empty()
    }
}

fn key(step: &PathwayStep) -> String {
    step.what.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// The differences, in words: steps only in the desired pathway (new), only in the current
/// one (to stop), and steps in both whose who, when or where change. Steps are matched by
/// what happens, ignoring case and extra spaces; unnamed steps are ignored.
pub fn differences(p: &Pathways) -> Vec<String> {
    let mut out = Vec::new();
    let named = |steps: &[PathwayStep]| steps.iter().filter(|s| !key(s).is_empty()).cloned().collect::<Vec<_>>();
    let (current, desired) = (named(&p.current), named(&p.desired));
    for d in &desired {
        match current.iter().find(|c| key(c) == key(d)) {
            None => out.push(format!("New step: {}", d.what.trim())),
            Some(c) => {
                for (label, before, after) in [("who", &c.who, &d.who), ("when", &c.when, &d.when), ("where", &c.place, &d.place)] {
                    if before.trim() != after.trim() {
                        let show = |s: &String| if s.trim().is_empty() { "not stated".to_string() } else { format!("“{}”", s.trim()) };
                        out.push(format!("{}: {label} changes from {} to {}", d.what.trim(), show(before), show(after)));
                    }
                }
            }
        }
    }
    for c in &current {
        if !desired.iter().any(|d| key(d) == key(c)) {
            out.push(format!("Step no longer in the pathway: {}", c.what.trim()));
        }
    }
    out
}
