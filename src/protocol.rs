//! What the page and its Web Worker say to each other: one enum each way, compiled into both
//! (`src/ui/worker.rs` asks, `src/bin/worker.rs` answers), so a field renamed on one side
//! fails to compile rather than to answer. In the browser the messages cross as structured
//! clones (serde-wasm-bindgen), a document's bytes as a `Uint8Array` rather than a list of
//! numbers.

use crate::analyze::Analysis;
use serde::{Deserialize, Serialize};

/// Which question an answer is for.
pub type QuestionId = u32;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Request {
    /// A document: a file's bytes under its name, or pasted text (no name, its format
    /// sniffed).
    Document {
        id: QuestionId,
        name: Option<String>,
        #[serde(with = "bytes")]
        bytes: Vec<u8>,
    },
    /// The JS door's question: `text` analysed as given.
    Report { id: QuestionId, text: String },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Response {
    /// The worker listens: messages sent before this were lost.
    Ready,
    /// A document's decoded text (HTML kept as HTML) and its analysis.
    Analysed {
        id: QuestionId,
        input: String,
        analysis: Box<Analysis>,
    },
    /// The report of contract v1 as JSON, which the JS door hands out as it is.
    Report { id: QuestionId, report: String },
    /// Why a question has no answer.
    Failed { id: QuestionId, error: String },
}

/// Bytes as bytes: serde's default for a `Vec<u8>` is a sequence of numbers.
mod bytes {
    use serde::de::{Deserializer, SeqAccess, Visitor};
    use serde::Serializer;
    use std::fmt;

    pub fn serialize<S: Serializer>(b: &[u8], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_bytes(b)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<u8>, D::Error> {
        d.deserialize_byte_buf(Bytes)
    }

    struct Bytes;

    impl<'de> Visitor<'de> for Bytes {
        type Value = Vec<u8>;

        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("bytes")
        }

        fn visit_bytes<E>(self, v: &[u8]) -> Result<Vec<u8>, E> {
            Ok(v.to_vec())
        }

        fn visit_byte_buf<E>(self, v: Vec<u8>) -> Result<Vec<u8>, E> {
            Ok(v)
        }

        /// Formats without bytes (JSON) write them as numbers.
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<u8>, A::Error> {
            let mut out = Vec::with_capacity(seq.size_hint().unwrap_or(0));
            while let Some(b) = seq.next_element()? {
                out.push(b);
            }
            Ok(out)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_survive_a_round_trip() {
        let asked = Request::Document {
            id: 7,
            name: Some("a.html".into()),
            bytes: vec![0xEF, 0xBB, 0xBF, b'<', 0],
        };
        let json = serde_json::to_string(&asked).unwrap();
        assert_eq!(serde_json::from_str::<Request>(&json).unwrap(), asked);
        let answered = Response::Analysed {
            id: 7,
            input: "Pakistan urged the Taliban to act.".into(),
            analysis: Box::new(
                crate::analyze_file(b"Pakistan urged the Taliban to act.", None).unwrap(),
            ),
        };
        let json = serde_json::to_string(&answered).unwrap();
        assert_eq!(serde_json::from_str::<Response>(&json).unwrap(), answered);
    }
}
