//! The whole project as one file, to share it without a server: the workspace, the chosen
//! area and every input, the business-case scenarios and saved KPI counts — everything in
//! [`SavedState`], which never holds patient rows. Pure: the page offers the text as a
//! download and reads a chosen file back.

use serde::{Deserialize, Serialize};

use super::schema::{migrate, SavedState, SCHEMA_VERSION};

/// What the `format` field of every project file says.
pub const FILE_FORMAT: &str = "fls-toolkit-project";
/// The version of the file layout this build writes.
pub const FILE_VERSION: u32 = 1;
/// The largest file read (5 MB): a real project is a few hundred kilobytes at most, even
/// with years of KPI counts, so anything bigger is not one of ours.
pub const MAX_FILE_BYTES: usize = 5 * 1024 * 1024;

/// The file's layout.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProjectFile {
    pub format: String,
    pub version: u32,
    /// When it was exported (ISO date and time), for the user's information.
    pub exported_at: String,
    pub settings: SavedState,
}

/// Why a file cannot be imported. The words are shown to the user as they are.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    TooLarge { bytes: usize },
    NotJson,
    NotOurs,
    Newer { version: u64 },
    /// Something is missing or cannot be brought up to date; the words say what ("it has no version number.").
    Damaged(String),
    /// The settings are not in the shape this app reads; `detail` is the reader's own words.
    WrongShape { detail: String },
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ImportError::TooLarge { bytes } => write!(
                f,
                "The file is too large to be a project file from this app ({} MB; the limit is {} MB).",
                megabytes(*bytes),
                MAX_FILE_BYTES / (1024 * 1024)
            ),
            ImportError::NotJson => write!(f, "The file is not a project file from this app: it is not JSON text. Choose a file exported with “Export the project”."),
            ImportError::NotOurs => write!(f, "The file is not a project file from this app: it does not say it is an FLS Toolkit project. Choose a file exported with “Export the project”."),
            ImportError::Newer { version } => write!(
                f,
                "The file comes from a newer version of this app (file version {version}; this app reads up to version {FILE_VERSION}). Open it in the newer version, or update this one."
            ),
            ImportError::Damaged(reason) => write!(f, "The file cannot be imported: {reason} Choose a file exported with “Export the project”, or export it again."),
            ImportError::WrongShape { detail } => write!(
                f,
                "Part of the file is not in the form this app expects, so nothing was imported. It may have been changed after it was exported: export it again with “Export the project” and import that. (Details: {}.)",
                detail.trim_end_matches('.')
            ),
        }
    }
}

/// A size in megabytes (of 1,048,576 bytes) to one decimal place, rounded up so that a file
/// just over the limit never reads as the limit: 6 MiB is "6.0", 5 MiB and one byte "5.1".
fn megabytes(bytes: usize) -> String {
    let tenths = (bytes as u64 * 10).div_ceil(1024 * 1024);
    crate::model::format::decimal(tenths as f64 / 10.0, 1)
}

/// The file text: pretty JSON, so a person can read what is shared.
pub fn export_project(settings: &SavedState, exported_at: &str) -> String {
    let file = ProjectFile { format: FILE_FORMAT.into(), version: FILE_VERSION, exported_at: exported_at.into(), settings: settings.clone() };
    serde_json::to_string_pretty(&file).expect("a project always serialises")
}

/// Reads a project file: the settings it holds, or why it cannot be read.
pub fn import_project(text: &str) -> Result<SavedState, ImportError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge { bytes: text.len() });
    }
    let value: serde_json::Value = serde_json::from_str(text.trim_start_matches('\u{feff}')).map_err(|_| ImportError::NotJson)?;
    if value.get("format").and_then(serde_json::Value::as_str) != Some(FILE_FORMAT) {
        return Err(ImportError::NotOurs);
    }
    match value.get("version").and_then(serde_json::Value::as_u64) {
        Some(v) if v > FILE_VERSION as u64 => return Err(ImportError::Newer { version: v }),
        Some(_) => {}
        None => return Err(ImportError::Damaged("it has no version number.".into())),
    }
    let settings = value.get("settings").ok_or_else(|| ImportError::Damaged("it holds no settings.".into()))?;
    let version = match settings.get("version").and_then(serde_json::Value::as_u64) {
        Some(v) if v > SCHEMA_VERSION as u64 => return Err(ImportError::Newer { version: v }),
        Some(v) => v as u32,
        None => return Err(ImportError::Damaged("its settings have no version number, so they cannot be read safely.".into())),
    };
    // The same steps as reading saved settings (`schema::decode`), with words for a file.
    let settings = migrate(settings.clone(), version).map_err(|reason| ImportError::Damaged(format!("its settings could not be brought up to date ({}).", reason.trim_end_matches('.'))))?;
    serde_json::from_value::<SavedState>(settings).map_err(|e| ImportError::WrongShape { detail: e.to_string() })
}

/// The most characters of the project name put in the file name.
pub const MAX_NAME_IN_FILE_NAME: usize = 60;
/// The most bytes of it (UTF-8): with the rest of the name, well within the 255 bytes most
/// file systems allow, even for letters of four bytes.
const MAX_NAME_BYTES_IN_FILE_NAME: usize = 180;

/// The file name: `fls-project-<name>-<yyyy-mm-dd>.json`. The name part is the project name's
/// letters and digits (accented and other Unicode letters kept), lowercased, each run of
/// anything else one hyphen; at most [`MAX_NAME_IN_FILE_NAME`] characters, cut after a whole
/// word when that keeps at least half of them, else mid-word.
pub fn file_name(project_name: &str, date: &str) -> String {
    let stem = project_name.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect::<Vec<_>>().join("-");
    let stem = shorten_stem(&stem);
    if stem.is_empty() { format!("fls-project-{date}.json") } else { format!("fls-project-{stem}-{date}.json") }
}

/// `stem` (words joined by hyphens) cut to fit the file name; see [`file_name`].
fn shorten_stem(stem: &str) -> String {
    // The end (in bytes) of the longest run of whole characters within both limits.
    let end = stem
        .char_indices()
        .take(MAX_NAME_IN_FILE_NAME)
        .map(|(i, c)| i + c.len_utf8())
        .take_while(|end| *end <= MAX_NAME_BYTES_IN_FILE_NAME)
        .last()
        .unwrap_or(0);
    if end == stem.len() || stem[end..].starts_with('-') {
        return stem[..end].to_string();
    }
    let cut = &stem[..end];
    match cut.rfind('-') {
        Some(hyphen) if cut[..hyphen].chars().count() >= MAX_NAME_IN_FILE_NAME / 2 => cut[..hyphen].to_string(),
        _ => cut.trim_end_matches('-').to_string(),
    }
}
