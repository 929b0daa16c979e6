//! The Python door: `communique._engine`, which the `communique` package wraps.
//!
//! Reports cross into Python as contract-v1 JSON, which the package turns into dicts with
//! the standard library's `json`: one serialisation the contract already defines, rather
//! than a second mapping of every field to Python objects. Batches leave the GIL while every
//! core analyses, so a notebook's other threads, and Spark's Arrow transfer, keep running.

use communique::export::Table;
use communique::{analyze, analyze_file, Report};
use pyo3::create_exception;
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyString};
use rayon::prelude::*;

create_exception!(
    _engine,
    InputError,
    PyValueError,
    "Input the engine cannot read: binary, empty, too large or of an unsupported kind. The \
     message is the command line's."
);

/// One document of a batch: text analysed as given, or a file's bytes decoded as the CLI
/// decodes them.
enum Document {
    Text(String),
    Bytes(Vec<u8>),
}

impl Document {
    fn extract(item: &Bound<'_, PyAny>) -> PyResult<Document> {
        if item.is_instance_of::<PyString>() {
            Ok(Document::Text(item.extract()?))
        } else if let Ok(bytes) = item.downcast::<PyBytes>() {
            Ok(Document::Bytes(bytes.as_bytes().to_vec()))
        } else {
            Err(PyTypeError::new_err(format!(
                "a document is str or bytes, not {}",
                item.get_type().name()?
            )))
        }
    }

    fn analyse(&self, source: Option<&str>) -> Result<Report, communique::InputError> {
        match self {
            Document::Text(text) => {
                let mut report = analyze(text);
                report.source = source.map(str::to_owned);
                Ok(report)
            }
            Document::Bytes(bytes) => analyze_file(bytes, source).map(|a| a.report),
        }
    }
}

fn json(report: &Report) -> String {
    serde_json::to_string(report).unwrap_or_default()
}

/// The report of `text`, analysed as given, as contract-v1 JSON.
#[pyfunction]
#[pyo3(signature = (text, source=None))]
fn analyze_text(py: Python<'_>, text: &str, source: Option<&str>) -> String {
    let document = Document::Text(text.to_owned());
    py.allow_threads(|| document.analyse(source).map(|r| json(&r)))
        .unwrap_or_default()
}

/// The report of a file's bytes as JSON; `source` names the file and gives its format.
#[pyfunction]
#[pyo3(signature = (data, source=None))]
fn analyze_bytes(py: Python<'_>, data: &[u8], source: Option<&str>) -> PyResult<String> {
    py.allow_threads(|| analyze_file(data, source).map(|a| json(&a.report)))
        .map_err(|e| InputError::new_err(e.to_string()))
}

/// Each document's report as JSON, or the message saying why it could not be read, in the
/// order given, on every core with the GIL released.
#[pyfunction]
#[pyo3(signature = (documents, sources=None))]
fn analyze_batch(
    py: Python<'_>,
    documents: Vec<Bound<'_, PyAny>>,
    sources: Option<Vec<Option<String>>>,
) -> PyResult<Vec<(Option<String>, Option<String>)>> {
    let sources = sources.unwrap_or_else(|| vec![None; documents.len()]);
    if sources.len() != documents.len() {
        return Err(PyValueError::new_err(format!(
            "{} documents but {} sources",
            documents.len(),
            sources.len()
        )));
    }
    let documents = documents
        .iter()
        .map(Document::extract)
        .collect::<PyResult<Vec<_>>>()?;
    Ok(py.allow_threads(|| {
        documents
            .par_iter()
            .zip(sources.par_iter())
            .map(|(d, s)| match d.analyse(s.as_deref()) {
                Ok(report) => (Some(json(&report)), None),
                Err(e) => (None, Some(e.to_string())),
            })
            .collect()
    }))
}

/// A table as Python receives it: its name, its columns and its rows.
type Rows = (&'static str, Vec<&'static str>, Vec<Vec<String>>);

/// The demands, actors and groups tables of reports given as JSON, the cells those of the
/// CLI's `--csv`.
#[pyfunction]
fn tables(py: Python<'_>, reports: Vec<String>) -> PyResult<Vec<Rows>> {
    let parsed = py.allow_threads(|| {
        reports
            .par_iter()
            .map(|r| serde_json::from_str::<Report>(r))
            .collect::<Result<Vec<_>, _>>()
    });
    let reports = parsed.map_err(|e| PyValueError::new_err(format!("not a v1 report: {e}")))?;
    Ok(Table::ALL
        .into_iter()
        .map(|t| {
            let rows = reports.iter().flat_map(|r| t.rows(r)).collect();
            (t.name(), t.columns().to_vec(), rows)
        })
        .collect())
}

/// Whether a file name is an article a folder's batch analyses (text or HTML).
#[pyfunction]
fn is_article(name: &str) -> bool {
    communique::Format::is_article(name)
}

#[pymodule]
fn _engine(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("InputError", m.py().get_type::<InputError>())?;
    m.add_function(wrap_pyfunction!(analyze_text, m)?)?;
    m.add_function(wrap_pyfunction!(analyze_bytes, m)?)?;
    m.add_function(wrap_pyfunction!(analyze_batch, m)?)?;
    m.add_function(wrap_pyfunction!(tables, m)?)?;
    m.add_function(wrap_pyfunction!(is_article, m)?)?;
    Ok(())
}
