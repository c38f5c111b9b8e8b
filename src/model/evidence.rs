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

/// The source of a default: its basis and a citation (title, year).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Source {
    pub basis: Basis,
    pub citation: &'static str,
}

impl Source {
    pub const fn published(citation: &'static str) -> Source {
        Source { basis: Basis::Published, citation }
    }
    pub const fn derived(citation: &'static str) -> Source {
        Source { basis: Basis::Derived, citation }
    }
    pub const fn assumption(citation: &'static str) -> Source {
        Source { basis: Basis::Assumption, citation }
    }
}
