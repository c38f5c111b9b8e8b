//! A labelled number field with hint, unit and inline error, tied by `aria-describedby`.

use leptos::prelude::*;

#[component]
pub fn NumberInput(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    /// Text shown in the field.
    #[prop(into)]
    value: Signal<String>,
    /// Called with the new text on every keystroke.
    on_input: Callback<String>,
    #[prop(optional, into)] error: Signal<Option<String>>,
    #[prop(default = None)] hint: Option<String>,
    #[prop(default = None)] suffix: Option<String>,
    #[prop(default = None)] prefix: Option<String>,
    /// Visually hide the label (used in grids whose headers say the same).
    #[prop(optional)]
    compact: bool,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described = {
        let hint_id = hint_id.clone();
        let error_id = error_id.clone();
        let has_hint = hint.is_some();
        move || {
            let mut ids = Vec::new();
            if has_hint {
                ids.push(hint_id.clone());
            }
            if error.with(Option::is_some) {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let label_class = if compact { "fls-label fls-visually-hidden" } else { "fls-label" };
    view! {
        <div class="fls-form-group" class:fls-form-group--error=move || error.with(Option::is_some)>
            <label class=label_class for=id.clone()>{label}</label>
            {hint.map(|h| view! { <div class="fls-hint" id=hint_id.clone()>{h}</div> })}
            {move || error.get().map(|e| view! { <p class="fls-error-message" id=error_id.clone()><span class="fls-visually-hidden">"Error: "</span>{e}</p> })}
            <div class="fls-input-wrapper">
                {prefix.map(|p| view! { <span class="fls-input__prefix" aria-hidden="true">{p}</span> })}
                <input class="fls-input" id=id.clone() name=id.clone() type="text" inputmode="decimal" autocomplete="off" spellcheck="false"
                    aria-describedby=described aria-invalid=move || error.with(Option::is_some).then_some("true")
                    prop:value=move || value.get()
                    on:input=move |ev| on_input.run(event_target_value(&ev)) />
                {suffix.map(|s| view! { <span class="fls-input__suffix" aria-hidden="true">{s}</span> })}
            </div>
        </div>
    }
}
