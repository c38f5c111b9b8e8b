//! The documents written from the workspace and the models (Leeds, default assumptions): the
//! business case carries the area and the model's net cost, the service specification each
//! standard's rating, and the Word file is a valid package with the figures inside.

use std::collections::BTreeMap;
use std::io::{Cursor, Read};

use fls_toolkit::charts::project::document_figure_svg;
use fls_toolkit::data::areas::areas;
use fls_toolkit::data::defaults::impact_defaults;
use fls_toolkit::model::business_case::edits::read_edits;
use fls_toolkit::model::business_case::{run, BySite, Inputs};
use fls_toolkit::model::format::money;
use fls_toolkit::model::impact::local_impact;
use fls_toolkit::model::project::documents::*;
use fls_toolkit::model::project::*;
use fls_toolkit::word::{to_docx, FigureImage};

fn workspace() -> Workspace {
    let mut w = Workspace { project_name: "Leeds Fracture Liaison Service".into(), lead_organisation: "West Yorkshire ICB".into(), ..Default::default() };
    w.team.push(TeamMember { id: 1, name: "Dr Amira Ahmed".into(), role: "Orthogeriatrician".into(), clinical_champion: true, ..Default::default() });
    w.stakeholders.push(Stakeholder { id: 1, name: "Patient panel".into(), interest: Level::High, influence: Level::Low, ..Default::default() });
    w.risks.push(Risk { id: 1, description: "DXA capacity".into(), likelihood: 4, impact: 5, ..Default::default() });
    w.objectives.push(Objective { id: 1, specific: "DXA within 90 days".into(), kpi: Some(5), target: "80".into(), due: "2027-03-31".into(), ..Default::default() });
    w.standards.insert("ros-identify".into(), Rating::PartlyMet);
    w.standards.insert("iof-database".into(), Rating::Met);
    w.standards.insert("iof-falls".into(), Rating::NotMet);
    w
}

/// Runs `f` with Leeds's model figures.
fn with_leeds<T>(f: impl FnOnce(&ModelFigures) -> T) -> T {
    let leeds = areas().find("E08000035").unwrap();
    let impact = local_impact(&leeds.population, impact_defaults());
    let base = Inputs::with_index_fractures(BySite::from_fn(|s| impact.fractures.site_total(s)));
    let outputs = run(&read_edits(&base, &BTreeMap::new()).0.unwrap());
    let figures = ModelFigures {
        area_name: &leeds.name,
        population_50plus: leeds.population.total(),
        impact: Some(&impact),
        projection: &[],
        business_case: Some(&outputs),
        scenarios: &[],
        today: "03/12/2026",
    };
    f(&figures)
}

#[test]
fn the_business_case_names_the_area_and_the_models_net_cost() {
    with_leeds(|f| {
        let doc = business_case_document(&workspace(), f);
        let text = doc.plain_text();
        assert!(text.contains("Leeds"), "{text}");
        let net = money(f.business_case.unwrap().service.net_cost_gbp);
        assert!(text.contains(&net), "net cost {net} missing from:\n{text}");
        let headings: Vec<&str> = doc.sections.iter().map(|s| s.heading.as_str()).collect();
        assert_eq!(headings, ["Executive summary", "Local need", "Options and scenarios", "Costs and benefits", "Staffing", "Risks", "Monitoring"]);
        assert_eq!(doc.figures(), vec![FigureId::CashFlow, FigureId::FracturesAvoided]);
        assert!(text.contains("20 (Extreme)"));
        assert!(text.contains("KPI 5: DXA scan within 90 days"));
    });
}

#[test]
fn the_service_specification_lists_every_standard_with_its_rating() {
    with_leeds(|f| {
        let doc = service_specification(&workspace(), f);
        let headings: Vec<&str> = doc.sections.iter().map(|s| s.heading.as_str()).collect();
        assert_eq!(headings, ["1. Population needs", "2. Outcomes", "3. Scope", "4. Service description and pathway", "5. Applicable service standards", "6. Key performance indicators"]);
        let rows: Vec<Vec<String>> = doc.sections[4]
            .blocks
            .iter()
            .filter_map(|b| if let Block::Table(t) = b { Some(t.rows.clone()) } else { None })
            .flatten()
            .collect();
        assert_eq!(rows.len(), STANDARDS.len());
        assert_eq!(rows.len(), 6 + 13);
        let rating = |name: &str| rows.iter().find(|r| r[0] == name).unwrap()[2].clone();
        assert_eq!(rating("Identify"), "Partly met");
        assert_eq!(rating("Database"), "Met");
        assert_eq!(rating("Falls prevention"), "Not met");
        assert_eq!(rating("Quality"), "Not assessed");
        // The gap list names the standards not met or partly met, and nothing else.
        let text = doc.plain_text();
        assert!(text.contains("Identify: partly met") && text.contains("Falls prevention: not met"));
        assert!(!text.contains("Database: met"));
    });
}

#[test]
fn the_pid_names_the_champion_and_a_missing_area_is_said_plainly() {
    with_leeds(|f| {
        let text = project_initiation_document(&workspace(), f).plain_text();
        assert!(text.contains("Clinical Champion or Lead: Dr Amira Ahmed (Orthogeriatrician)"));
        assert!(text.contains("The Stakeholder Reference Group has 1 members") || text.contains("has 1 member"));
        assert!(text.contains("80%"), "a valid target is printed as a percentage");
        // A target the workspace marks as wrong is not printed as if agreed.
        let mut w = workspace();
        w.objectives[0].target = "abc".into();
        let text = project_initiation_document(&w, f).plain_text();
        assert!(!text.contains("abc%") && text.contains("to be set"), "{text}");
    });
    let empty = ModelFigures { area_name: "the area served", population_50plus: 0.0, impact: None, projection: &[], business_case: None, scenarios: &[], today: "03/12/2026" };
    for kind in DocKind::ALL {
        let text = assemble(kind, &Workspace::default(), &empty).plain_text();
        assert!(!text.contains("NaN") && !text.contains("[insert"), "{kind:?}");
    }
    assert!(business_case_document(&Workspace::default(), &empty).plain_text().contains("cannot be worked out"));
}

/// A 1×1 white PNG, standing in for a chart the browser rasterised.
const TINY_PNG: &[u8] = &[
    0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x02, 0x00, 0x00, 0x00, 0x90,
    0x77, 0x53, 0xDE, 0x00, 0x00, 0x00, 0x0C, 0x49, 0x44, 0x41, 0x54, 0x08, 0xD7, 0x63, 0xF8, 0xFF, 0xFF, 0x3F, 0x00, 0x05, 0xFE, 0x02, 0xFE, 0xDC, 0xCC, 0x59, 0xE7, 0x00, 0x00, 0x00,
    0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
];

#[test]
fn the_word_file_is_a_valid_package_with_headings_tables_and_figures() {
    with_leeds(|f| {
        let w = workspace();
        for kind in DocKind::ALL {
            let doc = assemble(kind, &w, f);
            let images: Vec<FigureImage> = doc
                .figures()
                .into_iter()
                .enumerate()
                .map(|(i, id)| {
                    // Each figure the document shows can be drawn from the same figures.
                    assert!(document_figure_svg(id, &w, f).is_some_and(|svg| svg.starts_with("<svg")), "{id:?}");
                    // Distinct bytes per figure (the writer stores identical images once).
                    let mut png = TINY_PNG.to_vec();
                    png.push(i as u8);
                    FigureImage { id, png, width_px: 1800, height_px: 920 }
                })
                .collect();
            let bytes = to_docx(&doc, &images).unwrap();
            let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).expect("a .docx is a zip");
            let names: Vec<String> = zip.file_names().map(String::from).collect();
            for part in ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml"] {
                assert!(names.iter().any(|n| n == part), "{part} missing from {names:?}");
            }
            let media: Vec<&String> = names.iter().filter(|n| n.starts_with("word/media/") && n.ends_with(".png")).collect();
            assert_eq!(media.len(), images.len(), "{kind:?}: {names:?}");
            for m in &media {
                let mut png = Vec::new();
                zip.by_name(m).unwrap().read_to_end(&mut png).unwrap();
                assert!(images.iter().any(|i| i.png == png) && png.starts_with(TINY_PNG));
            }
            // Every XML part is well-formed, and every image the document refers to is a part.
            let mut xml = String::new();
            for name in names.iter().filter(|n| n.ends_with(".xml") || n.ends_with(".rels")) {
                let mut part = String::new();
                zip.by_name(name).unwrap().read_to_string(&mut part).unwrap();
                roxmltree::Document::parse(&part).unwrap_or_else(|e| panic!("{kind:?} {name}: {e}"));
                if name == "word/document.xml" {
                    xml = part;
                }
            }
            let mut rels = String::new();
            zip.by_name("word/_rels/document.xml.rels").unwrap().read_to_string(&mut rels).unwrap();
            for embed in xml.split("r:embed=\"").skip(1) {
                let id = &embed[..embed.find('"').unwrap()];
                let target = rels.split(&format!("Id=\"{id}\"")).nth(1).expect("relationship for each image");
                let target = target.split("Target=\"").nth(1).unwrap();
                let target = &target[..target.find('"').unwrap()];
                assert!(names.contains(&format!("word/{target}")), "{id} → {target}");
            }
            assert!(xml.contains("Heading1") && xml.contains("<w:tbl>"), "{kind:?}");
            assert!(xml.contains("Leeds"));
            if kind == DocKind::BusinessCase {
                assert!(xml.contains(&money(f.business_case.unwrap().service.net_cost_gbp)));
                assert!(xml.contains("<w:drawing>") || xml.contains("<w:drawing"));
            }
        }
    });
}

/// Text the user typed (project names, risks) can hold XML's special characters and
/// control characters: the Word file stays well-formed and keeps the text.
#[test]
fn typed_text_with_markup_characters_stays_text_in_the_word_file() {
    with_leeds(|f| {
        let mut w = workspace();
        w.project_name = "A&E <Leeds> \"FLS\" 'pilot'\u{1}\u{7}".into();
        w.risks[0].description = "]]> & <w:p>".into();
        w.meetings.push(Meeting { id: 1, date: "2026-11-02".into(), attendees: "Jane\nSam\r\nFinance".into(), decisions: "Line one\u{b}Line two".into(), ..Default::default() });
        let doc = assemble(DocKind::ProjectInitiation, &w, f);
        let bytes = to_docx(&doc, &[]).unwrap();
        let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
        let mut xml = String::new();
        zip.by_name("word/document.xml").unwrap().read_to_string(&mut xml).unwrap();
        let parsed = roxmltree::Document::parse(&xml).expect("well-formed");
        let text: String = parsed.descendants().filter(|n| n.is_text()).map(|n| n.text().unwrap()).collect();
        assert!(text.contains("A&E <Leeds> \"FLS\" 'pilot'"), "{text}");
        assert!(text.contains("]]> & <w:p>"));
        // Typed line breaks (and pasted vertical tabs) are line breaks, not run-together words.
        assert!(xml.contains("Jane</w:t><w:br/><w:t xml:space=\"preserve\">Sam</w:t><w:br/><w:t xml:space=\"preserve\">Finance"), "attendees keep their lines");
        assert!(xml.contains("Line one</w:t><w:br/><w:t xml:space=\"preserve\">Line two"));
        assert!(!xml.contains('\u{b}'));
        let mut core = String::new();
        zip.by_name("docProps/core.xml").unwrap().read_to_string(&mut core).unwrap();
        roxmltree::Document::parse(&core).expect("title well-formed");
    });
}
