//! The source of a default figure, or the flag that it is an assumption to replace.

use leptos::prelude::*;

use crate::model::evidence::{Basis, Source};

#[component]
pub fn SourceTag(source: Source) -> impl IntoView {
    let class = match source.basis {
        Basis::Published => "fls-source fls-source--published",
        Basis::Derived => "fls-source fls-source--derived",
        Basis::Assumption => "fls-source fls-source--assumption",
    };
    view! {
        <span class=class>
            <strong class="fls-source__basis">{source.basis.label()}</strong>
            ": " {source.cited()}
            {(!source.note.is_empty()).then(|| format!(" — {}", source.note))}
        </span>
    }
}
