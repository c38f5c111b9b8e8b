//! Every UK area with ONS mid-2022 population estimates aged 50+, embedded in the app.
//!
//! Built by `build.rs` from the verbatim ONS tables in `src/data/ons/` (see
//! `PROVENANCE.md` there). Parsed once, on first use.

use std::sync::OnceLock;

use crate::model::population::{AgeBand, Population};

/// What kind of area a code names; decides its group in the picker.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AreaKind {
    Country,
    Region,
    County,
    Council,
    IntegratedCareBoard,
    SubIcbLocation,
    FormerCcg,
    WelshHealthBoard,
    ScottishHealthBoard,
    NorthernIrelandTrust,
}

impl AreaKind {
    pub const ALL: [AreaKind; 10] = [
        AreaKind::Country,
        AreaKind::Region,
        AreaKind::County,
        AreaKind::Council,
        AreaKind::IntegratedCareBoard,
        AreaKind::SubIcbLocation,
        AreaKind::FormerCcg,
        AreaKind::WelshHealthBoard,
        AreaKind::ScottishHealthBoard,
        AreaKind::NorthernIrelandTrust,
    ];

    /// Group heading in the area picker.
    pub fn group_label(self) -> &'static str {
        match self {
            AreaKind::Country => "UK and countries",
            AreaKind::Region => "Regions of England",
            AreaKind::County => "Counties and metropolitan counties",
            AreaKind::Council => "Councils (local authorities, April 2023)",
            AreaKind::IntegratedCareBoard => "Integrated care boards (2024)",
            AreaKind::SubIcbLocation => "Sub-ICB locations (2024)",
            AreaKind::FormerCcg => "Former clinical commissioning groups (2021)",
            AreaKind::WelshHealthBoard => "Welsh local health boards",
            AreaKind::ScottishHealthBoard => "Scottish health boards",
            AreaKind::NorthernIrelandTrust => "Northern Ireland health and social care trusts",
        }
    }

    fn from_table(kind: &str) -> Option<AreaKind> {
        Some(match kind {
            "Country" => AreaKind::Country,
            "Region" => AreaKind::Region,
            "County" | "Metropolitan County" => AreaKind::County,
            "Unitary Authority" | "Non-metropolitan District" | "Metropolitan District" | "London Borough" | "Council Area"
            | "Local Government District" => AreaKind::Council,
            "ICB24" => AreaKind::IntegratedCareBoard,
            "SICBL24" => AreaKind::SubIcbLocation,
            "CCG21" => AreaKind::FormerCcg,
            "LHB22" => AreaKind::WelshHealthBoard,
            "HB19" => AreaKind::ScottishHealthBoard,
            "HSCT18" => AreaKind::NorthernIrelandTrust,
            _ => return None,
        })
    }
}

/// The four UK countries, as coded by ONS, with the projections each uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Country {
    England,
    Wales,
    Scotland,
    NorthernIreland,
}

impl Country {
    pub const ALL: [Country; 4] = [Country::England, Country::Wales, Country::Scotland, Country::NorthernIreland];

    pub fn code(self) -> &'static str {
        match self {
            Country::England => "E92000001",
            Country::Wales => "W92000004",
            Country::Scotland => "S92000003",
            Country::NorthernIreland => "N92000002",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Country::England => "England",
            Country::Wales => "Wales",
            Country::Scotland => "Scotland",
            Country::NorthernIreland => "Northern Ireland",
        }
    }
}

/// One area and its 50+ population.
#[derive(Clone, Debug, PartialEq)]
pub struct Area {
    pub kind: AreaKind,
    /// ONS (GSS) code, or the trust's short code in Northern Ireland.
    pub code: String,
    pub name: String,
    /// How health-area figures were built (`apportioned`, `exact_sum_of_LAs`, …; `ons` for ONS's own).
    pub method: String,
    pub population: Population,
}

impl Area {
    /// The code used in links: the plain code, or `CCG21:<code>` for a former CCG (whose
    /// codes are shared with 2024 sub-ICB locations).
    pub fn link_code(&self) -> String {
        if self.kind == AreaKind::FormerCcg { format!("CCG21:{}", self.code) } else { self.code.clone() }
    }

    /// The countries the area lies in. UK, Great Britain and England and Wales span several.
    pub fn countries(&self) -> Vec<Country> {
        match self.code.as_str() {
            "K02000001" => Country::ALL.to_vec(),
            "K03000001" => vec![Country::England, Country::Wales, Country::Scotland],
            "K04000001" => vec![Country::England, Country::Wales],
            code if code.starts_with('W') => vec![Country::Wales],
            code if code.starts_with('S') => vec![Country::Scotland],
            code if code.starts_with('N') || self.kind == AreaKind::NorthernIrelandTrust => vec![Country::NorthernIreland],
            _ => vec![Country::England],
        }
    }

    /// `"Leeds (council, E08000035)"`-style label for lists.
    pub fn describe(&self) -> String {
        format!("{} ({})", self.name, self.code)
    }
}

/// All embedded areas.
pub struct Areas {
    pub list: Vec<Area>,
}

const AREAS_TSV: &str = include_str!(concat!(env!("OUT_DIR"), "/areas.tsv"));

/// Title case for the names ONS writes in capitals (`"ENGLAND AND WALES"` → `"England and Wales"`).
fn tidy_name(name: &str) -> String {
    if name.chars().any(|c| c.is_lowercase()) {
        return name.to_string();
    }
    name.split(' ')
        .enumerate()
        .map(|(i, word)| {
            let lower = word.to_lowercase();
            if i > 0 && matches!(lower.as_str(), "and" | "of" | "the") {
                return lower;
            }
            let mut chars = lower.chars();
            chars.next().map(|c| c.to_uppercase().collect::<String>() + chars.as_str()).unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Lower case without apostrophes or punctuation other than `:` (kept for `CCG21:` codes):
/// `"King's Lynn, West Norfolk"` → `"kings lynn west norfolk"`.
fn search_text(text: &str) -> String {
    text.to_lowercase()
        .chars()
        .filter(|c| !matches!(c, '\'' | '’'))
        .map(|c| if c.is_alphanumeric() || c == ':' { c } else { ' ' })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn parse(tsv: &str) -> Vec<Area> {
    tsv.lines()
        .map(|line| {
            let cells: Vec<&str> = line.split('\t').collect();
            assert_eq!(cells.len(), 4 + 2 * AgeBand::COUNT, "embedded area row has the wrong shape: {line}");
            let kind = AreaKind::from_table(cells[0]).unwrap_or_else(|| panic!("unknown area kind {}", cells[0]));
            let mut population = Population::default();
            for (i, cell) in cells[4..].iter().enumerate() {
                population.counts[i / AgeBand::COUNT][i % AgeBand::COUNT] = cell.parse().expect("embedded population is a number");
            }
            Area { kind, code: cells[1].to_string(), name: tidy_name(cells[2]), method: cells[3].to_string(), population }
        })
        .collect()
}

/// The embedded areas, parsed on first use.
pub fn areas() -> &'static Areas {
    static AREAS: OnceLock<Areas> = OnceLock::new();
    AREAS.get_or_init(|| Areas { list: parse(AREAS_TSV) })
}

impl Areas {
    /// The area a link names: `CCG21:<code>` is the former CCG; a plain code is any other
    /// area with that code, or a former CCG when no current area has it.
    pub fn find(&self, link_code: &str) -> Option<&Area> {
        let link_code = link_code.trim();
        if let Some(code) = link_code.strip_prefix("CCG21:") {
            return self.list.iter().find(|a| a.kind == AreaKind::FormerCcg && a.code.eq_ignore_ascii_case(code));
        }
        self.list
            .iter()
            .find(|a| a.kind != AreaKind::FormerCcg && a.code.eq_ignore_ascii_case(link_code))
            .or_else(|| self.list.iter().find(|a| a.code.eq_ignore_ascii_case(link_code)))
    }

    /// The country's own row (its 2022 population).
    pub fn country(&self, country: Country) -> &Area {
        self.list
            .iter()
            .find(|a| a.kind == AreaKind::Country && a.code == country.code())
            .expect("every UK country is embedded")
    }

    /// Areas whose name, code or link code contains every word of `query` (case, apostrophes
    /// and punctuation ignored; "UK" and "GB" name the UK and Great Britain), grouped by kind in
    /// picker order, at most `limit` in all, with the number of matches before the limit.
    /// Names starting with the query come first.
    pub fn search(&self, query: &str, limit: usize) -> (Vec<(AreaKind, Vec<&Area>)>, usize) {
        let words: Vec<String> = search_text(query).split_whitespace().map(str::to_string).collect();
        let wanted = search_text(query);
        let mut hits: Vec<&Area> = self
            .list
            .iter()
            .filter(|a| {
                let alias = match a.code.as_str() {
                    "K02000001" => " uk",
                    "K03000001" => " gb",
                    _ => "",
                };
                let haystack = format!("{} {} {}{alias}", search_text(&a.name), a.code.to_lowercase(), a.link_code().to_lowercase());
                words.iter().all(|w| haystack.contains(w.as_str()))
            })
            .collect();
        let found = hits.len();
        hits.sort_by_key(|a| (!search_text(&a.name).starts_with(&wanted), a.kind, a.name.clone()));
        hits.truncate(limit);
        let groups = AreaKind::ALL
            .iter()
            .map(|kind| (*kind, hits.iter().copied().filter(|a| a.kind == *kind).collect::<Vec<_>>()))
            .filter(|(_, list)| !list.is_empty())
            .collect();
        (groups, found)
    }
}
