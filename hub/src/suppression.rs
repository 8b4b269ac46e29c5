//! Small-number suppression: what the hub publishes of a count.
//!
//! Every published count below [`THRESHOLD`] is replaced by the string `"<5"` (never the number,
//! zero included), and a rate is left out (`null`) when either count it is made of is
//! suppressed, since a rate and one count give away the other. This is the one place that
//! decides what is published: the stats API and the dashboard built on it go through here
//! ([`publish_line`] and [`publish_table`] add secondary suppression for cells beside their total).

use serde::{Serialize, Serializer};
use utoipa::openapi::RefOr;
use utoipa::openapi::schema::{ObjectBuilder, OneOfBuilder, Schema, Type};

/// Counts below this are not published.
pub const THRESHOLD: u64 = 5;
/// What a suppressed count is published as.
pub const SUPPRESSED: &str = "<5";

/// A count as it may be published.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Published {
    Count(u64),
    Suppressed,
}

impl Published {
    pub fn value(self) -> Option<u64> {
        match self {
            Published::Count(count) => Some(count),
            Published::Suppressed => None,
        }
    }
}

/// The published form of a count.
pub fn publish(count: u64) -> Published {
    if count < THRESHOLD { Published::Suppressed } else { Published::Count(count) }
}

/// `part / whole` when both are published and the whole is not zero; otherwise nothing.
pub fn rate(part: Published, whole: Published) -> Option<f64> {
    match (part.value(), whole.value()) {
        (Some(part), Some(whole)) if whole > 0 => Some(part as f64 / whole as f64),
        _ => None,
    }
}

/// Publishes cells that add up to a total that is published too (a row of a table, a
/// chart's bars): primary suppression below [`THRESHOLD`], then secondary suppression so that
/// the total minus the published cells does not give a suppressed cell away. While any cell
/// is suppressed, the smallest published cells are suppressed as well until at least two are
/// and together they hold at least [`THRESHOLD`] (or all cells are suppressed): the difference
/// then only says that several small or hidden counts add up to some number.
pub fn publish_line(cells: &[u64]) -> Vec<Published> {
    let mut published: Vec<Published> = cells.iter().map(|&count| publish(count)).collect();
    protect_line(cells, &mut published);
    published
}

/// Publishes the parts of a total that is published as `total`: [`publish_line`], and every
/// part hidden when the total is (the published parts would add up to it).
pub fn publish_parts(total: Published, cells: &[u64]) -> Vec<Published> {
    let mut published = publish_line(cells);
    if total == Published::Suppressed {
        published.fill(Published::Suppressed);
    }
    published
}

/// Adds secondary suppression to one line of already published cells (see [`publish_line`]);
/// returns whether it suppressed anything more.
fn protect_line(cells: &[u64], published: &mut [Published]) -> bool {
    let mut changed = false;
    loop {
        let hidden: Vec<usize> = (0..cells.len()).filter(|&i| published[i] == Published::Suppressed).collect();
        let hidden_sum: u64 = hidden.iter().map(|&i| cells[i]).sum();
        if hidden.is_empty() || hidden.len() == cells.len() || (hidden.len() >= 2 && hidden_sum >= THRESHOLD) {
            return changed;
        }
        let smallest_published = (0..cells.len())
            .filter(|&i| published[i] != Published::Suppressed)
            .min_by_key(|&i| (cells[i], i))
            .expect("some cell is still published");
        published[smallest_published] = Published::Suppressed;
        changed = true;
    }
}

/// Publishes a two-way table (e.g. weekday × hour) whose row and column totals are published
/// elsewhere: every row and every column is protected as in [`publish_line`], repeated until
/// neither rows nor columns need more (a cell suppressed for its column can expose another in
/// its row).
pub fn publish_table(cells: &[Vec<u64>]) -> Vec<Vec<Published>> {
    let mut published: Vec<Vec<Published>> =
        cells.iter().map(|row| row.iter().map(|&count| publish(count)).collect()).collect();
    let columns = cells.iter().map(Vec::len).max().unwrap_or(0);
    loop {
        let mut changed = false;
        for (row, published_row) in cells.iter().zip(published.iter_mut()) {
            changed |= protect_line(row, published_row);
        }
        for column in 0..columns {
            let rows: Vec<usize> = (0..cells.len()).filter(|&r| column < cells[r].len()).collect();
            let counts: Vec<u64> = rows.iter().map(|&r| cells[r][column]).collect();
            let mut line: Vec<Published> = rows.iter().map(|&r| published[r][column]).collect();
            if protect_line(&counts, &mut line) {
                changed = true;
                for (&r, value) in rows.iter().zip(line) {
                    published[r][column] = value;
                }
            }
        }
        if !changed {
            return published;
        }
    }
}

impl Serialize for Published {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Published::Count(count) => serializer.serialize_u64(*count),
            Published::Suppressed => serializer.serialize_str(SUPPRESSED),
        }
    }
}

impl utoipa::PartialSchema for Published {
    fn schema() -> RefOr<Schema> {
        OneOfBuilder::new()
            .item(ObjectBuilder::new().schema_type(Type::Integer).minimum(Some(THRESHOLD as f64)))
            .item(ObjectBuilder::new().schema_type(Type::String).enum_values(Some([SUPPRESSED])))
            .description(Some("A count, or the string \"<5\" when the count is below 5 (zero included): small numbers are never published."))
            .into()
    }
}

impl utoipa::ToSchema for Published {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_below_five_are_never_published() {
        for count in 0..THRESHOLD {
            assert_eq!(publish(count), Published::Suppressed, "{count}");
            assert_eq!(serde_json::to_value(publish(count)).unwrap(), serde_json::json!("<5"));
        }
        assert_eq!(publish(5), Published::Count(5));
        assert_eq!(serde_json::to_value(publish(5)).unwrap(), serde_json::json!(5));
        assert_eq!(serde_json::to_value(publish(u64::MAX)).unwrap(), serde_json::json!(u64::MAX));
    }

    /// What an onlooker can work out of a line and its total: the sum of the hidden cells.
    fn hidden_sum(cells: &[u64], published: &[Published]) -> (usize, u64) {
        let hidden: Vec<u64> =
            cells.iter().zip(published).filter(|(_, p)| **p == Published::Suppressed).map(|(c, _)| *c).collect();
        (hidden.len(), hidden.iter().sum())
    }

    #[test]
    fn a_lone_small_cell_takes_the_next_smallest_with_it() {
        let cells = [40, 3, 12, 9];
        let published = publish_line(&cells);
        assert_eq!(
            published,
            [Published::Count(40), Published::Suppressed, Published::Count(12), Published::Suppressed],
            "total 64 minus 40 and 12 only says that the two hidden cells make 12"
        );
    }

    #[test]
    fn hidden_cells_together_hold_at_least_the_threshold() {
        // 1 + 0 would be given away as "two cells that make 1"; 7 joins them.
        let cells = [1, 0, 7, 30, 8];
        let published = publish_line(&cells);
        assert_eq!(published[3], Published::Count(30));
        assert_eq!(published[4], Published::Count(8));
        let (count, sum) = hidden_sum(&cells, &published);
        assert_eq!((count, sum), (3, 8));
    }

    #[test]
    fn parts_of_a_hidden_total_are_hidden() {
        assert_eq!(publish_parts(Published::Count(64), &[40, 3, 12, 9]), publish_line(&[40, 3, 12, 9]));
        // 6 sessions in all may be published alone, but a total hidden elsewhere (a library's
        // cell hidden beside the others) must not come back as the sum of its parts.
        assert_eq!(publish_parts(Published::Suppressed, &[6, 0]), [Published::Suppressed; 2]);
    }

    #[test]
    fn lines_without_small_cells_or_all_small_stay_as_they_are() {
        assert_eq!(publish_line(&[5, 6, 100]), [5, 6, 100].map(Published::Count));
        assert_eq!(publish_line(&[1, 2]), [Published::Suppressed; 2]);
        assert_eq!(publish_line(&[]), []);
        assert_eq!(publish_line(&[3, 9]), [Published::Suppressed; 2], "9 alone would be the total minus 3");
    }

    #[test]
    fn every_line_of_random_tables_is_protected() {
        // A fixed pseudo-random sequence (no dependency on a RNG crate's stream).
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = |bound: u64| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state % bound
        };
        for _ in 0..300 {
            let rows = 1 + next(7) as usize;
            let columns = 1 + next(24) as usize;
            let cells: Vec<Vec<u64>> = (0..rows).map(|_| (0..columns).map(|_| next(12)).collect()).collect();
            let published = publish_table(&cells);
            let check = |counts: Vec<u64>, line: Vec<Published>| {
                for (count, value) in counts.iter().zip(&line) {
                    if *count < THRESHOLD {
                        assert_eq!(*value, Published::Suppressed, "primary: {counts:?}");
                    }
                }
                let (hidden, sum) = hidden_sum(&counts, &line);
                assert!(
                    hidden == 0 || hidden == counts.len() || (hidden >= 2 && sum >= THRESHOLD),
                    "line {counts:?} published as {line:?}"
                );
            };
            for (row, line) in cells.iter().zip(&published) {
                check(row.clone(), line.clone());
            }
            for column in 0..columns {
                check(cells.iter().map(|r| r[column]).collect(), published.iter().map(|r| r[column]).collect());
            }
        }
    }

    #[test]
    fn rates_need_both_counts_published() {
        assert_eq!(rate(publish(5), publish(10)), Some(0.5));
        assert_eq!(rate(publish(3), publish(10)), None, "3 of 10 would be given away by 0.3");
        assert_eq!(rate(publish(10), publish(4)), None);
        assert_eq!(rate(Published::Count(0), Published::Count(0)), None);
    }
}
