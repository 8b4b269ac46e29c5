fn main() {
    // Debug builds (tests) keep element ids and debug info so the testing backend can find
    // elements; release builds leave them out.
    let debug_info = std::env::var("PROFILE").is_ok_and(|profile| profile == "debug");
    let config = slint_build::CompilerConfiguration::new().with_debug_info(debug_info);
    slint_build::compile_with_config("ui/app.slint", config).expect("compiling ui/app.slint");
}
