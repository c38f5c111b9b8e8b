//! A table of figures with a caption; the first column is a row header.

use leptos::prelude::*;

use crate::charts::table::Table;

#[component]
pub fn DataTable(
    #[prop(into)] table: Signal<Table>,
    #[prop(optional, into)] testid: Option<String>,
    /// Cells of words (ids, reasons): left-aligned, not right-aligned like figures.
    #[prop(optional)]
    words: bool,
) -> impl IntoView {
    let class = if words { "fls-table" } else { "fls-table fls-table--numeric" };
    view! {
        <div class="fls-table-wrap" tabindex="0" role="region" aria-label=move || table.with(|t| t.caption.clone())>
            <table class=class data-testid=testid>
                <caption>{move || table.with(|t| t.caption.clone())}</caption>
                <thead>
                    <tr>{move || table.with(|t| t.headers.iter().map(|h| view! { <th scope="col">{h.clone()}</th> }).collect_view())}</tr>
                </thead>
                <tbody>
                    {move || table.with(|t| t.rows.iter().map(|row| {
                        let mut cells = row.iter();
                        let first = cells.next().cloned().unwrap_or_default();
                        view! {
                            <tr>
                                <th scope="row">{first}</th>
                                {cells.map(|c| view! { <td>{c.clone()}</td> }).collect_view()}
                            </tr>
                        }
                    }).collect_view())}
                </tbody>
            </table>
        </div>
    }
}
