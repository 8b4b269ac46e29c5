//! Guide and step titles in the dashboard's language, from the guides shipped in the
//! repository's `guides/` (compiled in by `build.rs`). Ids the hub has no text for are shown
//! as they are.

use std::collections::HashMap;
use std::sync::LazyLock;

use fluent_bundle::{FluentBundle, FluentResource};
use serde::Deserialize;

use super::i18n::Lang;

include!(concat!(env!("OUT_DIR"), "/shipped_guides.rs"));

#[derive(Deserialize)]
struct Structure {
    steps: Vec<StepId>,
}

#[derive(Deserialize)]
struct StepId {
    id: String,
}

/// A guide's title and its steps' titles, in order, in one language.
struct Titles {
    title: String,
    steps: Vec<String>,
}

fn titles(structure: &str, ftl: &str, lang: Lang) -> Option<Titles> {
    let structure: Structure = toml::from_str(structure).ok()?;
    let resource = FluentResource::try_new(ftl.to_owned()).ok()?;
    let mut bundle = FluentBundle::new(vec![lang.code().parse().ok()?]);
    bundle.set_use_isolating(false);
    bundle.add_resource(resource).ok()?;
    let text = |id: &str, attribute: Option<&str>| -> Option<String> {
        let message = bundle.get_message(id)?;
        let pattern = match attribute {
            None => message.value()?,
            Some(name) => message.get_attribute(name)?.value(),
        };
        Some(bundle.format_pattern(pattern, None, &mut Vec::new()).into_owned())
    };
    Some(Titles {
        title: text("title", None)?,
        steps: structure
            .steps
            .iter()
            .map(|step| text(&step.id, Some("title")).unwrap_or_else(|| step.id.clone()))
            .collect(),
    })
}

static TITLES: LazyLock<HashMap<(&'static str, &'static str), Titles>> = LazyLock::new(|| {
    let mut all = HashMap::new();
    for (id, structure, sv, en) in SHIPPED_GUIDES {
        for (lang, ftl) in [(Lang::Sv, sv), (Lang::En, en)] {
            match titles(structure, ftl, lang) {
                Some(titles) => {
                    all.insert((*id, lang.code()), titles);
                }
                None => tracing::warn!(guide = id, lang = lang.code(), "the shipped guide's titles do not parse"),
            }
        }
    }
    all
});

/// "Skaffa Mobilt BankID" for `bankid-get` in Swedish; the id for a guide without text.
pub fn title(guide: &str, lang: Lang) -> String {
    TITLES.get(&(guide, lang.code())).map_or_else(|| guide.to_owned(), |t| t.title.clone())
}

/// "Steg 4: Skanna ditt pass eller id-kort"; step 0 is the "what you need" screen.
pub fn step(guide: &str, step: u32, lang: Lang) -> String {
    let title = match step {
        0 => Some(lang.t("step-needs")),
        _ => TITLES.get(&(guide, lang.code())).and_then(|t| t.steps.get(usize::try_from(step - 1).ok()?).cloned()),
    };
    match title {
        Some(title) => lang.t_args("step-titled", &[("step", step.to_string()), ("title", title)]),
        None => lang.t_args("step-number", &[("step", step.to_string())]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guides_and_steps_have_their_titles() {
        assert!(SHIPPED_GUIDES.len() >= 16, "every guide of guides/ is compiled in");
        assert_eq!(title("bankid-get", Lang::Sv), "Skaffa Mobilt BankID");
        assert_eq!(title("bankid-get", Lang::En), "Get Mobile BankID");
        assert_eq!(title("no-such-guide", Lang::En), "no-such-guide");
        assert_eq!(step("bankid-get", 4, Lang::Sv), "Steg 4: Skanna ditt pass eller id-kort");
        assert_eq!(step("bankid-get", 0, Lang::En), "Step 0: What you need");
        assert_eq!(step("no-such-guide", 2, Lang::Sv), "Steg 2");
    }
}
