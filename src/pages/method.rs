//! `#/method`: how every figure is calculated, in words and formulas.

use leptos::prelude::*;

use crate::data::defaults::PRICE_YEAR;
use crate::model::business_case::how_the_model_works;

#[component]
pub fn MethodPage() -> impl IntoView {
    view! {
        <h1>"How figures are calculated"</h1>
        <p class="fls-lede">"Every figure can be rebuilt in a spreadsheet from the formulas below and the tables you can download on each page."</p>
        <h2>"Population"</h2>
        <p>"People aged 50 and over by sex and five-year age band (50–54 … 85–89, 90+), from the ONS mid-2022 estimates for the chosen area. English health areas that cut across councils are apportioned (see Data sources)."</p>
        <h2>"Fractures a year"</h2>
        <p class="fls-formula">"fractures[site] = Σ over sex and band of population[sex, band] × rate[site, sex, band] ÷ 10,000"</p>
        <p>"Sites are hip, clinical vertebral, wrist/forearm and other (every other fragility fracture: humerus, pelvis, ribs, ankle…). The total is the sum of the four sites before rounding; each figure is rounded to a whole number only for display."</p>
        <h2>"Calibration to a local hip fracture count"</h2>
        <p class="fls-formula">"factor = your hip fractures a year ÷ the model's hip fractures a year; every rate × factor"</p>
        <p>"The same factor scales every site, on the view that an area with more hip fractures than predicted has more fragility fractures of every kind."</p>
        <h2>"Costs and bed days"</h2>
        <p class="fls-formula">"hospital cost = Σ over sites of fractures[site] × hospital cost per fracture[site] × (1 + uplift ÷ 100)"</p>
        <p class="fls-formula">"social care cost = Σ over sites of fractures[site] × social care cost per fracture[site] × (1 + uplift ÷ 100)"</p>
        <p class="fls-formula">"total cost = hospital cost + social care cost;  hip bed days = hip fractures × days per hip fracture"</p>
        <p>"Default hospital costs are at " {PRICE_YEAR} " prices for hip (Leal et al. 2016) and at the THIN 2001–05 study's prices for other sites; the uplift is 0% until you set one to bring them to today's prices."</p>
        <h2>"Projection"</h2>
        <p class="fls-formula">"population[year, sex, band] = population[2022, sex, band] × growth factor[country, sex, band, year]"</p>
        <p class="fls-formula">"fractures[year, site] = Σ over sex and band of population[year, sex, band] × rate[site, sex, band] ÷ 10,000"</p>
        <p class="fls-formula">"increase = (fractures in the last year − fractures in the first year) ÷ fractures in the first year × 100"</p>
        <p>"Growth factors are the ONS 2022-based national population projections (principal), published to four decimals: national, not local. UK, Great Britain and England and Wales are projected country by country and added up. Rates per person are held at today's values."</p>
        <h2>"FLS KPIs"</h2>
        <p class="fls-formula">"KPI = numerator ÷ denominator × 100, where pending records (fracture date + window after the as-at date) are left out of both"</p>
        <p class="fls-formula">"KPI 2 = non-spine records ÷ (expected hip + wrist + other fractures a year × days from first to last fracture date, both included ÷ 365.25) × 100"</p>
        <p class="fls-formula">"p-chart: centre line p̄ = Σ numerators ÷ Σ denominators;  limits = p̄ ± 3 × √(p̄ × (1 − p̄) ÷ this period’s denominator), kept within 0–100%"</p>
        <p>"Each KPI’s numerator, denominator, window and bands are listed on the KPI page, exactly as the import contract states them. Special causes follow NHS England’s “Making Data Count”: a point outside the limits, 7 or more points in a row on one side of the centre line, or 6 or more rising or falling in a row."</p>
        <h2>"Rounding and formats"</h2>
        <p>"Numbers are rounded half away from zero, shown with thousands separators; money in whole pounds with a leading minus for negatives; percentages to one decimal."</p>
        <section class="fls-section" aria-labelledby="business-case-model" data-testid="business-case-method">
            <h2 id="business-case-model" tabindex="-1">"How the business case model works"</h2>
            <p>"The " <a href="#/business-case">"business case"</a> " page uses this model. Every default it names is shown beside its input on that page with its source."</p>
            {how_the_model_works().iter().map(|section| view! {
                <h3>{section.heading}</h3>
                {section.paragraphs.iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
            }).collect_view()}
        </section>
    }
}
