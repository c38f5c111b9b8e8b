//! The page shell, hash routing from the one route table, and app-wide state (saved
//! settings and storage notices). The only `Effect` that persists state lives here.

use leptos::prelude::*;

use crate::components::layout::Layout;
use crate::pages::{
    business_case::BusinessCasePage, home::HomePage, impact::ImpactPage, kpis::KpisPage, method::MethodPage, not_found::NotFoundPage, project::ProjectPage, project_documents::ProjectDocumentPage, projection::ProjectionPage,
    sources::SourcesPage,
};
use crate::routes::Route;
use crate::storage::local::{self, StorageNotice};
use crate::storage::schema::{decode, Loaded, SavedState, STORAGE_KEY};

/// App-wide state, provided as context.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The current page, from the location hash.
    pub route: RwSignal<Route>,
    /// Everything the app saves on this computer.
    pub saved: RwSignal<SavedState>,
    /// What the user must be told about storage.
    pub notice: RwSignal<Option<StorageNotice>>,
    /// False when saved data could not be set aside: nothing is written over it.
    pub saving_allowed: RwSignal<bool>,
}

impl AppState {
    /// Sets the location hash (adds a history entry; the hashchange listener updates `route`).
    pub fn navigate(&self, route: &Route) {
        if let Some(window) = web_sys::window() {
            let _ = window.location().set_hash(&route.to_hash());
        }
    }
}

fn current_route() -> Route {
    let hash = web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default();
    Route::from_hash(&hash)
}

/// Registers the service worker that keeps the app working offline. Release builds only:
/// a debug build's worker would cache stale code.
fn register_service_worker() {
    if cfg!(debug_assertions) {
        return;
    }
    if let Some(window) = web_sys::window() {
        let container = window.navigator().service_worker();
        let _ = container.register("./sw.js");
    }
}

fn focus_page_heading() {
    use wasm_bindgen::JsCast;
    let heading = web_sys::window().and_then(|w| w.document()).and_then(|d| d.query_selector("main h1").ok().flatten());
    if let Some(heading) = heading.and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = heading.set_attribute("tabindex", "-1");
        let _ = heading.focus();
    }
}

#[component]
pub fn App() -> impl IntoView {
    let (loaded, notice) = local::load();
    let saving_allowed = !matches!(notice, Some(StorageNotice::SaveFailed { .. }));
    let state = AppState {
        route: RwSignal::new(current_route()),
        saved: RwSignal::new(loaded),
        notice: RwSignal::new(notice),
        saving_allowed: RwSignal::new(saving_allowed),
    };
    provide_context(state);

    register_service_worker();

    let listener = window_event_listener(leptos::ev::hashchange, move |_| state.route.set(current_route()));
    on_cleanup(move || listener.remove());

    // Another tab saved: take its settings, so this tab never writes over them with older ones.
    let other_tab = window_event_listener(leptos::ev::storage, move |event| {
        if event.key().as_deref() != Some(STORAGE_KEY) {
            return;
        }
        if let Loaded::Ok(newer) = decode(event.new_value().as_deref()) {
            if state.saved.with_untracked(|s| *s != newer) {
                state.saved.set(newer);
            }
        }
    });
    on_cleanup(move || other_tab.remove());

    // Persist every change of the saved settings.
    Effect::new(move |previous: Option<()>| {
        let saved = state.saved.get();
        if previous.is_none() || !state.saving_allowed.get_untracked() {
            return;
        }
        match local::save(&saved) {
            Ok(()) => {
                if matches!(state.notice.get_untracked(), Some(StorageNotice::SaveFailed { .. })) {
                    state.notice.set(None);
                }
            }
            Err(notice) => state.notice.set(Some(notice)),
        }
    });

    // Page title and, after a navigation (not the first load), focus on the new page's
    // heading, so keyboard and screen-reader users start at the top of what changed.
    Effect::new(move |previous: Option<()>| {
        let route = state.route.get();
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            document.set_title(&format!("{} — FLS Toolkit", route.title()));
        }
        if previous.is_some() {
            request_animation_frame(focus_page_heading);
        }
    });

    view! {
        <Layout>
            {move || match state.route.get() {
                Route::Start => view! { <HomePage/> }.into_any(),
                Route::Impact { area } => view! { <ImpactPage area=area/> }.into_any(),
                Route::Projection { area, from, years } => view! { <ProjectionPage area=area from=from years=years/> }.into_any(),
                Route::BusinessCase { area } => view! { <BusinessCasePage area=area/> }.into_any(),
                Route::Kpis { area } => view! { <KpisPage area=area/> }.into_any(),
                Route::Project => view! { <ProjectPage/> }.into_any(),
                Route::ProjectDocument { doc } => view! { <ProjectDocumentPage doc=doc/> }.into_any(),
                Route::Sources => view! { <SourcesPage/> }.into_any(),
                Route::Method => view! { <MethodPage/> }.into_any(),
                Route::NotFound(path) => view! { <NotFoundPage path=path/> }.into_any(),
            }}
        </Layout>
    }
}
