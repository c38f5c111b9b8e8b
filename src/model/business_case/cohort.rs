//! Step 5 — the cohort model: one annual cohort followed year by year, with the FLS and
//! under usual care.
//!
//! The cohort is the year's caseload, split by index-fracture site (because mortality
//! differs by site). Each site group is followed in annual cycles through two states,
//! alive and dead. With mortality `m[y]` in model year `y`:
//!
//! ```text
//! deaths[y] = alive[y] × m[y]
//! alive[y + 1] = alive[y] − deaths[y]        (so alive + dead = the starting number)
//! ```
//!
//! Deaths are the same in both arms. In each arm a share `τ` of the cohort starts
//! treatment (see [`pathway`](super::pathway)); of them a share `o[y]` is on treatment in
//! year `y`, so the share of the whole cohort on treatment is `τ × o[y]`. Further fractures
//! happen among those who survive the year, at the yearly risk `h[y]` split by site `s[site]`
//! and reduced by `RRR[site]` for those on treatment:
//!
//! ```text
//! fractures[y, site] = alive[y] × (1 − m[y]) × h[y] × s[site] × (1 − τ × o[y] × RRR[site])
//! fractures avoided[y, site] = alive[y] × (1 − m[y]) × h[y] × s[site]
//!                              × (τ_FLS − τ_usual care) × o[y] × RRR[site]
//! ```
//!
//! The risk applies to everyone alive, including people who already had a further fracture
//! (whose risk is, if anything, higher), so a person can have more than one further
//! fracture; each is counted. Avoided fractures are therefore never negative and are zero
//! when the relative risk reduction is zero. Person-years on treatment (for drug costs) are
//! `alive[y] × τ × o[y]`; FLS monitoring contacts are the FLS arm's person-years on
//! treatment × contacts a year (first year / later years).
//!
//! **QALYs lost**, in the year they fall: a fracture in year `y` loses
//! `0.25 × disutility(first 3 months) + 0.75 × disutility(12 months)` in year `y`, and
//! `disutility(later years) × (1 − m_later)^(t − y)` in each later year `t` of the horizon,
//! where `m_later` is the group's yearly mortality from year 2. A death caused by a hip
//! fracture (`hip fractures × 1-year mortality × share caused by the fracture`) loses
//! `utility of survivors × 0.5` in year `y` (death mid-year) and
//! `utility of survivors × (1 − m_later)^(t − y)` in each later year. Nothing after the
//! horizon counts.
//!
//! Avoided = usual care − FLS, for every quantity.

use serde::Serialize;

use super::caseload::Caseload;
use super::effect::risk_reduction_by_site;
use super::inputs::{Inputs, QualityOfLife};
use super::pathway::{on_treatment_by_year, treatment_started_shares};
use super::risk::{
    later_fracture_shares, later_years_mortality, mortality_by_year, refracture_probability_by_year,
};
use crate::model::fracture_site::{BySite, FractureSite};
use super::validation::ValidInputs;

/// People in each state of the model.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct PeopleCount {
    pub alive: f64,
    pub dead: f64,
}

impl PeopleCount {
    /// Everyone: alive + dead (equals the cohort's starting size).
    pub fn total(&self) -> f64 {
        self.alive + self.dead
    }
    fn plus(&self, o: &PeopleCount) -> PeopleCount {
        PeopleCount {
            alive: self.alive + o.alive,
            dead: self.dead + o.dead,
        }
    }
}

/// One arm (FLS or usual care) in one model year.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct ArmYear {
    /// States at the start of the year.
    pub people_start: PeopleCount,
    /// States at the end of the year.
    pub people_end: PeopleCount,
    /// Further fractures in the year, by site.
    pub fractures: BySite,
    /// Deaths in the year (same in both arms).
    pub deaths: f64,
    /// Person-years on bone-protecting treatment.
    pub treatment_years: f64,
    /// FLS monitoring contacts (0 under usual care).
    pub monitoring_contacts: f64,
    /// Deaths caused by this year's hip fractures.
    pub hip_fracture_deaths_caused: f64,
    /// QALYs lost that fall in this year (undiscounted), from fractures in this or earlier years.
    pub qalys_lost: f64,
}

impl ArmYear {
    fn plus(&self, o: &ArmYear) -> ArmYear {
        ArmYear {
            people_start: self.people_start.plus(&o.people_start),
            people_end: self.people_end.plus(&o.people_end),
            fractures: self.fractures.plus(&o.fractures),
            deaths: self.deaths + o.deaths,
            treatment_years: self.treatment_years + o.treatment_years,
            monitoring_contacts: self.monitoring_contacts + o.monitoring_contacts,
            hip_fracture_deaths_caused: self.hip_fracture_deaths_caused
                + o.hip_fracture_deaths_caused,
            qalys_lost: self.qalys_lost + o.qalys_lost,
        }
    }
}

/// Both arms in one model year (1 = the cohort's first year).
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct CohortYear {
    pub year: usize,
    pub fls: ArmYear,
    pub usual_care: ArmYear,
}

impl CohortYear {
    /// Further fractures avoided by the FLS this year: usual care − FLS, by site.
    pub fn fractures_avoided(&self) -> BySite {
        self.usual_care.fractures.minus(&self.fls.fractures)
    }
    /// QALYs gained this year (undiscounted): usual care's QALYs lost − the FLS arm's.
    pub fn qalys_gained(&self) -> f64 {
        self.usual_care.qalys_lost - self.fls.qalys_lost
    }
    /// Deaths caused by hip fractures that the FLS avoids this year.
    pub fn hip_fracture_deaths_avoided(&self) -> f64 {
        self.usual_care.hip_fracture_deaths_caused - self.fls.hip_fracture_deaths_caused
    }
}

/// One annual cohort followed over the horizon.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CohortTrace {
    /// Patients in the cohort (the year's caseload).
    pub patients: f64,
    /// Patients who start treatment with the FLS.
    pub starters_fls: f64,
    /// Patients who start treatment under usual care.
    pub starters_usual_care: f64,
    /// Model years 1..=horizon.
    pub years: Vec<CohortYear>,
}

/// QALYs lost in the first year after a fracture at `site`:
/// `0.25 × disutility(first 3 months) + 0.75 × disutility(12 months)`.
pub fn first_year_qaly_loss(q: &QualityOfLife, site: FractureSite) -> f64 {
    match site {
        FractureSite::Hip => {
            0.25 * q.hip_disutility_first_3_months + 0.75 * q.hip_disutility_at_12_months
        }
        _ => 0.25 * q.non_hip_disutility_first_3_months + 0.75 * q.non_hip_disutility_at_12_months,
    }
}

fn later_year_disutility(q: &QualityOfLife, site: FractureSite) -> f64 {
    match site {
        FractureSite::Hip => q.hip_disutility_later_years,
        _ => q.non_hip_disutility_later_years,
    }
}

/// What is the same for every group in the cohort.
struct Common<'a> {
    horizon: usize,
    hazard: Vec<f64>,
    shares: BySite,
    rrr: BySite,
    on_treatment: Vec<f64>,
    quality: &'a QualityOfLife,
    hip_death_per_hip_fracture: f64,
    monitoring_first_year: f64,
    monitoring_later_years: f64,
}

/// Follow the `people` whose index fracture was at one site, in one arm where a share
/// `started` of them start treatment (see the module docs for the formulas).
fn trace_group(
    people: f64,
    mortality: &[f64],
    later_mortality: f64,
    started: f64,
    monitored: bool,
    c: &Common,
) -> Vec<ArmYear> {
    let mut years = vec![ArmYear::default(); c.horizon];
    let mut state = PeopleCount {
        alive: people,
        dead: 0.0,
    };
    let survival_after = |gap: usize| (1.0 - later_mortality).powi(gap as i32);
    for y in 0..c.horizon {
        let m = mortality[y];
        let on_treatment = started * c.on_treatment[y];
        let start = state;
        let deaths = start.alive * m;
        let fractures = c.shares.map(|site, share| {
            start.alive * (1.0 - m) * c.hazard[y] * share * (1.0 - on_treatment * c.rrr.get(site))
        });
        state = PeopleCount {
            alive: start.alive - deaths,
            dead: start.dead + deaths,
        };
        let treatment_years = start.alive * on_treatment;
        let contacts_per_year = if y == 0 {
            c.monitoring_first_year
        } else {
            c.monitoring_later_years
        };
        let hip_deaths = fractures.hip * c.hip_death_per_hip_fracture;

        let entry = &mut years[y];
        entry.people_start = start;
        entry.people_end = state;
        entry.fractures = fractures;
        entry.deaths = deaths;
        entry.treatment_years = treatment_years;
        entry.monitoring_contacts = if monitored {
            treatment_years * contacts_per_year
        } else {
            0.0
        };
        entry.hip_fracture_deaths_caused = hip_deaths;

        // QALYs lost from this year's fractures and hip-fracture deaths, in this and later years.
        let u = c.quality.utility_of_survivors;
        let mut loss_this_year = hip_deaths * u * 0.5;
        for site in FractureSite::ALL {
            loss_this_year += fractures.get(site) * first_year_qaly_loss(c.quality, site);
        }
        years[y].qalys_lost += loss_this_year;
        for (t, later) in years.iter_mut().enumerate().skip(y + 1) {
            let survival = survival_after(t - y);
            let mut loss = hip_deaths * u * survival;
            for site in FractureSite::ALL {
                loss += fractures.get(site) * later_year_disutility(c.quality, site) * survival;
            }
            later.qalys_lost += loss;
        }
    }
    years
}

/// Follow one annual cohort of `caseload` patients for the horizon, in both arms.
pub fn trace_cohort(valid: &ValidInputs, caseload: &Caseload) -> CohortTrace {
    let inputs: &Inputs = valid.inputs();
    let horizon = valid.horizon_years();
    let (started_fls, started_uc) = treatment_started_shares(&inputs.pathway);
    let risk = &inputs.risk;
    let common = Common {
        horizon,
        hazard: refracture_probability_by_year(risk, horizon),
        shares: later_fracture_shares(risk),
        rrr: risk_reduction_by_site(&inputs.treatment, &inputs.effect),
        on_treatment: on_treatment_by_year(&inputs.treatment, horizon),
        quality: &inputs.quality_of_life,
        hip_death_per_hip_fracture: risk.hip_fracture_one_year_mortality_pct / 100.0
            * risk.hip_deaths_caused_by_fracture_pct
            / 100.0,
        monitoring_first_year: inputs.treatment.monitoring_contacts_first_year,
        monitoring_later_years: inputs.treatment.monitoring_contacts_later_years,
    };

    let mut years: Vec<CohortYear> = (1..=horizon)
        .map(|year| CohortYear {
            year,
            ..CohortYear::default()
        })
        .collect();
    for site in FractureSite::ALL {
        let n = caseload.identified_by_site.get(site);
        if n <= 0.0 {
            continue;
        }
        let mortality = mortality_by_year(risk, site, horizon);
        let later = later_years_mortality(risk, site);
        let fls = trace_group(n, &mortality, later, started_fls, true, &common);
        let usual_care = trace_group(n, &mortality, later, started_uc, false, &common);
        for ((year, f), u) in years.iter_mut().zip(fls).zip(usual_care) {
            year.fls = year.fls.plus(&f);
            year.usual_care = year.usual_care.plus(&u);
        }
    }
    CohortTrace {
        patients: caseload.patients_per_year,
        starters_fls: caseload.patients_per_year * started_fls,
        starters_usual_care: caseload.patients_per_year * started_uc,
        years,
    }
}
