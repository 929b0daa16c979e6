//! The web page's entry point: mounts the app and opens the JS door. Natively there is
//! nothing to run; the native door is the `communique` binary.

fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        communique::js::install();
        yew::Renderer::<communique::ui::App>::new().render();
    }
}
