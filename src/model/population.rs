//! People aged 50 and over by sex and five-year age band: the unit every other figure is
//! built on. Counts are `f64` because apportioned and projected populations are not whole.

use serde::{Deserialize, Serialize};

/// Sex as recorded by ONS population estimates.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Sex {
    Female,
    Male,
}

impl Sex {
    pub const ALL: [Sex; 2] = [Sex::Female, Sex::Male];

    /// Position in `[female, male]` arrays.
    pub fn index(self) -> usize {
        match self {
            Sex::Female => 0,
            Sex::Male => 1,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Sex::Female => "Women",
            Sex::Male => "Men",
        }
    }

    /// One-letter code used in ONS tables and field ids (`F`, `M`).
    pub fn code(self) -> &'static str {
        match self {
            Sex::Female => "F",
            Sex::Male => "M",
        }
    }
}

/// The nine ONS age bands from 50: 50-54 … 85-89 and 90+.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct AgeBand(u8);

impl AgeBand {
    pub const COUNT: usize = 9;
    const LABELS: [&'static str; 9] = ["50-54", "55-59", "60-64", "65-69", "70-74", "75-79", "80-84", "85-89", "90+"];

    pub fn all() -> impl Iterator<Item = AgeBand> {
        (0..Self::COUNT as u8).map(AgeBand)
    }

    pub fn index(self) -> usize {
        self.0 as usize
    }

    /// Band from its position (0 = 50-54).
    ///
    /// # Panics
    /// When `index` is 9 or more: a programmer error.
    pub fn from_index(index: usize) -> AgeBand {
        assert!(index < Self::COUNT, "age band index {index} out of range");
        AgeBand(index as u8)
    }

    /// Band from its ONS label (`"50-54"`, `"90+"`).
    pub fn from_label(label: &str) -> Option<AgeBand> {
        Self::LABELS.iter().position(|l| *l == label).map(Self::from_index)
    }

    pub fn label(self) -> &'static str {
        Self::LABELS[self.index()]
    }
}

/// A value for each sex and age band, indexed `[sex][band]`.
pub type BySexAndBand = [[f64; AgeBand::COUNT]; 2];

/// Population aged 50+ by sex and age band.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Population {
    pub counts: BySexAndBand,
}

impl Population {
    pub fn new(counts: BySexAndBand) -> Self {
        Population { counts }
    }

    pub fn get(&self, sex: Sex, band: AgeBand) -> f64 {
        self.counts[sex.index()][band.index()]
    }

    /// Everyone aged 50 and over: `Σ_sex,band pop[sex, band]`.
    pub fn total(&self) -> f64 {
        self.counts.iter().flatten().sum()
    }

    pub fn total_for(&self, sex: Sex) -> f64 {
        self.counts[sex.index()].iter().sum()
    }

    /// The sum of several populations, band by band.
    pub fn sum<'a>(parts: impl IntoIterator<Item = &'a Population>) -> Population {
        let mut total = Population::default();
        for part in parts {
            for (s, row) in part.counts.iter().enumerate() {
                for (b, n) in row.iter().enumerate() {
                    total.counts[s][b] += n;
                }
            }
        }
        total
    }
}
