//! Compiles the guides shipped in the repository (`guides/*/guide.toml` and their Swedish and
//! English text) into the hub, as it does its templates and dashboard text: the dashboard
//! names guides and steps by their titles.

use std::fmt::Write;
use std::path::Path;

fn main() {
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let guides = Path::new(&manifest).join("..").join("guides");
    println!("cargo::rerun-if-changed={}", guides.display());
    let mut folders: Vec<_> = std::fs::read_dir(&guides)
        .map(|entries| entries.flatten().map(|e| e.path()).filter(|p| p.join("guide.toml").is_file()).collect())
        .unwrap_or_default();
    folders.sort();
    let mut code = String::from(
        "/// (guide id, guide.toml, sv.ftl, en.ftl) of every guide in `guides/`.\npub static SHIPPED_GUIDES: &[(&str, &str, &str, &str)] = &[\n",
    );
    for folder in folders {
        let id = folder.file_name().and_then(|n| n.to_str()).expect("guide folders have UTF-8 names");
        for file in ["guide.toml", "sv.ftl", "en.ftl"] {
            println!("cargo::rerun-if-changed={}", folder.join(file).display());
        }
        let path = |file: &str| folder.join(file).canonicalize().expect("guide files exist").display().to_string();
        writeln!(
            code,
            "    ({id:?}, include_str!({:?}), include_str!({:?}), include_str!({:?})),",
            path("guide.toml"),
            path("sv.ftl"),
            path("en.ftl")
        )
        .expect("writing to a string");
    }
    code += "];\n";
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("shipped_guides.rs");
    std::fs::write(out, code).expect("writing the guides' index");
}
