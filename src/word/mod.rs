//! Writing a [`Document`] as a Word file (.docx): headings, paragraphs, bulleted lists,
//! tables with a repeating header row, and the charts as PNG images with their captions as
//! alternative text. Pure: the browser turns each chart's SVG into PNG bytes first and
//! passes them in.
//!
//! A .docx is a zip of XML parts (ECMA-376 Office Open XML, Part 1: WordprocessingML). This
//! writes the few parts the documents need by hand instead of using a general-purpose
//! library: the whole writer is a few kilobytes of the app's download, where a library with
//! its own XML and compression code cost about 120 KB compressed.

mod package;

use std::fmt::Write;

use crate::model::project::documents::{Block, DocTable, Document, FigureId};
use package::Package;

/// A chart as a PNG image and its size in pixels.
#[derive(Clone, Debug, PartialEq)]
pub struct FigureImage {
    pub id: FigureId,
    pub png: Vec<u8>,
    pub width_px: u32,
    pub height_px: u32,
}

/// A4 in twentieths of a point (twips): 210 × 297 mm.
const PAGE_WIDTH_TWIPS: u32 = 11_906;
const PAGE_HEIGHT_TWIPS: u32 = 16_838;
/// 2 cm margins all round.
const MARGIN_TWIPS: u32 = 1_134;
/// Width of the text between the margins.
const TEXT_WIDTH_TWIPS: u32 = PAGE_WIDTH_TWIPS - 2 * MARGIN_TWIPS;
/// The same width in EMU (English Metric Units, 635 to a twip), for images.
const TEXT_WIDTH_EMU: u64 = TEXT_WIDTH_TWIPS as u64 * 635;

// XML namespace names that ECMA-376 (Office Open XML) and Dublin Core fix for each part.
// They are identifiers written into the file, compared as text by Word; nothing ever
// fetches them, and the app's Content-Security-Policy allows no other origin anyway.
const NS_MAIN: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const NS_REL: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_PACKAGE_REL: &str = "http://schemas.openxmlformats.org/package/2006/relationships";
const NS_CONTENT_TYPES: &str = "http://schemas.openxmlformats.org/package/2006/content-types";
const NS_CORE_PROPERTIES: &str = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
const NS_DUBLIN_CORE: &str = "http://purl.org/dc/elements/1.1/";
const NS_DRAWING: &str = "http://schemas.openxmlformats.org/drawingml/2006/main";
const NS_PICTURE: &str = "http://schemas.openxmlformats.org/drawingml/2006/picture";
const NS_WORD_DRAWING: &str = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
const XML_DECLARATION: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#;

/// The Word file's bytes. Figures without an image in `images` are left out, with their caption.
pub fn to_docx(document: &Document, images: &[FigureImage]) -> Result<Vec<u8>, String> {
    let mut body = Body::default();
    body.paragraph(Some("Title"), &document.title);
    body.paragraph(Some("Subtitle"), &document.subtitle);
    for section in &document.sections {
        body.paragraph(Some("Heading1"), &section.heading);
        for block in &section.blocks {
            match block {
                Block::Paragraph(p) => body.paragraph(None, p),
                Block::Bullets(items) => items.iter().for_each(|item| body.bullet(item)),
                Block::Table(t) => {
                    body.paragraph(Some("Caption"), &t.caption);
                    if t.rows.is_empty() {
                        body.paragraph(None, "None recorded.");
                    } else {
                        body.table(t);
                    }
                }
                Block::Figure { id, caption } => {
                    if let Some(image) = images.iter().find(|i| i.id == *id) {
                        body.figure(image, caption);
                    }
                    body.paragraph(Some("Caption"), &format!("Figure: {caption}"));
                }
            }
        }
    }

    let mut package = Package::new();
    package.add("[Content_Types].xml", content_types().as_bytes())?;
    package.add("_rels/.rels", package_relationships().as_bytes())?;
    package.add("docProps/core.xml", core_properties(&document.title).as_bytes())?;
    package.add("word/document.xml", body.document_xml().as_bytes())?;
    package.add("word/styles.xml", styles().as_bytes())?;
    package.add("word/_rels/document.xml.rels", body.relationships().as_bytes())?;
    for (i, png) in body.media.iter().enumerate() {
        package.add(&media_name(i), png)?;
    }
    package.finish()
}

/// The document's body as it is built, and the images it refers to.
#[derive(Default)]
struct Body {
    xml: String,
    /// Distinct PNG images in order; image `i` is `word/media/image{i+1}.png`, relationship
    /// `rIdImage{i+1}`. The same chart shown twice is stored once.
    media: Vec<Vec<u8>>,
    /// Drawing objects so far (each needs a unique id).
    drawings: u32,
}

impl Body {
    fn paragraph(&mut self, style: Option<&str>, text: &str) {
        self.xml.push_str("<w:p>");
        if let Some(style) = style {
            let _ = write!(self.xml, r#"<w:pPr><w:pStyle w:val="{style}"/></w:pPr>"#);
        }
        run(&mut self.xml, text, "");
        self.xml.push_str("</w:p>");
    }

    /// A bulleted item: a bullet character and a hanging indent (no numbering part needed).
    fn bullet(&mut self, text: &str) {
        self.xml.push_str(r#"<w:p><w:pPr><w:ind w:left="360" w:hanging="240"/></w:pPr>"#);
        run(&mut self.xml, &format!("•\u{a0}{text}"), "");
        self.xml.push_str("</w:p>");
    }

    /// A full-width table, columns of equal width, the header row repeated on each page.
    fn table(&mut self, table: &DocTable) {
        let columns = table.headers.len().max(table.rows.iter().map(Vec::len).max().unwrap_or(0)).max(1);
        let column_width = TEXT_WIDTH_TWIPS / columns as u32;
        let border = |side: &str| format!(r#"<w:{side} w:val="single" w:sz="4" w:space="0" w:color="B1B4B6"/>"#);
        let borders: String = ["top", "bottom", "insideH"].iter().map(|s| border(s)).collect();
        let _ = write!(
            self.xml,
            r#"<w:tbl><w:tblPr><w:tblW w:w="{TEXT_WIDTH_TWIPS}" w:type="dxa"/><w:tblBorders>{borders}</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar><w:tblLook w:val="0020" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr><w:tblGrid>"#
        );
        for _ in 0..columns {
            let _ = write!(self.xml, r#"<w:gridCol w:w="{column_width}"/>"#);
        }
        self.xml.push_str("</w:tblGrid>");
        self.row(&table.headers, columns, column_width, true);
        for row in &table.rows {
            self.row(row, columns, column_width, false);
        }
        self.xml.push_str("</w:tbl>");
        // Word needs a paragraph between a table and whatever follows it.
        self.xml.push_str("<w:p/>");
    }

    /// One table row, padded with empty cells to `columns` (every cell holds a paragraph).
    fn row(&mut self, cells: &[String], columns: usize, width: u32, header: bool) {
        self.xml.push_str("<w:tr>");
        if header {
            self.xml.push_str("<w:trPr><w:tblHeader/></w:trPr>");
        }
        let properties = if header { "<w:b/><w:sz w:val=\"18\"/>" } else { "<w:sz w:val=\"18\"/>" };
        for i in 0..columns {
            let _ = write!(self.xml, r#"<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr><w:p>"#);
            run(&mut self.xml, cells.get(i).map_or("", String::as_str), properties);
            self.xml.push_str("</w:p></w:tc>");
        }
        self.xml.push_str("</w:tr>");
    }

    /// A chart, full text width, centred, described by its caption for screen readers.
    fn figure(&mut self, image: &FigureImage, caption: &str) {
        let index = match self.media.iter().position(|m| *m == image.png) {
            Some(i) => i,
            None => {
                self.media.push(image.png.clone());
                self.media.len() - 1
            }
        };
        self.drawings += 1;
        let id = self.drawings;
        let width = TEXT_WIDTH_EMU;
        let height = width * u64::from(image.height_px) / u64::from(image.width_px.max(1));
        let description = escape(caption);
        let rel = index + 1;
        let _ = write!(
            self.xml,
            concat!(
                r#"<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:drawing>"#,
                r#"<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{w}" cy="{h}"/>"#,
                r#"<wp:docPr id="{id}" name="Figure {id}" descr="{d}"/>"#,
                r#"<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>"#,
                r#"<a:graphic><a:graphicData uri="{pic}">"#,
                r#"<pic:pic><pic:nvPicPr><pic:cNvPr id="{id}" name="image{rel}.png" descr="{d}"/><pic:cNvPicPr/></pic:nvPicPr>"#,
                r#"<pic:blipFill><a:blip r:embed="rIdImage{rel}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>"#,
                r#"<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{w}" cy="{h}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>"#,
                r#"</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>"#,
            ),
            w = width,
            h = height,
            id = id,
            d = description,
            rel = rel,
            pic = NS_PICTURE,
        );
    }

    fn document_xml(&self) -> String {
        format!(
            concat!(
                "{decl}",
                r#"<w:document xmlns:w="{main}" xmlns:r="{rel}" "#,
                r#"xmlns:wp="{wp}" xmlns:a="{a}" xmlns:pic="{pic}">"#,
                "<w:body>{body}",
                r#"<w:sectPr><w:pgSz w:w="{pw}" w:h="{ph}"/>"#,
                r#"<w:pgMar w:top="{m}" w:right="{m}" w:bottom="{m}" w:left="{m}" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>"#,
                "</w:body></w:document>"
            ),
            decl = XML_DECLARATION,
            main = NS_MAIN,
            rel = NS_REL,
            wp = NS_WORD_DRAWING,
            a = NS_DRAWING,
            pic = NS_PICTURE,
            body = self.xml,
            pw = PAGE_WIDTH_TWIPS,
            ph = PAGE_HEIGHT_TWIPS,
            m = MARGIN_TWIPS,
        )
    }

    /// The document's links to its styles and images.
    fn relationships(&self) -> String {
        let mut xml = format!(
            r#"{XML_DECLARATION}<Relationships xmlns="{NS_PACKAGE_REL}"><Relationship Id="rIdStyles" Type="{NS_REL}/styles" Target="styles.xml"/>"#
        );
        for i in 0..self.media.len() {
            let _ = write!(
                xml,
                r#"<Relationship Id="rIdImage{n}" Type="{NS_REL}/image" Target="media/image{n}.png"/>"#,
                n = i + 1
            );
        }
        xml.push_str("</Relationships>");
        xml
    }
}

fn media_name(index: usize) -> String {
    format!("word/media/image{}.png", index + 1)
}

/// A run of text with run properties `properties` (may be empty). Line breaks the user
/// typed (a new line, or the vertical tab that text pasted from Word or PowerPoint carries)
/// become line breaks in the document.
fn run(xml: &mut String, text: &str, properties: &str) {
    xml.push_str("<w:r>");
    if !properties.is_empty() {
        let _ = write!(xml, "<w:rPr>{properties}</w:rPr>");
    }
    let text = text.replace("\r\n", "\n");
    for (i, line) in text.split(['\n', '\r', '\u{b}']).enumerate() {
        if i > 0 {
            xml.push_str("<w:br/>");
        }
        let _ = write!(xml, r#"<w:t xml:space="preserve">{}</w:t>"#, escape(line));
    }
    xml.push_str("</w:r>");
}

/// `text` made safe for XML content and attribute values: the five special characters
/// escaped, and characters XML 1.0 does not allow (most control characters) left out.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(' '),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

fn content_types() -> String {
    const WORD: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml";
    format!(
        concat!(
            "{decl}",
            r#"<Types xmlns="{types}">"#,
            r#"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#,
            r#"<Default Extension="xml" ContentType="application/xml"/>"#,
            r#"<Default Extension="png" ContentType="image/png"/>"#,
            r#"<Override PartName="/word/document.xml" ContentType="{word}.document.main+xml"/>"#,
            r#"<Override PartName="/word/styles.xml" ContentType="{word}.styles+xml"/>"#,
            r#"<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>"#,
            "</Types>"
        ),
        decl = XML_DECLARATION,
        types = NS_CONTENT_TYPES,
        word = WORD,
    )
}

fn package_relationships() -> String {
    format!(
        concat!(
            "{decl}<Relationships xmlns=\"{pkg}\">",
            r#"<Relationship Id="rIdDocument" Type="{rel}/officeDocument" Target="word/document.xml"/>"#,
            r#"<Relationship Id="rIdCore" Type="{pkg}/metadata/core-properties" Target="docProps/core.xml"/>"#,
            "</Relationships>"
        ),
        decl = XML_DECLARATION,
        pkg = NS_PACKAGE_REL,
        rel = NS_REL,
    )
}

/// The file's title and author as Word shows them under File > Info.
fn core_properties(title: &str) -> String {
    format!(
        concat!(
            "{decl}",
            r#"<cp:coreProperties xmlns:cp="{cp}" xmlns:dc="{dc}">"#,
            "<dc:title>{title}</dc:title><dc:creator>FLS Toolkit</dc:creator><dc:language>en-GB</dc:language>",
            "</cp:coreProperties>"
        ),
        decl = XML_DECLARATION,
        cp = NS_CORE_PROPERTIES,
        dc = NS_DUBLIN_CORE,
        title = escape(title),
    )
}

/// Arial 11 pt, UK English; the title, subtitle, heading and caption styles the body uses
/// (Heading 1 in NHS blue, #005EB8), so Word's navigation pane lists the sections.
fn styles() -> String {
    let style = |id: &str, name: &str, paragraph: &str, run: &str| {
        format!(
            r#"<w:style w:type="paragraph" w:styleId="{id}"><w:name w:val="{name}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr>{paragraph}</w:pPr><w:rPr>{run}</w:rPr></w:style>"#
        )
    };
    format!(
        concat!(
            "{decl}<w:styles xmlns:w=\"{main}\">",
            "<w:docDefaults><w:rPrDefault><w:rPr>",
            r#"<w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-GB"/>"#,
            "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>",
            r#"<w:spacing w:after="120" w:line="264" w:lineRule="auto"/>"#,
            "</w:pPr></w:pPrDefault></w:docDefaults>",
            r#"<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>"#,
            "{title}{subtitle}{heading}{caption}",
            "</w:styles>"
        ),
        decl = XML_DECLARATION,
        main = NS_MAIN,
        title = style("Title", "Title", r#"<w:spacing w:after="60"/>"#, r#"<w:b/><w:sz w:val="40"/><w:szCs w:val="40"/>"#),
        subtitle = style("Subtitle", "Subtitle", r#"<w:spacing w:after="240"/>"#, r#"<w:color w:val="505A5F"/>"#),
        heading = style(
            "Heading1",
            "heading 1",
            r#"<w:keepNext/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/>"#,
            r#"<w:b/><w:color w:val="005EB8"/><w:sz w:val="30"/><w:szCs w:val="30"/>"#
        ),
        caption = style("Caption", "caption", r#"<w:keepNext/><w:spacing w:before="120" w:after="60"/>"#, r#"<w:i/><w:sz w:val="18"/><w:szCs w:val="18"/>"#),
    )
}
