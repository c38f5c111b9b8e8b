//! Step 7 — outputs: one annual cohort, and the service running every year of the horizon.
//!
//! The cohort model gives, for one annual cohort, a stream of values by model year
//! `y = 1..H`: fractures avoided by site, bed days saved, hip-fracture deaths avoided, QALYs
//! gained, extra FLS cost and savings. Two views add these streams up by **calendar year**
//! `t` (year 1 = the service's first year):
//!
//! ```text
//! one annual cohort:     value[t] = stream[t]
//! service, every year:   value[t] = Σ_{k = 1..t} stream[t − k + 1]
//! ```
//!
//! (the cohort starting in year `k` contributes to years `k..H`; nothing after the horizon
//! counts). Then, with `d_money(t)` and `d_qaly(t)` the discount factors
//! ([`discount_factor`]):
//!
//! ```text
//! FLS cost          = Σ_t cost[t] × d_money(t)
//! gross savings     = Σ_t savings[t] × d_money(t)
//! net cost          = FLS cost − gross savings        (positive = net cost, negative = net saving)
//! QALYs gained      = Σ_t qalys[t] × d_qaly(t)
//! return on investment = (gross savings − FLS cost) ÷ FLS cost     (none when FLS cost is 0)
//! cost per fracture avoided = FLS cost ÷ fractures avoided         (none when none avoided)
//! cost per QALY     = Σ_t (cost[t] − savings[t]) × d_qaly(t) ÷ QALYs gained
//!                     (both discounted at the QALY rate, NICE reference case);
//!                     "cost saving" when that net cost ≤ 0 and QALYs > 0; "n/a" when QALYs ≤ 0
//! break-even year   = first t with cumulative savings ≥ cumulative FLS cost (none if never)
//! ```
//!
//! With the default money discount rate of 0, every £ figure is the undiscounted budget impact.

use serde::Serialize;

use super::caseload::{caseload, Caseload};
use super::cohort::{trace_cohort, CohortTrace};
use super::costs::{
    bed_days_saved, extra_cost_by_year, savings_from, staffing_need, CostBreakdown, StaffingNeed,
};
use super::discounting::discount_factor;
use super::payer::ByPayer;
use crate::model::fracture_site::BySite;
use super::validation::ValidInputs;
use crate::model::format::money;

/// NICE's cost-effectiveness threshold range, £ per QALY [R: NICE].
pub const NICE_THRESHOLD_GBP_PER_QALY: (f64, f64) = (20_000.0, 30_000.0);

/// Cost per QALY gained.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub enum CostPerQaly {
    /// £ per QALY gained (the FLS costs money and gains QALYs).
    Gbp(f64),
    /// The FLS saves money and gains QALYs ("cost saving").
    CostSaving,
    /// No QALYs are gained ("n/a").
    NotApplicable,
}

impl CostPerQaly {
    /// Text for `bc-cost-per-qaly`: "£12,345", "cost saving" or "n/a".
    pub fn display(&self) -> String {
        match self {
            CostPerQaly::Gbp(v) => money(*v),
            CostPerQaly::CostSaving => "cost saving".to_string(),
            CostPerQaly::NotApplicable => "n/a".to_string(),
        }
    }
}

/// One calendar year of a view (also the cash-flow series for the chart).
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct YearResult {
    /// 1 = the service's first year.
    pub year: usize,
    pub fractures_avoided: BySite,
    pub bed_days_saved: f64,
    pub hip_fracture_deaths_avoided: f64,
    /// QALYs gained in the year, discounted at the QALY rate.
    pub qalys_gained: f64,
    /// Extra FLS cost in the year by item (money discount rate applied).
    pub fls_cost: CostBreakdown,
    pub fls_cost_gbp: f64,
    /// Savings in the year by payer (money discount rate applied).
    pub savings: ByPayer,
    pub gross_savings_gbp: f64,
    /// `fls_cost_gbp − gross_savings_gbp`.
    pub net_cost_gbp: f64,
    pub cumulative_cost_gbp: f64,
    pub cumulative_savings_gbp: f64,
    /// `cumulative_cost_gbp − cumulative_savings_gbp`.
    pub cumulative_net_cost_gbp: f64,
}

/// Totals and year-by-year results for one view.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Results {
    pub years: Vec<YearResult>,
    pub fractures_avoided: f64,
    pub fractures_avoided_by_site: BySite,
    pub hip_fractures_avoided: f64,
    pub bed_days_saved: f64,
    pub hip_fracture_deaths_avoided: f64,
    /// Discounted at the QALY rate.
    pub qalys_gained: f64,
    pub qalys_gained_undiscounted: f64,
    pub fls_cost_gbp: f64,
    pub fls_cost_breakdown: CostBreakdown,
    pub fls_cost_by_payer: ByPayer,
    pub gross_savings_gbp: f64,
    pub savings_by_payer: ByPayer,
    /// FLS cost − gross savings: positive = net cost, negative = net saving.
    pub net_cost_gbp: f64,
    /// (gross savings − FLS cost) ÷ FLS cost; `None` when the FLS costs nothing.
    pub return_on_investment: Option<f64>,
    /// FLS cost ÷ fractures avoided.
    pub cost_per_fracture_avoided_gbp: Option<f64>,
    /// Net cost ÷ fractures avoided.
    pub net_cost_per_fracture_avoided_gbp: Option<f64>,
    /// Net cost discounted at the QALY rate (the numerator of cost per QALY).
    pub net_cost_at_qaly_discount_rate_gbp: f64,
    pub cost_per_qaly: CostPerQaly,
    /// First year (1-based) in which cumulative savings reach cumulative cost.
    pub break_even_year: Option<usize>,
}

/// Everything the business-case page shows.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Outputs {
    pub horizon_years: usize,
    pub caseload: Caseload,
    /// Staff needed for the first year's caseload.
    pub staffing: StaffingNeed,
    /// `staffing.total_wte` (shown as `bc-wte-required`).
    pub wte_required: f64,
    /// One annual cohort followed for the horizon.
    pub one_cohort: Results,
    /// The service running every year of the horizon (a new cohort each year): the headline.
    pub service: Results,
    /// The first cohort's people, fractures and treatment year by year, in both arms.
    pub cohort_trace: CohortTrace,
}

/// One cohort's values by model year, before adding up.
struct Streams {
    cost: Vec<CostBreakdown>,
    savings: Vec<ByPayer>,
    avoided: Vec<BySite>,
    bed_days: Vec<f64>,
    hip_deaths: Vec<f64>,
    qalys: Vec<f64>,
}

fn aggregate(
    s: &Streams,
    horizon: usize,
    cohort_starts: &[usize],
    money_rate: f64,
    qaly_rate: f64,
) -> Results {
    let mut years = Vec::with_capacity(horizon);
    let (mut cum_cost, mut cum_savings) = (0.0, 0.0);
    let mut net_at_qaly_rate = 0.0;
    let mut qalys_undiscounted = 0.0;
    for t in 1..=horizon {
        let mut raw = YearResult {
            year: t,
            ..YearResult::default()
        };
        let mut raw_qalys = 0.0;
        for &k in cohort_starts.iter().filter(|&&k| k <= t) {
            let y = t - k; // model-year index (0 = the cohort's first year)
            raw.fractures_avoided = raw.fractures_avoided.plus(&s.avoided[y]);
            raw.bed_days_saved += s.bed_days[y];
            raw.hip_fracture_deaths_avoided += s.hip_deaths[y];
            raw.fls_cost = raw.fls_cost.plus(&s.cost[y]);
            raw.savings = raw.savings.plus(&s.savings[y]);
            raw_qalys += s.qalys[y];
        }
        let dm = discount_factor(t, money_rate);
        let dq = discount_factor(t, qaly_rate);
        qalys_undiscounted += raw_qalys;
        net_at_qaly_rate += (raw.fls_cost.total_gbp() - raw.savings.total()) * dq;
        let fls_cost = raw.fls_cost.scaled(dm);
        let savings = raw.savings.scaled(dm);
        cum_cost += fls_cost.total_gbp();
        cum_savings += savings.total();
        years.push(YearResult {
            qalys_gained: raw_qalys * dq,
            fls_cost,
            fls_cost_gbp: fls_cost.total_gbp(),
            savings,
            gross_savings_gbp: savings.total(),
            net_cost_gbp: fls_cost.total_gbp() - savings.total(),
            cumulative_cost_gbp: cum_cost,
            cumulative_savings_gbp: cum_savings,
            cumulative_net_cost_gbp: cum_cost - cum_savings,
            ..raw
        });
    }

    let by_site = years
        .iter()
        .fold(BySite::default(), |acc, y| acc.plus(&y.fractures_avoided));
    let breakdown = years
        .iter()
        .fold(CostBreakdown::default(), |acc, y| acc.plus(&y.fls_cost));
    let savings_by_payer = years
        .iter()
        .fold(ByPayer::default(), |acc, y| acc.plus(&y.savings));
    let fls_cost = breakdown.total_gbp();
    let gross_savings = savings_by_payer.total();
    let net_cost = fls_cost - gross_savings;
    let fractures_avoided = by_site.total();
    let qalys: f64 = years.iter().map(|y| y.qalys_gained).sum();
    let per_fracture = |v: f64| (fractures_avoided > 1e-9).then(|| v / fractures_avoided);
    let cost_per_qaly = if qalys <= 1e-9 {
        CostPerQaly::NotApplicable
    } else if net_at_qaly_rate <= 0.0 {
        CostPerQaly::CostSaving
    } else {
        CostPerQaly::Gbp(net_at_qaly_rate / qalys)
    };
    Results {
        fractures_avoided,
        fractures_avoided_by_site: by_site,
        hip_fractures_avoided: by_site.hip,
        bed_days_saved: years.iter().map(|y| y.bed_days_saved).sum(),
        hip_fracture_deaths_avoided: years.iter().map(|y| y.hip_fracture_deaths_avoided).sum(),
        qalys_gained: qalys,
        qalys_gained_undiscounted: qalys_undiscounted,
        fls_cost_gbp: fls_cost,
        fls_cost_breakdown: breakdown,
        fls_cost_by_payer: breakdown.by_payer(),
        gross_savings_gbp: gross_savings,
        savings_by_payer,
        net_cost_gbp: net_cost,
        return_on_investment: (fls_cost > 0.0).then(|| (gross_savings - fls_cost) / fls_cost),
        cost_per_fracture_avoided_gbp: per_fracture(fls_cost),
        net_cost_per_fracture_avoided_gbp: per_fracture(net_cost),
        net_cost_at_qaly_discount_rate_gbp: net_at_qaly_rate,
        cost_per_qaly,
        break_even_year: years
            .iter()
            .find(|y| y.cumulative_savings_gbp >= y.cumulative_cost_gbp)
            .map(|y| y.year),
        years,
    }
}

/// Run the business-case model on validated inputs.
pub fn run(valid: &ValidInputs) -> Outputs {
    let inputs = valid.inputs();
    let horizon = valid.horizon_years();
    let caseload = caseload(&inputs.reach);
    let trace = trace_cohort(valid, &caseload);
    let costs = &inputs.fracture_costs;
    let avoided: Vec<BySite> = trace.years.iter().map(|y| y.fractures_avoided()).collect();
    let streams = Streams {
        cost: extra_cost_by_year(inputs, &trace),
        savings: avoided.iter().map(|a| savings_from(costs, a)).collect(),
        bed_days: avoided.iter().map(|a| bed_days_saved(costs, a)).collect(),
        hip_deaths: trace
            .years
            .iter()
            .map(|y| y.hip_fracture_deaths_avoided())
            .collect(),
        qalys: trace.years.iter().map(|y| y.qalys_gained()).collect(),
        avoided,
    };
    let money_rate = inputs.horizon.cost_discount_rate_pct;
    let qaly_rate = inputs.horizon.qaly_discount_rate_pct;
    let every_year: Vec<usize> = (1..=horizon).collect();
    let staffing = staffing_need(caseload.patients_per_year, &inputs.staffing);
    Outputs {
        horizon_years: horizon,
        caseload,
        staffing,
        wte_required: staffing.total_wte,
        one_cohort: aggregate(&streams, horizon, &[1], money_rate, qaly_rate),
        service: aggregate(&streams, horizon, &every_year, money_rate, qaly_rate),
        cohort_trace: trace,
    }
}
