//! The encodings an article arrives in — UTF-8, UTF-16 and windows-1252 — decoded as the
//! WHATWG Encoding Standard says (what browsers and encoding_rs do), in a few lines instead
//! of encoding_rs's tables: UTF-16 is std's `decode_utf16`, windows-1252 is Latin-1 but for
//! 32 bytes. The page's wasm carries this code, so its size matters; the tests check every
//! decoder against encoding_rs, byte for byte.

use std::borrow::Cow;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf16Le,
    Utf16Be,
    Windows1252,
}

impl Encoding {
    /// The encoding's label, as `Decoded::encoding` reports it.
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Utf16Le => "UTF-16LE",
            Encoding::Utf16Be => "UTF-16BE",
            Encoding::Windows1252 => "windows-1252",
        }
    }

    /// The encoding a byte-order mark names, and the mark's length.
    pub fn for_bom(bytes: &[u8]) -> Option<(Encoding, usize)> {
        match bytes {
            [0xEF, 0xBB, 0xBF, ..] => Some((Encoding::Utf8, 3)),
            [0xFF, 0xFE, ..] => Some((Encoding::Utf16Le, 2)),
            [0xFE, 0xFF, ..] => Some((Encoding::Utf16Be, 2)),
            _ => None,
        }
    }

    /// Decodes `bytes` (no byte-order mark), each malformed sequence becoming U+FFFD.
    pub fn decode(self, bytes: &[u8]) -> Cow<'_, str> {
        match self {
            Encoding::Utf8 => String::from_utf8_lossy(bytes),
            Encoding::Utf16Le | Encoding::Utf16Be => {
                let mut text: String = char::decode_utf16(self.units(bytes))
                    .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
                    .collect();
                // An odd byte at the end is one more fault, unless it follows a lead
                // surrogate: the two make one unfinished character, replaced once.
                let ends_in_lead = self
                    .units(bytes)
                    .next_back()
                    .is_some_and(|u| (0xD800..0xDC00).contains(&u));
                if bytes.len() % 2 == 1 && !ends_in_lead {
                    text.push(char::REPLACEMENT_CHARACTER);
                }
                Cow::Owned(text)
            }
            Encoding::Windows1252 => Cow::Owned(bytes.iter().map(|&b| windows_1252(b)).collect()),
        }
    }

    /// True when `bytes` are UTF-16 in this byte order with no unpaired surrogate and no odd
    /// byte at the end: decoding them replaces nothing.
    pub fn is_valid_utf16(self, bytes: &[u8]) -> bool {
        bytes.len() % 2 == 0 && char::decode_utf16(self.units(bytes)).all(|c| c.is_ok())
    }

    fn units(self, bytes: &[u8]) -> impl DoubleEndedIterator<Item = u16> + '_ {
        bytes.chunks_exact(2).map(move |p| match self {
            Encoding::Utf16Be => u16::from_be_bytes([p[0], p[1]]),
            _ => u16::from_le_bytes([p[0], p[1]]),
        })
    }
}

/// Windows-1252 is ISO-8859-1 except 0x80–0x9F, which hold typographic quotes, dashes, the
/// euro sign and a few letters; the five bytes it leaves undefined map to the C1 control of
/// the same value, as WHATWG specifies.
fn windows_1252(byte: u8) -> char {
    const HIGH: [char; 32] = [
        '\u{20AC}', '\u{81}', '\u{201A}', '\u{192}', '\u{201E}', '\u{2026}', '\u{2020}',
        '\u{2021}', '\u{2C6}', '\u{2030}', '\u{160}', '\u{2039}', '\u{152}', '\u{8D}', '\u{17D}',
        '\u{8F}', '\u{90}', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}', '\u{2013}',
        '\u{2014}', '\u{2DC}', '\u{2122}', '\u{161}', '\u{203A}', '\u{153}', '\u{9D}', '\u{17E}',
        '\u{178}',
    ];
    match byte {
        0x80..=0x9F => HIGH[usize::from(byte - 0x80)],
        _ => char::from(byte),
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn reference(e: Encoding) -> &'static encoding_rs::Encoding {
        match e {
            Encoding::Utf8 => encoding_rs::UTF_8,
            Encoding::Utf16Le => encoding_rs::UTF_16LE,
            Encoding::Utf16Be => encoding_rs::UTF_16BE,
            Encoding::Windows1252 => encoding_rs::WINDOWS_1252,
        }
    }

    fn same_as_encoding_rs(e: Encoding, bytes: &[u8]) {
        let (expected, _) = reference(e).decode_without_bom_handling(bytes);
        assert_eq!(e.decode(bytes), expected, "{} of {bytes:02x?}", e.name());
    }

    #[test]
    fn windows_1252_matches_encoding_rs_on_every_byte() {
        let all: Vec<u8> = (0..=255).collect();
        same_as_encoding_rs(Encoding::Windows1252, &all);
    }

    #[test]
    fn byte_order_marks_match_encoding_rs() {
        for bytes in [
            &b"\xEF\xBB\xBFa"[..],
            b"\xFF\xFEa\0",
            b"\xFE\xFF\0a",
            b"\xEF\xBB",
            b"\xFFa",
            b"",
        ] {
            let ours = Encoding::for_bom(bytes).map(|(e, n)| (reference(e), n));
            assert_eq!(ours, encoding_rs::Encoding::for_bom(bytes), "{bytes:02x?}");
        }
    }

    #[test]
    fn utf16_edge_cases_match_encoding_rs() {
        let cases: [&[u8]; 7] = [
            b"\x3D\xD8\x00\xDE",         // a surrogate pair (LE): 😀
            b"\x3D\xD8a\0",              // a high surrogate, then a letter
            b"\x00\xDEa\0",              // a lone low surrogate
            b"\x3D\xD8\x3D\xD8\x00\xDE", // two highs, then a low
            b"a\0b",                     // an odd byte at the end
            b"\x3D\xD8",                 // a high surrogate at the end
            b"\x3D\xD8\x00",             // a high surrogate, then an odd byte
        ];
        for bytes in cases {
            same_as_encoding_rs(Encoding::Utf16Le, bytes);
            same_as_encoding_rs(Encoding::Utf16Be, bytes);
        }
    }

    proptest! {
        #[test]
        fn every_decoder_matches_encoding_rs(bytes in proptest::collection::vec(any::<u8>(), 0..64)) {
            for e in [Encoding::Utf8, Encoding::Utf16Le, Encoding::Utf16Be, Encoding::Windows1252] {
                same_as_encoding_rs(e, &bytes);
            }
            for e in [Encoding::Utf16Le, Encoding::Utf16Be] {
                let (_, malformed) = reference(e).decode_without_bom_handling(&bytes);
                prop_assert_eq!(e.is_valid_utf16(&bytes), !malformed);
            }
        }
    }
}
