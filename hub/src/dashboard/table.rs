//! A table of the dashboard as data: shown on a page, downloaded as CSV or JSON. One value
//! type for all three, so that a hidden count is "<5" everywhere.

use serde_json::{Map, Value as Json};

use crate::suppression::Published;

use super::i18n::Lang;

#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Text(String),
    Count(Published),
    /// A share 0..1; `None` where it cannot be published.
    Rate(Option<f64>),
    /// Unix seconds; `None`: never.
    Time(Option<i64>),
}

#[derive(Debug, Clone)]
pub struct DataTable {
    /// The file name of its downloads (`weeks` → `weeks.csv`).
    pub name: &'static str,
    /// (JSON key, heading in the page's language).
    pub columns: Vec<(String, String)>,
    pub rows: Vec<Vec<Value>>,
}

fn time_text(unix: Option<i64>) -> String {
    unix.and_then(|t| chrono::DateTime::from_timestamp(t, 0))
        .map_or_else(String::new, |t| t.format("%Y-%m-%d %H:%M UTC").to_string())
}

impl Value {
    /// As shown on a page.
    pub fn display(&self, lang: Lang) -> String {
        match self {
            Value::Text(text) => text.clone(),
            Value::Count(count) => lang.count(*count),
            Value::Rate(rate) => lang.percent(*rate),
            Value::Time(unix) => time_text(*unix),
        }
    }

    /// As written to a CSV cell: numbers without thousands separators, a decimal comma in
    /// Swedish (as Swedish Excel reads them), "<5", "dold"/"hidden" and "–" as on the page.
    fn csv(&self, lang: Lang) -> String {
        match self {
            Value::Text(text) => text.clone(),
            Value::Count(Published::Count(count)) => count.to_string(),
            Value::Count(other) => lang.count(*other),
            Value::Rate(rate) => rate
                .map(|r| {
                    let text = format!("{r:.3}");
                    if lang == Lang::Sv { text.replace('.', ",") } else { text }
                })
                .unwrap_or_default(),
            Value::Time(unix) => time_text(*unix),
        }
    }

    fn json(&self) -> Json {
        match self {
            Value::Text(text) => Json::from(text.clone()),
            Value::Count(count) => serde_json::to_value(count).expect("a count serialises"),
            Value::Rate(rate) => rate.map_or(Json::Null, |r| Json::from((r * 1000.0).round() / 1000.0)),
            Value::Time(unix) => {
                let text = time_text(*unix);
                if text.is_empty() { Json::Null } else { Json::from(text) }
            }
        }
    }
}

/// What a spreadsheet may split a CSV line at: `,` (English), `;` (Swedish and most of
/// Europe), tab.
const SEPARATORS: [char; 3] = [',', ';', '\t'];

/// A spreadsheet would run a cell starting with = + - @ (or tab / carriage return) as a
/// formula, also one that starts after a separator inside a value (`Filial;=1+1;` read with
/// `;`): each such start gets a leading apostrophe.
fn formula_safe(cell: String) -> String {
    let mut safe = String::with_capacity(cell.len() + 1);
    let mut part_starts = true;
    for c in cell.chars() {
        if part_starts && ['=', '+', '-', '@', '\t', '\r'].contains(&c) {
            safe.push('\'');
        }
        part_starts = SEPARATORS.contains(&c);
        safe.push(c);
    }
    safe
}

impl DataTable {
    /// UTF-8 with a byte order mark (so that spreadsheets read å, ä, ö right), headings first;
    /// in Swedish separated by `;` with decimal commas, so that Swedish Excel opens it in
    /// columns with a double click; in English by `,`.
    pub fn to_csv(&self, lang: Lang) -> anyhow::Result<Vec<u8>> {
        let delimiter = if lang == Lang::Sv { b';' } else { b',' };
        let mut writer = csv::WriterBuilder::new().delimiter(delimiter).from_writer(b"\xEF\xBB\xBF".to_vec());
        writer.write_record(self.columns.iter().map(|(_, heading)| formula_safe(heading.clone())))?;
        for row in &self.rows {
            writer.write_record(row.iter().map(|value| formula_safe(value.csv(lang))))?;
        }
        writer.into_inner().map_err(|e| anyhow::anyhow!("writing CSV of table {}: {e}", self.name))
    }

    /// An Excel workbook of the table: the selection (`about`, one line each) at the top, then
    /// the headings in the page's language and the rows; counts and shares as numbers, "<5",
    /// hidden and "–" as text. Every text cell is a string, never a formula.
    pub fn to_xlsx(&self, lang: Lang, about: &[String]) -> anyhow::Result<Vec<u8>> {
        use rust_xlsxwriter::{Format, Workbook};
        let mut workbook = Workbook::new();
        let sheet = workbook.add_worksheet();
        sheet.set_name(self.name)?;
        let bold = Format::new().set_bold();
        let percent = Format::new().set_num_format("0%");
        for (row, line) in (0u32..).zip(about) {
            sheet.write_string(row, 0, line)?;
        }
        let headings = about.len() as u32 + 1;
        for (column, (_, heading)) in (0u16..).zip(&self.columns) {
            sheet.write_string_with_format(headings, column, heading, &bold)?;
            sheet.set_column_width(column, (heading.chars().count() + 4).clamp(8, 40) as f64)?;
        }
        for (row, values) in (headings + 1..).zip(&self.rows) {
            for (column, value) in (0u16..).zip(values) {
                match value {
                    Value::Count(Published::Count(count)) => sheet.write_number(row, column, *count as f64)?,
                    Value::Rate(Some(rate)) => sheet.write_number_with_format(row, column, *rate, &percent)?,
                    other => sheet.write_string(row, column, other.display(lang))?,
                };
            }
        }
        workbook.save_to_buffer().map_err(|e| anyhow::anyhow!("writing the workbook of table {}: {e}", self.name))
    }

    /// `{"table": name, "selection": …, "rows": [{key: value, …}, …]}`.
    pub fn to_json(&self, selection: Json) -> Json {
        let rows: Vec<Json> = self
            .rows
            .iter()
            .map(|row| {
                let object: Map<String, Json> =
                    self.columns.iter().zip(row).map(|((key, _), value)| (key.clone(), value.json())).collect();
                Json::Object(object)
            })
            .collect();
        serde_json::json!({"table": self.name, "selection": selection, "rows": rows})
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> DataTable {
        DataTable {
            name: "guides",
            columns: vec![("guide".into(), "Guide".into()), ("opened".into(), "Öppnade".into())],
            rows: vec![
                vec![Value::Text("=HYPERLINK(\"x\")".into()), Value::Count(Published::Count(12))],
                vec![Value::Text("-1+2".into()), Value::Count(Published::Suppressed)],
                vec![Value::Text("@SUM".into()), Value::Rate(Some(0.6666))],
            ],
        }
    }

    #[test]
    fn swedish_csv_uses_semicolons_and_decimal_commas() {
        let csv = table().to_csv(Lang::Sv).unwrap();
        let text = String::from_utf8(csv[3..].to_vec()).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], "Guide;Öppnade");
        assert_eq!(lines[2], "'-1+2;<5");
        assert_eq!(lines[3], "'@SUM;0,667");
    }

    #[test]
    fn xlsx_has_numbers_as_numbers_and_the_selection_on_top() {
        use calamine::{Data, Reader, Xlsx};
        let mut table = table();
        table.rows.push(vec![Value::Text("Sorsele".into()), Value::Count(Published::Hidden)]);
        let about = ["Region: Västerbotten".to_owned(), "Period: 2026-Q3".to_owned()];
        let bytes = table.to_xlsx(Lang::Sv, &about).unwrap();
        let mut workbook: Xlsx<_> = calamine::open_workbook_from_rs(std::io::Cursor::new(bytes)).unwrap();
        let range = workbook.worksheet_range("guides").unwrap();
        let cell = |row: u32, column: u32| range.get_value((row, column)).cloned();
        assert_eq!(cell(0, 0), Some(Data::String("Region: Västerbotten".into())));
        assert_eq!(cell(1, 0), Some(Data::String("Period: 2026-Q3".into())));
        assert_eq!(cell(3, 1), Some(Data::String("Öppnade".into())));
        assert_eq!(cell(4, 0), Some(Data::String("=HYPERLINK(\"x\")".into())), "text, not a formula");
        assert_eq!(cell(4, 1), Some(Data::Float(12.0)));
        assert_eq!(cell(5, 1), Some(Data::String("<5".into())));
        assert_eq!(cell(6, 1), Some(Data::Float(0.6666)));
        assert_eq!(cell(7, 1), Some(Data::String("dold".into())));
        assert!(workbook.worksheet_formula("guides").unwrap().used_cells().next().is_none(), "no formulas");
    }

    #[test]
    fn csv_has_a_bom_and_no_formulas() {
        let csv = table().to_csv(Lang::En).unwrap();
        assert!(csv.starts_with(b"\xEF\xBB\xBF"));
        let text = String::from_utf8(csv[3..].to_vec()).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], "Guide,Öppnade");
        assert_eq!(lines[1], "\"'=HYPERLINK(\"\"x\"\")\",12");
        assert_eq!(lines[2], "'-1+2,<5");
        assert_eq!(lines[3], "'@SUM,0.667");
    }

    #[test]
    fn formulas_after_separators_are_guarded() {
        assert_eq!(formula_safe("Filial;=1+1;".into()), "Filial;'=1+1;");
        assert_eq!(formula_safe("a,+1\t-2; @x".into()), "a,'+1\t'-2; @x");
        assert_eq!(formula_safe("=1;=2".into()), "'=1;'=2");
        assert_eq!(formula_safe("Umeå stadsbibliotek".into()), "Umeå stadsbibliotek");
    }

    #[test]
    fn json_keeps_hidden_counts_as_strings() {
        let json = table().to_json(serde_json::json!({}));
        assert_eq!(json["rows"][1]["opened"], "<5");
        assert_eq!(json["rows"][0]["opened"], 12);
        assert_eq!(json["rows"][2]["opened"], 0.667);
    }
}
