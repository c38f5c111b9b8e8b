//! A calendar date with no time and no time zone, and the date formats people type: used by
//! the KPI import (the template's date formats) and the project plan.
//!
//! Contract rule (Dates): `d/m/yyyy` (UK order; day and month with one or two digits) or
//! `yyyy-mm-dd`, either optionally followed by a time (`05/01/2024 00:00`,
//! `2024-01-05 00:00:00`) which is ignored. Anything else is not a valid date.
//!
//! The date is stored as a day number: days since 1970-01-01 in the proleptic Gregorian
//! calendar, so "days from fracture" is a subtraction. Conversion uses Howard Hinnant's
//! `days_from_civil` / `civil_from_days` algorithms ("chrono-Compatible Low-Level Date
//! Algorithms", 2013), which are exact for every year this type accepts (1–9999).

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A calendar date (proleptic Gregorian), years 1 to 9999.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct Date {
    days_since_1970: i32,
}

/// Number of days in `month` (1–12) of `year`.
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Gregorian leap year: divisible by 4, except centuries not divisible by 400.
pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

impl Date {
    /// The date for a year, month (1–12) and day, or `None` if that day does not exist
    /// (31 April, 29 February 2023, month 13, year 0...).
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(1..=9999).contains(&year) || !(1..=12).contains(&month) {
            return None;
        }
        if day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date {
            days_since_1970: days_from_civil(year, month, day),
        })
    }

    /// Year, month (1–12) and day of month.
    pub fn year_month_day(self) -> (i32, u32, u32) {
        civil_from_days(self.days_since_1970)
    }

    /// The year.
    pub fn year(self) -> i32 {
        self.year_month_day().0
    }

    /// The month, 1–12.
    pub fn month(self) -> u32 {
        self.year_month_day().1
    }

    /// Days since 1 January 1970 (negative before it): the position on a date axis.
    pub fn day_number(self) -> i32 {
        self.days_since_1970
    }

    /// The date `days` days after 1 January 1970, or `None` outside years 1–9999.
    pub fn from_day_number(days: i32) -> Option<Date> {
        let (year, _, _) = civil_from_days(days);
        (1..=9999).contains(&year).then_some(Date { days_since_1970: days })
    }

    /// Whole days from `earlier` to `self` (`self − earlier`; the same day is 0, negative
    /// when `self` is before `earlier`).
    pub fn days_since(self, earlier: Date) -> i32 {
        self.days_since_1970 - earlier.days_since_1970
    }

    /// The date `days` days later (earlier if negative).
    pub fn plus_days(self, days: i32) -> Date {
        Date {
            days_since_1970: self.days_since_1970 + days,
        }
    }

    /// Reads a date in one of the template's formats (see the module documentation).
    /// Surrounding spaces are ignored. Returns `None` for anything else, including dates
    /// that do not exist (`31/04/2024`).
    pub fn parse(text: &str) -> Option<Date> {
        // Byte-wise: every accepted character is ASCII, and this runs for every date cell of
        // files with a million rows.
        let bytes = text.trim().as_bytes();
        let (date_part, time_part) = match bytes.iter().position(|&b| b == b' ') {
            Some(i) => (&bytes[..i], Some(bytes[i..].trim_ascii_start())),
            None => (bytes, None),
        };
        if let Some(time) = time_part {
            if !is_time(time) {
                return None;
            }
        }
        if date_part.len() == 10 && date_part[4] == b'-' && date_part[7] == b'-' {
            let year = digits(&date_part[0..4])?;
            let month = digits(&date_part[5..7])?;
            let day = digits(&date_part[8..10])?;
            return Date::from_ymd(year as i32, month, day);
        }
        let mut parts = date_part.split(|&b| b == b'/');
        let (day, month, year) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some()
            || !(1..=2).contains(&day.len())
            || !(1..=2).contains(&month.len())
            || year.len() != 4
        {
            return None;
        }
        Date::from_ymd(digits(year)? as i32, digits(month)?, digits(day)?)
    }

    /// ISO 8601 text, `yyyy-mm-dd`.
    pub fn iso(self) -> String {
        self.to_string()
    }

    /// UK text, `dd/mm/yyyy` (as shown to users and written in CSV exports).
    pub fn uk(self) -> String {
        let (y, m, d) = self.year_month_day();
        format!("{d:02}/{m:02}/{y:04}")
    }
}

/// `yyyy-mm-dd`.
impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = self.year_month_day();
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

/// Serialised as ISO text, `"2024-01-05"`.
impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Date::parse(&text)
            .ok_or_else(|| serde::de::Error::custom(format!("{text:?} is not a date (yyyy-mm-dd)")))
    }
}

/// The value of an all-ASCII-digit slice, or `None` (empty, a non-digit, or too long).
fn digits(bytes: &[u8]) -> Option<u32> {
    if bytes.is_empty() || bytes.len() > 9 {
        return None;
    }
    let mut value = 0u32;
    for &b in bytes {
        if !b.is_ascii_digit() {
            return None;
        }
        value = value * 10 + u32::from(b - b'0');
    }
    Some(value)
}

/// A time of day: `h:mm` or `hh:mm`, optionally `:ss`, optionally a fraction of a second
/// (`.sss`). Hours 0–23, minutes and seconds 0–59.
fn is_time(text: &[u8]) -> bool {
    let (clock, fraction) = match text.iter().position(|&b| b == b'.') {
        Some(i) => (&text[..i], Some(&text[i + 1..])),
        None => (text, None),
    };
    let mut parts = clock.split(|&b| b == b':');
    let ok_part = |part: Option<&[u8]>, max: u32, min_len: usize| match part {
        Some(p) if (min_len..=2).contains(&p.len()) => digits(p).is_some_and(|v| v <= max),
        _ => false,
    };
    if !ok_part(parts.next(), 23, 1) || !ok_part(parts.next(), 59, 2) {
        return false;
    }
    match parts.next() {
        None => fraction.is_none(),
        Some(seconds) => {
            ok_part(Some(seconds), 59, 2)
                && parts.next().is_none()
                && fraction.is_none_or(|f| !f.is_empty() && f.iter().all(u8::is_ascii_digit))
        }
    }
}

/// Days since 1970-01-01 of a civil date (Hinnant, `days_from_civil`):
/// shift the year to start on 1 March, then
/// `era = y div 400`, `yoe = y − 400·era`, `doy = (153·mp + 2) div 5 + d − 1` with
/// `mp = (m + 9) mod 12`, `doe = 365·yoe + yoe div 4 − yoe div 100 + doy`,
/// `days = 146097·era + doe − 719468`.
fn days_from_civil(year: i32, month: u32, day: u32) -> i32 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month as i32 + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day as i32 - 1;
    let doe = 365 * yoe + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date of a day number (Hinnant, `civil_from_days`), the inverse of
/// [`days_from_civil`].
fn civil_from_days(days: i32) -> (i32, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i32::from(month <= 2);
    (year, month, day)
}
