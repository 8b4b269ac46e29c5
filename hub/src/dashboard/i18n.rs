//! The dashboard's text in Swedish and English (Fluent files compiled in), and how numbers
//! are written in each.

use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use unic_langid::LanguageIdentifier;

use crate::suppression::{Published, SUPPRESSED};

/// How a period without a kiosk is shown (with a footnote saying so).
pub const NO_KIOSK_MARK: &str = "–";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    Sv,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Sv, Lang::En];

    pub fn code(self) -> &'static str {
        match self {
            Lang::Sv => "sv",
            Lang::En => "en",
        }
    }

    /// The language's name in itself, for the switch.
    pub fn name(self) -> &'static str {
        match self {
            Lang::Sv => "Svenska",
            Lang::En => "English",
        }
    }

    pub fn parse(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|lang| lang.code() == code)
    }

    fn bundle(self) -> &'static FluentBundle<FluentResource> {
        match self {
            Lang::Sv => &SV,
            Lang::En => &EN,
        }
    }

    /// The text of a message; its id in brackets if it is missing (a test checks none is).
    pub fn t(self, id: &str) -> String {
        self.format(id, None)
    }

    pub fn t_args(self, id: &str, args: &[(&str, String)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        self.format(id, Some(&fluent_args))
    }

    /// The text of a message that may be missing (e.g. the name of a language).
    pub fn try_t(self, id: &str) -> Option<String> {
        self.bundle().has_message(id).then(|| self.t(id))
    }

    fn format(self, id: &str, args: Option<&FluentArgs>) -> String {
        let bundle = self.bundle();
        let Some(pattern) = bundle.get_message(id).and_then(|message| message.value()) else {
            tracing::error!(id, lang = self.code(), "missing dashboard text");
            return format!("[{id}]");
        };
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors).into_owned();
        if !errors.is_empty() {
            tracing::error!(id, lang = self.code(), ?errors, "dashboard text with errors");
        }
        text
    }

    /// A whole number with the language's thousands separator (no-break space in Swedish).
    pub fn integer(self, value: u64) -> String {
        let separator = match self {
            Lang::Sv => '\u{a0}',
            Lang::En => ',',
        };
        let digits = value.to_string();
        let mut out = String::new();
        for (i, digit) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push(separator);
            }
            out.push(digit);
        }
        out
    }

    /// A published count as shown: the number, "<5", "dold"/"hidden" or "–" (no kiosk).
    pub fn count(self, value: Published) -> String {
        match value {
            Published::Count(count) => self.integer(count),
            Published::Suppressed => SUPPRESSED.to_owned(),
            Published::Hidden => self.t("value-hidden"),
            Published::NoKiosk => NO_KIOSK_MARK.to_owned(),
        }
    }

    /// A share as a whole percentage ("63 %" in Swedish, "63%" in English); "–" if unknown.
    pub fn percent(self, share: Option<f64>) -> String {
        match (share, self) {
            (Some(share), Lang::Sv) => format!("{}\u{a0}%", (share * 100.0).round()),
            (Some(share), Lang::En) => format!("{}%", (share * 100.0).round()),
            (None, _) => "–".to_owned(),
        }
    }
}

fn load(code: &str, source: &'static str) -> FluentBundle<FluentResource> {
    let language: LanguageIdentifier = code.parse().expect("a valid language tag");
    let resource = FluentResource::try_new(source.to_owned())
        .unwrap_or_else(|(_, errors)| panic!("hub/locales/{code}/dashboard.ftl does not parse: {errors:?}"));
    let mut bundle = FluentBundle::new_concurrent(vec![language]);
    // Names and numbers are inserted as they are, without bidi isolation marks.
    bundle.set_use_isolating(false);
    bundle
        .add_resource(resource)
        .unwrap_or_else(|errors| panic!("hub/locales/{code}/dashboard.ftl has duplicate messages: {errors:?}"));
    bundle
}

static SV: LazyLock<FluentBundle<FluentResource>> =
    LazyLock::new(|| load("sv", include_str!("../../locales/sv/dashboard.ftl")));
static EN: LazyLock<FluentBundle<FluentResource>> =
    LazyLock::new(|| load("en", include_str!("../../locales/en/dashboard.ftl")));

#[cfg(test)]
mod tests {
    use super::*;

    fn message_ids(source: &str) -> Vec<String> {
        let resource = FluentResource::try_new(source.to_owned()).expect("parses");
        resource
            .entries()
            .filter_map(|entry| match entry {
                fluent_syntax::ast::Entry::Message(message) => Some(message.id.name.to_owned()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn both_languages_have_the_same_messages() {
        let sv = message_ids(include_str!("../../locales/sv/dashboard.ftl"));
        let en = message_ids(include_str!("../../locales/en/dashboard.ftl"));
        assert_eq!(sv, en);
        for id in &sv {
            assert!(!Lang::Sv.t(id).starts_with('['), "{id}");
        }
    }

    #[test]
    fn numbers_are_written_the_local_way() {
        assert_eq!(Lang::Sv.integer(1_234_567), "1\u{a0}234\u{a0}567");
        assert_eq!(Lang::En.integer(1_234_567), "1,234,567");
        assert_eq!(Lang::En.integer(999), "999");
        assert_eq!(Lang::Sv.count(Published::Suppressed), "<5");
        assert_eq!(Lang::Sv.count(Published::Hidden), "dold");
        assert_eq!(Lang::En.count(Published::Hidden), "hidden");
        assert_eq!(Lang::En.count(Published::NoKiosk), "–");
        assert_eq!(Lang::Sv.percent(Some(0.634)), "63\u{a0}%");
        assert_eq!(Lang::En.percent(None), "–");
    }
}
