//! The web page's entry point: mounts the app and opens the JS door, both asking the
//! engine in the worker. Natively there is nothing to run; the native door is the
//! `communique` binary.

fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        use communique::ui::{App, AppProps, Engine, WorkerEngine};
        let engine: std::rc::Rc<dyn Engine> = std::rc::Rc::new(WorkerEngine::default());
        communique::js::install(engine.clone());
        yew::Renderer::<App>::with_props(AppProps { engine }).render();
    }
}
