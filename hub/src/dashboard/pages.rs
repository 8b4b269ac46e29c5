//! The content of each dashboard page: key figures, charts and tables, from `report`.

use std::collections::HashMap;

use anyhow::Result;

use crate::hub::Hub;
use crate::stats::{self, RegionPlans};
use crate::suppression::{self, Published};

use super::charts::{self, Bar, Series};
use super::guides::GuideTitles;
use super::i18n::Lang;
use super::report::{self, ASSISTED, COMPLETED, HELP, OPENED, SESSIONS, Selection};
use super::table::{DataTable, Value};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    Overview,
    Funnel,
    When,
    Libraries,
    /// Everything of a period on one print-ready page, for a report to hand in.
    Report,
}

impl Page {
    pub const ALL: [Page; 5] = [Page::Overview, Page::Funnel, Page::When, Page::Libraries, Page::Report];

    /// Path under the dashboard's base.
    pub fn path(self) -> &'static str {
        match self {
            Page::Overview => "/",
            Page::Funnel => "/funnel",
            Page::When => "/when",
            Page::Libraries => "/libraries",
            Page::Report => "/report",
        }
    }

    pub fn title_id(self) -> &'static str {
        match self {
            Page::Overview => "nav-overview",
            Page::Funnel => "nav-funnel",
            Page::When => "nav-when",
            Page::Libraries => "nav-libraries",
            Page::Report => "nav-report",
        }
    }

    /// The page whose tables include the download `name`.
    pub fn of_table(name: &str) -> Option<Page> {
        match name {
            "summary" | "trend" | "guides" | "languages" => Some(Page::Overview),
            "funnel" => Some(Page::Funnel),
            "heatmap" => Some(Page::When),
            "libraries" => Some(Page::Libraries),
            _ => None,
        }
    }
}

/// A key figure with the previous period and the same period a year earlier beside it.
pub struct Kpi {
    pub label: String,
    pub value: String,
    pub previous: String,
    pub year_earlier: String,
}

/// A part of a page: a heading, maybe a chart, and its table.
pub struct Section {
    pub heading: String,
    pub note: Option<String>,
    pub svg: Option<String>,
    pub table: DataTable,
    /// The table is the chart's text alternative, folded under "Show as table".
    pub table_folded: bool,
    /// Heatmap tables colour their cells by value.
    pub heat: bool,
}

pub struct PageContent {
    pub kpis: Vec<Kpi>,
    pub sections: Vec<Section>,
    /// Funnel page: the guides to choose from.
    pub guides: Vec<String>,
}

fn col(lang: Lang, key: &str, id: &str) -> (String, String) {
    (key.to_owned(), lang.t(id))
}

fn language_name(locale: &str, lang: Lang) -> String {
    if locale.is_empty() {
        lang.t("locale-none")
    } else {
        lang.try_t(&format!("language-{locale}")).unwrap_or_else(|| locale.to_owned())
    }
}

pub async fn build(
    hub: &Hub,
    plans: &RegionPlans,
    page: Page,
    selection: &Selection,
    lang: Lang,
    titles: &GuideTitles,
) -> Result<PageContent> {
    match page {
        Page::Overview => overview(hub, plans, selection, lang, titles).await,
        Page::Funnel => funnel(hub, plans, selection, lang, titles).await,
        Page::When => when(hub, plans, selection, lang).await,
        Page::Libraries => libraries(hub, plans, selection, lang).await,
        Page::Report => report(hub, plans, selection, lang, titles).await,
    }
}

/// The report: key figures with comparisons, the trend, guides and languages, the libraries
/// (months, quarters and years) and when, every table shown (nothing folded).
async fn report(
    hub: &Hub,
    plans: &RegionPlans,
    selection: &Selection,
    lang: Lang,
    titles: &GuideTitles,
) -> Result<PageContent> {
    let mut content = overview(hub, plans, selection, lang, titles).await?;
    if stats::LIBRARY_KINDS.contains(&selection.period.kind()) && selection.library.is_none() {
        content.sections.extend(libraries(hub, plans, selection, lang).await?.sections);
    }
    content.sections.extend(when(hub, plans, selection, lang).await?.sections);
    for section in &mut content.sections {
        section.table_folded = false;
    }
    Ok(content)
}

/// A count's change in per cent, when both counts are published and the earlier is not 0.
fn percent_change(now: Published, before: Published) -> Option<f64> {
    let change = suppression::change(now, before)?;
    let before = before.value().filter(|&b| b > 0)?;
    Some(change as f64 / before as f64)
}

/// "+12 %" / "−3 %", or "–" when it cannot be published.
pub fn change_text(lang: Lang, change: Option<f64>) -> String {
    match change {
        Some(change) => {
            let sign = if change >= 0.0 { "+" } else { "−" };
            format!("{sign}{}", lang.percent(Some(change.abs())))
        }
        None => "–".to_owned(),
    }
}

/// The five key figures of one set of totals: (id, message id, value).
fn key_figures(t: &[Published; 5]) -> [(&'static str, &'static str, Value); 5] {
    [
        ("sessions", "kpi-sessions", Value::Count(t[SESSIONS])),
        ("guides_opened", "kpi-guides-opened", Value::Count(t[OPENED])),
        ("completion_rate", "kpi-completion", Value::Rate(suppression::rate(t[COMPLETED], t[OPENED]))),
        ("assisted_share", "kpi-assisted-share", Value::Rate(suppression::rate(t[ASSISTED], t[SESSIONS]))),
        ("help_asked", "kpi-help", Value::Count(t[HELP])),
    ]
}

/// A part missing from a line: 0, or no kiosk when the whole had none.
fn absent(total: Published) -> Published {
    if total == Published::NoKiosk { Published::NoKiosk } else { Published::Count(0) }
}

fn value_change(now: &Value, before: &Value) -> Option<f64> {
    match (now, before) {
        (Value::Count(now), Value::Count(before)) => percent_change(*now, *before),
        _ => None,
    }
}

async fn overview(
    hub: &Hub,
    plans: &RegionPlans,
    selection: &Selection,
    lang: Lang,
    titles: &GuideTitles,
) -> Result<PageContent> {
    let previous_period = selection.period.previous();
    let earlier_period = selection.period.year_earlier();
    let (previous_selection, earlier_selection) =
        (selection.with_period(previous_period), selection.with_period(earlier_period));
    let (totals, previous, earlier) = tokio::try_join!(
        report::totals(hub, plans, selection),
        report::totals(hub, plans, &previous_selection),
        report::totals(hub, plans, &earlier_selection),
    )?;
    let (guides, languages, previous_guides, previous_languages) = tokio::try_join!(
        report::guides(hub, selection, &totals),
        report::languages(hub, selection, &totals),
        report::guides(hub, &previous_selection, &previous),
        report::languages(hub, &previous_selection, &previous),
    )?;
    let rows: Vec<_> = key_figures(&totals)
        .into_iter()
        .zip(key_figures(&previous))
        .zip(key_figures(&earlier))
        .map(|(((id, label, value), (_, _, before)), (_, _, a_year_before))| (id, label, value, before, a_year_before))
        .collect();
    let kpis = rows
        .iter()
        .map(|(_, label, value, before, a_year_before)| Kpi {
            label: lang.t(label),
            value: value.display(lang),
            previous: lang.t_args(
                "kpi-previous",
                &[
                    ("period", previous_period.to_string()),
                    ("value", before.display(lang)),
                    ("change", change_text(lang, value_change(value, before))),
                ],
            ),
            year_earlier: lang.t_args(
                "kpi-year-earlier",
                &[
                    ("period", earlier_period.to_string()),
                    ("value", a_year_before.display(lang)),
                    ("change", change_text(lang, value_change(value, a_year_before))),
                ],
            ),
        })
        .collect();
    let summary = DataTable {
        name: "summary",
        columns: vec![
            col(lang, "figure", "col-figure"),
            col(lang, "value", "col-value"),
            col(lang, "previous", "col-previous"),
            col(lang, "change_previous", "col-change"),
            col(lang, "year_earlier", "col-year-earlier"),
            col(lang, "change_year_earlier", "col-change"),
            col(lang, "id", "col-id"),
        ],
        rows: rows
            .iter()
            .map(|(id, label, value, before, a_year_before)| {
                vec![
                    Value::Text(lang.t(label)),
                    value.clone(),
                    before.clone(),
                    Value::Text(change_text(lang, value_change(value, before))),
                    a_year_before.clone(),
                    Value::Text(change_text(lang, value_change(value, a_year_before))),
                    Value::Text((*id).to_owned()),
                ]
            })
            .collect(),
    };

    let trend = report::trend(plans, selection, SESSIONS);
    let trend_earlier = report::trend(plans, &selection.with_period(earlier_period), SESSIONS);
    let trend_labels: Vec<String> = trend.iter().map(|(period, _)| period.to_string()).collect();
    let trend_svg = charts::line_chart(
        "chart-trend",
        lang,
        &lang.t("chart-trend"),
        &lang.t("chart-trend-desc"),
        &trend_labels,
        &[
            Series { name: lang.t("series-current"), values: trend.iter().map(|t| t.1).collect(), dashed: false },
            Series {
                name: lang.t("series-year-earlier"),
                values: trend_earlier.iter().map(|t| t.1).collect(),
                dashed: true,
            },
        ],
    );
    let trend_table = DataTable {
        name: "trend",
        columns: vec![
            col(lang, "period", "col-period"),
            col(lang, "sessions", "col-sessions"),
            col(lang, "year_earlier_period", "col-year-earlier-period"),
            col(lang, "year_earlier_sessions", "col-year-earlier"),
        ],
        rows: trend
            .iter()
            .zip(&trend_earlier)
            .map(|((period, sessions), (earlier, earlier_sessions))| {
                let mut label = period.to_string();
                if period.in_progress(stats::today()) {
                    label = format!("{label} ({})", lang.t("in-progress"));
                }
                vec![
                    Value::Text(label),
                    Value::Count(*sessions),
                    Value::Text(earlier.to_string()),
                    Value::Count(*earlier_sessions),
                ]
            })
            .collect(),
    };

    let bars = |rows: &[(String, Published)]| -> Vec<Bar> {
        rows.iter().map(|(label, value)| Bar { label: label.clone(), value: *value, note: None }).collect()
    };
    let top_guides: Vec<(String, Published)> =
        guides.iter().take(10).map(|g| (titles.title(&g.guide, lang), g.opened)).collect();
    let guides_svg = charts::bar_chart(
        "chart-guides",
        lang,
        &lang.t("chart-top-guides"),
        &lang.t("chart-bar-desc"),
        &bars(&top_guides),
    );
    let previous_opened: HashMap<&str, Published> =
        previous_guides.iter().map(|g| (g.guide.as_str(), g.opened)).collect();
    let guides_table = DataTable {
        name: "guides",
        columns: vec![
            col(lang, "guide_title", "col-guide"),
            col(lang, "opened", "col-opened"),
            col(lang, "previous_opened", "col-previous"),
            col(lang, "change", "col-change"),
            col(lang, "completed", "col-completed"),
            col(lang, "completion_rate", "col-completion-rate"),
            col(lang, "guide", "col-id"),
        ],
        rows: guides
            .iter()
            .map(|g| {
                let before = previous_opened.get(g.guide.as_str()).copied().unwrap_or(absent(previous[OPENED]));
                vec![
                    Value::Text(titles.title(&g.guide, lang)),
                    Value::Count(g.opened),
                    Value::Count(before),
                    Value::Text(change_text(lang, percent_change(g.opened, before))),
                    Value::Count(g.completed),
                    Value::Rate(g.completion_rate),
                    Value::Text(g.guide.clone()),
                ]
            })
            .collect(),
    };
    let named_languages: Vec<(String, Published)> =
        languages.iter().map(|(locale, sessions)| (language_name(locale, lang), *sessions)).collect();
    let languages_svg = charts::bar_chart(
        "chart-languages",
        lang,
        &lang.t("chart-languages"),
        &lang.t("chart-bar-desc"),
        &bars(&named_languages),
    );
    let previous_sessions: HashMap<&str, Published> =
        previous_languages.iter().map(|(locale, sessions)| (locale.as_str(), *sessions)).collect();
    let languages_table = DataTable {
        name: "languages",
        columns: vec![
            col(lang, "language_name", "col-language"),
            col(lang, "sessions", "col-sessions"),
            col(lang, "previous_sessions", "col-previous"),
            col(lang, "change", "col-change"),
            col(lang, "language", "col-id"),
        ],
        rows: languages
            .iter()
            .map(|(locale, sessions)| {
                let before = previous_sessions.get(locale.as_str()).copied().unwrap_or(absent(previous[SESSIONS]));
                vec![
                    Value::Text(language_name(locale, lang)),
                    Value::Count(*sessions),
                    Value::Count(before),
                    Value::Text(change_text(lang, percent_change(*sessions, before))),
                    Value::Text(locale.clone()),
                ]
            })
            .collect(),
    };
    Ok(PageContent {
        kpis,
        guides: Vec::new(),
        sections: vec![
            Section {
                heading: lang.t("chart-trend"),
                note: None,
                svg: Some(trend_svg),
                table: trend_table,
                table_folded: true,
                heat: false,
            },
            Section {
                heading: lang.t("chart-top-guides"),
                note: None,
                svg: Some(guides_svg),
                table: guides_table,
                table_folded: false,
                heat: false,
            },
            Section {
                heading: lang.t("chart-languages"),
                note: None,
                svg: Some(languages_svg),
                table: languages_table,
                table_folded: true,
                heat: false,
            },
            Section {
                heading: lang.t("table-summary"),
                note: None,
                svg: None,
                table: summary,
                table_folded: true,
                heat: false,
            },
        ],
    })
}

async fn funnel(
    hub: &Hub,
    plans: &RegionPlans,
    selection: &Selection,
    lang: Lang,
    titles: &GuideTitles,
) -> Result<PageContent> {
    let totals = report::totals(hub, plans, &Selection { guide: None, ..selection.clone() }).await?;
    let mut guides: Vec<String> = report::guides(hub, &Selection { guide: None, ..selection.clone() }, &totals)
        .await?
        .into_iter()
        .map(|g| g.guide)
        .collect();
    guides.sort();
    let Some(guide) = selection.guide.clone().or_else(|| guides.first().cloned()) else {
        return Ok(PageContent { kpis: Vec::new(), sections: Vec::new(), guides });
    };
    let selection = Selection { guide: Some(guide.clone()), ..selection.clone() };
    // A library's funnel is hidden with the library's guide counts (see report::totals).
    let steps = report::funnel(hub, &selection, totals[OPENED]).await?;
    let worst = report::most_given_up(&steps);
    let marker = lang.t("funnel-most-give-up-marker");
    let bars: Vec<Bar> = steps
        .iter()
        .map(|s| Bar {
            label: titles.step(&guide, s.step, lang),
            value: s.reached,
            note: (Some(s.step) == worst).then(|| marker.clone()),
        })
        .collect();
    let svg = charts::bar_chart(
        "chart-funnel",
        lang,
        &format!("{}: {}", lang.t("funnel-title"), titles.title(&guide, lang)),
        &lang.t_args("funnel-chart-desc", &[("guide", titles.title(&guide, lang))]),
        &bars,
    );
    let table = DataTable {
        name: "funnel",
        columns: vec![
            col(lang, "step_title", "col-step"),
            col(lang, "reached", "col-reached"),
            col(lang, "abandoned", "col-abandoned"),
            col(lang, "step", "col-id"),
        ],
        rows: steps
            .iter()
            .map(|s| {
                vec![
                    Value::Text(titles.step(&guide, s.step, lang)),
                    Value::Count(s.reached),
                    Value::Count(s.abandoned),
                    Value::Text(s.step.to_string()),
                ]
            })
            .collect(),
    };
    let note = match worst {
        Some(step) => lang.t_args("funnel-most-give-up", &[("step", titles.step(&guide, step, lang))]),
        None => lang.t("funnel-none"),
    };
    Ok(PageContent {
        kpis: Vec::new(),
        guides,
        sections: vec![Section {
            heading: titles.title(&guide, lang),
            note: Some(note),
            svg: Some(svg),
            table,
            table_folded: false,
            heat: false,
        }],
    })
}

async fn when(hub: &Hub, plans: &RegionPlans, selection: &Selection, lang: Lang) -> Result<PageContent> {
    let totals = report::totals(hub, plans, selection).await?;
    let cells = report::heatmap(hub, selection, totals[SESSIONS]).await?;
    let mut columns = vec![col(lang, "weekday", "col-weekday")];
    columns.extend((0..24).map(|hour| (format!("{hour:02}"), format!("{hour:02}"))));
    let rows = cells
        .iter()
        .enumerate()
        .map(|(weekday, row)| {
            let mut values = vec![Value::Text(lang.t(&format!("weekday-{weekday}")))];
            values.extend(row.iter().map(|count| Value::Count(*count)));
            values
        })
        .collect();
    Ok(PageContent {
        kpis: Vec::new(),
        guides: Vec::new(),
        sections: vec![Section {
            heading: lang.t("when-title"),
            note: Some(lang.t("when-desc")),
            svg: None,
            table: DataTable { name: "heatmap", columns, rows },
            table_folded: false,
            heat: true,
        }],
    })
}

async fn libraries(hub: &Hub, plans: &RegionPlans, selection: &Selection, lang: Lang) -> Result<PageContent> {
    let rows = report::libraries(hub, plans, selection).await?;
    let table = DataTable {
        name: "libraries",
        columns: vec![
            col(lang, "library", "col-library"),
            col(lang, "region", "col-region"),
            col(lang, "sessions", "col-sessions"),
            col(lang, "completed", "col-completed"),
            col(lang, "help_asked", "col-help"),
            col(lang, "assisted_share", "col-assisted-share"),
            col(lang, "busiest_hours", "col-busiest-hours"),
            col(lang, "top_language", "col-top-language"),
            col(lang, "last_sync", "col-last-sync"),
            col(lang, "status", "col-status"),
        ],
        rows: rows
            .into_iter()
            .map(|row| {
                let status = match (row.last_sync, row.silent_kiosks) {
                    (None, _) => lang.t("library-never"),
                    (Some(_), 0) => lang.t("library-ok"),
                    (Some(_), _) => lang.t("library-silent"),
                };
                let hours: Vec<String> = row.busiest_hours.iter().map(|h| format!("{h:02}")).collect();
                vec![
                    Value::Text(row.library),
                    Value::Text(row.region),
                    Value::Count(row.figures[SESSIONS]),
                    Value::Count(row.figures[COMPLETED]),
                    Value::Count(row.figures[HELP]),
                    Value::Rate(suppression::rate(row.figures[ASSISTED], row.figures[SESSIONS])),
                    Value::Text(if hours.is_empty() { "–".into() } else { hours.join(", ") }),
                    Value::Text(row.top_language.map(|l| language_name(&l, lang)).unwrap_or_else(|| "–".into())),
                    Value::Time(row.last_sync),
                    Value::Text(status),
                ]
            })
            .collect(),
    };
    Ok(PageContent {
        kpis: Vec::new(),
        guides: Vec::new(),
        sections: vec![Section {
            heading: lang.t("libraries-title"),
            note: None,
            svg: None,
            table,
            table_folded: false,
            heat: false,
        }],
    })
}
