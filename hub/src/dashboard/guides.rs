//! Guide and step titles in the dashboard's language: from the newest published content pack
//! ([`crate::hub::Hub::guide_titles`]), or until one is published from the guides shipped in the
//! repository's `guides/` (compiled in by `build.rs`). Ids the hub has no text for are shown as
//! they are.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, LazyLock};

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

/// Guide and step titles in Swedish and English: of the newest published content pack, or of
/// the guides shipped with the hub until one is published.
#[derive(Default)]
pub struct GuideTitles {
    by_guide: HashMap<(String, &'static str), Titles>,
}

static SHIPPED: LazyLock<Arc<GuideTitles>> = LazyLock::new(|| {
    Arc::new(GuideTitles::from_guides(
        SHIPPED_GUIDES.iter().map(|(id, structure, sv, en)| (id.to_string(), *structure, *sv, *en)),
    ))
});

impl GuideTitles {
    /// The guides shipped with the hub (`guides/`, compiled in).
    pub fn shipped() -> Arc<GuideTitles> {
        SHIPPED.clone()
    }

    /// The guides in a content pack's files (`guides/<id>/guide.toml`, `sv.ftl`, `en.ftl`).
    pub fn from_pack<'a>(files: impl Iterator<Item = (&'a str, &'a [u8])>) -> GuideTitles {
        let mut guides: BTreeMap<&str, [Option<&str>; 3]> = BTreeMap::new();
        for (path, data) in files {
            let mut parts = path.split('/');
            let (Some("guides"), Some(id), Some(file), None) = (parts.next(), parts.next(), parts.next(), parts.next())
            else {
                continue;
            };
            let Some(slot) = ["guide.toml", "sv.ftl", "en.ftl"].iter().position(|name| *name == file) else { continue };
            guides.entry(id).or_default()[slot] = std::str::from_utf8(data).ok();
        }
        GuideTitles::from_guides(guides.into_iter().filter_map(|(id, files)| match files {
            [Some(structure), Some(sv), Some(en)] => Some((id.to_owned(), structure, sv, en)),
            _ => None,
        }))
    }

    /// From (guide id, guide.toml, sv.ftl, en.ftl).
    fn from_guides<'a>(guides: impl Iterator<Item = (String, &'a str, &'a str, &'a str)>) -> GuideTitles {
        let mut by_guide = HashMap::new();
        for (id, structure, sv, en) in guides {
            for (lang, ftl) in [(Lang::Sv, sv), (Lang::En, en)] {
                match titles(structure, ftl, lang) {
                    Some(titles) => {
                        by_guide.insert((id.clone(), lang.code()), titles);
                    }
                    None => tracing::warn!(guide = id, lang = lang.code(), "the guide's titles do not parse"),
                }
            }
        }
        GuideTitles { by_guide }
    }

    fn get(&self, guide: &str, lang: Lang) -> Option<&Titles> {
        self.by_guide.get(&(guide.to_owned(), lang.code()))
    }

    /// "Skaffa Mobilt BankID" for `bankid-get` in Swedish; the id for a guide without text.
    pub fn title(&self, guide: &str, lang: Lang) -> String {
        self.get(guide, lang).map_or_else(|| guide.to_owned(), |t| t.title.clone())
    }

    /// "Steg 4: Skanna ditt pass eller id-kort"; step 0 is the "what you need" screen.
    pub fn step(&self, guide: &str, step: u32, lang: Lang) -> String {
        let title = match step {
            0 => Some(lang.t("step-needs")),
            _ => self.get(guide, lang).and_then(|t| t.steps.get(usize::try_from(step - 1).ok()?).cloned()),
        };
        match title {
            Some(title) => lang.t_args("step-titled", &[("step", step.to_string()), ("title", title)]),
            None => lang.t_args("step-number", &[("step", step.to_string())]),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guides_and_steps_have_their_titles() {
        assert!(SHIPPED_GUIDES.len() >= 16, "every guide of guides/ is compiled in");
        let shipped = GuideTitles::shipped();
        assert_eq!(shipped.title("bankid-get", Lang::Sv), "Skaffa Mobilt BankID");
        assert_eq!(shipped.title("bankid-get", Lang::En), "Get Mobile BankID");
        assert_eq!(shipped.title("no-such-guide", Lang::En), "no-such-guide");
        assert_eq!(shipped.step("bankid-get", 4, Lang::Sv), "Steg 4: Skanna ditt pass eller id-kort");
        assert_eq!(shipped.step("bankid-get", 0, Lang::En), "Step 0: What you need");
        assert_eq!(shipped.step("no-such-guide", 2, Lang::Sv), "Steg 2");
    }
}
