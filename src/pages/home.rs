//! `#/`: what the app does, the privacy promise and where to begin.

use leptos::prelude::*;

use crate::app::AppState;
use crate::routes::Route;

#[component]
pub fn HomePage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let saved_area = move || state.saved.with(|s| s.area.clone());
    view! {
        <h1>"Plan, fund, run and prove a Fracture Liaison Service"</h1>
        <p class="fls-lede">
            "A Fracture Liaison Service (FLS) finds people aged 50 and over after a fragility fracture and treats their bones, so that the next fracture — often a hip fracture — never happens. "
            "This toolkit gives commissioners, service managers and clinicians the local figures to make the case."
        </p>
        <div class="fls-inset" data-testid="privacy-promise">
            <h2>"Your data stays on this computer"</h2>
            <p>"Nothing you type or choose is sent anywhere. The app and all its data load from this site once; after that it works with the network off. Your chosen area and any figures you change are saved in this browser only, and the button at the bottom of every page removes them."</p>
        </div>
        <h2>"Where to begin"</h2>
        <ol class="fls-steps">
            <li>
                <h3><a href=move || Route::Impact { area: saved_area() }.to_hash() data-testid="start-impact">"Local impact"</a></h3>
                <p>"Pick your council, integrated care board, sub-ICB location or health board and see how many fragility fractures happen there each year, by site, age and sex, what they cost and the hospital bed days hip fractures take."</p>
            </li>
            <li>
                <h3><a href=move || Route::Projection { area: saved_area(), from: None, years: None }.to_hash()>"Projection"</a></h3>
                <p>"See how those numbers grow over 5 to 10 years as the population ages, using the ONS national population projections."</p>
            </li>
            <li>
                <h3><a href=move || Route::BusinessCase { area: saved_area() }.to_hash() data-testid="start-business-case">"Business case"</a></h3>
                <p>"See what a Fracture Liaison Service would cost, the fractures it would prevent and the money it would save over 1 to 10 years, compared with usual care. Change any input, start from a minimal or a full service, and save and compare named scenarios."</p>
            </li>
            <li>
                <h3><a href="#/method">"How figures are calculated"</a>" and "<a href="#/sources">"data sources"</a></h3>
                <p>"Every default number shows its source, or says it is an assumption for you to replace, so you can defend each figure to a finance committee."</p>
            </li>
        </ol>
        <p>
            "To run the whole project — team, stakeholders, plan, risks, objectives, standards — and write the Project Initiation Document, service specification and business case as Word files, use the "
            <a href="#/project" data-testid="start-project">"project workspace"</a>". The "<a href="#/kpis">"FLS KPIs"</a>" page works out the 11 national KPIs from your own patient file."
        </p>
    }
}
