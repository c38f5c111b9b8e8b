//! Writing a [`Document`] as a Word file (.docx) with `docx-rs`: headings, paragraphs,
//! bulleted lists, tables with a header row, and the charts as PNG images. Pure: the
//! browser turns each chart's SVG into PNG bytes first and passes them in.

use std::io::Cursor;

use docx_rs::{
    AlignmentType, BorderType, Docx, PageMargin, Paragraph, Pic, Run, RunFonts, Style, StyleType, Table, TableBorders, TableCell, TableRow,
};

use crate::model::project::documents::{Block, Document, FigureId};

/// A chart as a PNG image and its size in pixels.
#[derive(Clone, Debug, PartialEq)]
pub struct FigureImage {
    pub id: FigureId,
    pub png: Vec<u8>,
    pub width_px: u32,
    pub height_px: u32,
}

/// Width of the text on an A4 page with 2 cm margins, in EMU (English Metric Units).
const TEXT_WIDTH_EMU: u32 = 6_120_000;

fn text(s: &str) -> Paragraph {
    Paragraph::new().add_run(Run::new().add_text(s))
}

fn styles(docx: Docx) -> Docx {
    let font = RunFonts::new().ascii("Arial").hi_ansi("Arial").cs("Arial");
    docx.default_fonts(font)
        .default_size(22)
        .add_style(Style::new("Title", StyleType::Paragraph).name("Title").size(40).bold())
        .add_style(Style::new("Subtitle", StyleType::Paragraph).name("Subtitle").size(22).color("505A5F"))
        .add_style(Style::new("Heading1", StyleType::Paragraph).name("Heading 1").size(30).bold().color("005EB8"))
        .add_style(Style::new("Caption", StyleType::Paragraph).name("Caption").size(18).italic())
}

fn table(headers: &[String], rows: &[Vec<String>]) -> Table {
    let cell = |s: &str, bold: bool| {
        let run = Run::new().add_text(s).size(18);
        TableCell::new().add_paragraph(Paragraph::new().add_run(if bold { run.bold() } else { run }))
    };
    let mut table_rows = vec![TableRow::new(headers.iter().map(|h| cell(h, true)).collect())];
    table_rows.extend(rows.iter().map(|r| TableRow::new(r.iter().map(|c| cell(c, false)).collect())));
    Table::new(table_rows).set_borders(TableBorders::new().set(docx_rs::TableBorder::new(docx_rs::TableBorderPosition::InsideH).border_type(BorderType::Single)))
}

/// The Word file's bytes. Figures without an image in `images` are left out, with their caption.
pub fn to_docx(document: &Document, images: &[FigureImage]) -> Result<Vec<u8>, String> {
    let mut docx = styles(Docx::new()).page_margin(PageMargin::new().top(1134).bottom(1134).left(1134).right(1134));
    docx = docx.add_paragraph(text(&document.title).style("Title"));
    docx = docx.add_paragraph(text(&document.subtitle).style("Subtitle"));
    for section in &document.sections {
        docx = docx.add_paragraph(text(&section.heading).style("Heading1"));
        for block in &section.blocks {
            match block {
                Block::Paragraph(p) => docx = docx.add_paragraph(text(p)),
                Block::Bullets(items) => {
                    for item in items {
                        docx = docx.add_paragraph(text(&format!("•\u{a0}{item}")).indent(Some(360), Some(docx_rs::SpecialIndentType::Hanging(240)), None, None));
                    }
                }
                Block::Table(t) => {
                    docx = docx.add_paragraph(text(&t.caption).style("Caption"));
                    if t.rows.is_empty() {
                        docx = docx.add_paragraph(text("None recorded."));
                    } else {
                        docx = docx.add_table(table(&t.headers, &t.rows));
                    }
                }
                Block::Figure { id, caption } => {
                    if let Some(image) = images.iter().find(|i| i.id == *id) {
                        let height_emu = (TEXT_WIDTH_EMU as u64 * image.height_px as u64 / image.width_px.max(1) as u64) as u32;
                        let pic = Pic::new_with_dimensions(image.png.clone(), image.width_px, image.height_px).size(TEXT_WIDTH_EMU, height_emu);
                        docx = docx.add_paragraph(Paragraph::new().add_run(Run::new().add_image(pic)).align(AlignmentType::Center));
                    }
                    docx = docx.add_paragraph(text(&format!("Figure: {caption}")).style("Caption"));
                }
            }
        }
    }
    let mut bytes = Cursor::new(Vec::new());
    docx.build().pack(&mut bytes).map_err(|e| format!("The Word file could not be written ({e})."))?;
    Ok(bytes.into_inner())
}
