//! The content of each dashboard page: key figures, charts and tables, from `report`.

use anyhow::Result;

use crate::hub::Hub;
use crate::suppression::{self, Published};

use super::charts::{self, Bar, Series};
use super::i18n::Lang;
use super::report::{self, ASSISTED, COMPLETED, HELP, OPENED, SESSIONS, Selection};
use super::table::{DataTable, Value};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    Overview,
    Funnel,
    When,
    Libraries,
}

impl Page {
    pub const ALL: [Page; 4] = [Page::Overview, Page::Funnel, Page::When, Page::Libraries];

    /// Path under the dashboard's base.
    pub fn path(self) -> &'static str {
        match self {
            Page::Overview => "/",
            Page::Funnel => "/funnel",
            Page::When => "/when",
            Page::Libraries => "/libraries",
        }
    }

    pub fn title_id(self) -> &'static str {
        match self {
            Page::Overview => "nav-overview",
            Page::Funnel => "nav-funnel",
            Page::When => "nav-when",
            Page::Libraries => "nav-libraries",
        }
    }

    /// The page whose tables include the download `name`.
    pub fn of_table(name: &str) -> Option<Page> {
        match name {
            "summary" | "weeks" | "guides" | "languages" => Some(Page::Overview),
            "funnel" => Some(Page::Funnel),
            "heatmap" => Some(Page::When),
            "libraries" => Some(Page::Libraries),
            _ => None,
        }
    }
}

/// A key figure with the previous period beside it.
pub struct Kpi {
    pub label: String,
    pub value: String,
    pub previous: String,
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

pub async fn build(hub: &Hub, page: Page, selection: &Selection, lang: Lang) -> Result<PageContent> {
    match page {
        Page::Overview => overview(hub, selection, lang).await,
        Page::Funnel => funnel(hub, selection, lang).await,
        Page::When => when(hub, selection, lang).await,
        Page::Libraries => libraries(hub, selection, lang).await,
    }
}

async fn overview(hub: &Hub, selection: &Selection, lang: Lang) -> Result<PageContent> {
    let previous_selection = selection.previous();
    let (totals, previous) =
        tokio::try_join!(report::totals(hub, selection), report::totals(hub, &previous_selection))?;
    let (weeks, previous_weeks, guides, languages) = tokio::try_join!(
        report::weeks(hub, selection, totals[SESSIONS]),
        report::weeks(hub, &previous_selection, previous[SESSIONS]),
        report::guides(hub, selection, &totals),
        report::languages(hub, selection, &totals),
    )?;
    let figures = |t: &[Published; 5]| {
        [
            ("sessions", "kpi-sessions", Value::Count(t[SESSIONS])),
            ("guides_opened", "kpi-guides-opened", Value::Count(t[OPENED])),
            ("completion_rate", "kpi-completion", Value::Rate(suppression::rate(t[COMPLETED], t[OPENED]))),
            ("assisted_share", "kpi-assisted-share", Value::Rate(suppression::rate(t[ASSISTED], t[SESSIONS]))),
            ("help_asked", "kpi-help", Value::Count(t[HELP])),
        ]
    };
    let kpis = figures(&totals)
        .into_iter()
        .zip(figures(&previous))
        .map(|((_, label, value), (_, _, before))| Kpi {
            label: lang.t(label),
            value: value.display(lang),
            previous: lang.t_args("kpi-previous", &[("value", before.display(lang))]),
        })
        .collect();
    let summary = DataTable {
        name: "summary",
        columns: vec![
            col(lang, "figure", "col-figure"),
            col(lang, "value", "col-value"),
            col(lang, "previous", "col-previous"),
        ],
        rows: figures(&totals)
            .into_iter()
            .zip(figures(&previous))
            .map(|((key, _, value), (_, _, before))| vec![Value::Text(key.to_owned()), value, before])
            .collect(),
    };

    let week_labels: Vec<String> = weeks.iter().map(|w| w.label.clone()).collect();
    let weeks_svg = charts::line_chart(
        "chart-weeks",
        lang,
        &lang.t("chart-sessions-week"),
        &lang.t("chart-sessions-week-desc"),
        &week_labels,
        &[
            Series {
                name: lang.t("series-current"),
                values: weeks.iter().map(|w| w.sessions).collect(),
                dashed: false,
            },
            Series {
                name: lang.t("series-previous"),
                values: previous_weeks.iter().map(|w| w.sessions).collect(),
                dashed: true,
            },
        ],
    );
    let weeks_table = DataTable {
        name: "weeks",
        columns: vec![
            col(lang, "week", "col-week"),
            col(lang, "sessions", "col-sessions"),
            col(lang, "previous_week", "col-previous-week"),
            col(lang, "previous_sessions", "col-previous-sessions"),
        ],
        rows: weeks
            .iter()
            .zip(&previous_weeks)
            .map(|(w, p)| {
                vec![
                    Value::Text(w.label.clone()),
                    Value::Count(w.sessions),
                    Value::Text(p.label.clone()),
                    Value::Count(p.sessions),
                ]
            })
            .collect(),
    };

    let bars = |rows: &[(String, Published)]| -> Vec<Bar> {
        rows.iter().map(|(label, value)| Bar { label: label.clone(), value: *value, note: None }).collect()
    };
    let top_guides: Vec<(String, Published)> = guides.iter().take(10).map(|g| (g.guide.clone(), g.opened)).collect();
    let guides_svg = charts::bar_chart(
        "chart-guides",
        lang,
        &lang.t("chart-top-guides"),
        &lang.t("chart-bar-desc"),
        &bars(&top_guides),
    );
    let guides_table = DataTable {
        name: "guides",
        columns: vec![
            col(lang, "guide", "col-guide"),
            col(lang, "opened", "col-opened"),
            col(lang, "completed", "col-completed"),
            col(lang, "completion_rate", "col-completion-rate"),
        ],
        rows: guides
            .iter()
            .map(|g| {
                vec![
                    Value::Text(g.guide.clone()),
                    Value::Count(g.opened),
                    Value::Count(g.completed),
                    Value::Rate(g.completion_rate),
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
    let languages_table = DataTable {
        name: "languages",
        columns: vec![col(lang, "language", "col-language"), col(lang, "sessions", "col-sessions")],
        rows: languages
            .iter()
            .map(|(locale, sessions)| vec![Value::Text(locale.clone()), Value::Count(*sessions)])
            .collect(),
    };
    Ok(PageContent {
        kpis,
        guides: Vec::new(),
        sections: vec![
            Section {
                heading: lang.t("chart-sessions-week"),
                note: None,
                svg: Some(weeks_svg),
                table: weeks_table,
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

async fn funnel(hub: &Hub, selection: &Selection, lang: Lang) -> Result<PageContent> {
    let totals = report::totals(hub, &Selection { guide: None, ..selection.clone() }).await?;
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
            label: format!("{} {}", lang.t("col-step"), s.step),
            value: s.reached,
            note: (Some(s.step) == worst).then(|| marker.clone()),
        })
        .collect();
    let svg = charts::bar_chart(
        "chart-funnel",
        lang,
        &format!("{}: {guide}", lang.t("funnel-title")),
        &lang.t_args("funnel-chart-desc", &[("guide", guide.clone())]),
        &bars,
    );
    let table = DataTable {
        name: "funnel",
        columns: vec![
            col(lang, "step", "col-step"),
            col(lang, "reached", "col-reached"),
            col(lang, "abandoned", "col-abandoned"),
        ],
        rows: steps
            .iter()
            .map(|s| vec![Value::Text(s.step.to_string()), Value::Count(s.reached), Value::Count(s.abandoned)])
            .collect(),
    };
    let note = match worst {
        Some(step) => lang.t_args("funnel-most-give-up", &[("step", step.to_string())]),
        None => lang.t("funnel-none"),
    };
    Ok(PageContent {
        kpis: Vec::new(),
        guides,
        sections: vec![Section {
            heading: guide,
            note: Some(note),
            svg: Some(svg),
            table,
            table_folded: false,
            heat: false,
        }],
    })
}

async fn when(hub: &Hub, selection: &Selection, lang: Lang) -> Result<PageContent> {
    let totals = report::totals(hub, selection).await?;
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

async fn libraries(hub: &Hub, selection: &Selection, lang: Lang) -> Result<PageContent> {
    let rows = report::libraries(hub, selection).await?;
    let table = DataTable {
        name: "libraries",
        columns: vec![
            col(lang, "library", "col-library"),
            col(lang, "region", "col-region"),
            col(lang, "sessions", "col-sessions"),
            col(lang, "completed", "col-completed"),
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
                vec![
                    Value::Text(row.library),
                    Value::Text(row.region),
                    Value::Count(row.sessions),
                    Value::Count(row.completed),
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
