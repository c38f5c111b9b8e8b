//! The NHS-style error summary: a list of every field error, each linking to its field.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::model::validation::FieldError;

fn element_by_id(id: &str) -> Option<web_sys::HtmlElement> {
    web_sys::window()?.document()?.get_element_by_id(id)?.dyn_into::<web_sys::HtmlElement>().ok()
}

/// Moves focus to the element with `id` (links here cannot use `#id`: the hash is the route).
pub fn focus_field(id: &str) {
    if let Some(element) = element_by_id(id) {
        let _ = element.focus();
    }
}

/// Moves focus to the element with `id` once the change just made is on the page (the next
/// animation frame), for controls that a click adds, removes or replaces.
pub fn focus_after_render(id: impl Into<String>) {
    let id = id.into();
    request_animation_frame(move || focus_field(&id));
}

/// Moves focus to the heading with `id` — making it focusable by script only (`tabindex="-1"`)
/// first — and scrolls it to the top, so a contents link takes keyboard and screen-reader
/// users to the section as well as the eye (as the skip link does for the main content).
pub fn focus_heading(id: &str) {
    if let Some(element) = element_by_id(id) {
        if !element.has_attribute("tabindex") {
            let _ = element.set_attribute("tabindex", "-1");
        }
        element.scroll_into_view();
        let _ = element.focus();
    }
}

#[component]
pub fn ErrorSummary(
    #[prop(into)] errors: Signal<Vec<FieldError>>,
    /// What happens to the figures meanwhile; by default each field keeps its default value.
    #[prop(optional, into)]
    note: Option<Signal<String>>,
) -> impl IntoView {
    let note = move || note.map(|n| n.get()).unwrap_or_else(|| "Figures use the default value for each field below until it is corrected.".into());
    view! {
        <Show when=move || errors.with(|e| !e.is_empty())>
            <div class="fls-error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1" data-testid="error-summary">
                <h2 class="fls-error-summary__title" id="error-summary-title">"There is a problem"</h2>
                <p>{note}</p>
                <ul class="fls-error-summary__list">
                    {move || errors.get().into_iter().map(|e| {
                        let target = e.field.clone();
                        view! {
                            <li><a href=format!("#{}", e.field) on:click=move |ev| { ev.prevent_default(); focus_field(&target); }>{e.message}</a></li>
                        }
                    }).collect_view()}
                </ul>
            </div>
        </Show>
    }
}
