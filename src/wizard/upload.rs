//! A document for an upload field: checked in the browser by its first bytes and size (the
//! core's rules, the same as the e-service's), sent at once, and shown with a preview (an
//! image) or its name and size (a PDF). After a reload the name and size stay; the preview,
//! which lives only in this page's memory, does not.

use super::draft::FileNote;
use super::{text, use_wizard};
use crate::api;
use crate::components::error_message::ErrorMessage;
use crate::locale::{t_string, use_i18n};
use leptos::prelude::*;
use migrationto_core::eservice::{Field, Kind};
use migrationto_core::upload;
use wasm_bindgen::JsCast;

#[component]
pub fn UploadField(
    field: &'static Field,
    id: String,
    label: Signal<String>,
    hint: Signal<String>,
    error: Signal<Option<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let w = use_wizard();
    let s = w.service;
    let path = field.path;
    // Problems with the file found here (type, size) or by the upload.
    let local_error = RwSignal::new(None::<String>);
    let busy = RwSignal::new(None::<String>);
    let preview = RwSignal::new(None::<String>);
    let shown_error = Signal::derive(move || local_error.get().or_else(|| error.get()));
    let note = Memo::new(move |_| w.files.with(|f| f.get(path).cloned()));

    let on_change = move |ev: leptos::ev::Event| {
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
        let Some(file) = input.files().and_then(|l| l.get(0)) else { return };
        local_error.set(None);
        let name = file.name();
        let size = file.size() as u64;
        leptos::task::spawn_local(async move {
            let head = match file.slice_with_i32_and_i32(0, 16) {
                Ok(blob) => match wasm_bindgen_futures::JsFuture::from(blob.array_buffer()).await {
                    Ok(buffer) => js_sys::Uint8Array::new(&buffer).to_vec(),
                    Err(_) => Vec::new(),
                },
                Err(_) => Vec::new(),
            };
            let mut checked = upload::check(&head, size as usize);
            // A photo's proportions are read from the image's header, so the whole (small)
            // file is read.
            if field.kind == Kind::Photo && checked.is_ok() {
                let whole = match wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await {
                    Ok(buffer) => js_sys::Uint8Array::new(&buffer).to_vec(),
                    Err(_) => Vec::new(),
                };
                checked = upload::check_photo(&whole).and(checked);
            }
            let media_type = match checked {
                Ok(t) => t,
                Err(rule) => {
                    local_error.set(Some(text::message(i18n, s, field, rule)));
                    input.set_value("");
                    return;
                }
            };
            busy.set(Some(name.clone()));
            let key = api::new_idempotency_key();
            let result = api::upload(&file, &key).await;
            busy.set(None);
            match result {
                Ok(receipt) => {
                    if let Some(old) = preview.get_untracked() {
                        let _ = web_sys::Url::revoke_object_url(&old);
                    }
                    preview.set(
                        media_type
                            .starts_with("image/")
                            .then(|| web_sys::Url::create_object_url_with_blob(&file).ok())
                            .flatten(),
                    );
                    w.files.update(|f| {
                        f.insert(path.to_owned(), FileNote { name, size, media_type: receipt.media_type.clone() });
                    });
                    w.set(path, receipt.id);
                }
                Err(api::ApiError::Validation(_) | api::ApiError::Refused(_)) => {
                    local_error.set(Some(text::message(i18n, s, field, "upload.type")));
                }
                Err(err) => local_error.set(Some(format!(
                    "{} {}",
                    t_string!(i18n, wizard.upload_failed),
                    api::message(i18n, &err)
                ))),
            }
            input.set_value("");
        });
    };
    let remove = move |_| {
        w.files.update(|f| {
            f.remove(path);
        });
        w.set(path, String::new());
        if let Some(old) = preview.get_untracked() {
            let _ = web_sys::Url::revoke_object_url(&old);
        }
        preview.set(None);
    };
    let error_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let described = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || if shown_error.with(Option::is_some) { format!("{hint_id} {error_id}") } else { hint_id.clone() }
    };
    let size_text = move |bytes: u64| {
        if bytes >= 1024 * 1024 {
            let n = migrationto_cldr::tenths(
                crate::lang::from_locale(i18n.get_locale()),
                upload::megabytes_in_tenths(bytes),
            );
            t_string!(i18n, wizard.mb, n = n).to_string()
        } else {
            t_string!(i18n, wizard.kb, n = bytes.div_ceil(1024)).to_string()
        }
    };
    view! {
        <div class="form-group" class:form-group-error=move || shown_error.with(Option::is_some)>
            <label class="label" for=id.clone()>{move || label.get()}</label>
            <p id=hint_id class="hint">{move || hint.get()}</p>
            <ErrorMessage id=error_id message=shown_error />
            <input id=id.clone() name=id class="file-upload" type="file" accept=if field.kind == Kind::Photo { ".jpg,.jpeg,.png,image/jpeg,image/png" } else { ".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png" }
                aria-describedby=described
                aria-invalid=move || shown_error.with(Option::is_some).then_some("true")
                on:change=on_change />
            <div role="status" class="upload-status">
                {move || busy.get().map(|name| t_string!(i18n, wizard.upload_uploading, name = name).to_string())}
            </div>
            {move || (!w.value(path).is_empty()).then(|| note.get().unwrap_or_else(|| FileNote { name: w.value(path), ..Default::default() })).map(|n| {
                let name = n.name.clone();
                let done = t_string!(i18n, wizard.upload_done, name = n.name.clone(), size = size_text(n.size)).to_string();
                view! {
                    <div class="upload-preview">
                        {move || preview.get().map(|src| {
                            let alt = t_string!(i18n, wizard.upload_preview, name = name.clone()).to_string();
                            view! { <img src=src alt=alt class="upload-image" /> }
                        })}
                        {(n.media_type == "application/pdf").then(|| view! { <p class="upload-kind">{t_string!(i18n, wizard.upload_pdf)}</p> })}
                        <p class="upload-done">{done}</p>
                        <button type="button" class="button button-secondary" on:click=remove>{t_string!(i18n, wizard.upload_remove)}</button>
                    </div>
                }
            })}
        </div>
    }
}
