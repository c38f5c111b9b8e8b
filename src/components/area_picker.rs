//! Find any embedded UK area by name or code as you type, grouped by kind.

use leptos::prelude::*;

use crate::data::areas::areas;

const MAX_RESULTS: usize = 40;

#[component]
pub fn AreaPicker(
    /// Called with the chosen area's link code.
    on_pick: Callback<String>,
    /// Offer "use a custom population" as well.
    #[prop(optional)]
    allow_custom: bool,
) -> impl IntoView {
    let query = RwSignal::new(String::new());
    let search = Memo::new(move |_| {
        let q = query.get();
        if q.trim().chars().count() < 2 {
            return (Vec::new(), 0);
        }
        let (groups, found) = areas().search(&q, MAX_RESULTS);
        let groups = groups
            .into_iter()
            .map(|(kind, list)| (kind.group_label(), list.into_iter().map(|a| (a.link_code(), a.name.clone(), a.code.clone())).collect::<Vec<_>>()))
            .collect::<Vec<_>>();
        (groups, found)
    });
    let results = move || search.with(|(groups, _)| groups.clone());
    let count = move || search.with(|(_, found)| *found);
    let summary = move || match count() {
        0 => "No areas found".to_string(),
        1 => "1 area found".to_string(),
        n if n > MAX_RESULTS => format!("{n} areas found; the first {MAX_RESULTS} are shown — type more of the name to narrow the list"),
        n => format!("{n} areas found"),
    };
    view! {
        <div class="fls-area-picker">
            <div class="fls-form-group">
                <label class="fls-label" for="area-search">"Find your area"</label>
                <div class="fls-hint" id="area-search-hint">
                    "Type part of a council, county, region, integrated care board, sub-ICB location, former CCG or health board name, or its ONS code (for example Leeds or E08000035). Enter picks the first area found."
                </div>
                <input class="fls-input fls-input--wide" id="area-search" type="search" autocomplete="off" data-testid="area-search"
                    aria-describedby="area-search-hint" aria-controls="area-results"
                    prop:value=move || query.get() on:input=move |ev| query.set(event_target_value(&ev))
                    on:keydown=move |ev| match ev.key().as_str() {
                        // Enter picks the first area found; Down arrow moves to the list.
                        "Enter" => {
                            let first = search.with(|(groups, _)| groups.first().and_then(|(_, list)| list.first()).map(|(link, _, _)| link.clone()));
                            if let Some(link) = first {
                                ev.prevent_default();
                                query.set(String::new());
                                on_pick.run(link);
                            }
                        }
                        "ArrowDown" => {
                            ev.prevent_default();
                            focus_first_result();
                        }
                        _ => {}
                    } />
            </div>
            <p class="fls-hint" aria-live="polite" data-testid="area-count">
                {move || if query.with(|q| q.trim().chars().count() < 2) { String::new() } else { summary() }}
            </p>
            <div id="area-results" class="fls-area-results" data-testid="area-results">
                {move || {
                    let q = query.get();
                    if q.trim().chars().count() >= 2 && count() == 0 {
                        return view! { <p class="fls-hint fls-wrap">"No area matches “" {q} "”. Check the spelling, or try the ONS code."</p> }.into_any();
                    }
                    results().into_iter().map(|(label, list)| view! {
                        <section class="fls-area-group">
                            <h3 class="fls-area-group__title">{label}</h3>
                            <ul class="fls-area-list">
                                {list.into_iter().map(|(link, name, code)| {
                                    let link_for_click = link.clone();
                                    view! {
                                        <li>
                                            <button type="button" class="fls-link-button" data-area=link
                                                on:click=move |_| { query.set(String::new()); on_pick.run(link_for_click.clone()); }>
                                                {name} " " <span class="fls-area-code">{code}</span>
                                            </button>
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                        </section>
                    }).collect_view().into_any()
                }}
            </div>
            {allow_custom.then(|| view! {
                <p>
                    <button type="button" class="fls-link-button" data-testid="use-custom-population" on:click=move |_| on_pick.run("custom".into())>
                        "Or type a population by sex and age band"
                    </button>
                </p>
            })}
        </div>
    }
}

/// Moves focus to the first area in the results list, if any.
fn focus_first_result() {
    use wasm_bindgen::JsCast;
    let first = web_sys::window().and_then(|w| w.document()).and_then(|d| d.query_selector("#area-results button").ok().flatten());
    if let Some(button) = first.and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = button.focus();
    }
}
