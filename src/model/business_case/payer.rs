//! Who pays for, and who saves from, the money in the business case.

use serde::{Deserialize, Serialize};

/// Who pays for, or who saves from, a sum of money.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Payer {
    /// The acute hospital trust (hosts the FLS; pays for hip admissions).
    AcuteTrust,
    /// Primary care prescribing budget (bone-protecting drugs).
    PrimaryCarePrescribing,
    /// Community health services (rehabilitation, district nursing).
    Community,
    /// Local-authority social care (care-home places, home care).
    SocialCare,
}

impl Payer {
    /// All payers in display order.
    pub const ALL: [Payer; 4] = [
        Payer::AcuteTrust,
        Payer::PrimaryCarePrescribing,
        Payer::Community,
        Payer::SocialCare,
    ];

    /// Plain-English name.
    pub fn label(self) -> &'static str {
        match self {
            Payer::AcuteTrust => "Acute trust",
            Payer::PrimaryCarePrescribing => "Primary care prescribing",
            Payer::Community => "Community services",
            Payer::SocialCare => "Social care",
        }
    }
}

/// One sum of money (£) per payer.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ByPayer {
    pub acute_trust_gbp: f64,
    pub primary_care_prescribing_gbp: f64,
    pub community_gbp: f64,
    pub social_care_gbp: f64,
}

impl ByPayer {
    /// Amount for one payer.
    pub fn get(&self, payer: Payer) -> f64 {
        match payer {
            Payer::AcuteTrust => self.acute_trust_gbp,
            Payer::PrimaryCarePrescribing => self.primary_care_prescribing_gbp,
            Payer::Community => self.community_gbp,
            Payer::SocialCare => self.social_care_gbp,
        }
    }

    /// Sum over payers.
    pub fn total(&self) -> f64 {
        self.acute_trust_gbp
            + self.primary_care_prescribing_gbp
            + self.community_gbp
            + self.social_care_gbp
    }

    /// Payer-by-payer sum.
    pub fn plus(&self, o: &ByPayer) -> ByPayer {
        ByPayer {
            acute_trust_gbp: self.acute_trust_gbp + o.acute_trust_gbp,
            primary_care_prescribing_gbp: self.primary_care_prescribing_gbp
                + o.primary_care_prescribing_gbp,
            community_gbp: self.community_gbp + o.community_gbp,
            social_care_gbp: self.social_care_gbp + o.social_care_gbp,
        }
    }

    /// Every amount multiplied by `k`.
    pub fn scaled(&self, k: f64) -> ByPayer {
        ByPayer {
            acute_trust_gbp: self.acute_trust_gbp * k,
            primary_care_prescribing_gbp: self.primary_care_prescribing_gbp * k,
            community_gbp: self.community_gbp * k,
            social_care_gbp: self.social_care_gbp * k,
        }
    }
}
