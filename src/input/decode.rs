//! Bytes to text: BOMs, UTF-8, UTF-16 without a BOM, the Windows-1252 fallback, and a clear
//! refusal of what is not text at all (binary files, empty files, files too large to be an
//! article batch).

use super::encodings::Encoding;
use std::borrow::Cow;
use std::fmt;

/// Inputs above this are refused rather than risking the page's memory: no news article,
/// however long, comes near it.
pub const MAX_BYTES: usize = 32 * 1024 * 1024;

/// Why some bytes cannot be analysed. The message names the problem in words a user
/// understands; callers add the file name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputError {
    Empty,
    TooLarge { bytes: usize },
    Binary { what: &'static str },
    Unsupported { extension: String },
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InputError::Empty => write!(f, "the file is empty: there is no text to analyse"),
            InputError::TooLarge { bytes } => write!(
                f,
                "the file is too large ({:.1} MB; the limit is {} MB)",
                *bytes as f64 / 1_048_576.0,
                MAX_BYTES / 1_048_576
            ),
            InputError::Binary { what } => {
                write!(
                    f,
                    "this is not a text file ({what}); give .txt, .md or .html"
                )
            }
            InputError::Unsupported { extension } => write!(
                f,
                "files ending .{extension} are not supported; give .txt, .md or .html"
            ),
        }
    }
}

impl std::error::Error for InputError {}

/// Text ready for analysis, and whether it differs from the bytes given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    /// The encoding the bytes were read in (`UTF-8`, `UTF-16LE`, `windows-1252`, …).
    pub encoding: &'static str,
    /// False when `text` is byte for byte the input, so offsets index the user's file.
    pub transformed: bool,
}

/// Decodes `bytes` as text, refusing binary, empty and oversized input.
pub fn decode(bytes: &[u8]) -> Result<Decoded, InputError> {
    if bytes.len() > MAX_BYTES {
        return Err(InputError::TooLarge { bytes: bytes.len() });
    }
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        return finish(encoding.decode(&bytes[bom_len..]), encoding, true);
    }
    if let Some(what) = magic(bytes) {
        return Err(InputError::Binary { what });
    }
    if let Some(encoding) = utf16_without_bom(bytes) {
        return finish(encoding.decode(bytes), encoding, true);
    }
    if head(bytes).contains(&0) {
        return Err(InputError::Binary {
            what: "it contains NUL bytes",
        });
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => finish(Cow::Borrowed(text), Encoding::Utf8, false),
        Err(_) => finish(
            Encoding::Windows1252.decode(bytes),
            Encoding::Windows1252,
            true,
        ),
    }
}

fn finish(
    text: Cow<'_, str>,
    encoding: Encoding,
    transformed: bool,
) -> Result<Decoded, InputError> {
    if text.trim().is_empty() {
        return Err(InputError::Empty);
    }
    if looks_binary(&text) {
        return Err(InputError::Binary {
            what: "it is mostly control characters",
        });
    }
    Ok(Decoded {
        text: text.into_owned(),
        encoding: encoding.name(),
        transformed,
    })
}

/// The prefix the sniffing tests look at: enough to judge, short enough to be free.
fn head(bytes: &[u8]) -> &[u8] {
    &bytes[..bytes.len().min(8192)]
}

/// Names well-known binary formats by their magic bytes.
fn magic(bytes: &[u8]) -> Option<&'static str> {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"%PDF", "a PDF document"),
        (b"PK\x03\x04", "a ZIP archive or Office document"),
        (b"\x89PNG", "a PNG image"),
        (b"GIF8", "a GIF image"),
        (b"\xFF\xD8\xFF", "a JPEG image"),
        (b"\x1F\x8B", "a gzip archive"),
        (b"\x7FELF", "a program"),
        (b"MZ", "a Windows program"),
        (b"\xD0\xCF\x11\xE0", "an old Office document"),
        (b"\0asm", "a WebAssembly module"),
        (b"RIFF", "a media file"),
        (b"ID3", "an MP3 file"),
    ];
    MAGIC
        .iter()
        .find(|(m, _)| bytes.starts_with(m))
        .map(|&(_, what)| what)
}

/// UTF-16 without a byte-order mark, as Windows tools often export it. In mostly-ASCII text
/// every other byte is zero — the odd ones in little-endian, the even ones in big-endian —
/// while UTF-8 and single-byte text have no zero byte at all and binary formats have them
/// on both sides. So: at least half the code units of the prefix have a zero high byte, at
/// most one in fifty a zero low byte, and the whole input then decodes without a fault.
fn utf16_without_bom(bytes: &[u8]) -> Option<Encoding> {
    let head = head(bytes);
    let units = head.len() / 2;
    if units == 0 {
        return None;
    }
    let (mut even_zero, mut odd_zero) = (0, 0);
    for pair in head.chunks_exact(2) {
        even_zero += usize::from(pair[0] == 0);
        odd_zero += usize::from(pair[1] == 0);
    }
    let mostly =
        |high_zero: usize, low_zero: usize| high_zero * 2 >= units && low_zero * 50 <= units;
    let encoding = if mostly(odd_zero, even_zero) {
        Encoding::Utf16Le
    } else if mostly(even_zero, odd_zero) {
        Encoding::Utf16Be
    } else {
        return None;
    };
    encoding.is_valid_utf16(bytes).then_some(encoding)
}

/// More than one control character in twenty is no article.
fn looks_binary(text: &str) -> bool {
    let mut total = 0usize;
    let mut control = 0usize;
    for c in text.chars().take(8192) {
        total += 1;
        if c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}') {
            control += 1;
        }
    }
    control * 20 > total
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_is_kept_byte_for_byte() {
        let d = decode("Pakistan’s envoy".as_bytes()).unwrap();
        assert_eq!(d.text, "Pakistan’s envoy");
        assert!(!d.transformed);
        assert_eq!(d.encoding, "UTF-8");
    }

    #[test]
    fn utf16_with_bom_is_decoded() {
        let mut bytes = vec![0xFF, 0xFE];
        for u in "Kabul urged calm".encode_utf16() {
            bytes.extend_from_slice(&u.to_le_bytes());
        }
        let d = decode(&bytes).unwrap();
        assert_eq!(d.text, "Kabul urged calm");
        assert!(d.transformed);
        assert_eq!(d.encoding, "UTF-16LE");
    }

    fn utf16(text: &str, to_bytes: fn(u16) -> [u8; 2]) -> Vec<u8> {
        text.encode_utf16().flat_map(to_bytes).collect()
    }

    #[test]
    fn utf16_without_bom_is_recognised_in_either_byte_order() {
        let text = "Pakistan’s envoy urged “restraint” in Kabul.\r\n";
        let d = decode(&utf16(text, u16::to_le_bytes)).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), (text, "UTF-16LE"));
        assert!(d.transformed);
        let d = decode(&utf16(text, u16::to_be_bytes)).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), (text, "UTF-16BE"));
    }

    #[test]
    fn utf16_without_bom_may_hold_some_text_beyond_ascii() {
        let text = "Le ministre a appelé à la retenue — Москва призвала к сдержанности.";
        let d = decode(&utf16(text, u16::to_le_bytes)).unwrap();
        assert_eq!(d.text, text);
    }

    #[test]
    fn binary_with_zero_bytes_is_still_refused() {
        // Little-endian integers: zeros on both sides of each pair.
        let ints: Vec<u8> = (0u32..2000).flat_map(|i| (i * 7).to_le_bytes()).collect();
        assert!(matches!(decode(&ints), Err(InputError::Binary { .. })));
        // The zero pattern of UTF-16, but an unpaired surrogate: not text.
        let mut bytes = utf16("Kabul urged calm", u16::to_le_bytes);
        bytes.extend_from_slice(&[0x00, 0xDC]);
        assert!(matches!(decode(&bytes), Err(InputError::Binary { .. })));
        // The zero pattern and valid UTF-16, but control characters.
        let controls: Vec<u8> = (1u8..30).cycle().take(400).flat_map(|b| [b, 0]).collect();
        assert_eq!(
            decode(&controls),
            Err(InputError::Binary {
                what: "it is mostly control characters"
            })
        );
        // An odd length cannot be UTF-16.
        assert!(matches!(decode(b"a\0b\0c"), Err(InputError::Binary { .. })));
    }

    #[test]
    fn invalid_utf8_falls_back_to_windows_1252() {
        let d = decode(b"the minister\x92s \x93call\x94 for calm").unwrap();
        assert_eq!(d.text, "the minister’s “call” for calm");
        assert_eq!(d.encoding, "windows-1252");
        assert!(d.transformed);
    }

    #[test]
    fn binary_and_empty_input_are_refused_with_a_reason() {
        assert_eq!(
            decode(b"%PDF-1.7 ..."),
            Err(InputError::Binary {
                what: "a PDF document"
            })
        );
        assert!(matches!(decode(b"ab\0cd"), Err(InputError::Binary { .. })));
        assert_eq!(decode(b"  \n\t "), Err(InputError::Empty));
        let msg = decode(b"\x89PNG\r\n").unwrap_err().to_string();
        assert!(msg.contains("PNG image"), "{msg}");
    }
}
