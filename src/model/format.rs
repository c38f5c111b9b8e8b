//! Numbers as UK readers expect them: thousands separators, £, one-decimal percentages,
//! rounding half away from zero; and CSV text that opens cleanly in Excel.

/// Rounds to `decimals` places, half away from zero (2.5 → 3, −2.5 → −3).
pub fn round_half_away(value: f64, decimals: u32) -> f64 {
    let scale = 10f64.powi(decimals as i32);
    let scaled = value * scale;
    // Guard against binary representation putting x.5 just below the half.
    let nudged = scaled + scaled.signum() * 1e-9 * scaled.abs().max(1.0);
    nudged.round() / scale
}

/// Whole number with thousands separators: `12345.6` → `"12,346"`, `-1234` → `"-1,234"`.
pub fn whole(value: f64) -> String {
    decimal(value, 0)
}

/// Number with thousands separators and exactly `decimals` places: `decimal(1234.56, 1)` → `"1,234.6"`.
pub fn decimal(value: f64, decimals: u32) -> String {
    let rounded = round_half_away(value, decimals);
    let text = format!("{:.*}", decimals as usize, rounded.abs());
    let (int_part, frac_part) = match text.split_once('.') {
        Some((i, f)) => (i.to_string(), Some(f.to_string())),
        None => (text.clone(), None),
    };
    let mut grouped = String::new();
    for (i, ch) in int_part.chars().enumerate() {
        if i > 0 && (int_part.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(ch);
    }
    let sign = if rounded < 0.0 { "-" } else { "" };
    match frac_part {
        Some(f) => format!("{sign}{grouped}.{f}"),
        None => format!("{sign}{grouped}"),
    }
}

/// A count and its noun, singular for exactly one: `count_noun(1, "row", "rows")` →
/// `"1 row"`, `count_noun(1234, "row", "rows")` → `"1,234 rows"`.
pub fn count_noun(count: u64, singular: &str, plural: &str) -> String {
    format!("{} {}", whole(count as f64), if count == 1 { singular } else { plural })
}

/// Whole pounds with a leading minus for negatives: `-1234.4` → `"-£1,234"`.
pub fn money(value: f64) -> String {
    let text = whole(value);
    match text.strip_prefix('-') {
        Some(rest) => format!("-£{rest}"),
        None => format!("£{text}"),
    }
}

/// Percentage with one decimal and a % sign: `12.345` → `"12.3%"`.
pub fn percent(value: f64) -> String {
    format!("{}%", decimal(value, 1))
}

/// A number without trailing zeros or separators, for form fields: `33.50` → `"33.5"`, `14163.0` → `"14163"`.
pub fn plain_number(value: f64) -> String {
    let text = format!("{:.4}", value);
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text == "-0" { "0".into() } else { text.to_string() }
}

/// One CSV cell: a text starting with `=`, `+`, `@` or `-` (other than a number) gets a
/// leading `'` so Excel never reads it as a formula; quoted when it holds a comma, quote or
/// line break (quotes doubled).
fn csv_cell(cell: &str) -> String {
    let risky = cell.starts_with(['=', '+', '@']) || (cell.starts_with('-') && cell.parse::<f64>().is_err());
    let cell = if risky { format!("'{cell}") } else { cell.to_string() };
    if cell.contains([',', '"', '\n', '\r']) { format!("\"{}\"", cell.replace('"', "\"\"")) } else { cell }
}

/// CSV text for spreadsheets: a UTF-8 byte-order mark (so Excel reads £ and accents), CRLF
/// line ends, cells as `csv_cell` writes them. The first row is normally the header.
pub fn csv_text<R, C>(rows: R) -> String
where
    R: IntoIterator<Item = C>,
    C: IntoIterator,
    C::Item: AsRef<str>,
{
    let mut out = String::from('\u{feff}');
    for row in rows {
        let cells: Vec<String> = row.into_iter().map(|c| csv_cell(c.as_ref())).collect();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}
