//! The smallest useful leptos app: a heading and a button that counts its clicks.

use leptos::prelude::*;

fn main() {
    mount_to_body(|| {
        let count = RwSignal::new(0);
        view! {
            <h1>"Bare leptos"</h1>
            <button on:click=move |_| count.update(|n| *n += 1)>"Clicked " {count} " times"</button>
        }
    });
}
