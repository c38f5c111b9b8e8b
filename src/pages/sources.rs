//! `#/sources`: each embedded data source with its publisher, date and licence.

use leptos::prelude::*;

use crate::data::sources::{OGL_ATTRIBUTION, SOURCES};

#[component]
pub fn SourcesPage() -> impl IntoView {
    view! {
        <h1>"Data sources"</h1>
        <p class="fls-lede">"Every figure the app starts from, where it comes from and its licence. All data are part of the app itself and load from this site; nothing is fetched from anywhere else."</p>
        <div class="fls-inset" data-testid="ogl-attribution"><p>{OGL_ATTRIBUTION}</p></div>
        <div class="fls-table-wrap" tabindex="0" role="region" aria-label="Data sources">
            <table class="fls-table" data-testid="sources-table">
                <caption>"Embedded and quoted data sources"</caption>
                <thead><tr><th scope="col">"Source"</th><th scope="col">"Publisher"</th><th scope="col">"Date"</th><th scope="col">"Licence"</th><th scope="col">"Used for"</th></tr></thead>
                <tbody>
                    {SOURCES.iter().map(|s| view! {
                        <tr><th scope="row">{s.title}</th><td>{s.publisher}</td><td>{s.date}</td><td>{s.licence}</td><td>{s.used_for}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
        <h2>"Checks made on the embedded data"</h2>
        <ul>
            <li>"For every country and age band, the councils add up to the country and to ONS's published totals (England aged 50+: 21,731,409; UK: 26,028,478). The app's own tests check this on every build."</li>
            <li>"Every set of health areas adds up to its country's total."</li>
            <li>"The projections' 2022 values match the mid-2022 estimates within 0.07%."</li>
            <li>"The derived hip fracture rates predict 557 per 100,000 people aged 65+ in England, against 558 published by OHID Fingertips (2018/19 and 2022/23)."</li>
        </ul>
        <h2>"Known limits"</h2>
        <ul>
            <li>"The hip rate for people aged 90+ repeats the 85–89 rate; hospital data suggest the true rate is about 1.65 times higher, so hip fractures in the oldest are understated."</li>
            <li>"Vertebral, wrist/forearm and other rates are the same at every age from 50 (the UK source gives one rate for everyone 50+), so the projection understates how ageing raises these fractures."</li>
            <li>"English integrated care board, sub-ICB and former CCG populations apportion councils that straddle boundaries using mid-2020 small-area weights; about 90% of England's over-50s live in councils wholly inside one sub-ICB location."</li>
        </ul>
    }
}
