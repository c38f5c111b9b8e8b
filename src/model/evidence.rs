//! Where a default number comes from. Every default the app shows carries one of these,
//! so a commissioner can defend it to a finance committee or knows to replace it.

use serde::{Deserialize, Serialize};

/// How strong the basis of a default is (the tags of the domain guide).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Basis {
    /// Read in the named source.
    Published,
    /// Derived by stated arithmetic from published figures.
    Derived,
    /// A working assumption the local team should replace with its own figure.
    Assumption,
}

impl Basis {
    pub fn label(self) -> &'static str {
        match self {
            Basis::Published => "Published",
            Basis::Derived => "Derived",
            Basis::Assumption => "Assumption — replace with your local figure",
        }
    }
}

/// The source of a default: its basis, a citation (title) and, where known, the year of
/// publication and a note (the figure read, the arithmetic of a derived value).
/// For an assumption the citation says what the assumption rests on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Source {
    pub basis: Basis,
    pub citation: &'static str,
    /// Year of publication, when the citation does not already carry it.
    pub year: Option<u16>,
    /// The figure read or the arithmetic of a derived value (empty when none).
    pub note: &'static str,
}

impl Source {
    pub const fn published(citation: &'static str) -> Source {
        Source { basis: Basis::Published, citation, year: None, note: "" }
    }
    pub const fn derived(citation: &'static str) -> Source {
        Source { basis: Basis::Derived, citation, year: None, note: "" }
    }
    pub const fn assumption(citation: &'static str) -> Source {
        Source { basis: Basis::Assumption, citation, year: None, note: "" }
    }

    /// The same source with its year of publication.
    pub const fn in_year(self, year: u16) -> Source {
        Source { year: Some(year), ..self }
    }

    /// The same work cited for one value: read in it (`Published`) or derived from it,
    /// with the figure or the arithmetic in `note`.
    pub const fn for_value(self, basis: Basis, note: &'static str) -> Source {
        Source { basis, note, ..self }
    }

    /// True for figures a local team must replace.
    pub fn is_assumption(&self) -> bool {
        self.basis == Basis::Assumption
    }

    /// The citation with its year: "Leal et al., … (2016)".
    pub fn cited(&self) -> String {
        match self.year {
            Some(year) => format!("{} ({year})", self.citation),
            None => self.citation.to_string(),
        }
    }
}
