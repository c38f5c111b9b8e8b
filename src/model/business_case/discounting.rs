//! Discounting (NICE reference case: 3.5% a year for QALYs and cost per QALY).
//!
//! A value in model year `t` (1 = the first year) is multiplied by
//!
//! ```text
//! discount factor(t) = 1 ÷ (1 + rate)^(t − 1)
//! ```
//!
//! so year 1 is not discounted and a rate of 0 leaves every value unchanged.

/// `1 ÷ (1 + rate_pct/100)^(year − 1)`; `year` is 1-based.
pub fn discount_factor(year: usize, rate_pct: f64) -> f64 {
    let exponent = year.saturating_sub(1) as i32;
    (1.0 + rate_pct / 100.0).powi(-exponent)
}
