//! The fracture sites the local-impact model counts.

use serde::{Deserialize, Serialize};

/// A fragility fracture site. "Other" holds every non-hip, non-vertebral, non-forearm
/// fragility fracture (humerus, pelvis, ribs, ankle …): the UK rates have no finer split.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum FractureSite {
    Hip,
    Vertebral,
    Wrist,
    Other,
}

impl FractureSite {
    pub const ALL: [FractureSite; 4] = [FractureSite::Hip, FractureSite::Vertebral, FractureSite::Wrist, FractureSite::Other];

    pub fn index(self) -> usize {
        match self {
            FractureSite::Hip => 0,
            FractureSite::Vertebral => 1,
            FractureSite::Wrist => 2,
            FractureSite::Other => 3,
        }
    }

    /// Plain-English name for headings and tables.
    pub fn label(self) -> &'static str {
        match self {
            FractureSite::Hip => "Hip",
            FractureSite::Vertebral => "Clinical vertebral",
            FractureSite::Wrist => "Wrist/forearm",
            FractureSite::Other => "Other",
        }
    }

    /// "a hip fracture", "a fracture at another site": for sentences about one fracture.
    pub fn one_fracture(self) -> &'static str {
        match self {
            FractureSite::Hip => "a hip fracture",
            FractureSite::Vertebral => "a clinical vertebral fracture",
            FractureSite::Wrist => "a wrist/forearm fracture",
            FractureSite::Other => "a fracture at another site",
        }
    }

    /// Short stable key used in field ids, storage and `data-testid`s.
    pub fn key(self) -> &'static str {
        match self {
            FractureSite::Hip => "hip",
            FractureSite::Vertebral => "vertebral",
            FractureSite::Wrist => "wrist",
            FractureSite::Other => "other",
        }
    }

    /// A value per site, indexed by [`FractureSite::index`].
    pub fn from_key(key: &str) -> Option<FractureSite> {
        FractureSite::ALL.into_iter().find(|s| s.key() == key)
    }
}
