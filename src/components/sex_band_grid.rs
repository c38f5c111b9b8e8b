//! A table with a row per age band and a column per sex, whose cells the caller draws
//! (rate fields, population fields).

use leptos::prelude::*;

use crate::model::population::{AgeBand, Sex};

#[component]
pub fn SexBandGrid<F, V>(
    /// Caption for screen readers (the legend above says the same visibly).
    #[prop(into)]
    caption: String,
    /// Draws the cell for one sex and band.
    cell: F,
) -> impl IntoView
where
    F: Fn(Sex, AgeBand) -> V + 'static,
    V: IntoView + 'static,
{
    view! {
        <table class="fls-table fls-rate-grid">
            <caption class="fls-visually-hidden">{caption}</caption>
            <thead><tr><th scope="col">"Age band"</th>{Sex::ALL.map(|sex| view! { <th scope="col">{sex.label()}</th> }).collect_view()}</tr></thead>
            <tbody>
                {AgeBand::all().map(|band| view! {
                    <tr>
                        <th scope="row">{band.label()}</th>
                        {Sex::ALL.map(|sex| view! { <td>{cell(sex, band)}</td> }).collect_view()}
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}
