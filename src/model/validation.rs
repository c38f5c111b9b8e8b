//! Reading numbers typed by people, with messages that say what to enter.

use serde::{Deserialize, Serialize};

/// One field's problem, shown in the error summary and beside the field in the same words.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    /// The field's id (also its HTML id, so the summary can link to it).
    pub field: String,
    pub message: String,
}

/// What a number field accepts.
#[derive(Clone, Debug, PartialEq)]
pub struct NumberRule {
    /// What the user calls the field, used in messages ("the hip hospital cost").
    pub name: String,
    pub unit: Unit,
    pub min: f64,
    pub max: f64,
    /// Whole numbers only.
    pub whole: bool,
}

/// The unit a number is entered in; decides how limits read in messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Pounds,
    Percent,
    PerTenThousand,
    Days,
    People,
    Fractures,
    Years,
    PoundsPerYear,
    PatientsPerYear,
    PatientsPerWte,
    ContactsPerYear,
    WteRatio,
    SessionsPerWeek,
    /// A quality-of-life weight on the QALY scale, 0 to 1.
    Utility,
    PercentPerYear,
}

impl Unit {
    /// Short unit text shown after a field.
    pub fn suffix(self) -> &'static str {
        match self {
            Unit::Pounds => "£",
            Unit::Percent => "%",
            Unit::PerTenThousand => "per 10,000 a year",
            Unit::Days => "days",
            Unit::People => "people",
            Unit::Fractures => "fractures a year",
            Unit::Years => "years",
            Unit::PoundsPerYear => "£ a year",
            Unit::PatientsPerYear => "patients a year",
            Unit::PatientsPerWte => "patients a year per WTE",
            Unit::ContactsPerYear => "contacts a year",
            Unit::WteRatio => "WTE per nurse WTE",
            Unit::SessionsPerWeek => "sessions a week",
            Unit::Utility => "QALY weight (0 to 1)",
            Unit::PercentPerYear => "% a year",
        }
    }

    fn show(self, value: f64) -> String {
        let number = if value.fract() == 0.0 { super::format::whole(value) } else { super::format::plain_number(value) };
        match self {
            Unit::Pounds | Unit::PoundsPerYear => super::format::money(value),
            Unit::Percent | Unit::PercentPerYear => format!("{number}%"),
            _ => number,
        }
    }
}

impl NumberRule {
    /// Parses `text` as this field's number. Accepts commas between thousands, a leading `£`,
    /// a trailing `%` and a typographic minus (−); a blank field is an error here (use [`NumberRule::parse_optional`]
    /// when blank is allowed).
    pub fn parse(&self, text: &str) -> Result<f64, String> {
        self.parse_optional(text)?.ok_or_else(|| format!("Enter {}", self.name))
    }

    /// As [`NumberRule::parse`], but a blank field gives `Ok(None)`.
    pub fn parse_optional(&self, text: &str) -> Result<Option<f64>, String> {
        let trimmed = text.trim();
        let unmarked = match self.unit {
            Unit::Pounds | Unit::PoundsPerYear => trimmed.strip_prefix('£'),
            Unit::Percent | Unit::PercentPerYear => trimmed.strip_suffix('%'),
            _ => None,
        }
        .unwrap_or(trimmed)
        .trim();
        if unmarked.is_empty() {
            return Ok(None);
        }
        if unmarked.contains(',') && !thousands_grouped(unmarked) {
            return Err(format!("Enter {} as a number {}, using a full stop for decimals (commas only between thousands)", self.name, self.range()));
        }
        // Spaces and thousands commas go; a typographic minus (−, as Word and Excel write it)
        // is a minus.
        let cleaned: String = unmarked.chars().filter(|c| !matches!(c, ',' | ' ' | '\u{a0}')).map(|c| if c == '\u{2212}' { '-' } else { c }).collect();
        match cleaned.parse::<f64>() {
            Ok(value) if value.is_finite() => self.check(value).map(Some),
            _ => Err(format!("Enter {} as a number {}", self.name, self.range())),
        }
    }

    fn range(&self) -> String {
        format!("between {} and {}", self.unit.show(self.min), self.unit.show(self.max))
    }

    /// Checks a number already read: finite, whole where required, within the limits.
    pub fn check(&self, value: f64) -> Result<f64, String> {
        if !value.is_finite() {
            return Err(format!("Enter {} as a number {}", self.name, self.range()));
        }
        if self.whole && value.fract() != 0.0 {
            return Err(format!("Enter {} as a whole number {}", self.name, self.range()));
        }
        if value < self.min || value > self.max {
            return Err(format!("Enter {} {}", self.name, self.range()));
        }
        Ok(value)
    }
}

/// Why `text` is too long for a field that takes at most `max` characters (spaces at either end
/// not counted), naming the field as `what` ("a project name"): "Enter a project name of 120
/// characters or fewer (this one has 1,000)". `None` when it fits.
pub fn text_too_long(what: &str, text: &str, max: usize) -> Option<String> {
    let count = text.trim().chars().count();
    (count > max).then(|| format!("Enter {what} of {} characters or fewer (this one has {})", super::format::whole(max as f64), super::format::whole(count as f64)))
}

/// True when every comma in `text` separates groups of three digits (`"1,234,567.5"`),
/// so that `"20,2"` (a decimal comma) is not silently read as 202.
fn thousands_grouped(text: &str) -> bool {
    let digits = text.trim_start_matches(['-', '+']);
    let integer = digits.split('.').next().unwrap_or("");
    let mut groups = integer.split(',');
    let first_ok = groups.next().is_some_and(|g| (1..=3).contains(&g.len()) && g.chars().all(|c| c.is_ascii_digit()));
    first_ok && groups.all(|g| g.len() == 3 && g.chars().all(|c| c.is_ascii_digit())) && !digits.split('.').skip(1).any(|d| d.contains(','))
}
