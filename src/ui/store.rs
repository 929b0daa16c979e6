//! Documents kept across reloads in the browser's IndexedDB, which holds a corpus of
//! thousands of articles where localStorage stops at a few megabytes. Storage can be
//! missing (private modes), full or refused: every failure comes back as a message for the
//! page to show, and the documents stay open.

use super::model::Stored;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbRequest, IdbTransactionMode};

const DATABASE: &str = "communique";
const STORE: &str = "documents";
const KEY: &str = "all";

/// Waits for an IndexedDB request: its result, or the browser's refusal.
async fn settle(request: &IdbRequest) -> Result<JsValue, String> {
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        let ok = Closure::once_into_js(move || {
            let _ = resolve.call0(&JsValue::NULL);
        });
        let fail = Closure::once_into_js(move || {
            let _ = reject.call0(&JsValue::NULL);
        });
        request.set_onsuccess(Some(ok.unchecked_ref()));
        request.set_onerror(Some(fail.unchecked_ref()));
    });
    JsFuture::from(promise).await.map_err(|_| {
        request
            .error()
            .ok()
            .flatten()
            .map_or_else(|| "the request failed".to_string(), |e| e.message())
    })?;
    request
        .result()
        .map_err(|_| "the request has no result".to_string())
}

async fn open() -> Result<IdbDatabase, String> {
    let factory = web_sys::window()
        .and_then(|w| w.indexed_db().ok().flatten())
        .ok_or_else(|| "this browser offers no IndexedDB storage".to_string())?;
    let request = factory
        .open_with_u32(DATABASE, 1)
        .map_err(|_| "the browser refused to open its storage".to_string())?;
    let upgrade = Closure::<dyn FnMut(web_sys::Event)>::new(|e: web_sys::Event| {
        let db = e
            .target()
            .and_then(|t| t.dyn_into::<IdbRequest>().ok())
            .and_then(|r| r.result().ok())
            .and_then(|r| r.dyn_into::<IdbDatabase>().ok());
        if let Some(db) = db {
            let _ = db.create_object_store(STORE);
        }
    });
    request.set_onupgradeneeded(Some(upgrade.as_ref().unchecked_ref()));
    let db = settle(&request).await?;
    drop(upgrade);
    db.dyn_into::<IdbDatabase>()
        .map_err(|_| "the storage is not a database".to_string())
}

/// The documents saved by an earlier visit.
pub async fn load() -> Result<Vec<Stored>, String> {
    let db = open().await?;
    let tx = db
        .transaction_with_str(STORE)
        .map_err(|_| "the browser refused to read its storage".to_string())?;
    let store = tx
        .object_store(STORE)
        .map_err(|_| "the storage has no documents".to_string())?;
    let request = store
        .get(&KEY.into())
        .map_err(|_| "the documents could not be read".to_string())?;
    // Closing at once lets the transaction finish and keeps no connection open, which would
    // block a later upgrade or deletion of the database.
    db.close();
    let value = settle(&request).await?;
    match value.as_string() {
        None => Ok(Vec::new()),
        Some(json) => serde_json::from_str(&json).map_err(|e| {
            format!("the saved documents could not be read ({e}); they were left as they are")
        }),
    }
}

/// How many documents are written out between two pauses for the page to draw.
const SAVE_SLICE: usize = 100;

/// The documents as one JSON array, written a slice at a time with the page free to draw
/// in between: a thousand articles are megabytes of JSON.
async fn to_json(docs: &[Stored]) -> Result<String, String> {
    let mut json = String::from("[");
    for (i, slice) in docs.chunks(SAVE_SLICE).enumerate() {
        if i > 0 {
            gloo_timers::future::TimeoutFuture::new(0).await;
        }
        for d in slice {
            if json.len() > 1 {
                json.push(',');
            }
            json.push_str(&serde_json::to_string(d).map_err(|e| e.to_string())?);
        }
    }
    json.push(']');
    Ok(json)
}

/// Saves the documents; an error says why they could not be kept.
pub async fn save(docs: &[Stored]) -> Result<(), String> {
    let json = to_json(docs).await?;
    let db = open().await?;
    let tx = db
        .transaction_with_str_and_mode(STORE, IdbTransactionMode::Readwrite)
        .map_err(|_| "the browser refused to write its storage".to_string())?;
    let store = tx
        .object_store(STORE)
        .map_err(|_| "the storage has no documents".to_string())?;
    let request = if docs.is_empty() {
        store.delete(&KEY.into())
    } else {
        store.put_with_key(&json.into(), &KEY.into())
    }
    .map_err(|_| "the browser refused the documents".to_string())?;
    db.close();
    settle(&request).await.map(|_| ()).map_err(|e| {
        format!("the browser's storage is full or refused the documents ({e}); they stay open but will not survive a reload")
    })
}
