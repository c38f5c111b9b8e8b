//! The only code that touches browser storage. Loads once at start, saves on change, keeps
//! damaged data under a backup key, and says plainly when storage cannot be used.

use super::schema::{decode, encode, Loaded, SavedState, BACKUP_KEY, KEY_PREFIX, STORAGE_KEY};

/// Something the user must be told about saved data.
#[derive(Clone, Debug, PartialEq)]
pub enum StorageNotice {
    /// Saved data could not be read; it is kept under the backup key.
    Damaged { reason: String },
    /// The browser does not allow saving: the app works but forgets on close.
    Unavailable,
    /// A save failed (storage full or blocked).
    SaveFailed { detail: String },
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Reads the saved state. Damaged text is copied to [`BACKUP_KEY`] before anything else
/// can overwrite it.
pub fn load() -> (SavedState, Option<StorageNotice>) {
    let Some(store) = storage() else { return (SavedState::new(), Some(StorageNotice::Unavailable)) };
    let raw = store.get_item(STORAGE_KEY).ok().flatten();
    match decode(raw.as_deref()) {
        Loaded::Nothing => (SavedState::new(), None),
        Loaded::Ok(state) => (state, None),
        Loaded::Damaged { raw, reason } => {
            let kept = store.set_item(BACKUP_KEY, &raw).is_ok();
            let reason = if kept {
                format!("{reason} They have been kept so you can download them, and the app has started afresh.")
            } else {
                format!("{reason} They could not be copied aside, so they are left untouched and nothing new will be saved until you download or clear them.")
            };
            let state = SavedState::new();
            if !kept {
                return (state, Some(StorageNotice::SaveFailed { detail: reason }));
            }
            (state, Some(StorageNotice::Damaged { reason }))
        }
    }
}

/// Saves `state`, or says why it could not.
pub fn save(state: &SavedState) -> Result<(), StorageNotice> {
    let Some(store) = storage() else { return Err(StorageNotice::Unavailable) };
    if state.is_empty() {
        // Nothing to keep: leave no key behind (after "clear my data" too).
        return store.remove_item(STORAGE_KEY).map_err(|_| StorageNotice::Unavailable);
    }
    store.set_item(STORAGE_KEY, &encode(state)).map_err(|_| StorageNotice::SaveFailed {
        detail: "Your browser storage is full or blocked, so your latest changes were not saved on this computer. They stay while this page is open.".into(),
    })
}

/// The damaged saved text kept aside, if any.
pub fn damaged_backup() -> Option<String> {
    storage()?.get_item(BACKUP_KEY).ok().flatten()
}

/// Removes everything this app saved on this computer.
pub fn clear_all() {
    let Some(store) = storage() else { return };
    let keys: Vec<String> = (0..store.length().unwrap_or(0)).filter_map(|i| store.key(i).ok().flatten()).collect();
    for key in keys.into_iter().filter(|k| k.starts_with(KEY_PREFIX)) {
        let _ = store.remove_item(&key);
    }
}
