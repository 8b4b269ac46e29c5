//! The bundled guide library: complete, sourced, illustrated and safe.

use crate::common::*;
use lotsen_guide::ReviewStatus;
use lotsen_guide::{Category, StepKind};

/// The guides in the repository: every folder of guides/ that holds a guide.toml.
fn guide_folders() -> usize {
    std::fs::read_dir(repo().join("guides"))
        .expect("guides/ is readable")
        .filter(|entry| entry.as_ref().is_ok_and(|entry| entry.path().join("guide.toml").is_file()))
        .count()
}

#[test]
fn every_guide_is_complete_in_every_language() {
    let content = bundled_content();
    assert_eq!(content.catalogue.guides.len(), guide_folders(), "a guide failed to load: run `lotsen guides check`");
    for guide in &content.catalogue.guides {
        for language in content.chrome.locales.codes() {
            assert_eq!(guide.coverage(language), 1.0, "{} is incomplete in {language}", guide.id);
        }
        for authoritative in ["sv", "en"] {
            assert_eq!(
                guide.status(authoritative),
                ReviewStatus::Reviewed,
                "{}: {authoritative} must be reviewed",
                guide.id
            );
        }
    }
    let report = lotsen_guide::check(&repo().join("guides"), lotsen_audio::Depth::Whole).unwrap();
    assert!(report.passed, "{}", report.text);
    assert!(!report.text.contains("has no path"), "every source is the page a fact comes from:\n{}", report.text);
}

#[test]
fn every_guide_is_sourced_dated_and_illustrated() {
    let content = bundled_content();
    for guide in &content.catalogue.guides {
        let id = &guide.id;
        assert!(!guide.sources.is_empty(), "{id}: no sources");
        assert!(guide.sources.iter().all(|s| s.url.starts_with("https://")), "{id}: sources must be https pages");
        assert!(guide.last_reviewed.len() == 10, "{id}: last_reviewed {:?} is not a date", guide.last_reviewed);
        assert!(guide.service_url.starts_with("https://"), "{id}: service URL");
        assert!((4..=10).contains(&guide.steps.len()), "{id}: {} steps, want 4 to 10", guide.steps.len());
        for path in guide.steps.iter().map(|s| &s.illustration).chain([&guide.icon]) {
            let image = slint::Image::load_from_path(path)
                .unwrap_or_else(|_| panic!("{id}: {} is not a readable SVG", path.display()));
            assert!(image.size().width > 0, "{id}: {} is empty", path.display());
            let svg = std::fs::read_to_string(path).unwrap();
            assert!(!svg.contains("<text"), "{id}: {} has text; illustrations are language-neutral", path.display());
            assert!(
                !svg.contains("href=\"http") && !svg.contains("<image"),
                "{id}: {} refers to outside images",
                path.display()
            );
        }
    }
}

#[test]
fn money_and_e_id_guides_warn_about_scams() {
    let content = bundled_content();
    for guide in content.catalogue.guides.iter().filter(|g| matches!(g.category, Category::EId | Category::Banking)) {
        let warns = guide
            .steps
            .iter()
            .any(|step| step.kind == StepKind::Warning || guide.messages.has("sv", &step.id, Some("warning")));
        assert!(warns, "{}: e-ID and banking guides need a warning step or callout", guide.id);
    }
}

#[test]
fn step_text_stays_short() {
    let content = bundled_content();
    for guide in &content.catalogue.guides {
        for language in ["sv", "en"] {
            for step in &guide.steps {
                let body = guide.text(&[language.to_string()], &step.id, Some("body"));
                let words = body.split_whitespace().count();
                assert!(
                    words <= 70,
                    "{} {language} step {}: {words} words; keep a step to about 60",
                    guide.id,
                    step.id
                );
            }
        }
    }
}
