//! Saving files from the page: text (CSV, SVG, JSON) and PNG images of SVG charts. All
//! made in the browser from blob URLs; nothing is sent anywhere.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

fn save_blob(blob: &web_sys::Blob, filename: &str) {
    let Ok(url) = web_sys::Url::create_object_url_with_blob(blob) else { return };
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        if let Ok(anchor) = document.create_element("a").map(|a| a.unchecked_into::<web_sys::HtmlAnchorElement>()) {
            anchor.set_href(&url);
            anchor.set_download(filename);
            if let Some(body) = document.body() {
                let _ = body.append_child(&anchor);
                anchor.click();
                let _ = body.remove_child(&anchor);
            }
        }
    }
    // Revoke after the click has been handled.
    let revoke = Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    if let Some(window) = web_sys::window() {
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 10_000);
    }
}

fn text_blob(text: &str, mime: &str) -> Option<web_sys::Blob> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()
}

/// Offers `text` as a file called `filename`.
pub fn download_text(filename: &str, mime: &str, text: &str) {
    if let Some(blob) = text_blob(text, mime) {
        save_blob(&blob, filename);
    }
}

/// Rasterises `svg` (of `width` × `height` pixels) at twice the size, on white, and offers it as a PNG.
pub fn download_svg_as_png(filename: &str, svg: &str, width: u32, height: u32) {
    let Some(blob) = text_blob(svg, "image/svg+xml") else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    let Ok(image) = web_sys::HtmlImageElement::new() else { return };
    let filename = filename.to_string();
    let loaded = image.clone();
    let source_url = url.clone();
    let onload = Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&source_url);
        let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
        let Ok(canvas) = document.create_element("canvas").map(|c| c.unchecked_into::<web_sys::HtmlCanvasElement>()) else { return };
        let scale = 2;
        canvas.set_width(width * scale);
        canvas.set_height(height * scale);
        let Some(context) = canvas.get_context("2d").ok().flatten().map(|c| c.unchecked_into::<web_sys::CanvasRenderingContext2d>()) else {
            return;
        };
        context.set_fill_style_str("#ffffff");
        context.fill_rect(0.0, 0.0, (width * scale) as f64, (height * scale) as f64);
        let _ = context.draw_image_with_html_image_element_and_dw_and_dh(&loaded, 0.0, 0.0, (width * scale) as f64, (height * scale) as f64);
        let callback = Closure::once_into_js(move |png: Option<web_sys::Blob>| {
            if let Some(png) = png {
                save_blob(&png, &filename);
            }
        });
        let _ = canvas.to_blob(callback.unchecked_ref());
    });
    image.set_onload(Some(onload.unchecked_ref()));
    image.set_src(&url);
}

/// A file name from words: `"Leeds fractures by age"` → `"leeds-fractures-by-age"`.
pub fn file_stem(words: &str) -> String {
    let stem: String = words.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '-' }).collect();
    stem.split('-').filter(|s| !s.is_empty()).collect::<Vec<_>>().join("-")
}

/// Offers `bytes` as a file called `filename`.
pub fn download_bytes(filename: &str, mime: &str, bytes: &[u8]) {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    if let Ok(blob) = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options) {
        save_blob(&blob, filename);
    }
}

/// Rasterises `svg` (of `width` × `height` pixels) on white at twice the size: PNG bytes,
/// or `None` if the browser could not draw it.
pub async fn svg_to_png(svg: &str, width: u32, height: u32) -> Option<Vec<u8>> {
    let blob = text_blob(svg, "image/svg+xml")?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let image = web_sys::HtmlImageElement::new().ok()?;
    let promise = js_sys::Promise::new(&mut |resolve: js_sys::Function, _reject| {
        let loaded = image.clone();
        let on_error = resolve.clone();
        let onload = Closure::once_into_js(move || {
            let done = |value: &JsValue| {
                let _ = resolve.call1(&JsValue::NULL, value);
            };
            let scale = 2;
            let canvas = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.create_element("canvas").ok())
                .map(|c| c.unchecked_into::<web_sys::HtmlCanvasElement>());
            let Some(canvas) = canvas else { return done(&JsValue::NULL) };
            canvas.set_width(width * scale);
            canvas.set_height(height * scale);
            let context = canvas.get_context("2d").ok().flatten().map(|c| c.unchecked_into::<web_sys::CanvasRenderingContext2d>());
            let Some(context) = context else { return done(&JsValue::NULL) };
            context.set_fill_style_str("#ffffff");
            context.fill_rect(0.0, 0.0, (width * scale) as f64, (height * scale) as f64);
            let _ = context.draw_image_with_html_image_element_and_dw_and_dh(&loaded, 0.0, 0.0, (width * scale) as f64, (height * scale) as f64);
            let resolve = resolve.clone();
            let callback = Closure::once_into_js(move |png: JsValue| {
                let _ = resolve.call1(&JsValue::NULL, &png);
            });
            if canvas.to_blob(callback.unchecked_ref()).is_err() {
                done(&JsValue::NULL);
            }
        });
        let onerror = Closure::once_into_js(move || {
            let _ = on_error.call1(&JsValue::NULL, &JsValue::NULL);
        });
        image.set_onload(Some(onload.unchecked_ref()));
        image.set_onerror(Some(onerror.unchecked_ref()));
    });
    image.set_src(&url);
    let png = wasm_bindgen_futures::JsFuture::from(promise).await.ok();
    let _ = web_sys::Url::revoke_object_url(&url);
    let png: web_sys::Blob = png?.dyn_into().ok()?;
    let buffer = wasm_bindgen_futures::JsFuture::from(png.array_buffer()).await.ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Saves everything the app keeps as one project file (`fls-project-<name>-<date>.json`),
/// stamped with the time now; returns the file's name.
pub fn download_project_file(settings: &crate::storage::schema::SavedState) -> String {
    use crate::storage::project_file::{export_project, file_name};
    let now = String::from(js_sys::Date::new_0().to_iso_string());
    let name = file_name(&settings.project.project_name, &now[..10]);
    download_text(&name, "application/json", &export_project(settings, &now));
    name
}
