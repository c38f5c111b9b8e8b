//! The record ids seen so far while reading a file, for the duplicate rule ("`record_id`
//! ... repeats the id of any earlier row, valid or not — the first stays").

use std::collections::hash_map::Entry;
use std::collections::HashMap;
use std::hash::{BuildHasher, BuildHasherDefault, Hasher};

use super::Import;

/// A fast, non-cryptographic hasher for record ids (the file is the user's own, so
/// flooding attacks are not a concern). Multiply-rotate in the style of FxHash.
#[derive(Default, Clone, Copy)]
struct IdHasher(u64);

impl IdHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for IdHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0u8; 8];
            word[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(word));
        }
    }

    fn write_u8(&mut self, byte: u8) {
        self.add(u64::from(byte));
    }

    /// Final mixing (MurmurHash3's `fmix64`) so every bit of the id reaches the low bits
    /// the hash table uses for buckets.
    fn finish(&self) -> u64 {
        let mut h = self.0;
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 33;
        h
    }
}

/// Hasher for keys that are already well-mixed 64-bit hashes.
#[derive(Default, Clone, Copy)]
struct HashIsKey(u64);

impl Hasher for HashIsKey {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }

    fn write_u64(&mut self, value: u64) {
        self.0 = value;
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// Where the first row with an id went.
#[derive(Clone, Copy, Debug)]
pub(crate) enum FirstRow {
    Record(u32),
    Rejected(u32),
}

/// The ids seen so far, for the duplicate rule, without a copy of each id: the table maps
/// the id's 64-bit hash to the row that holds it (in `records` or `rejected`), and the id
/// itself is compared there. The rare id whose hash equals an earlier, different id's is
/// kept in `collisions` with its line.
#[derive(Default)]
pub(crate) struct IdIndex {
    by_hash: HashMap<u64, FirstRow, BuildHasherDefault<HashIsKey>>,
    collisions: HashMap<String, u64>,
}

impl IdIndex {
    /// Room for `additional` more ids.
    pub(crate) fn reserve(&mut self, additional: usize) {
        self.by_hash.reserve(additional);
    }

    pub(crate) fn hash(id: &str) -> u64 {
        BuildHasherDefault::<IdHasher>::default().hash_one(id)
    }

    /// The line of the earlier row with this id, if any.
    pub(crate) fn first_line(&self, id: &str, hash: u64, import: &Import) -> Option<u64> {
        let first = *self.by_hash.get(&hash)?;
        let (stored, line) = match first {
            FirstRow::Record(i) => {
                let r = &import.records[i as usize];
                (r.record_id.as_str(), r.line)
            }
            FirstRow::Rejected(i) => {
                let r = &import.rejected[i as usize];
                (r.record_id.as_str(), r.line)
            }
        };
        if stored == id {
            Some(line)
        } else {
            self.collisions.get(id).copied()
        }
    }

    /// Registers a new id (one `first_line` did not find).
    pub(crate) fn insert(&mut self, id: &str, hash: u64, line: u64, first: FirstRow) {
        match self.by_hash.entry(hash) {
            Entry::Vacant(slot) => {
                slot.insert(first);
            }
            Entry::Occupied(_) => {
                self.collisions.insert(id.to_string(), line);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::kpi::{Date, PatientRecord, RejectedRow, RejectionReason};

    /// Two different ids with the same hash (forced here; real 64-bit collisions are
    /// vanishingly rare) are both kept apart correctly.
    #[test]
    fn id_index_handles_hash_collisions() {
        let mut import = Import::default();
        let mut ids = IdIndex::default();
        let date = Date::from_ymd(2024, 1, 1).expect("valid date");
        let same_hash = 42;
        import.records.push(PatientRecord::new(2, "A", date));
        ids.insert("A", same_hash, 2, FirstRow::Record(0));
        assert_eq!(ids.first_line("A", same_hash, &import), Some(2));
        assert_eq!(ids.first_line("B", same_hash, &import), None);
        import.rejected.push(RejectedRow {
            line: 3,
            record_id: "B".into(),
            reason: RejectionReason::MissingFractureDate,
        });
        ids.insert("B", same_hash, 3, FirstRow::Rejected(0));
        assert_eq!(ids.first_line("B", same_hash, &import), Some(3));
        assert_eq!(ids.first_line("A", same_hash, &import), Some(2));
        assert_eq!(ids.first_line("C", same_hash, &import), None);
        assert_eq!(ids.first_line("A", 7, &import), None);
    }
}
