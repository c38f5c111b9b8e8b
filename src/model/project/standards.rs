//! The standards a service is assessed against, described in our own words: the Royal
//! Osteoporosis Society's clinical standards for FLS (2019), grouped as "5IQ", and the
//! International Osteoporosis Foundation's Capture the Fracture Best Practice Framework
//! (13 standards). The team rates each; the ones not met form the gap list.

use serde::{Deserialize, Serialize};

/// Which framework a standard belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Framework {
    Ros,
    Iof,
}

impl Framework {
    pub fn title(self) -> &'static str {
        match self {
            Framework::Ros => "Royal Osteoporosis Society clinical standards for FLS (2019): 5IQ",
            Framework::Iof => "IOF Capture the Fracture Best Practice Framework: 13 standards",
        }
    }
}

/// One standard and what meeting it looks like, in our words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Standard {
    pub id: &'static str,
    pub framework: Framework,
    pub name: &'static str,
    pub meaning: &'static str,
}

const fn ros(id: &'static str, name: &'static str, meaning: &'static str) -> Standard {
    Standard { id, framework: Framework::Ros, name, meaning }
}
const fn iof(id: &'static str, name: &'static str, meaning: &'static str) -> Standard {
    Standard { id, framework: Framework::Iof, name, meaning }
}

/// Every standard, ROS first, then IOF.
pub const STANDARDS: &[Standard] = &[
    ros("ros-identify", "Identify", "Every person aged 50 or over with a fragility fracture is found, including spine fractures seen on scans done for other reasons."),
    ros("ros-investigate", "Investigate", "Each person's fracture risk and falls risk are assessed promptly, with a bone density scan when it would change what is done."),
    ros("ros-inform", "Inform", "People are told what the assessment found and what it means, and decide with the service what happens next."),
    ros("ros-intervene", "Intervene", "Bone-protecting treatment is recommended and started when it is needed, and falls and exercise help is offered."),
    ros("ros-integrate", "Integrate", "A long-term plan is shared with the GP, and people are contacted about 16 weeks and 12 months on to check treatment continues."),
    ros("ros-quality", "Quality", "The service has clear leadership and governance, takes part in the national audit and uses its results to improve."),
    iof("iof-identification", "Patient identification", "People with a fracture are found systematically, not by chance."),
    iof("iof-evaluation", "Patient evaluation", "Those found are assessed for their future fracture risk."),
    iof("iof-timing", "Timing of assessment", "The assessment happens soon after the fracture."),
    iof("iof-vertebral", "Vertebral fractures", "Spine fractures are looked for and acted on, not only the fracture that brought the person in."),
    iof("iof-guidelines", "Assessment guidelines", "Assessment follows national or local guidance."),
    iof("iof-secondary", "Secondary causes", "Other conditions that weaken bone are checked for."),
    iof("iof-falls", "Falls prevention", "People at risk of falling are offered services that reduce falls."),
    iof("iof-multifaceted", "Multifaceted risk assessment", "Lifestyle and other risk factors are assessed and addressed together."),
    iof("iof-initiation", "Medication initiation", "Treatment is started for those who need it."),
    iof("iof-review", "Medication review", "People already on treatment have it reviewed."),
    iof("iof-communication", "Communication strategy", "The plan is communicated to the person and to their GP and other clinicians."),
    iof("iof-long-term", "Long-term management", "There is a plan for follow-up and for keeping people on treatment."),
    iof("iof-database", "Database", "Every patient's care is recorded in a database that supports audit."),
];

/// How well a standard is met, as the team judges it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Rating {
    #[default]
    NotAssessed,
    NotMet,
    PartlyMet,
    Met,
}

impl Rating {
    pub const ALL: [Rating; 4] = [Rating::NotAssessed, Rating::NotMet, Rating::PartlyMet, Rating::Met];
    pub fn label(self) -> &'static str {
        match self {
            Rating::NotAssessed => "Not assessed",
            Rating::NotMet => "Not met",
            Rating::PartlyMet => "Partly met",
            Rating::Met => "Met",
        }
    }
    pub fn id(self) -> &'static str {
        match self {
            Rating::NotAssessed => "not_assessed",
            Rating::NotMet => "not_met",
            Rating::PartlyMet => "partly_met",
            Rating::Met => "met",
        }
    }
    pub fn from_id(id: &str) -> Rating {
        Rating::ALL.into_iter().find(|r| r.id() == id).unwrap_or_default()
    }
    /// Not met or partly met: a gap to close.
    pub fn is_gap(self) -> bool {
        matches!(self, Rating::NotMet | Rating::PartlyMet)
    }
}
