//! The data sources the app embeds or quotes, for the "Data sources" page, and the
//! published national totals shown beside the modelled ones.

/// One source of embedded or quoted data.
pub struct DataSource {
    pub title: &'static str,
    pub publisher: &'static str,
    pub date: &'static str,
    pub licence: &'static str,
    pub used_for: &'static str,
}

/// Attribution the Open Government Licence asks for, shown on every page footer and the sources page.
pub const OGL_ATTRIBUTION: &str = "Source: Office for National Statistics licensed under the Open Government Licence v3.0. Contains data from National Records of Scotland and NISRA. Contains OS data © Crown copyright and database right.";

pub const SOURCES: &[DataSource] = &[
    DataSource {
        title: "Mid-2022 population estimates for the UK, England, Wales, Scotland and Northern Ireland (table MYE2, April 2023 boundaries)",
        publisher: "Office for National Statistics, with National Records of Scotland and NISRA",
        date: "Published March 2024",
        licence: "Open Government Licence v3.0",
        used_for: "People aged 50+ by sex and five-year band for the UK, its countries, English regions, counties and all 361 councils.",
    },
    DataSource {
        title: "Mid-2022 estimates for health areas: integrated care boards and sub-ICB locations (2024), former CCGs (2021), Welsh and Scottish health boards, Northern Ireland trusts",
        publisher: "Office for National Statistics (Open Geography Portal lookups; mid-2020 small-area estimates as weights)",
        date: "Lookups 2021–2024; estimates mid-2022",
        licence: "Open Government Licence v3.0",
        used_for: "Health-area populations. Welsh and Scottish boards are exact sums of whole councils; NI trusts a best-fit grouping of councils; English ICB, sub-ICB and CCG figures apportion councils that are split, using mid-2020 small-area weights.",
    },
    DataSource {
        title: "2022-based national population projections (principal projection)",
        publisher: "Office for National Statistics",
        date: "Published January 2025",
        licence: "Open Government Licence v3.0",
        used_for: "Growth factors by country, sex, age band and year 2022–2047 for the projection page. National, not local: each area is assumed to age like its country.",
    },
    DataSource {
        title: "Hip fracture rates by age and sex (derived)",
        publisher: "Derived for this app from Ettinger et al., Osteoporos Int 2010 (age curve), National Hip Fracture Database (about 76,000 a year) and Neuburger & Wakeman, J Epidemiol Community Health 2016 (28.6% in men)",
        date: "2010–2016 sources; checked against OHID Fingertips 2018/19 and 2022/23 (557 vs 558 per 100,000 aged 65+ in England)",
        licence: "Derived figures",
        used_for: "Default hip fracture rates. The 90+ rate repeats 85-89, which understates the oldest.",
    },
    DataSource {
        title: "Incidence of fractures in the UK: CPRD 2008–12 (van der Velde et al., Osteoporos Int 2016;27:3197)",
        publisher: "Published paper",
        date: "2016",
        licence: "Figures quoted",
        used_for: "Default clinical vertebral, wrist/forearm and other fracture rates (crude, age-flat for everyone 50+).",
    },
    DataSource {
        title: "Costs per fracture: Leal et al., Osteoporos Int 2016 (hip, hospital, 2012/13 prices); WHiTE cohort, Age and Ageing (hip, social care); THIN 2001–05, RTI Health Solutions (vertebral and other)",
        publisher: "Published papers",
        date: "2016 and earlier",
        licence: "Figures quoted",
        used_for: "Default costs per fracture.",
    },
    DataSource {
        title: "National Hip Fracture Database annual report",
        publisher: "Royal College of Physicians",
        date: "2012 (length of stay); current (about 76,000 hip fractures a year)",
        licence: "Figures quoted",
        used_for: "Hip fracture bed days and the national hip fracture total.",
    },
    DataSource {
        title: "Fracture Liaison Service Database (FLS-DB) benchmark tables: national KPI results 2019 and 2021, and the RAG benchmark bands",
        publisher: "Royal College of Physicians (FLS-DB)",
        date: "2019 and 2021 audit years",
        licence: "Figures quoted",
        used_for: "The national results shown beside your KPIs, and the red/amber/green bands. Parsed from the benchmark tables; verify against the FLS-DB report before quoting them.",
    },
];

/// One national FLS-DB result for a KPI, in percent.
pub struct NationalKpiResult {
    /// The audit year (2019 or 2021).
    pub year: u16,
    /// KPI number, 1–11.
    pub kpi: u8,
    pub percent: f64,
}

/// National FLS-DB results (domain guide §5; FLS-DB benchmark tables, 2019 and 2021). KPI 1
/// is not published, nor KPI 3 for 2019.
pub const NATIONAL_KPI_RESULTS: &[NationalKpiResult] = &[
    NationalKpiResult { year: 2019, kpi: 2, percent: 37.1 },
    NationalKpiResult { year: 2019, kpi: 4, percent: 70.0 },
    NationalKpiResult { year: 2019, kpi: 5, percent: 46.8 },
    NationalKpiResult { year: 2019, kpi: 6, percent: 62.0 },
    NationalKpiResult { year: 2019, kpi: 7, percent: 52.5 },
    NationalKpiResult { year: 2019, kpi: 8, percent: 6.1 },
    NationalKpiResult { year: 2019, kpi: 9, percent: 20.7 },
    NationalKpiResult { year: 2019, kpi: 10, percent: 22.9 },
    NationalKpiResult { year: 2019, kpi: 11, percent: 20.8 },
    NationalKpiResult { year: 2021, kpi: 2, percent: 26.2 },
    NationalKpiResult { year: 2021, kpi: 3, percent: 7.5 },
    NationalKpiResult { year: 2021, kpi: 4, percent: 72.7 },
    NationalKpiResult { year: 2021, kpi: 5, percent: 47.9 },
    NationalKpiResult { year: 2021, kpi: 6, percent: 52.7 },
    NationalKpiResult { year: 2021, kpi: 7, percent: 48.5 },
    NationalKpiResult { year: 2021, kpi: 8, percent: 4.1 },
    NationalKpiResult { year: 2021, kpi: 9, percent: 14.4 },
    NationalKpiResult { year: 2021, kpi: 10, percent: 23.8 },
    NationalKpiResult { year: 2021, kpi: 11, percent: 20.4 },
];

/// The years with national KPI results, oldest first.
pub const NATIONAL_KPI_YEARS: [u16; 2] = [2019, 2021];

/// The national result for a KPI number in a year, if published.
pub fn national_kpi_result(year: u16, kpi: u8) -> Option<f64> {
    NATIONAL_KPI_RESULTS.iter().find(|r| r.year == year && r.kpi == kpi).map(|r| r.percent)
}

/// A published national total of fragility fractures a year, for a sense check.
pub struct NationalTotal {
    pub source: &'static str,
    pub total: f64,
    /// Hip, vertebral, wrist/forearm and other where the source splits them.
    pub hip: Option<f64>,
    pub vertebral: Option<f64>,
    pub wrist: Option<f64>,
    pub other: Option<f64>,
}

/// UK fragility fractures a year from published models (domain guide §3).
pub const NATIONAL_TOTALS: &[NationalTotal] = &[
    NationalTotal { source: "SCOPE 2021 (via British Geriatrics Society), 2019", total: 527_000.0, hip: None, vertebral: None, wrist: None, other: None },
    NationalTotal {
        source: "Svedbom et al. 2013 (quoted by the Royal Osteoporosis Society)",
        total: 536_000.0,
        hip: Some(79_000.0),
        vertebral: Some(66_000.0),
        wrist: Some(69_000.0),
        other: Some(322_000.0),
    },
    NationalTotal {
        source: "National Osteoporosis Guideline Group (NOGG)",
        total: 549_000.0,
        hip: Some(105_000.0),
        vertebral: Some(86_000.0),
        wrist: None,
        other: Some(358_000.0),
    },
];
