//! Small-number suppression: what the hub publishes of a count.
//!
//! - A count of 0 is published as 0 (a closed hour, a guide nobody opened: nothing to hide).
//! - A count of 1–4 is published as `"<5"` ([`Published::Suppressed`]).
//! - A count hidden only so that another cannot be worked out is published as `"hidden"`
//!   ([`Published::Hidden`]), never as `"<5"`: a count of 5 or more, or the second of two small
//!   counts under a `<5` total (two `<5` months of a `<5` quarter would each be at most 3).
//! - A period in which a library had no kiosk (before its first event, after its kiosks were
//!   removed) is "no kiosk" ([`Published::NoKiosk`]), not a small number.
//!
//! The counts of a region — each library and the region as a whole, per ISO week, month,
//! quarter and year — are one published table: [`Plan`] chooses its hidden cells so that for
//! every `<5` cell there are two ways to change the underlying counts per library and day that
//! keep every other published number as it is and move that cell to 1 and to 4 (a
//! certificate, kept and checked by [`Plan::verify`]). Whoever holds every number of the table
//! can therefore narrow no `<5` cell below 1–4, even knowing that hidden cells are never 0;
//! `suppression/attack.rs` checks this with linear programming. Complementary cells are
//! chosen by the fewest counts they hide.
//!
//! Breakdowns of one cell (guides, languages, hours) are lines under a published total:
//! [`publish_parts`], [`publish_line`] and [`publish_table`] protect them line by line.

use std::collections::HashMap;

use chrono::{Datelike, Duration, NaiveDate};
use serde::{Serialize, Serializer};
use utoipa::openapi::RefOr;
use utoipa::openapi::schema::{ObjectBuilder, OneOfBuilder, Schema, Type};

use crate::period::{Period, PeriodKind};
use crate::rollup;

/// Counts below this and above 0 are not published.
pub const THRESHOLD: u64 = 5;
/// What a small count is published as.
pub const SUPPRESSED: &str = "<5";
/// What a count hidden to protect another is published as (in the API and JSON exports; pages
/// say it in their language).
pub const HIDDEN: &str = "hidden";
/// What a period without a kiosk is published as (API and JSON).
pub const NO_KIOSK: &str = "no kiosk";

/// A count as it may be published.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Published {
    /// The count itself: 0, or 5 and more.
    Count(u64),
    /// A count of 1 to 4.
    Suppressed,
    /// A count hidden so that a `<5` elsewhere cannot be worked out: a count of 5 or more, or
    /// one of two small counts under a `<5` total (never 0).
    Hidden,
    /// No kiosk in that period: nothing could have been counted.
    NoKiosk,
}

impl Published {
    pub fn value(self) -> Option<u64> {
        match self {
            Published::Count(count) => Some(count),
            Published::Suppressed | Published::Hidden | Published::NoKiosk => None,
        }
    }

    /// Whether the count is not shown (`<5` or hidden).
    pub fn is_hidden(self) -> bool {
        matches!(self, Published::Suppressed | Published::Hidden)
    }
}

/// The published form of a count on its own (primary suppression only).
pub fn publish(count: u64) -> Published {
    if count == 0 || count >= THRESHOLD { Published::Count(count) } else { Published::Suppressed }
}

/// `part / whole` when both are published and the whole is not zero; otherwise nothing.
pub fn rate(part: Published, whole: Published) -> Option<f64> {
    match (part.value(), whole.value()) {
        (Some(part), Some(whole)) if whole > 0 => Some(part as f64 / whole as f64),
        _ => None,
    }
}

/// The change from `before` to `now` when both are published counts; otherwise nothing (a
/// change of a hidden count would give it away).
pub fn change(now: Published, before: Published) -> Option<i64> {
    Some(i64::try_from(now.value()?).ok()? - i64::try_from(before.value()?).ok()?)
}

/// Publishes cells that add up to a total that is published too (a chart's bars, the guides
/// of a library's month): primary suppression, then, while a cell is `<5`, the smallest
/// published non-zero cells are hidden too until at least one is hidden and the hidden cells
/// leave room for every `<5` cell to be anything from 1 to 4 (a hidden count being 1 or more),
/// or no published non-zero cell is left.
pub fn publish_line(cells: &[u64]) -> Vec<Published> {
    let mut published: Vec<Published> = cells.iter().map(|&count| publish(count)).collect();
    protect_line(cells, &mut published);
    published
}

/// Publishes the parts of a total that is published as `total`: [`publish_line`], and every
/// part hidden when the total is not published (the parts would add up to it).
pub fn publish_parts(total: Published, cells: &[u64]) -> Vec<Published> {
    match total {
        Published::Count(_) => publish_line(cells),
        Published::NoKiosk => vec![Published::NoKiosk; cells.len()],
        Published::Suppressed | Published::Hidden => vec![Published::Hidden; cells.len()],
    }
}

/// Whether a line's hidden cells leave every `<5` cell of it free between 1 and 4.
fn line_is_protected(cells: &[u64], published: &[Published]) -> bool {
    let (mut small, mut hidden, mut slack) = (0, 0, 0);
    for (&count, value) in cells.iter().zip(published) {
        match value {
            Published::Suppressed => {
                small += 1;
                slack += count.saturating_sub(1);
            }
            Published::Hidden => {
                hidden += 1;
                slack += count.saturating_sub(1);
            }
            Published::Count(_) | Published::NoKiosk => {}
        }
    }
    small == 0 || (hidden >= 1 && slack >= THRESHOLD - 2)
}

/// Adds complementary hidden cells to one line of already published cells (see
/// [`publish_line`]); returns whether it hid anything more.
fn protect_line(cells: &[u64], published: &mut [Published]) -> bool {
    let mut changed = false;
    while !line_is_protected(cells, published) {
        let Some(smallest) = (0..cells.len())
            .filter(|&i| matches!(published[i], Published::Count(count) if count > 0))
            .min_by_key(|&i| (cells[i], i))
        else {
            return changed;
        };
        published[smallest] = Published::Hidden;
        changed = true;
    }
    changed
}

/// Publishes a two-way table (e.g. weekday × hour) whose row and column totals are published
/// elsewhere: every row and every column is protected as in [`publish_line`], repeated until
/// neither rows nor columns need more (a cell hidden for its column can expose another in its
/// row). Zeros (closed hours) are published as 0 and never hidden.
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

/// Whose count a cell of a [`Plan`] is: the whole region's or one library's (an index into
/// the libraries the plan was made with).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Unit {
    Region,
    Library(usize),
}

/// One metric of one region: counts per library and day, and the days each library could
/// have counted anything.
#[derive(Debug, Clone, Default)]
pub struct Grid {
    /// Per library: the first and last day (days since 1970-01-01, both included) it had a
    /// kiosk — from its first event to today or to when its kiosks were removed; `None` if it
    /// never sent anything.
    pub active: Vec<Option<(i64, i64)>>,
    /// (library, day, count); days outside the library's active days must not be given.
    pub counts: Vec<(usize, i64, u64)>,
}

/// How a cell of a plan is labelled while the plan is made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Label {
    Count,
    Small,
    Hidden,
    NoKiosk,
}

#[derive(Debug, Clone)]
struct Cell {
    unit: Unit,
    period: Period,
    value: i64,
    label: Label,
}

/// Days cut at every Monday and every first of a month: each published period is a run of
/// these, and counts can move between days of one piece without changing any published number.
#[derive(Debug, Clone)]
struct Piece {
    first_day: i64,
    last_day: i64,
    /// The period of each kind (`PeriodKind::ALL` order) the piece lies in.
    periods: [Period; 4],
}

/// A change of one library's count in one piece.
type Step = (usize, usize, i64);

/// A way to move one `<5` cell to 1 or to 4 that keeps every other published number.
#[derive(Debug, Clone)]
struct Certificate {
    cell: usize,
    target: i64,
    atoms: HashMap<(usize, usize), i64>,
}

/// The published cells of one metric of one region, for every period of every kind (libraries
/// only for `library_kinds`) over the whole years of the data.
#[derive(Debug, Clone)]
pub struct Plan {
    library_kinds: Vec<PeriodKind>,
    libraries: usize,
    pieces: Vec<Piece>,
    /// [library][piece]
    atoms: Vec<Vec<i64>>,
    movable: Vec<Vec<bool>>,
    cells: Vec<Cell>,
    index: HashMap<(Unit, Period), usize>,
    /// Per cell: the pieces it covers (a run).
    runs: Vec<(usize, usize)>,
    certificates: Vec<Certificate>,
    /// `<5` cells no certificate was found for (none expected; the attack test checks).
    unprotected: Vec<usize>,
}

fn date_of(day: i64) -> NaiveDate {
    rollup::date_of_day(day).expect("days of the plan are valid dates")
}

/// How a [`Plan`] can be asked for a cell it does not publish.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotPublished {
    /// That kind of period is not published for a single library.
    KindNotPublished,
}

impl Plan {
    /// Makes the plan: primary suppression, then complementary hidden cells until every `<5`
    /// cell has its certificates.
    pub fn new(grid: &Grid, library_kinds: &[PeriodKind]) -> Plan {
        let libraries = grid.active.len();
        let active: Vec<(i64, i64)> = grid.active.iter().flatten().copied().collect();
        let mut plan = Plan {
            library_kinds: library_kinds.to_vec(),
            libraries,
            pieces: Vec::new(),
            atoms: vec![Vec::new(); libraries],
            movable: vec![Vec::new(); libraries],
            cells: Vec::new(),
            index: HashMap::new(),
            runs: Vec::new(),
            certificates: Vec::new(),
            unprotected: Vec::new(),
        };
        let (Some(first), Some(last)) = (active.iter().map(|a| a.0).min(), active.iter().map(|a| a.1).max()) else {
            return plan;
        };
        // Whole years, and the ISO weeks that reach into them.
        let first_year = Period::Year(date_of(first).year());
        let last_year = Period::Year(date_of(last).year());
        let start =
            first_year.first_day().min(Period::containing(PeriodKind::Week, first_year.first_day()).first_day());
        let end = last_year.last_day().max(Period::containing(PeriodKind::Week, last_year.last_day()).last_day());
        let mut day = start;
        while day <= end {
            let mut last_of_piece = day;
            while last_of_piece < end {
                let next = last_of_piece + Duration::days(1);
                if next.weekday() == chrono::Weekday::Mon || next.day() == 1 {
                    break;
                }
                last_of_piece = next;
            }
            plan.pieces.push(Piece {
                first_day: rollup::day_index(day),
                last_day: rollup::day_index(last_of_piece),
                periods: PeriodKind::ALL.map(|kind| Period::containing(kind, day)),
            });
            day = last_of_piece + Duration::days(1);
        }
        let piece_of_day = |day: i64| plan.pieces.partition_point(|p| p.last_day < day);
        for library in 0..libraries {
            plan.atoms[library] = vec![0; plan.pieces.len()];
            plan.movable[library] = plan
                .pieces
                .iter()
                .map(|piece| {
                    grid.active[library].is_some_and(|(from, to)| from <= piece.last_day && piece.first_day <= to)
                })
                .collect();
        }
        for &(library, day, count) in &grid.counts {
            let piece = piece_of_day(day);
            if piece < plan.pieces.len() {
                plan.atoms[library][piece] += i64::try_from(count).unwrap_or(i64::MAX);
            }
        }
        // The cells: every period of every kind that the pieces cover.
        let units: Vec<Unit> = std::iter::once(Unit::Region).chain((0..libraries).map(Unit::Library)).collect();
        for (k, kind) in PeriodKind::ALL.into_iter().enumerate() {
            let mut from = 0;
            while from < plan.pieces.len() {
                let period = plan.pieces[from].periods[k];
                let mut to = from;
                while to + 1 < plan.pieces.len() && plan.pieces[to + 1].periods[k] == period {
                    to += 1;
                }
                for &unit in &units {
                    if let Unit::Library(_) = unit
                        && !library_kinds.contains(&kind)
                    {
                        continue;
                    }
                    let libraries_of_unit: Vec<usize> = match unit {
                        Unit::Region => (0..libraries).collect(),
                        Unit::Library(library) => vec![library],
                    };
                    let value: i64 =
                        libraries_of_unit.iter().map(|&l| plan.atoms[l][from..=to].iter().sum::<i64>()).sum();
                    let any_kiosk = libraries_of_unit.iter().any(|&l| plan.movable[l][from..=to].iter().any(|&m| m));
                    let label = match value {
                        _ if !any_kiosk => Label::NoKiosk,
                        0 => Label::Count,
                        1..5 => Label::Small,
                        _ => Label::Count,
                    };
                    plan.index.insert((unit, period), plan.cells.len());
                    plan.cells.push(Cell { unit, period, value, label });
                    plan.runs.push((from, to));
                }
                from = to + 1;
            }
        }
        let mut small: Vec<usize> = (0..plan.cells.len()).filter(|&c| plan.cells[c].label == Label::Small).collect();
        small.sort_by_key(|&c| (plan.cells[c].period.kind(), plan.cells[c].unit, plan.cells[c].period));
        for cell in small {
            for target in [1, THRESHOLD as i64 - 1] {
                if plan.cells[cell].label != Label::Small {
                    break;
                }
                match plan.certify(cell, target) {
                    Some(certificate) => plan.certificates.push(certificate),
                    None => {
                        tracing::warn!(
                            unit = ?plan.cells[cell].unit,
                            period = %plan.cells[cell].period,
                            "no complementary cells protect this <5 cell"
                        );
                        plan.unprotected.push(cell);
                    }
                }
            }
        }
        plan
    }

    /// The cells a change of `library`'s count in `piece` changes.
    fn cells_of(&self, library: usize, piece: usize) -> impl Iterator<Item = usize> + '_ {
        let periods = self.pieces[piece].periods;
        [Unit::Library(library), Unit::Region].into_iter().flat_map(move |unit| {
            periods.into_iter().filter_map(move |period| self.index.get(&(unit, period)).copied())
        })
    }

    /// Finds, one unit at a time, changes that move `cell` to `target` keeping every other
    /// published number, hiding the fewest counts it can; hides what they need.
    fn certify(&mut self, cell: usize, target: i64) -> Option<Certificate> {
        let mut atoms: HashMap<(usize, usize), i64> = HashMap::new();
        let mut cells: HashMap<usize, i64> = HashMap::new();
        let direction = (target - self.cells[cell].value).signum();
        for _ in 0..(target - self.cells[cell].value).abs() {
            let (_, hides, steps) = self.cheapest_move(cell, direction, &atoms, &cells)?;
            for hide in hides {
                self.cells[hide].label = Label::Hidden;
            }
            for (library, piece, delta) in steps {
                *atoms.entry((library, piece)).or_default() += delta;
                for touched in self.cells_of(library, piece).collect::<Vec<_>>() {
                    *cells.entry(touched).or_default() += delta;
                }
            }
        }
        Some(Certificate { cell, target, atoms })
    }

    /// The cheapest single-unit change of `cell` in `direction`: one piece of one library;
    /// or a piece of another library in the same period the other way; or a piece inside and
    /// one outside the cell's period, of one library or of two; or that for two libraries in
    /// opposite directions (the region's numbers stay). Cost: the counts of the cells it must
    /// hide.
    fn cheapest_move(
        &self,
        cell: usize,
        direction: i64,
        atoms: &HashMap<(usize, usize), i64>,
        cells: &HashMap<usize, i64>,
    ) -> Option<(i64, Vec<usize>, Vec<Step>)> {
        let (from, to) = self.runs[cell];
        let libraries: Vec<usize> = match self.cells[cell].unit {
            Unit::Region => (0..self.libraries).collect(),
            Unit::Library(library) => vec![library],
        };
        let near = |piece: usize| piece + 16 >= from && piece <= to + 16;
        let mut best: Option<(i64, Vec<usize>, Vec<Step>)> = None;
        for everywhere in [false, true] {
            for &library in &libraries {
                for inside in from..=to {
                    let mut candidates: Vec<Vec<Step>> = vec![vec![(library, inside, direction)]];
                    if let Unit::Library(_) = self.cells[cell].unit
                        && !everywhere
                    {
                        // Other days of the period of another library the other way: the
                        // region's period stays.
                        for other in (0..self.libraries).filter(|&l| l != library) {
                            candidates.extend(
                                (from..=to).map(|p| vec![(library, inside, direction), (other, p, -direction)]),
                            );
                        }
                    }
                    for outside in (0..self.pieces.len()).filter(|&p| (p < from || p > to) && near(p) != everywhere) {
                        candidates.push(vec![(library, inside, direction), (library, outside, -direction)]);
                        // Moved from one library's day to another's: only their own counts
                        // and the two periods of the region change.
                        for other in (0..self.libraries).filter(|&l| l != library) {
                            candidates.push(vec![(library, inside, direction), (other, outside, -direction)]);
                        }
                        if let Unit::Library(_) = self.cells[cell].unit {
                            for other in (0..self.libraries).filter(|&l| l != library) {
                                candidates.push(vec![
                                    (library, inside, direction),
                                    (library, outside, -direction),
                                    (other, inside, -direction),
                                    (other, outside, direction),
                                ]);
                            }
                        }
                    }
                    for steps in candidates {
                        if let Some((cost, hides)) = self.evaluate(cell, &steps, atoms, cells)
                            && best
                                .as_ref()
                                .is_none_or(|(c, h, s)| (cost, hides.len(), steps.len()) < (*c, h.len(), s.len()))
                        {
                            best = Some((cost, hides, steps));
                        }
                    }
                }
            }
            if best.is_some() {
                break;
            }
        }
        best
    }

    /// Whether `steps` (on top of the changes so far) keep every count non-negative, every
    /// kiosk-less day empty, every published number as it is, every `<5` cell between 1 and
    /// 4 and every hidden one at 1 or more (0 is never hidden); if so, the cells to hide and
    /// what that costs (their counts; 1 for a `<5` shown as hidden instead).
    fn evaluate(
        &self,
        cell: usize,
        steps: &[Step],
        atoms: &HashMap<(usize, usize), i64>,
        cells: &HashMap<usize, i64>,
    ) -> Option<(i64, Vec<usize>)> {
        let mut changes: Vec<(usize, i64)> = Vec::with_capacity(16);
        for &(library, piece, delta) in steps {
            if !self.movable[library][piece]
                || self.atoms[library][piece] + atoms.get(&(library, piece)).copied().unwrap_or(0) + delta < 0
            {
                return None;
            }
            for touched in self.cells_of(library, piece) {
                match changes.iter_mut().find(|(c, _)| *c == touched) {
                    Some((_, sum)) => *sum += delta,
                    None => changes.push((touched, delta)),
                }
            }
        }
        let mut cost = 0;
        let mut hides = Vec::new();
        for (touched, delta) in changes {
            if touched == cell || delta == 0 {
                continue;
            }
            let total = cells.get(&touched).copied().unwrap_or(0) + delta;
            let value = self.cells[touched].value + total;
            match self.cells[touched].label {
                Label::Small if (1..THRESHOLD as i64).contains(&value) => {}
                // A `<5` cell that has to leave 1–4 (two `<5` months of a `<5` quarter) is
                // shown as hidden instead: it hides a few counts, no large one.
                Label::Small if value >= 1 => {
                    cost += 1;
                    hides.push(touched);
                }
                Label::Hidden if value >= 1 => {}
                Label::Count if total != 0 && self.cells[touched].value > 0 && value >= 1 => {
                    cost += self.cells[touched].value;
                    hides.push(touched);
                }
                Label::Count if total == 0 => {}
                _ => return None,
            }
        }
        Some((cost, hides))
    }

    /// Checks every certificate against every published number: the changed counts per
    /// library and piece give the cell its target, leave all other counts as published, `<5`
    /// cells between 1 and 4, hidden ones at 1 or more, and no count below zero.
    pub fn verify(&self) -> Result<(), String> {
        if let Some(&cell) = self.unprotected.first() {
            let cell = &self.cells[cell];
            return Err(format!("{:?} {} is <5 without protection", cell.unit, cell.period));
        }
        for certificate in &self.certificates {
            let mut deltas = vec![0i64; self.cells.len()];
            for (&(library, piece), &delta) in &certificate.atoms {
                if !self.movable[library][piece] || self.atoms[library][piece] + delta < 0 {
                    return Err(format!(
                        "certificate of cell {} moves library {library} piece {piece}",
                        certificate.cell
                    ));
                }
                for touched in self.cells_of(library, piece) {
                    deltas[touched] += delta;
                }
            }
            for (index, cell) in self.cells.iter().enumerate() {
                let value = cell.value + deltas[index];
                let fine = if index == certificate.cell {
                    value == certificate.target
                } else {
                    match cell.label {
                        Label::Count | Label::NoKiosk => deltas[index] == 0,
                        Label::Small => (1..THRESHOLD as i64).contains(&value),
                        Label::Hidden => value >= 1,
                    }
                };
                if !fine {
                    let target = &self.cells[certificate.cell];
                    return Err(format!(
                        "moving {:?} {} to {} changes {:?} {} from {} to {value}",
                        target.unit, target.period, certificate.target, cell.unit, cell.period, cell.value
                    ));
                }
            }
        }
        Ok(())
    }

    /// How a cell is published; `Err` for a kind of period not published per library.
    /// Periods outside the plan's years had no kiosk.
    pub fn published(&self, unit: Unit, period: Period) -> Result<Published, NotPublished> {
        if let Unit::Library(_) = unit
            && !self.library_kinds.contains(&period.kind())
        {
            return Err(NotPublished::KindNotPublished);
        }
        Ok(match self.index.get(&(unit, period)) {
            None => Published::NoKiosk,
            Some(&cell) => {
                let cell = &self.cells[cell];
                match cell.label {
                    Label::Count => Published::Count(cell.value as u64),
                    Label::Small => Published::Suppressed,
                    Label::Hidden => Published::Hidden,
                    Label::NoKiosk => Published::NoKiosk,
                }
            }
        })
    }

    /// Every published cell: unit, period, true count and how it is published (for the
    /// attack test and the hidden-share figures).
    pub fn cells(&self) -> impl Iterator<Item = (Unit, Period, u64, Published)> + '_ {
        self.cells.iter().map(|cell| {
            let published = self.published(cell.unit, cell.period).unwrap_or(Published::NoKiosk);
            (cell.unit, cell.period, cell.value.max(0) as u64, published)
        })
    }

    /// The share of the counts of each kind of period that lie in complementary-hidden cells:
    /// (kind, hidden, all), libraries and region together.
    pub fn hidden_share(&self) -> Vec<(PeriodKind, u64, u64)> {
        PeriodKind::ALL
            .into_iter()
            .map(|kind| {
                let of_kind = || self.cells.iter().filter(move |c| c.period.kind() == kind);
                let hidden = of_kind().filter(|c| c.label == Label::Hidden).map(|c| c.value.max(0) as u64).sum();
                (kind, hidden, of_kind().map(|c| c.value.max(0) as u64).sum())
            })
            .collect()
    }
}

impl Serialize for Published {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Published::Count(count) => serializer.serialize_u64(*count),
            Published::Suppressed => serializer.serialize_str(SUPPRESSED),
            Published::Hidden => serializer.serialize_str(HIDDEN),
            Published::NoKiosk => serializer.serialize_str(NO_KIOSK),
        }
    }
}

impl utoipa::PartialSchema for Published {
    fn schema() -> RefOr<Schema> {
        OneOfBuilder::new()
            .item(ObjectBuilder::new().schema_type(Type::Integer).minimum(Some(0.0)))
            .item(ObjectBuilder::new().schema_type(Type::String).enum_values(Some([SUPPRESSED, HIDDEN, NO_KIOSK])))
            .description(Some(
                "A count (0, or 5 and more); \"<5\" for a count of 1 to 4; \"hidden\" for a count (never 0) hidden so that a \"<5\" elsewhere cannot be worked out; \"no kiosk\" for a period in which the library had no kiosk.",
            ))
            .into()
    }
}

impl utoipa::ToSchema for Published {}

#[cfg(test)]
mod attack;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zero_is_zero_one_to_four_is_small() {
        assert_eq!(publish(0), Published::Count(0));
        assert_eq!(serde_json::to_value(publish(0)).unwrap(), serde_json::json!(0));
        for count in 1..THRESHOLD {
            assert_eq!(publish(count), Published::Suppressed, "{count}");
            assert_eq!(serde_json::to_value(publish(count)).unwrap(), serde_json::json!("<5"));
        }
        assert_eq!(publish(5), Published::Count(5));
        assert_eq!(serde_json::to_value(Published::Hidden).unwrap(), serde_json::json!("hidden"));
        assert_eq!(serde_json::to_value(publish(u64::MAX)).unwrap(), serde_json::json!(u64::MAX));
    }

    #[test]
    fn a_lone_small_cell_is_protected_by_a_hidden_not_a_small_label() {
        assert_eq!(
            publish_line(&[40, 3, 12, 9]),
            [Published::Count(40), Published::Suppressed, Published::Count(12), Published::Hidden],
            "9 is the smallest: 3 can be 1 to 4 while 9 is 8 to 11"
        );
        assert_eq!(
            publish_line(&[3, 5, 7, 50]),
            [Published::Suppressed, Published::Hidden, Published::Count(7), Published::Count(50)]
        );
        // Two <5 cells and a hidden 5 that together make 10: each <5 can be 1 to 4.
        assert_eq!(
            publish_line(&[1, 4, 5, 8]),
            [Published::Suppressed, Published::Suppressed, Published::Hidden, Published::Count(8)]
        );
    }

    #[test]
    fn zeros_are_never_hidden() {
        assert_eq!(
            publish_line(&[0, 2, 0, 30]),
            [Published::Count(0), Published::Suppressed, Published::Count(0), Published::Hidden]
        );
        assert_eq!(publish_line(&[1, 2]), [Published::Suppressed; 2]);
        assert_eq!(publish_line(&[]), []);
        assert_eq!(publish_line(&[5, 6, 100]), [5, 6, 100].map(Published::Count));
    }

    #[test]
    fn parts_of_a_hidden_total_are_hidden() {
        assert_eq!(publish_parts(Published::Count(64), &[40, 3, 12, 9]), publish_line(&[40, 3, 12, 9]));
        assert_eq!(publish_parts(Published::Suppressed, &[3, 0]), [Published::Hidden; 2]);
        assert_eq!(publish_parts(Published::NoKiosk, &[0]), [Published::NoKiosk]);
    }

    #[test]
    fn closed_hours_stay_zero_in_a_table() {
        // Saturday afternoon closed: its zeros neither count as small nor get hidden; the
        // lone small cell takes the smallest cell that leaves room in its row and column.
        let cells = vec![vec![20, 30, 0, 0], vec![3, 40, 0, 0], vec![25, 35, 0, 0]];
        let published = publish_table(&cells);
        assert_eq!(published[1][2], Published::Count(0));
        assert_eq!(published[0][3], Published::Count(0));
        assert_eq!(published[1][0], Published::Suppressed);
        assert!(published.iter().flatten().filter(|p| **p == Published::Hidden).count() >= 2);
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
                    match count {
                        0 => assert_eq!(*value, Published::Count(0)),
                        1..5 => assert_eq!(*value, Published::Suppressed, "primary: {counts:?}"),
                        _ => assert_ne!(*value, Published::Suppressed, "{counts:?}"),
                    }
                }
                let all_taken = counts.iter().zip(&line).all(|(c, p)| *c == 0 || p.is_hidden());
                assert!(all_taken || line_is_protected(&counts, &line), "line {counts:?} published as {line:?}");
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
    fn rates_and_changes_need_both_counts_published() {
        assert_eq!(rate(publish(5), publish(10)), Some(0.5));
        assert_eq!(rate(publish(3), publish(10)), None, "3 of 10 would be given away by 0.3");
        assert_eq!(rate(publish(10), publish(4)), None);
        assert_eq!(rate(Published::Count(0), Published::Count(0)), None);
        assert_eq!(change(publish(12), publish(10)), Some(2));
        assert_eq!(change(publish(12), Published::Hidden), None);
        assert_eq!(change(publish(12), publish(3)), None);
    }

    fn day(text: &str) -> i64 {
        rollup::day_index(NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap())
    }

    fn period(text: &str) -> Period {
        text.parse().unwrap()
    }

    /// A region like the demo's Västerbotten: big libraries, and a tiny one with a few
    /// sessions a week and a month of 3.
    fn vasterbotten() -> Grid {
        let (from, to) = (day("2026-06-03"), day("2026-11-30"));
        let mut counts = Vec::new();
        for d in from..=to {
            let weekday = (d + 3).rem_euclid(7);
            if weekday == 6 {
                continue; // closed on Sundays
            }
            counts.push((0, d, 60 + (d % 7) as u64));
            counts.push((1, d, 12 + (d % 3) as u64));
            // Vilhelmina: about 90 a month.
            counts.push((2, d, 3 + (d % 2) as u64));
            // Sorsele: a session every other Tuesday, and none in August but 3 on one day.
            let sorsele = if date_of(d).month() == 8 {
                u64::from(date_of(d).day() == 12) * 3
            } else {
                u64::from(weekday == 1 && (d / 7) % 2 == 0)
            };
            if sorsele > 0 {
                counts.push((3, d, sorsele));
            }
        }
        Grid { active: vec![Some((from, to)); 4], counts }
    }

    #[test]
    fn a_small_library_month_hides_no_large_library_and_is_certified() {
        let plan = Plan::new(&vasterbotten(), &[PeriodKind::Month, PeriodKind::Quarter, PeriodKind::Year]);
        plan.verify().unwrap();
        let august = period("2026-08");
        assert_eq!(plan.published(Unit::Library(3), august), Ok(Published::Suppressed), "Sorsele's 3");
        // The complements are the smallest that protect: not Umeå's or Skellefteå's month.
        assert!(matches!(plan.published(Unit::Library(0), august), Ok(Published::Count(_))));
        assert!(matches!(plan.published(Unit::Library(1), august), Ok(Published::Count(_))));
        let hidden: Vec<(Unit, Period, u64)> =
            plan.cells().filter(|c| c.3 == Published::Hidden).map(|(u, p, v, _)| (u, p, v)).collect();
        assert!(!hidden.is_empty());
        assert!(
            hidden.iter().all(|&(unit, _, _)| unit == Unit::Library(2) || unit == Unit::Library(3)),
            "only the smallest libraries' cells are hidden, not Umeå's or the region's: {hidden:?}"
        );
        // Library weeks are not published; the region's are.
        assert_eq!(plan.published(Unit::Library(3), period("2026-W33")), Err(NotPublished::KindNotPublished));
        assert!(matches!(plan.published(Unit::Region, period("2026-W33")), Ok(Published::Count(_))));
        // Before the first event: no kiosk.
        assert_eq!(plan.published(Unit::Library(0), period("2026-04")), Ok(Published::NoKiosk));
        assert_eq!(plan.published(Unit::Region, period("2025")), Ok(Published::NoKiosk));
    }

    #[test]
    fn small_weeks_of_a_tiny_region_are_certified() {
        // One library, a session here and there: every <5 week needs another week of its
        // month hidden (the months and the weeks crossing them would give it away).
        let (from, to) = (day("2026-01-05"), day("2026-06-28"));
        let counts: Vec<(usize, i64, u64)> =
            (from..=to).filter(|d| d % 5 == 0).map(|d| (0, d, 1 + (d % 3) as u64)).collect();
        let plan = Plan::new(&Grid { active: vec![Some((from, to))], counts }, &PeriodKind::ALL);
        plan.verify().unwrap();
        assert!(plan.cells().any(|c| c.3 == Published::Suppressed));
    }

    #[test]
    fn a_late_small_library_hides_the_smallest_library_not_the_region() {
        // The browser test's region: Norr 40 and Testbiblioteket 24 in March (weeks 10-12),
        // Syd 3 on 26 March (week 13), from its first day on.
        let d = day;
        let grid = Grid {
            active: vec![
                Some((d("2025-03-05"), d("2026-11-30"))),
                Some((d("2025-03-26"), d("2026-11-30"))),
                Some((d("2025-03-04"), d("2026-11-30"))),
            ],
            counts: vec![
                (0, d("2025-03-05"), 14),
                (0, d("2025-03-13"), 13),
                (0, d("2025-03-20"), 13),
                (1, d("2025-03-26"), 3),
                (2, d("2025-03-04"), 12),
                (2, d("2025-03-12"), 3),
                (2, d("2025-03-19"), 9),
            ],
        };
        let plan = Plan::new(&grid, &[PeriodKind::Month, PeriodKind::Quarter, PeriodKind::Year]);
        plan.verify().unwrap();
        let of = |unit, text: &str| plan.published(unit, period(text)).unwrap();
        for p in ["2025-03", "2025-Q1", "2025"] {
            assert_eq!(of(Unit::Region, p), Published::Count(67), "{p}");
            assert_eq!(of(Unit::Library(0), p), Published::Count(40), "{p}");
            assert_eq!(of(Unit::Library(1), p), Published::Suppressed, "{p}");
            assert_eq!(of(Unit::Library(2), p), Published::Hidden, "{p}: 24, the smallest that protects");
        }
        assert_eq!(of(Unit::Region, "2025-W10"), Published::Count(26));
        assert_eq!(of(Unit::Region, "2025-W11"), Published::Hidden, "16, the smallest week of March");
        assert_eq!(of(Unit::Region, "2025-W12"), Published::Count(22));
        assert_eq!(of(Unit::Region, "2025-W13"), Published::Suppressed);
        assert_eq!(of(Unit::Region, "2025-W14"), Published::Count(0));
        assert_eq!(of(Unit::Library(1), "2025-02"), Published::NoKiosk);
    }
}
