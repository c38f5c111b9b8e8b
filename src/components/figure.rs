//! A chart with its table and downloads: the table as CSV, the chart as SVG and PNG.

use leptos::prelude::*;

use super::data_table::DataTable;
use super::download::{download_svg_as_png, download_text, file_stem};
use crate::charts::render::{HEIGHT, WIDTH};
use crate::charts::table::Table;

#[component]
pub fn Figure(
    /// The chart as SVG text.
    #[prop(into)]
    svg: Signal<String>,
    #[prop(into)] table: Signal<Table>,
    /// Words for the downloaded files' names.
    #[prop(into)]
    name: Signal<String>,
    /// Prefix of the download buttons' `data-testid`s.
    #[prop(into)]
    id: String,
    /// Start with the table folded away (pages with many charts).
    #[prop(optional)]
    table_folded: bool,
    /// The chart's height in pixels when it is not the usual [`HEIGHT`] (for the PNG).
    #[prop(optional, into)]
    height: Option<Signal<u32>>,
) -> impl IntoView {
    let csv_id = format!("{id}-csv");
    let svg_id = format!("{id}-svg");
    let png_id = format!("{id}-png");
    view! {
        <figure class="fls-figure">
            // Focusable: on a phone the chart keeps a readable size and scrolls sideways.
            <div class="fls-chart" role="img" tabindex="0" aria-label=move || table.with(|t| format!("Chart: {}. The same figures are in the table below.", t.caption)) inner_html=move || svg.get()></div>
            <figcaption class="fls-figure__actions">
                <button type="button" class="fls-button fls-button--secondary" data-testid=csv_id
                    on:click=move |_| download_text(&format!("{}.csv", file_stem(&name.get())), "text/csv;charset=utf-8", &table.with(Table::to_csv))>
                    "Download table (CSV)"
                </button>
                <button type="button" class="fls-button fls-button--secondary" data-testid=svg_id
                    on:click=move |_| download_text(&format!("{}.svg", file_stem(&name.get())), "image/svg+xml", &svg.get())>
                    "Download chart (SVG)"
                </button>
                <button type="button" class="fls-button fls-button--secondary" data-testid=png_id
                    on:click=move |_| download_svg_as_png(&format!("{}.png", file_stem(&name.get())), &svg.get(), WIDTH, height.map_or(HEIGHT, |h| h.get()))>
                    "Download chart (PNG)"
                </button>
            </figcaption>
            <details class="fls-details" open=!table_folded>
                <summary>"The figures as a table"</summary>
                <DataTable table=table/>
            </details>
        </figure>
    }
}
