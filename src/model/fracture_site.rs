//! The fracture sites the models count, and a value per site.

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

/// One number per fracture site (a count, a share, a cost, a risk reduction …).
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct BySite {
    pub hip: f64,
    pub vertebral: f64,
    pub wrist_forearm: f64,
    pub other: f64,
}

impl BySite {
    /// A value for each site from `f`.
    pub fn from_fn(f: impl Fn(FractureSite) -> f64) -> Self {
        BySite { hip: f(FractureSite::Hip), vertebral: f(FractureSite::Vertebral), wrist_forearm: f(FractureSite::Wrist), other: f(FractureSite::Other) }
    }

    /// The same value at every site.
    pub const fn splat(value: f64) -> Self {
        BySite {
            hip: value,
            vertebral: value,
            wrist_forearm: value,
            other: value,
        }
    }

    /// Value at one site.
    pub fn get(&self, site: FractureSite) -> f64 {
        match site {
            FractureSite::Hip => self.hip,
            FractureSite::Vertebral => self.vertebral,
            FractureSite::Wrist => self.wrist_forearm,
            FractureSite::Other => self.other,
        }
    }

    /// Mutable value at one site.
    pub fn get_mut(&mut self, site: FractureSite) -> &mut f64 {
        match site {
            FractureSite::Hip => &mut self.hip,
            FractureSite::Vertebral => &mut self.vertebral,
            FractureSite::Wrist => &mut self.wrist_forearm,
            FractureSite::Other => &mut self.other,
        }
    }

    /// `hip + vertebral + wrist_forearm + other`.
    pub fn total(&self) -> f64 {
        self.hip + self.vertebral + self.wrist_forearm + self.other
    }

    /// Apply `f` to each site.
    pub fn map(&self, f: impl Fn(FractureSite, f64) -> f64) -> Self {
        let mut out = BySite::default();
        for site in FractureSite::ALL {
            *out.get_mut(site) = f(site, self.get(site));
        }
        out
    }

    /// Site-by-site combination of two values.
    pub fn zip(&self, other: &BySite, f: impl Fn(f64, f64) -> f64) -> Self {
        self.map(|site, a| f(a, other.get(site)))
    }

    /// Site-by-site sum.
    pub fn plus(&self, other: &BySite) -> Self {
        self.zip(other, |a, b| a + b)
    }

    /// Site-by-site difference `self − other`.
    pub fn minus(&self, other: &BySite) -> Self {
        self.zip(other, |a, b| a - b)
    }

    /// Every value multiplied by `k`.
    pub fn scaled(&self, k: f64) -> Self {
        self.map(|_, a| a * k)
    }

    /// Shares that add up to 1 (`value ÷ total`); `None` when the total is not positive.
    pub fn shares(&self) -> Option<BySite> {
        let total = self.total();
        (total > 0.0).then(|| self.scaled(1.0 / total))
    }
}

