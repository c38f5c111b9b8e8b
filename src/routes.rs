//! The app's one route table and the parsing of hash links (`#/impact?area=E08000035`).
//! Hash routes work on any static host, from a sub-path, and offline, because the server
//! only ever sees the page itself.

use std::collections::BTreeMap;

/// A page of the app with its query parameters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Start,
    Impact { area: Option<String> },
    Projection { area: Option<String>, from: Option<String>, years: Option<String> },
    BusinessCase { area: Option<String> },
    /// The 11 FLS KPIs from a patient file; `area` sets KPI 2's expected caseload.
    Kpis { area: Option<String> },
    /// The project workspace.
    Project,
    /// One project document (`pid`, `service-spec`, `business-case`) for reading and printing.
    ProjectDocument { doc: Option<String> },
    Sources,
    Method,
    NotFound(String),
}

/// One entry of the route table: its path, the title in the page tab and navigation.
pub struct RouteEntry {
    pub path: &'static str,
    pub title: &'static str,
}

/// Every page of the app, in navigation order. Tests visit each of these.
pub const ROUTES: &[RouteEntry] = &[
    RouteEntry { path: "/", title: "Start" },
    RouteEntry { path: "/impact", title: "Local impact" },
    RouteEntry { path: "/projection", title: "Projection" },
    RouteEntry { path: "/business-case", title: "Business case" },
    RouteEntry { path: "/kpis", title: "FLS KPIs" },
    RouteEntry { path: "/project", title: "Project" },
    RouteEntry { path: "/method", title: "How figures are calculated" },
    RouteEntry { path: "/sources", title: "Data sources" },
];

/// Splits `"a=1&b=x%20y"` into decoded pairs.
pub fn parse_query(query: &str) -> BTreeMap<String, String> {
    query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            (percent_decode(key), percent_decode(value))
        })
        .collect()
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok().and_then(|h| u8::from_str_radix(h, 16).ok());
                match hex {
                    Some(b) => {
                        out.push(b);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Encodes a query value (everything but letters, digits and `-_.:` is %-escaped).
pub fn percent_encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b':' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

impl Route {
    /// The route a location hash names (`""`, `"#"`, `"#/"` are the start page).
    pub fn from_hash(hash: &str) -> Route {
        let rest = hash.trim_start_matches('#');
        let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
        let mut params = parse_query(query);
        let mut take = |key: &str| params.remove(key).filter(|v| !v.trim().is_empty());
        match path.trim_end_matches('/') {
            "" => Route::Start,
            "/impact" => Route::Impact { area: take("area") },
            "/projection" => Route::Projection { area: take("area"), from: take("from"), years: take("years") },
            "/business-case" => Route::BusinessCase { area: take("area") },
            "/kpis" => Route::Kpis { area: take("area") },
            "/project" => Route::Project,
            "/project/document" => Route::ProjectDocument { doc: take("doc") },
            "/sources" => Route::Sources,
            "/method" => Route::Method,
            other => Route::NotFound(other.to_string()),
        }
    }

    /// The hash link of this route (`#/projection?area=E08000035&from=2026&years=10`).
    pub fn to_hash(&self) -> String {
        let with = |path: &str, params: &[(&str, &Option<String>)]| {
            let query: Vec<String> =
                params.iter().filter_map(|(k, v)| v.as_ref().map(|v| format!("{k}={}", percent_encode(v)))).collect();
            if query.is_empty() { format!("#{path}") } else { format!("#{path}?{}", query.join("&")) }
        };
        match self {
            Route::Start => "#/".into(),
            Route::Impact { area } => with("/impact", &[("area", area)]),
            Route::Projection { area, from, years } => with("/projection", &[("area", area), ("from", from), ("years", years)]),
            Route::BusinessCase { area } => with("/business-case", &[("area", area)]),
            Route::Kpis { area } => with("/kpis", &[("area", area)]),
            Route::Project => "#/project".into(),
            Route::ProjectDocument { doc } => with("/project/document", &[("doc", doc)]),
            Route::Sources => "#/sources".into(),
            Route::Method => "#/method".into(),
            Route::NotFound(path) => format!("#{path}"),
        }
    }

    /// The path of the route-table entry this route belongs to.
    /// The same page for `area` when its link names no area (so a link copied from the
    /// address bar opens the area the page shows); `None` for pages without an area or whose
    /// link already names one.
    pub fn with_area_filled(&self, area: &str) -> Option<Route> {
        let area = Some(area.to_string());
        match self {
            Route::Impact { area: None } => Some(Route::Impact { area }),
            Route::Projection { area: None, from, years } => Some(Route::Projection { area, from: from.clone(), years: years.clone() }),
            Route::BusinessCase { area: None } => Some(Route::BusinessCase { area }),
            Route::Kpis { area: None } => Some(Route::Kpis { area }),
            _ => None,
        }
    }

    pub fn path(&self) -> &str {
        match self {
            Route::Start => "/",
            Route::Impact { .. } => "/impact",
            Route::Projection { .. } => "/projection",
            Route::BusinessCase { .. } => "/business-case",
            Route::Kpis { .. } => "/kpis",
            Route::Project | Route::ProjectDocument { .. } => "/project",
            Route::Sources => "/sources",
            Route::Method => "/method",
            Route::NotFound(_) => "",
        }
    }

    /// Title for the browser tab.
    pub fn title(&self) -> &'static str {
        if let Route::ProjectDocument { .. } = self {
            return "Project document";
        }
        ROUTES.iter().find(|r| r.path == self.path()).map(|r| r.title).unwrap_or("Page not found")
    }
}
