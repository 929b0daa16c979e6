//! A fast hasher for maps whose keys the engine fixes: its word lists, the tagger's
//! dictionary.
//!
//! The standard library's SipHash resists keys chosen to collide, at dozens of cycles a
//! key, and these maps are looked up for every word of every sentence. Their keys are the
//! data files', never the text's, so no article can choose keys that collide: maps keyed
//! by what the text says keep SipHash.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// Eight bytes a multiply and a final mix.
#[derive(Default)]
pub struct WordHasher(u64);

impl WordHasher {
    fn eat(&mut self, v: u64) {
        self.0 = (self.0.rotate_left(5) ^ v).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
}

impl Hasher for WordHasher {
    fn finish(&self) -> u64 {
        let mut h = self.0;
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 33;
        h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
        h ^ (h >> 33)
    }

    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.eat(u64::from_le_bytes(word));
        }
    }

    fn write_u8(&mut self, b: u8) {
        self.eat(u64::from(b));
    }
}

/// A map with [`WordHasher`].
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<WordHasher>>;

/// A set with [`WordHasher`].
pub type FastSet<K> = HashSet<K, BuildHasherDefault<WordHasher>>;
