//! Documents kept across reloads in the browser's localStorage. Storage can be missing
//! (private modes), full or refused: every failure comes back as a message for the page to
//! show, and the documents stay open.

use super::model::Stored;

const KEY: &str = "communique.documents.v1";

fn storage() -> Result<web_sys::Storage, String> {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .ok_or_else(|| "this browser offers no local storage".to_string())
}

/// The documents saved by an earlier visit.
pub fn load() -> Result<Vec<Stored>, String> {
    let raw = storage()?
        .get_item(KEY)
        .map_err(|_| "the browser refused to read its storage".to_string())?;
    match raw {
        None => Ok(Vec::new()),
        Some(json) => serde_json::from_str(&json).map_err(|e| {
            format!("the saved documents could not be read ({e}); they were left as they are")
        }),
    }
}

/// Saves the documents; an error says why they could not be kept.
pub fn save(docs: &[Stored]) -> Result<(), String> {
    let json = serde_json::to_string(docs).map_err(|e| e.to_string())?;
    let storage = storage()?;
    if docs.is_empty() {
        return storage
            .remove_item(KEY)
            .map_err(|_| "the browser refused to clear its storage".to_string());
    }
    storage.set_item(KEY, &json).map_err(|_| {
        format!(
            "the browser's storage is full or refused {:.1} MB; your documents stay open but will not survive a reload",
            json.len() as f64 / 1e6
        )
    })
}
