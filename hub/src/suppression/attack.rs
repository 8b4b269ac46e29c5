//! The attacker test: someone holds every number of a region's published table — each library
//! and the region, every ISO week, month, quarter and year (previous periods and the same
//! period a year earlier are cells of it too) — and, with linear programming over the counts
//! per library and day, works out the smallest and largest value each `<5` cell can have. Every
//! `<5` must stay free from 1 to 4. The attacker knows more than the pages say: which days each
//! library had a kiosk, and that a hidden count is never 0.
//!
//! Solver: `good_lp` with `microlp` (pure Rust), a dev-dependency. Run on randomized small
//! regions and on demo data.

use std::time::Instant;

use good_lp::{Expression, ProblemVariables, Solution, SolverModel, Variable, constraint, microlp, variable};

use super::{Grid, Plan, Published, Unit};
use crate::period::{Period, PeriodKind};
use crate::rollup;

/// What an attacker knows: one published number about the days `days` of `libraries`.
pub struct Fact {
    pub libraries: Vec<usize>,
    pub days: (i64, i64),
    pub published: Published,
    pub label: String,
}

/// The `<5` facts whose range the attacker can narrow: (label, min, max).
pub fn narrowed(active: &[Option<(i64, i64)>], facts: &[Fact]) -> Vec<(String, f64, f64)> {
    let build = || {
        let mut vars = ProblemVariables::new();
        let days: Vec<Vec<(i64, Variable)>> = active
            .iter()
            .map(|range| match range {
                Some((from, to)) => (*from..=*to).map(|day| (day, vars.add(variable().min(0)))).collect(),
                None => Vec::new(),
            })
            .collect();
        let sum = |fact: &Fact| -> Expression {
            fact.libraries
                .iter()
                .flat_map(|&l| days[l].iter().filter(|(d, _)| fact.days.0 <= *d && *d <= fact.days.1).map(|(_, v)| *v))
                .sum()
        };
        let sums: Vec<Expression> = facts.iter().map(sum).collect();
        (vars, sums)
    };
    let solve = |target: usize, maximise: bool| -> f64 {
        let (vars, sums) = build();
        let objective = sums[target].clone();
        let mut problem =
            if maximise { vars.maximise(objective.clone()) } else { vars.minimise(objective.clone()) }.using(microlp);
        for (fact, sum) in facts.iter().zip(sums) {
            match fact.published {
                Published::Count(count) => problem.add_constraint(constraint!(sum == count as f64)),
                Published::Suppressed => {
                    problem.add_constraint(constraint!(sum.clone() >= 1));
                    problem.add_constraint(constraint!(sum <= 4))
                }
                Published::Hidden => problem.add_constraint(constraint!(sum >= 1)),
                Published::NoKiosk => problem.add_constraint(constraint!(sum == 0)),
            };
        }
        let solution = problem.solve().unwrap_or_else(|e| panic!("the published numbers are consistent: {e}"));
        solution.eval(&objective)
    };
    let mut narrowed = Vec::new();
    for (i, fact) in facts.iter().enumerate() {
        if fact.published != Published::Suppressed {
            continue;
        }
        let (min, max) = (solve(i, false), solve(i, true));
        if min > 1.0 + 1e-6 || max < 4.0 - 1e-6 {
            narrowed.push((fact.label.clone(), min, max));
        }
    }
    narrowed
}

/// Every cell of a plan as a fact.
fn facts_of(plan: &Plan, libraries: usize) -> Vec<Fact> {
    plan.cells()
        .map(|(unit, period, _, published)| Fact {
            libraries: match unit {
                Unit::Region => (0..libraries).collect(),
                Unit::Library(l) => vec![l],
            },
            days: period.day_range(),
            published,
            label: format!("{unit:?} {period}"),
        })
        .collect()
}

fn day(text: &str) -> i64 {
    rollup::day_index(chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap())
}

/// xorshift: a fixed pseudo-random sequence.
struct Random(u64);

impl Random {
    fn below(&mut self, bound: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % bound
    }
}

/// A small region: 2 to 4 libraries over parts of a year; some tiny (a session now and then),
/// some with a few a day, closed one or two days a week.
fn random_region(random: &mut Random, year_from: &str, days: i64) -> Grid {
    let start = day(year_from);
    let libraries = 2 + random.below(3) as usize;
    let mut grid = Grid::default();
    for library in 0..libraries {
        let from = start + random.below(days as u64 / 3) as i64;
        let to = start + days - 1 - random.below(days as u64 / 4) as i64;
        grid.active.push(Some((from, to)));
        let tiny = random.below(2) == 0;
        for d in from..=to {
            let closed = (d + 3).rem_euclid(7) >= 5 + random.below(2) as i64;
            let count = match (closed, tiny) {
                (true, _) => 0,
                (false, true) => u64::from(random.below(9) == 0),
                (false, false) => random.below(4),
            };
            if count > 0 {
                grid.counts.push((library, d, count));
            }
        }
    }
    grid
}

fn attack_plan(grid: &Grid) -> (Plan, Vec<(String, f64, f64)>, usize) {
    let plan = Plan::new(grid, &crate::stats::LIBRARY_KINDS);
    plan.verify().unwrap_or_else(|e| panic!("certificates: {e}"));
    let facts = facts_of(&plan, grid.active.len());
    let small = facts.iter().filter(|f| f.published == Published::Suppressed).count();
    let narrowed = narrowed(&grid.active, &facts);
    (plan, narrowed, small)
}

#[test]
fn no_small_cell_of_random_small_regions_can_be_narrowed() {
    let started = Instant::now();
    let mut random = Random(0x9e37_79b9_7f4a_7c15);
    let (mut cells, mut small_cells, mut hidden, mut all) = (0, 0, 0, 0);
    for region in 0..12 {
        // Half of them across a new year, so that weeks 1 and 53 and two years are in play.
        let grid = if region % 2 == 0 {
            random_region(&mut random, "2026-03-02", 150)
        } else {
            random_region(&mut random, "2025-11-17", 110)
        };
        let (plan, narrowed, small) = attack_plan(&grid);
        assert!(narrowed.is_empty(), "region {region}: narrowed {narrowed:?}");
        cells += plan.cells().count();
        small_cells += small;
        for (_, h, a) in plan.hidden_share() {
            hidden += h;
            all += a;
        }
    }
    println!(
        "12 random regions: {cells} cells, {small_cells} <5 cells attacked (min and max each), {:.1} % of counts in hidden cells, {:.1} s",
        100.0 * hidden as f64 / all.max(1) as f64,
        started.elapsed().as_secs_f64()
    );
    assert!(small_cells > 20, "the random regions have <5 cells to attack");
}

#[test]
fn the_attack_finds_what_simpler_rules_leave_open() {
    // The test can fail. One library, 10 a day from June to August except 3 on 6 July.
    let (from, to) = (day("2026-06-01"), day("2026-08-30"));
    let small_week = Period::Week { year: 2026, week: 28 }; // 6–12 July
    let (w0, w1) = small_week.day_range();
    let counts: Vec<(usize, i64, u64)> = (from..=to)
        .map(|d| {
            (
                0,
                d,
                if d == w0 {
                    3
                } else if w0 < d && d <= w1 {
                    0
                } else {
                    10
                },
            )
        })
        .collect();
    let active = vec![Some((from, to))];
    let count = |(a, b): (i64, i64)| counts.iter().filter(|(_, d, _)| a <= *d && *d <= b).map(|c| c.2).sum::<u64>();
    let facts = |hide: &dyn Fn(Period) -> Option<Published>| -> Vec<Fact> {
        [PeriodKind::Week, PeriodKind::Month]
            .into_iter()
            .flat_map(|kind| {
                Period::all_between(kind, rollup::date_of_day(from).unwrap(), rollup::date_of_day(to).unwrap())
            })
            .map(|period| Fact {
                libraries: vec![0],
                days: period.day_range(),
                published: hide(period).unwrap_or(Published::Count(count(period.day_range()))),
                label: period.to_string(),
            })
            .collect()
    };
    // Only the small week suppressed: weeks crossing month ends tie the months to the weeks,
    // and the month minus its other weeks gives it back exactly.
    let alone = narrowed(&active, &facts(&|p| (p == small_week).then_some(Published::Suppressed)));
    assert_eq!(alone.len(), 1, "{alone:?}");
    assert!((alone[0].1 - 3.0).abs() < 1e-6 && (alone[0].2 - 3.0).abs() < 1e-6, "{alone:?}");
    // Two <5 months of a <5 quarter: each is at most 3.
    let (q0, q1) = (day("2026-04-01"), day("2026-06-30"));
    let two_small = vec![
        Fact { libraries: vec![0], days: (q0, q1), published: Published::Suppressed, label: "Q2".into() },
        Fact {
            libraries: vec![0],
            days: (q0, day("2026-04-30")),
            published: Published::Suppressed,
            label: "April".into(),
        },
        Fact {
            libraries: vec![0],
            days: (day("2026-05-01"), day("2026-05-31")),
            published: Published::Suppressed,
            label: "May".into(),
        },
        Fact {
            libraries: vec![0],
            days: (day("2026-06-01"), q1),
            published: Published::Count(0),
            label: "June".into(),
        },
    ];
    let narrowed_months = narrowed(&[Some((q0, q1))], &two_small);
    assert_eq!(narrowed_months.iter().map(|n| n.0.as_str()).collect::<Vec<_>>(), ["Q2", "April", "May"]);
    // The plan for the same counts keeps the small week free from 1 to 4.
    let grid = Grid { active, counts };
    let plan = Plan::new(&grid, &[PeriodKind::Month, PeriodKind::Quarter, PeriodKind::Year]);
    assert_eq!(plan.published(Unit::Region, small_week), Ok(Published::Suppressed));
    let (_, narrowed, _) = attack_plan(&grid);
    assert!(narrowed.is_empty(), "{narrowed:?}");
}

/// The demo data (`demo_data::generate`, 6 libraries over 120 days: Västerbotten has tiny
/// Sorsele beside four larger libraries) as the hub publishes it: every region, every metric.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_small_cell_of_the_demo_data_can_be_narrowed() {
    let started = Instant::now();
    let directory = tempfile::tempdir().unwrap();
    let hub =
        crate::hub::Hub::open(&format!("sqlite:{}", directory.path().join("demo.sqlite3").display())).await.unwrap();
    let options = crate::demo_data::DemoOptions { libraries: 6, days: 120, ..Default::default() };
    crate::demo_data::generate(&hub, &options).await.unwrap();
    let generated = started.elapsed();
    let today = crate::stats::today();
    let mut regions: Vec<String> = hub.store.kiosk_syncs(None).await.unwrap().into_iter().map(|k| k.region).collect();
    regions.dedup();
    let (mut small_cells, mut variables, mut hidden, mut all) = (0, 0, 0, 0);
    for region in &regions {
        let (libraries, grids) = crate::stats::RegionPlans::grids(&hub, Some(region), today).await.unwrap();
        for (grid, metric) in grids.iter().zip(rollup::METRICS) {
            let (plan, narrowed, small) = attack_plan(grid);
            assert!(narrowed.is_empty(), "{region} {metric}: narrowed {narrowed:?} ({libraries:?})");
            small_cells += small;
            variables += grid.active.iter().flatten().map(|(a, b)| b - a + 1).sum::<i64>();
            if metric == "sessions" {
                for (_, h, a) in plan.hidden_share() {
                    hidden += h;
                    all += a;
                }
            }
        }
    }
    println!(
        "demo data: {} regions × 5 metrics, {small_cells} <5 cells attacked, {variables} day × library variables in all, sessions in hidden cells {:.2} %; generated in {:.1} s, attacked in {:.1} s",
        regions.len(),
        100.0 * hidden as f64 / all.max(1) as f64,
        generated.as_secs_f64(),
        (started.elapsed() - generated).as_secs_f64()
    );
    assert!(small_cells > 0, "the demo data has <5 cells to attack");
}
