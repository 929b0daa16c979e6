//! Taking input: the text box (analysed as the user types, debounced), the file picker,
//! the drop target and the sample.

use crate::analyze::Format;
use gloo_timers::callback::Timeout;
use web_sys::{File, FileList, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

/// Files above this are refused before reading: a page holds many documents in memory.
pub const MAX_FILE_BYTES: f64 = 10.0 * 1024.0 * 1024.0;

/// Milliseconds of quiet typing before the text box is analysed.
const DEBOUNCE_MS: u32 = 250;

const SAMPLE: &str = include_str!("sample.txt");

#[derive(Properties, PartialEq)]
pub struct InputProps {
    /// The text box's content, once typing pauses (or the sample, or nothing once cleared).
    pub on_text: Callback<String>,
    /// Files picked with the button.
    pub on_files: Callback<Vec<File>>,
    /// The text box's content, when a restored pasted document should fill it.
    pub initial: AttrValue,
}

/// Checks a file before reading it: the reason it is refused, if it is.
pub fn refusal(file: &File) -> Option<String> {
    if let Err(e) = Format::of(&file.name()) {
        return Some(e.to_string());
    }
    (file.size() > MAX_FILE_BYTES).then(|| {
        format!(
            "the file is too large ({:.1} MB; the page takes files up to {} MB)",
            file.size() / 1_048_576.0,
            MAX_FILE_BYTES / 1_048_576.0
        )
    })
}

pub fn files_of(list: Option<FileList>) -> Vec<File> {
    let Some(list) = list else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

#[function_component]
pub fn Input(props: &InputProps) -> Html {
    let text = use_state(|| props.initial.to_string());
    let timer = use_mut_ref(|| None::<Timeout>);
    let textarea = use_node_ref();

    {
        let text = text.clone();
        let initial = props.initial.clone();
        use_effect_with(initial, move |initial| {
            if !initial.is_empty() {
                text.set(initial.to_string());
            }
        });
    }

    let schedule = {
        let on_text = props.on_text.clone();
        let timer = timer.clone();
        move |value: String| {
            let on_text = on_text.clone();
            // Replacing the timeout drops (cancels) the previous one.
            *timer.borrow_mut() = Some(Timeout::new(DEBOUNCE_MS, move || {
                on_text.emit(value);
            }));
        }
    };

    let oninput = {
        let text = text.clone();
        let schedule = schedule.clone();
        Callback::from(move |e: InputEvent| {
            let value = e.target_unchecked_into::<HtmlTextAreaElement>().value();
            text.set(value.clone());
            schedule(value);
        })
    };

    let sample = {
        let text = text.clone();
        let on_text = props.on_text.clone();
        let timer = timer.clone();
        Callback::from(move |_| {
            *timer.borrow_mut() = None;
            text.set(SAMPLE.to_string());
            on_text.emit(SAMPLE.to_string());
        })
    };

    let onchange = {
        let on_files = props.on_files.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            on_files.emit(files_of(input.files()));
            input.set_value("");
        })
    };

    let clear_text = {
        let text = text.clone();
        let on_text = props.on_text.clone();
        let timer = timer.clone();
        let textarea = textarea.clone();
        Callback::from(move |_| {
            *timer.borrow_mut() = None;
            text.set(String::new());
            on_text.emit(String::new());
            if let Some(t) = textarea.cast::<HtmlTextAreaElement>() {
                let _ = t.focus();
            }
        })
    };

    html! {
        <section class="input" aria-labelledby="input-heading">
            <h2 id="input-heading" class="visually-hidden">{ "Input" }</h2>
            <div class="dropzone" id="dropzone">
                <p class="drop-hint">{ "Drop articles anywhere on the page — .txt, .md, .html, .htm" }</p>
                <label class="button" for="files">{ "Add files" }</label>
                <input id="files" class="visually-hidden" type="file" multiple=true
                    accept=".txt,.md,.html,.htm,text/plain,text/html,text/markdown"
                    aria-label="Add files" {onchange} />
                <button type="button" id="sample" onclick={sample}>{ "Try a sample" }</button>
            </div>
            <label for="article" class="field-label">{ "Article text" }</label>
            <textarea id="article" ref={textarea} rows="10" value={(*text).clone()} {oninput}
                placeholder="Paste an article here: the report appears as you type." spellcheck="false" />
            if !text.is_empty() {
                <button type="button" class="link" onclick={clear_text}>{ "Clear the text box" }</button>
            }
        </section>
    }
}

/// The `DataTransfer` files of a drop event.
pub fn dropped_files(e: &DragEvent) -> Vec<File> {
    files_of(e.data_transfer().and_then(|d| d.files()))
}

/// True when the drag carries files (not a text selection being moved).
pub fn carries_files(e: &DragEvent) -> bool {
    e.data_transfer()
        .map(|d| d.types())
        .is_some_and(|t| t.iter().any(|v| v.as_string().as_deref() == Some("Files")))
}
