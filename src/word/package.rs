//! The zip container a .docx file is made of, written with every part *stored* (not
//! compressed). Word, LibreOffice and Google Docs all open stored packages; the document
//! text is small and the charts are already compressed PNGs, so compressing would save
//! little and cost a deflate encoder in every download of the app.
//!
//! Layout (PKWARE APPNOTE 6.3.10, sections 4.3.7, 4.3.12 and 4.3.16): for each part a local
//! file header and the bytes, then the central directory (one header per part), then the
//! end-of-central-directory record. All numbers are little-endian.

/// A zip file being written in memory.
#[derive(Default)]
pub struct Package {
    bytes: Vec<u8>,
    /// Central directory headers, written after the last part.
    directory: Vec<u8>,
    parts: u16,
}

/// 1 January 1980 00:00, the earliest MS-DOS date: a fixed date keeps the same document
/// producing the same bytes.
const DOS_DATE: u16 = (1 << 5) | 1;
const DOS_TIME: u16 = 0;
/// Version 2.0 of the format: needed to extract stored files in folders.
const VERSION: u16 = 20;

impl Package {
    pub fn new() -> Package {
        Package::default()
    }

    /// Adds the part `name` (a path such as `word/document.xml`) holding `data`.
    ///
    /// Errors when the package would pass the limits of a zip without the 64-bit extension
    /// (65,535 parts, 4 GiB): far beyond any document this app writes.
    pub fn add(&mut self, name: &str, data: &[u8]) -> Result<(), String> {
        let too_big = || "The Word file would be too large to write.".to_string();
        let offset = u32::try_from(self.bytes.len()).map_err(|_| too_big())?;
        let size = u32::try_from(data.len()).map_err(|_| too_big())?;
        let name_len = u16::try_from(name.len()).map_err(|_| too_big())?;
        self.parts = self.parts.checked_add(1).ok_or_else(too_big)?;
        let crc = crc32fast::hash(data);

        // Local file header.
        put32(&mut self.bytes, 0x0403_4b50);
        put16(&mut self.bytes, VERSION);
        put_fields(&mut self.bytes, crc, size, name_len);
        self.bytes.extend_from_slice(name.as_bytes());
        self.bytes.extend_from_slice(data);

        // Central directory header.
        let d = &mut self.directory;
        put32(d, 0x0201_4b50);
        put16(d, VERSION); // made by
        put16(d, VERSION); // needed to extract
        put_fields(d, crc, size, name_len);
        put16(d, 0); // comment length
        put16(d, 0); // disk number
        put16(d, 0); // internal attributes
        put32(d, 0); // external attributes
        put32(d, offset);
        d.extend_from_slice(name.as_bytes());
        Ok(())
    }

    /// The finished zip file.
    pub fn finish(mut self) -> Result<Vec<u8>, String> {
        let too_big = || "The Word file would be too large to write.".to_string();
        let directory_offset = u32::try_from(self.bytes.len()).map_err(|_| too_big())?;
        let directory_size = u32::try_from(self.directory.len()).map_err(|_| too_big())?;
        self.bytes.append(&mut self.directory);
        let b = &mut self.bytes;
        put32(b, 0x0605_4b50);
        put16(b, 0); // this disk
        put16(b, 0); // disk where the directory starts
        put16(b, self.parts); // parts on this disk
        put16(b, self.parts); // parts in all
        put32(b, directory_size);
        put32(b, directory_offset);
        put16(b, 0); // comment length
        Ok(self.bytes)
    }
}

/// The fields shared by local and central headers, from the flags to the extra-field length.
fn put_fields(out: &mut Vec<u8>, crc: u32, size: u32, name_len: u16) {
    put16(out, 0); // flags
    put16(out, 0); // method: stored
    put16(out, DOS_TIME);
    put16(out, DOS_DATE);
    put32(out, crc);
    put32(out, size); // compressed size
    put32(out, size); // uncompressed size
    put16(out, name_len);
    put16(out, 0); // extra field length
}

fn put16(out: &mut Vec<u8>, v: u16) {
    out.extend_from_slice(&v.to_le_bytes());
}

fn put32(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_le_bytes());
}
