//! Any link the route table does not know.

use leptos::prelude::*;

use crate::routes::ROUTES;

#[component]
pub fn NotFoundPage(path: String) -> impl IntoView {
    view! {
        <h1>"Page not found"</h1>
        <p data-testid="not-found">"There is no page at “" {path} "”. If you typed the link, check it. These pages exist:"</p>
        <ul>{ROUTES.iter().map(|r| view! { <li><a href=format!("#{}", r.path)>{r.title}</a></li> }).collect_view()}</ul>
    }
}
