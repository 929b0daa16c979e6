//! Bytes to text: BOMs, UTF-8, the Windows-1252 fallback, and a clear refusal of what is
//! not text at all (binary files, empty files, files too large to be an article batch).

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252};
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
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
        return finish(text, encoding, true);
    }
    if let Some(what) = binary_signature(bytes) {
        return Err(InputError::Binary { what });
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => finish(Cow::Borrowed(text), UTF_8, false),
        Err(_) => {
            let (text, _, _) = WINDOWS_1252.decode(bytes);
            finish(text, WINDOWS_1252, true)
        }
    }
}

fn finish(
    text: Cow<'_, str>,
    encoding: &'static Encoding,
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
    let encoding = if encoding == UTF_16LE {
        "UTF-16LE"
    } else if encoding == UTF_16BE {
        "UTF-16BE"
    } else {
        encoding.name()
    };
    Ok(Decoded {
        text: text.into_owned(),
        encoding,
        transformed,
    })
}

/// Names well-known binary formats by their magic bytes, and anything with NUL bytes.
fn binary_signature(bytes: &[u8]) -> Option<&'static str> {
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
    if let Some((_, what)) = MAGIC.iter().find(|(m, _)| bytes.starts_with(m)) {
        return Some(what);
    }
    let head = &bytes[..bytes.len().min(8192)];
    head.contains(&0).then_some("it contains NUL bytes")
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
