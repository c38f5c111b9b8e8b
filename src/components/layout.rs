//! The page shell: skip link, header with navigation, storage notices, main content and
//! a footer with the privacy promise, the licence attribution and "clear my data" (which
//! says what it removes and offers a copy first).

use leptos::prelude::*;

use super::download::{download_project_file, download_text};
use super::error_summary::focus_after_render;
use crate::app::AppState;
use crate::data::sources::OGL_ATTRIBUTION;
use crate::routes::ROUTES;
use crate::storage::local::{self, StorageNotice};
use crate::storage::schema::SavedState;

#[component]
fn Notice() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        state.notice.get().map(|notice| {
            let (title, text, offer_backup) = match notice {
                StorageNotice::Damaged { reason } => ("Your saved settings could not be read", reason, true),
                StorageNotice::Unavailable => (
                    "This browser is not saving your work",
                    "Browser storage is turned off or blocked here, so the app works but will forget your area and changes when you close the page.".to_string(),
                    false,
                ),
                StorageNotice::SaveFailed { detail } => ("Your latest changes were not saved", detail, local::damaged_backup().is_some()),
            };
            view! {
                <div class="fls-notice" role="status" data-testid="storage-notice">
                    <h2 class="fls-notice__title">{title}</h2>
                    <p>{text}</p>
                    {offer_backup.then(|| view! {
                        <button type="button" class="fls-button fls-button--secondary" data-testid="download-damaged"
                            on:click=move |_| if let Some(raw) = local::damaged_backup() { download_text("fls-toolkit-saved-settings-backup.json", "application/json", &raw) }>
                            "Download the unreadable settings"
                        </button>
                    })}
                    <button type="button" class="fls-button fls-button--secondary" on:click=move |_| state.notice.set(None)>"Dismiss"</button>
                </div>
            }
        })
    }
}

#[component]
pub fn Layout(children: Children) -> impl IntoView {
    let state = expect_context::<AppState>();
    let cleared = RwSignal::new(false);
    let confirming = RwSignal::new(false);
    let ask = move |_| {
        cleared.set(false);
        confirming.set(true);
        focus_after_render("clear-data-title");
    };
    let export_copy = move |_| {
        state.saved.with_untracked(download_project_file);
    };
    let remove = move |_| {
        local::clear_all();
        state.saving_allowed.set(true);
        state.notice.set(None);
        state.saved.set(SavedState::new());
        // The effect saves the fresh state; remove it too so nothing of ours is left.
        local::clear_all();
        confirming.set(false);
        cleared.set(true);
        focus_after_render("clear-data");
    };
    let cancel = move |_| {
        confirming.set(false);
        focus_after_render("clear-data");
    };
    view! {
        <a class="fls-skip-link" href="#maincontent" on:click=move |ev| { ev.prevent_default(); super::error_summary::focus_field("maincontent"); }>"Skip to main content"</a>
        <header class="fls-header">
            <div class="fls-width-container fls-header__inner">
                <a class="fls-header__name" href="#/">"FLS Toolkit"</a>
                <span class="fls-header__tag">"Fracture Liaison Service planning"</span>
            </div>
            <nav class="fls-nav" aria-label="Main">
                <ul class="fls-width-container fls-nav__list">
                    {ROUTES.iter().map(|r| {
                        let path = r.path;
                        view! {
                            <li>
                                <a class="fls-nav__link" href=format!("#{path}")
                                    aria-current=move || (state.route.with(|route| route.path() == path)).then_some("page")>{r.title}</a>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </nav>
        </header>
        <div class="fls-width-container">
            <Notice/>
            <main id="maincontent" class="fls-main" tabindex="-1">{children()}</main>
        </div>
        <footer class="fls-footer">
            <div class="fls-width-container">
                <p><strong>"Your data stays on this computer."</strong> " Nothing you type or choose is sent anywhere: the app and its data load from this site once and then work offline."</p>
                <p>
                    <button type="button" class="fls-button fls-button--secondary" id="clear-data" data-testid="clear-data" aria-expanded=move || confirming.get().to_string() on:click=ask>"Clear my data from this computer"</button>
                    <span role="status" data-testid="clear-data-status">{move || cleared.get().then_some(" Everything this app saved in this browser has been removed.")}</span>
                </p>
                <Show when=move || confirming.get()>
                    <div class="fls-inset fls-confirm" data-testid="clear-data-confirm">
                        <h2 class="fls-confirm__title" id="clear-data-title" tabindex="-1">"Remove everything this app saved in this browser?"</h2>
                        <p>"This removes your chosen area, every figure you changed, your business-case scenarios, your KPI settings and saved KPI counts, and the whole project workspace (team, plan, meetings, risks, objectives and pathways). It cannot be undone."</p>
                        <p>"To keep a copy, download it first: you can import the file later on the Project page."</p>
                        <div class="fls-button-group">
                            <button type="button" class="fls-button fls-button--secondary" data-testid="clear-data-export" on:click=export_copy>"Download a copy first"</button>
                            <button type="button" class="fls-button fls-button--warning" data-testid="clear-data-remove" on:click=remove>"Remove everything"</button>
                            <button type="button" class="fls-link-button" data-testid="clear-data-cancel" on:click=cancel>"Cancel"</button>
                        </div>
                    </div>
                </Show>
                <p class="fls-footer__small">{OGL_ATTRIBUTION}</p>
            </div>
        </footer>
    }
}
