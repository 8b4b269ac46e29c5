//! Charts as SVG drawn on the server (no script, nothing fetched). Each chart has a title and
//! a description for screen readers; the page puts the same numbers in a table beside it.
//! Hidden counts ("<5", "dold"/"hidden") are drawn as a label without a bar or point, never as
//! a size; periods without a kiosk are left empty.

use std::fmt::Write;

use crate::suppression::Published;

use super::i18n::Lang;

/// Text for inside SVG/HTML.
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

fn open_svg(id: &str, width: u32, height: u32, title: &str, description: &str) -> String {
    format!(
        r#"<svg class="chart" viewBox="0 0 {width} {height}" role="img" aria-labelledby="{id}-title {id}-desc" xmlns="http://www.w3.org/2000/svg"><title id="{id}-title">{}</title><desc id="{id}-desc">{}</desc>"#,
        escape(title),
        escape(description)
    )
}

/// A round upper bound for an axis: 1, 2 or 5 times a power of ten.
fn nice_ceiling(value: u64) -> u64 {
    let mut step = 1u64;
    loop {
        for factor in [1, 2, 5] {
            if step * factor >= value.max(1) {
                return step * factor;
            }
        }
        step *= 10;
    }
}

/// One bar of a bar chart.
pub struct Bar {
    pub label: String,
    pub value: Published,
    /// Drawn in the accent colour with a note after the number (the note says why in words,
    /// not by colour alone).
    pub note: Option<String>,
}

/// A bar's label as drawn: long ones (a guide's title) end in "…" so that they fit left of the
/// bars; the table beside the chart has them in full.
fn fitted(label: &str) -> String {
    const MOST: usize = 34;
    if label.chars().count() <= MOST {
        label.to_owned()
    } else {
        format!("{}…", label.chars().take(MOST - 1).collect::<String>().trim_end())
    }
}

/// Horizontal bars, one per row, labels on the left and the number after each bar.
pub fn bar_chart(id: &str, lang: Lang, title: &str, description: &str, bars: &[Bar]) -> String {
    // Room for a fitted label of 34 characters at 14 px (about 265 px; 220 cut the first word
    // of "Book, cancel or rebook an appoint…" off the left edge).
    const LABEL_WIDTH: u32 = 300;
    const BAR_AREA: u32 = 420;
    const ROW: u32 = 30;
    let width = LABEL_WIDTH + BAR_AREA + 200;
    let height = ROW * bars.len().max(1) as u32 + 10;
    let max = nice_ceiling(bars.iter().filter_map(|b| b.value.value()).max().unwrap_or(0));
    let mut svg = open_svg(id, width, height, title, description);
    for (i, bar) in bars.iter().enumerate() {
        let y = 5 + ROW * i as u32;
        let middle = y + ROW / 2;
        let _ = write!(
            svg,
            r#"<text class="label" x="{}" y="{middle}" text-anchor="end" dominant-baseline="middle">{}</text>"#,
            LABEL_WIDTH - 10,
            escape(&fitted(&bar.label))
        );
        let bar_width = bar.value.value().map_or(0, |v| (v * u64::from(BAR_AREA) / max) as u32);
        let class = if bar.note.is_some() { "bar accent" } else { "bar" };
        if bar_width > 0 {
            let _ = write!(
                svg,
                r#"<rect class="{class}" x="{LABEL_WIDTH}" y="{}" width="{bar_width}" height="{}" rx="2"/>"#,
                y + 4,
                ROW - 8
            );
        }
        let mut value = lang.count(bar.value);
        if let Some(note) = &bar.note {
            value = format!("{value} — {note}");
        }
        let _ = write!(
            svg,
            r#"<text class="value" x="{}" y="{middle}" dominant-baseline="middle">{}</text>"#,
            LABEL_WIDTH + bar_width + 8,
            escape(&value)
        );
    }
    svg.push_str("</svg>");
    svg
}

/// One line of a line chart: a value per x position (not a count: a gap, labelled unless there
/// was no kiosk).
pub struct Series {
    pub name: String,
    pub values: Vec<Published>,
    pub dashed: bool,
}

/// A line chart over `x_labels`, with a legend naming each series.
pub fn line_chart(
    id: &str,
    lang: Lang,
    title: &str,
    description: &str,
    x_labels: &[String],
    series: &[Series],
) -> String {
    const LEFT: u32 = 70;
    const TOP: u32 = 40;
    const PLOT_W: u32 = 760;
    const PLOT_H: u32 = 240;
    let (width, height) = (LEFT + PLOT_W + 30, TOP + PLOT_H + 60);
    let max = nice_ceiling(series.iter().flat_map(|s| s.values.iter().filter_map(|v| v.value())).max().unwrap_or(0));
    let slots = x_labels.len().max(1) as u32;
    let x_of = |i: usize| LEFT + (PLOT_W * (2 * i as u32 + 1)) / (2 * slots);
    let y_of = |v: u64| TOP + PLOT_H - (v * u64::from(PLOT_H) / max) as u32;
    let mut svg = open_svg(id, width, height, title, description);
    // Grid lines with their values.
    for k in 0..=4u64 {
        let value = max * k / 4;
        let y = y_of(value);
        let _ = write!(
            svg,
            r#"<line class="grid" x1="{LEFT}" x2="{}" y1="{y}" y2="{y}"/><text class="axis" x="{}" y="{y}" text-anchor="end" dominant-baseline="middle">{}</text>"#,
            LEFT + PLOT_W,
            LEFT - 8,
            lang.integer(value)
        );
    }
    // X labels, thinned so that they never overlap (about 70 units each).
    let every = (x_labels.len() as u32 * 70).div_ceil(PLOT_W).max(1) as usize;
    for (i, label) in x_labels.iter().enumerate().filter(|(i, _)| i % every == 0) {
        let _ = write!(
            svg,
            r#"<text class="axis" x="{}" y="{}" text-anchor="middle">{}</text>"#,
            x_of(i),
            TOP + PLOT_H + 20,
            escape(label)
        );
    }
    for (n, line) in series.iter().enumerate() {
        let class = if line.dashed { "line previous" } else { "line current" };
        // Consecutive published points make one polyline; hidden ones break it.
        let mut runs: Vec<Vec<(u32, u32)>> = vec![Vec::new()];
        for (i, value) in line.values.iter().enumerate() {
            match value.value() {
                Some(v) => runs.last_mut().expect("a run").push((x_of(i), y_of(v))),
                None => {
                    runs.push(Vec::new());
                    // "<5" or "hidden" where the point would be; nothing before a kiosk.
                    if *value != Published::NoKiosk {
                        let _ = write!(
                            svg,
                            r#"<text class="hidden-value" x="{}" y="{}" text-anchor="middle">{}</text>"#,
                            x_of(i),
                            TOP + PLOT_H - 6 - 14 * n as u32,
                            escape(&lang.count(*value))
                        );
                    }
                }
            }
        }
        for run in runs.iter().filter(|run| !run.is_empty()) {
            let points: Vec<String> = run.iter().map(|(x, y)| format!("{x},{y}")).collect();
            let _ = write!(svg, r#"<polyline class="{class}" points="{}"/>"#, points.join(" "));
            for (x, y) in run {
                let _ = write!(svg, r#"<circle class="{class}" cx="{x}" cy="{y}" r="3"/>"#);
            }
        }
        // Legend above the plot.
        let x = LEFT + 230 * n as u32;
        let _ = write!(
            svg,
            r#"<line class="{class}" x1="{x}" x2="{}" y1="14" y2="14"/><text class="label" x="{}" y="14" dominant-baseline="middle">{}</text>"#,
            x + 30,
            x + 38,
            escape(&line.name)
        );
    }
    svg.push_str("</svg>");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hidden_values_are_labels_not_sizes() {
        let bars = [
            Bar { label: "bankid-get".into(), value: Published::Count(40), note: None },
            Bar { label: "<script>".into(), value: Published::Suppressed, note: Some("x".into()) },
        ];
        let svg = bar_chart("c", Lang::En, "Title", "Desc", &bars);
        assert_eq!(svg.matches("<rect").count(), 1, "no bar for a hidden count: {svg}");
        assert!(svg.contains("&lt;5 — x"));
        assert!(svg.contains("&lt;script&gt;"), "labels are escaped");
        assert_eq!(fitted("Boka, avboka eller omboka en tid på 1177 via nätet"), "Boka, avboka eller omboka en tid…");
        assert!(svg.contains(r#"<title id="c-title">Title</title>"#));
    }

    #[test]
    fn lines_break_at_hidden_points() {
        let series = Series {
            name: "This period".into(),
            values: vec![
                Published::NoKiosk,
                Published::Count(10),
                Published::Count(12),
                Published::Suppressed,
                Published::Count(9),
                Published::Hidden,
            ],
            dashed: false,
        };
        let labels: Vec<String> = (1..=6).map(|w| format!("W{w}")).collect();
        let svg = line_chart("l", Lang::Sv, "T", "D", &labels, &[series]);
        assert_eq!(svg.matches("<polyline").count(), 2);
        assert_eq!(svg.matches("<circle").count(), 3);
        assert_eq!(svg.matches("hidden-value").count(), 2, "<5 and dold, nothing before the kiosk: {svg}");
        assert!(svg.contains(">&lt;5<") && svg.contains(">dold<"));
        assert_eq!(nice_ceiling(0), 1);
        assert_eq!(nice_ceiling(37), 50);
        assert_eq!(nice_ceiling(120), 200);
    }
}
